package org.declaro.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.declaro.model.Action;
import org.declaro.model.ActionPlan;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.declaro.model.Extensions;
import org.declaro.model.Footnote;
import org.declaro.model.Heading;
import org.declaro.model.Paragraph;
import org.declaro.model.PreambularParagraph;
import org.declaro.model.Section;
import org.declaro.model.Subparagraph;
import org.declaro.report.Finding;
import org.declaro.report.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code text.whitespace} and {@code text.blank} on every text of both kinds of document, and which
 * characters count as white space.
 */
class TextRulesTest {
    private final DocumentValidator validator = DocumentValidator.standard();

    private List<String> pointers(Document d, Rule rule) {
        return validator.validate(d).findings().stream().filter(f -> f.rule() == rule).map(Finding::pointer).toList();
    }

    private List<Finding> findings(Document d, Rule rule) {
        return validator.validate(d).findings().stream().filter(f -> f.rule() == rule).toList();
    }

    private static Declaration withParagraph(String text) {
        return Declaration.builder("d", "D").paragraph(new Paragraph(1, text)).build();
    }

    private static ActionPlan plan(String title, String introduction, String sectionTitle, String sectionParagraph,
            String action) {
        return ActionPlan.builder("p", title).introduction(introduction)
                .section(new Section("I", sectionTitle, List.of(sectionParagraph), List.of(new Action(1, action))))
                .build();
    }

    @Test
    void whitespaceIsCheckedOnTitlesHeadingTitlesAndSectionTitles() {
        Declaration d = Declaration.builder("d", " Declaration").paragraph("A.").paragraph("B.")
                .heading(new Heading(0, 1, null, "First part")).heading(new Heading(1, 1, null, "Second  part")).build();
        assertEquals(List.of("/title", "/headings/1/title"), pointers(d, Rule.TEXT_WHITESPACE));
        ActionPlan p = plan("Plan ", "Intro.", "Section\u00A0\u00A0one", "Para.", "Do.");
        assertEquals(List.of("/title", "/sections/0/title"), pointers(p, Rule.TEXT_WHITESPACE));
        assertEquals(List.of(), pointers(plan("Plan", "Intro.", "Section one", "Para.", "Do."), Rule.TEXT_WHITESPACE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\u00A0"})
    void anEmptyOrBlankTitleIsAnErrorOnDocumentsHeadingsAndSections(String title) {
        Declaration d = Declaration.builder("d", title).paragraph("A.").paragraph("B.")
                .heading(new Heading(1, 1, null, title)).build();
        List<Finding> f = findings(d, Rule.TEXT_BLANK);
        assertEquals(List.of("/title", "/headings/0/title"), f.stream().map(Finding::pointer).toList());
        assertEquals(List.of(), pointers(d, Rule.TEXT_WHITESPACE), "a blank title is reported once, as blank");
        assertEquals("The document has " + (title.isEmpty() ? "an empty" : "a blank") + " title; give its title.",
                f.get(0).message());
        assertEquals(List.of("/title", "/sections/0/title"), pointers(plan(title, "Intro.", title, "Para.", "Do."),
                Rule.TEXT_BLANK));
        Declaration annexed = Declaration.builder("e", "E").paragraph("A.").annex(Declaration.builder("a", title)
                .paragraph("X.").build()).build();
        assertEquals(List.of("/annexes/0/title"), pointers(annexed, Rule.TEXT_BLANK));
        // the JSON road gives the same finding, at its line
        String json = "{\"schemaVersion\": \"1.1\", \"kind\": \"declaration\", \"id\": \"d\", \"title\": \""
                + title.replace("\t", "\\t") + "\", \"language\": \"en\", \"paragraphs\": [{\"number\": 1, \"text\": \"A.\"}]}";
        ValidationReport r = validator.validate(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(List.of("/title"), r.findings().stream().filter(x -> x.rule() == Rule.TEXT_BLANK).map(Finding::pointer)
                .toList(), r.findings().toString());
        org.junit.jupiter.api.Assertions.assertTrue(r.hasErrors());
        // and the JSON Schema refuses it too
        org.junit.jupiter.api.Assertions.assertFalse(JsonSchemaAgreementTest.errors(JsonSchemaAgreementTest.DOCUMENT, json).isEmpty());
    }

    @Test
    void whitespaceIsCheckedOnEveryBodyTextOfAPlan() {
        ActionPlan p = plan("Plan", " Intro.", "Section", "Para. ", "Do  it.");
        assertEquals(List.of("/introduction/0", "/sections/0/paragraphs/0", "/sections/0/actions/0/text"),
                pointers(p, Rule.TEXT_WHITESPACE));
        ActionPlan footnote = plan("Plan", "Intro.*", "S", "P.", "Do.").toBuilder()
                .footnote(new Footnote("*", "A  note.")).build();
        assertEquals(List.of("/footnotes/0/text"), pointers(footnote, Rule.TEXT_WHITESPACE));
    }

    @Test
    void blankIsCheckedOnPreambleSectionParagraphsIntroductionAndActions() {
        Declaration d = Declaration.builder("d", "D").preamble(new PreambularParagraph("Recalling,"))
                .preamble(new PreambularParagraph(" \t ")).paragraph("A.").build();
        List<Finding> preamble = findings(d, Rule.TEXT_BLANK);
        assertEquals(List.of("/preamble/1/text"), preamble.stream().map(Finding::pointer).toList());
        assertEquals("The preambular paragraph has blank text; give its text or remove it.", preamble.get(0).message());
        ActionPlan p = plan("Plan", "\u00A0", "Section", "  ", "\n");
        assertEquals(List.of("/introduction/0", "/sections/0/paragraphs/0", "/sections/0/actions/0/text"),
                pointers(p, Rule.TEXT_BLANK));
        assertEquals(List.of(), pointers(p, Rule.TEXT_WHITESPACE), "blank text is reported once, as blank");
    }

    @Test
    void anEmptyTextIsBlankAndAnEmptyTitleIsNoWhitespaceProblem() {
        assertEquals(List.of("/paragraphs/0/text"), pointers(withParagraph(""), Rule.TEXT_BLANK));
        assertEquals(List.of(), pointers(Declaration.builder("d", "").paragraph("A.").build(), Rule.TEXT_WHITESPACE));
    }

    @Test
    void subparagraphsAreCheckedAtAnyDepth() {
        Subparagraph third = new Subparagraph("1", "Deep  text.");
        Subparagraph second = new Subparagraph("i", "Fine.", List.of(new Subparagraph("1", "ok"), third), Extensions.NONE);
        Subparagraph blank = new Subparagraph("ii", " ");
        Subparagraph first = new Subparagraph("a", "Also fine.", List.of(second, blank), Extensions.NONE);
        Subparagraph trailing = new Subparagraph("b", "Trailing ");
        Declaration d = Declaration.builder("d", "D")
                .paragraph(new Paragraph(1, "P.", List.of(first, trailing), List.of(), List.of())).build();
        assertEquals(List.of("/paragraphs/0/subparagraphs/0/subparagraphs/0/subparagraphs/1/text",
                "/paragraphs/0/subparagraphs/1/text"), pointers(d, Rule.TEXT_WHITESPACE));
        List<Finding> blanks = findings(d, Rule.TEXT_BLANK);
        assertEquals(List.of("/paragraphs/0/subparagraphs/0/subparagraphs/1/text"),
                blanks.stream().map(Finding::pointer).toList());
        assertEquals("The sub-paragraph has blank text; give its text or remove it.", blanks.get(0).message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"  ", "\t\t", "\n\n", "\r\r", "\f\f", "\u000B\u000B", "\u001C\u001C", "\u001F\u001F",
            "\u00A0\u00A0", " \t", "\t\n", "\u2003\u2003", "\u3000 ", " \u00A0", "\u2028\u2029"})
    void doubledWhiteSpaceOfAnyKindIsReportedWithItsOffset(String doubled) {
        List<Finding> f = findings(withParagraph("We" + doubled + "act."), Rule.TEXT_WHITESPACE);
        assertEquals(List.of("/paragraphs/0/text"), f.stream().map(Finding::pointer).toList());
        assertEquals("The text has doubled white space at offset 2; collapse it to one space.", f.get(0).message());
    }

    @ParameterizedTest
    @ValueSource(strings = {" ", "\t", "\n", "\u00A0", "\u2003", "\u0001\u0001", "\u001B\u001B", "\u007F\u007F",
            "\u00E9\u00E9", "\u00AD\u00AD", " a ", "\u200B\u200B"})
    void singleWhiteSpaceAndOtherCharactersAreNotDoubledWhiteSpace(String inner) {
        assertEquals(List.of(), pointers(withParagraph("We" + inner + "act."), Rule.TEXT_WHITESPACE));
    }

    @ParameterizedTest
    @ValueSource(strings = {" We act.", "We act. ", "\tWe act.", "We act.\n", "\u00A0We act.", "We act.\u2003"})
    void leadingOrTrailingWhiteSpaceIsReported(String text) {
        List<Finding> f = findings(withParagraph(text), Rule.TEXT_WHITESPACE);
        assertEquals(List.of("/paragraphs/0/text"), f.stream().map(Finding::pointer).toList());
        assertEquals("The text starts or ends with white space; trim it.", f.get(0).message());
    }

    @Test
    void onlyTheFirstDoubledSpaceOfATextIsReported() {
        List<Finding> f = findings(withParagraph("a b  c   d"), Rule.TEXT_WHITESPACE);
        assertEquals(1, f.size());
        assertEquals("The text has doubled white space at offset 3; collapse it to one space.", f.get(0).message());
    }
}
