package org.declaro.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.declaro.model.Action;
import org.declaro.model.ActionPlan;
import org.declaro.model.Commitment;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.declaro.model.Extensions;
import org.declaro.model.Modality;
import org.declaro.model.Paragraph;
import org.declaro.model.PreambularParagraph;
import org.declaro.model.Section;
import org.declaro.model.Subparagraph;
import org.declaro.report.Finding;
import org.declaro.report.Rule;
import org.junit.jupiter.api.Test;

/**
 * The commitment rules on every host of commitments (paragraphs, preambular paragraphs, sub-paragraphs
 * at any depth, actions of a plan), and the exact boundaries of spans: touching spans do not overlap, a
 * span may end at the text's length but not start there.
 */
class CommitmentRulesTest {
    private static final String TEXT = "We will act and we will report.";
    private final DocumentValidator validator = DocumentValidator.standard();

    private static Commitment span(String id, String text, int start, int end) {
        return new Commitment(id, Modality.WILL, "we", text.substring(Math.max(0, Math.min(start, text.length())),
                Math.max(0, Math.min(end, text.length()))), start, end, List.of(), null);
    }

    private static Commitment raw(String id, String clause, int start, int end) {
        return new Commitment(id, Modality.WILL, "we", clause, start, end, List.of(), null);
    }

    private static Declaration paragraph(String text, Commitment... cs) {
        return Declaration.builder("d", "D").paragraph(new Paragraph(1, text, List.of(), List.of(), List.of(cs))).build();
    }

    private static ActionPlan plan(String text, Commitment... cs) {
        return ActionPlan.builder("p", "P").section(new Section("I", "S", List.of(),
                List.of(new Action(1, "Do.", List.of(), List.of(), null, Extensions.NONE),
                        new Action(2, text, List.of(), List.of(cs), null, Extensions.NONE)))).build();
    }

    private List<Finding> findings(Document d, Rule rule) {
        return validator.validate(d).findings().stream().filter(f -> f.rule() == rule).toList();
    }

    private List<String> pointers(Document d, Rule rule) {
        return findings(d, rule).stream().map(Finding::pointer).toList();
    }

    @Test
    void everyCommitmentRuleRunsOnTheActionsOfAPlan() {
        ActionPlan outOfRange = plan(TEXT, raw("a1", "x", 0, 99));
        assertEquals(List.of("/sections/0/actions/1/commitments/0/end"), pointers(outOfRange, Rule.COMMITMENT_SPAN_RANGE));
        ActionPlan wrongText = plan(TEXT, raw("a1", "We will", 1, 8));
        assertEquals(List.of("/sections/0/actions/1/commitments/0/text"), pointers(wrongText, Rule.COMMITMENT_SPAN_TEXT));
        assertTrue(findings(wrongText, Rule.COMMITMENT_SPAN_TEXT).get(0).message().contains("action's text"));
        ActionPlan duplicate = plan(TEXT, span("a1", TEXT, 0, 7), span("a1", TEXT, 16, 23));
        assertEquals(List.of("/sections/0/actions/1/commitments/1/id"), pointers(duplicate, Rule.COMMITMENT_ID_DUPLICATE));
        ActionPlan overlap = plan(TEXT, span("a1", TEXT, 0, 7), span("a2", TEXT, 3, 12));
        List<Finding> overlaps = findings(overlap, Rule.COMMITMENT_OVERLAP);
        assertEquals(List.of("/sections/0/actions/1/commitments/1"), overlaps.stream().map(Finding::pointer).toList());
        assertTrue(overlaps.get(0).message().endsWith("overlaps commitment 1 of the same action."), overlaps::toString);
        ActionPlan theme = plan(TEXT, new Commitment("a1", Modality.WILL, "we", "We will act", 0, 11,
                List.of("clearance", "unknown"), null));
        DocumentValidator withThemes = DocumentValidator.builder().themes(org.declaro.commitments.ThemeVocabulary.ofThemes(Set.of("clearance"))).build();
        assertEquals(List.of("/sections/0/actions/1/commitments/0/themes/1"), withThemes.validate(theme).findings()
                .stream().filter(f -> f.rule() == Rule.COMMITMENT_THEME_UNKNOWN).map(Finding::pointer).toList());
        assertFalse(validator.validate(plan(TEXT, span("a1", TEXT, 0, 11), span("a2", TEXT, 16, 30))).hasErrors());
    }

    @Test
    void everyCommitmentRuleRunsOnPreambularParagraphs() {
        Declaration d = Declaration.builder("d", "D")
                .preamble(new PreambularParagraph("Recalling our work,", List.of(), List.of(), Extensions.NONE))
                .preamble(new PreambularParagraph(TEXT, List.of(), List.of(raw("c1", "x", 0, 99), span("c2", TEXT, 0, 7),
                        span("c3", TEXT, 3, 12)), Extensions.NONE))
                .paragraph(new Paragraph(1, TEXT, List.of(), List.of(), List.of(span("c2", TEXT, 0, 7))))
                .build();
        assertEquals(List.of("/preamble/1/commitments/0/end"), pointers(d, Rule.COMMITMENT_SPAN_RANGE));
        assertEquals(List.of("/preamble/1/commitments/2"), pointers(d, Rule.COMMITMENT_OVERLAP));
        assertEquals(List.of("/paragraphs/0/commitments/0/id"), pointers(d, Rule.COMMITMENT_ID_DUPLICATE));
        String message = findings(d, Rule.COMMITMENT_ID_DUPLICATE).get(0).message();
        assertTrue(message.contains("already used at /preamble/1/commitments/1"), message);
    }

    @Test
    void subparagraphCommitmentsAreCheckedAtAnyDepthWithTheirOwnPointers() {
        Subparagraph deep = new Subparagraph("i", TEXT, List.of(), List.of(raw("s1", "x", 0, 99)), Extensions.NONE);
        Subparagraph top = new Subparagraph("a", TEXT, List.of(deep), List.of(span("s2", TEXT, 0, 7)), Extensions.NONE);
        Declaration d = Declaration.builder("d", "D").schemaVersion("1.1")
                .paragraph(new Paragraph(1, TEXT, List.of(top), List.of(), List.of(span("s2", TEXT, 0, 7)))).build();
        assertEquals(List.of("/paragraphs/0/subparagraphs/0/subparagraphs/0/commitments/0/end"),
                pointers(d, Rule.COMMITMENT_SPAN_RANGE));
        assertEquals(List.of("/paragraphs/0/subparagraphs/0/commitments/0/id"), pointers(d, Rule.COMMITMENT_ID_DUPLICATE));
    }

    @Test
    void touchingSpansDoNotOverlapButSharingOneCharacterDoes() {
        assertEquals(List.of(), pointers(paragraph(TEXT, span("c1", TEXT, 0, 7), span("c2", TEXT, 7, 11)),
                Rule.COMMITMENT_OVERLAP));
        assertEquals(List.of("/paragraphs/0/commitments/1"),
                pointers(paragraph(TEXT, span("c1", TEXT, 0, 8), span("c2", TEXT, 7, 11)), Rule.COMMITMENT_OVERLAP));
    }

    @Test
    void overlapIsJudgedInTextOrderWhateverTheListOrder() {
        // listed backwards: the later one in the list starts first, so the first one is the overlapping one
        Declaration backwards = paragraph(TEXT, span("c1", TEXT, 7, 15), span("c2", TEXT, 0, 8));
        List<Finding> f = findings(backwards, Rule.COMMITMENT_OVERLAP);
        assertEquals(List.of("/paragraphs/0/commitments/0"), f.stream().map(Finding::pointer).toList());
        assertTrue(f.get(0).message().contains("span 7..15 overlaps commitment 2 "), f::toString);
        // same start: the one listed later is the overlapping one
        Declaration sameStart = paragraph(TEXT, span("c1", TEXT, 0, 11), span("c2", TEXT, 0, 7));
        assertEquals(List.of("/paragraphs/0/commitments/1"), pointers(sameStart, Rule.COMMITMENT_OVERLAP));
        Declaration sameStartReversed = paragraph(TEXT, span("c1", TEXT, 0, 7), span("c2", TEXT, 0, 11));
        assertEquals(List.of("/paragraphs/0/commitments/1"), pointers(sameStartReversed, Rule.COMMITMENT_OVERLAP));
    }

    @Test
    void anOverlapNamesTheCommitmentThatReachesFurthest() {
        // c1 covers 0..20; c2 ends at 20 as well and c3 inside both: c3 is reported against c1, the first to reach 20
        Declaration d = paragraph(TEXT, span("c1", TEXT, 0, 20), span("c2", TEXT, 2, 20), span("c3", TEXT, 5, 9));
        List<Finding> f = findings(d, Rule.COMMITMENT_OVERLAP);
        assertEquals(List.of("/paragraphs/0/commitments/1", "/paragraphs/0/commitments/2"),
                f.stream().map(Finding::pointer).toList());
        assertTrue(f.get(1).message().contains("overlaps commitment 1 "), f::toString);
        // a short span inside a long one does not lower the reach: c3 still overlaps c1
        Declaration nested = paragraph(TEXT, span("c1", TEXT, 0, 20), span("c2", TEXT, 2, 4), span("c3", TEXT, 10, 12));
        List<Finding> g = findings(nested, Rule.COMMITMENT_OVERLAP);
        assertEquals(List.of("/paragraphs/0/commitments/1", "/paragraphs/0/commitments/2"),
                g.stream().map(Finding::pointer).toList());
        assertTrue(g.get(1).message().contains("overlaps commitment 1 "), g::toString);
    }

    @Test
    void aSpanMayEndExactlyAtTheTextsLength() {
        int n = TEXT.length();
        assertFalse(validator.validate(paragraph(TEXT, span("c1", TEXT, 16, n))).hasErrors());
        assertFalse(validator.validate(paragraph(TEXT, span("c1", TEXT, 0, n))).hasErrors());
        List<Finding> past = findings(paragraph(TEXT, raw("c1", "we will report.", 16, n + 1)), Rule.COMMITMENT_SPAN_RANGE);
        assertEquals(List.of("/paragraphs/0/commitments/0/end"), past.stream().map(Finding::pointer).toList());
        assertEquals("End " + (n + 1) + " is past the end of the text, which has " + n + " characters.",
                past.get(0).message());
    }

    @Test
    void aSpanStartingAtTheTextsLengthIsEmptyNotOutside() {
        int n = TEXT.length();
        List<Finding> atEnd = findings(paragraph(TEXT, raw("c1", "", n, n)), Rule.COMMITMENT_SPAN_RANGE);
        assertEquals(List.of("/paragraphs/0/commitments/0/end"), atEnd.stream().map(Finding::pointer).toList());
        assertEquals("End " + n + " is not after start " + n + "; a span needs start < end.", atEnd.get(0).message());
        List<Finding> beyond = findings(paragraph(TEXT, raw("c1", "", n + 1, n + 2)), Rule.COMMITMENT_SPAN_RANGE);
        assertEquals(List.of("/paragraphs/0/commitments/0/start"), beyond.stream().map(Finding::pointer).toList());
        assertEquals("Start " + (n + 1) + " is outside the text, which has " + n + " characters; use an offset from 0 to "
                + n + ".", beyond.get(0).message());
        List<Finding> negative = findings(paragraph(TEXT, raw("c1", "W", -1, 1)), Rule.COMMITMENT_SPAN_RANGE);
        assertEquals(List.of("/paragraphs/0/commitments/0/start"), negative.stream().map(Finding::pointer).toList());
        List<Finding> reversed = findings(paragraph(TEXT, raw("c1", "", 5, 3)), Rule.COMMITMENT_SPAN_RANGE);
        assertEquals(List.of("/paragraphs/0/commitments/0/end"), reversed.stream().map(Finding::pointer).toList());
        assertFalse(validator.validate(paragraph(TEXT, span("c1", TEXT, 0, 1))).hasErrors(), "a span from offset 0 is valid");
    }

    @Test
    void aBadSpanTakesNoPartInTheOverlapCheck() {
        // c1's range is wrong, so it is not compared with c2, whose span it would cover
        Declaration d = paragraph(TEXT, raw("c1", "x", 0, 99), span("c2", TEXT, 3, 7));
        assertEquals(List.of(), pointers(d, Rule.COMMITMENT_OVERLAP));
        // nor is one that starts before the text, or ends before it starts
        Declaration before = paragraph(TEXT, raw("c1", "We will", -1, 7), span("c2", TEXT, 0, 8));
        assertEquals(List.of(), pointers(before, Rule.COMMITMENT_OVERLAP));
        Declaration reversed = paragraph(TEXT, span("c1", TEXT, 0, 8), raw("c2", "", 5, 3));
        assertEquals(List.of(), pointers(reversed, Rule.COMMITMENT_OVERLAP));
        // a span whose text differs still has a valid range, and does take part
        Declaration e = paragraph(TEXT, raw("c1", "xxxxxxxx", 0, 8), span("c2", TEXT, 3, 7));
        assertEquals(List.of("/paragraphs/0/commitments/1"), pointers(e, Rule.COMMITMENT_OVERLAP));
    }

    @Test
    void theClauseMustBeTheExactTextOfTheSpan() {
        // the text matches at the start of the span, but the span is longer
        List<Finding> longer = findings(paragraph(TEXT, raw("c1", "We will", 0, 11)), Rule.COMMITMENT_SPAN_TEXT);
        assertEquals(List.of("/paragraphs/0/commitments/0/text"), longer.stream().map(Finding::pointer).toList());
        assertEquals("The text differs from the paragraph's text at 0..11, which reads \"We will act\"; correct the text"
                + " or the offsets.", longer.get(0).message());
        // same length, different characters
        assertEquals(List.of("/paragraphs/0/commitments/0/text"),
                pointers(paragraph(TEXT, raw("c1", "We wall act", 0, 11)), Rule.COMMITMENT_SPAN_TEXT));
        // a clause longer than the span that starts like it
        assertEquals(List.of("/paragraphs/0/commitments/0/text"),
                pointers(paragraph(TEXT, raw("c1", "We will act", 0, 7)), Rule.COMMITMENT_SPAN_TEXT));
        // a clause that starts like the span but runs on past it, the span not at the start of the text
        assertEquals(List.of("/paragraphs/0/commitments/0/text"),
                pointers(paragraph(TEXT, raw("c1", TEXT.substring(3, 13), 3, 7)), Rule.COMMITMENT_SPAN_TEXT));
        // a missing clause is reported as required, not as a span error
        Declaration noClause = paragraph(TEXT, raw("c1", null, 0, 7));
        assertEquals(List.of(), pointers(noClause, Rule.COMMITMENT_SPAN_TEXT));
        assertEquals(List.of("/paragraphs/0/commitments/0/text"), pointers(noClause, Rule.REQUIRED));
    }

    @Test
    void aLongClauseIsQuotedAbbreviatedInTheMessage() {
        String text = "x".repeat(100);
        String sixty = "y".repeat(60);
        String m60 = findings(paragraph(text, raw("c1", sixty, 0, 60)), Rule.COMMITMENT_SPAN_TEXT).get(0).message();
        assertTrue(m60.contains("reads \"" + "x".repeat(60) + "\";"), m60);
        String m61 = findings(paragraph(text, raw("c1", sixty + "y", 0, 61)), Rule.COMMITMENT_SPAN_TEXT).get(0).message();
        assertTrue(m61.contains("reads \"" + "x".repeat(57) + "...\";"), m61);
    }

    @Test
    void spansAreNotCheckedWhenAnOffsetIsMissing() {
        Declaration d = paragraph(TEXT, new Commitment("c1", Modality.WILL, "we", "zzz", null, 3, List.of(), null));
        assertEquals(List.of(), pointers(d, Rule.COMMITMENT_SPAN_TEXT));
        assertEquals(List.of("/paragraphs/0/commitments/0/start"), pointers(d, Rule.REQUIRED));
        Declaration e = paragraph(TEXT, new Commitment("c1", Modality.WILL, "we", "zzz", 0, null, List.of(), null));
        assertEquals(List.of(), pointers(e, Rule.COMMITMENT_SPAN_TEXT));
        assertEquals(List.of("/paragraphs/0/commitments/0/end"), pointers(e, Rule.REQUIRED));
    }

    @Test
    void commitmentsOfAParagraphWithoutTextAreNotCheckedAgainstIt() {
        Declaration d = paragraph(null, raw("c1", "We will", 0, 7));
        assertEquals(List.of(), pointers(d, Rule.COMMITMENT_SPAN_RANGE));
        assertEquals(List.of("/paragraphs/0/text"), pointers(d, Rule.REQUIRED));
    }

    @Test
    void idsAreUniqueAcrossTheWholeDocumentButNotAcrossDocuments() {
        Declaration twice = Declaration.builder("d", "D")
                .paragraph(new Paragraph(1, TEXT, List.of(), List.of(), List.of(span("c1", TEXT, 0, 7))))
                .paragraph(new Paragraph(2, TEXT, List.of(), List.of(), List.of(span("c1", TEXT, 0, 7)))).build();
        List<Finding> f = findings(twice, Rule.COMMITMENT_ID_DUPLICATE);
        assertEquals(List.of("/paragraphs/1/commitments/0/id"), f.stream().map(Finding::pointer).toList());
        assertEquals("Commitment id \"c1\" is already used at /paragraphs/0/commitments/0; give each commitment its own id.",
                f.get(0).message());
        List<ValidationReport> together = validator.validateDocuments(List.of(paragraph(TEXT, span("c1", TEXT, 0, 7)),
                plan(TEXT, span("c1", TEXT, 0, 7))));
        assertTrue(together.stream().noneMatch(ValidationReport::hasErrors), together::toString);
    }
}
