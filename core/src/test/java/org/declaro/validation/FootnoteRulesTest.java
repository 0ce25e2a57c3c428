package org.declaro.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.declaro.model.Action;
import org.declaro.model.ActionPlan;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.declaro.model.Extensions;
import org.declaro.model.Footnote;
import org.declaro.model.Paragraph;
import org.declaro.model.PreambularParagraph;
import org.declaro.model.Section;
import org.declaro.report.Finding;
import org.declaro.report.Rule;
import org.junit.jupiter.api.Test;

/** Which references make a footnote used, in both kinds of document. */
class FootnoteRulesTest {
    private final DocumentValidator validator = DocumentValidator.standard();

    private List<Finding> findings(Document d, Rule rule) {
        return validator.validate(d).findings().stream().filter(f -> f.rule() == rule).toList();
    }

    @Test
    void referencesFromPreambularParagraphsAndParagraphsUseAFootnote() {
        Declaration d = Declaration.builder("d", "D")
                .preamble(new PreambularParagraph("Recalling.", List.of("a"), List.of(), Extensions.NONE))
                .paragraph(new Paragraph(1, "Acts.", List.of(), List.of("b"), List.of()))
                .footnote(new Footnote("a", "A.", Extensions.NONE)).footnote(new Footnote("b", "B.", Extensions.NONE))
                .footnote(new Footnote("c", "C.", Extensions.NONE)).build();
        assertEquals(List.of("/footnotes/2"), findings(d, Rule.FOOTNOTE_UNUSED).stream().map(Finding::pointer).toList());
        Declaration unresolved = d.toBuilder().preamble(new PreambularParagraph("Noting.", List.of("z"), List.of(),
                Extensions.NONE)).build();
        assertEquals(List.of("/preamble/1/footnotes/0"),
                findings(unresolved, Rule.FOOTNOTE_UNRESOLVED).stream().map(Finding::pointer).toList());
    }

    @Test
    void aPlansFootnoteIsUsedByItsMarkerInAnyTextOfThePlan() {
        ActionPlan plan = ActionPlan.builder("p", "P\u2020").introduction("Intro*.")
                .section(new Section("I", "S", List.of("Para**."), List.of(new Action(1, "Do."))))
                .footnote(new Footnote("*", "1.", Extensions.NONE)).footnote(new Footnote("**", "2.", Extensions.NONE))
                .footnote(new Footnote("\u2020", "3.", Extensions.NONE)).footnote(new Footnote("\u2021", "4.", Extensions.NONE))
                .build();
        assertEquals(List.of("/footnotes/3"), findings(plan, Rule.FOOTNOTE_UNUSED).stream().map(Finding::pointer).toList());
        ActionPlan atStart = ActionPlan.builder("p", "\u2020P")
                .section(new Section("I", "S", List.of(), List.of(new Action(1, "Do."))))
                .footnote(new Footnote("\u2020", "3.", Extensions.NONE)).build();
        assertEquals(List.of(), findings(atStart, Rule.FOOTNOTE_UNUSED), "a marker at the very start of the text");
    }

    @Test
    void aDuplicateMarkerNamesTheFootnoteThatHasItFirst() {
        Declaration d = Declaration.builder("d", "D").paragraph(new Paragraph(1, "A.", List.of(), List.of("x", "a"), List.of()))
                .footnote(new Footnote("x", "X.", Extensions.NONE)).footnote(new Footnote("a", "A.", Extensions.NONE))
                .footnote(new Footnote("a", "Again.", Extensions.NONE)).build();
        List<Finding> f = findings(d, Rule.FOOTNOTE_MARKER_DUPLICATE);
        assertEquals(List.of("/footnotes/2/marker"), f.stream().map(Finding::pointer).toList());
        assertEquals("Footnote marker \"a\" is also used by footnote 2; give each footnote its own marker.", f.get(0).message());
        assertEquals(List.of(), findings(d, Rule.FOOTNOTE_UNUSED), "the duplicate is not also unused");
    }
}
