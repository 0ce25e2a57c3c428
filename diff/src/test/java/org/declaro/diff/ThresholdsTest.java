package org.declaro.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.declaro.model.Commitment;
import org.declaro.model.Declaration;
import org.declaro.model.Modality;
import org.declaro.model.Paragraph;
import org.declaro.model.PreambularParagraph;
import org.junit.jupiter.api.Test;

/** The similarity thresholds at their boundaries, labels without numbers, and the results' records. */
class ThresholdsTest {

    private static Declaration of(Paragraph... ps) {
        return Declaration.builder("d", "D").language("en").paragraphs(List.of(ps)).build();
    }

    @Test
    void paragraphsWithHalfTheirWordsInCommonAreVersionsOfOne() {
        // {alpha, beta} and {alpha, gamma}: 2 * 1 / 4 = 0.5
        Comparison half = DocumentDiff.standard().compare(of(new Paragraph(1, "alpha beta")), of(new Paragraph(1, "alpha gamma")));
        assertEquals(List.of(ParagraphChange.Type.CHANGED), half.paragraphs().stream().map(ParagraphChange::type).toList());
        // {alpha, beta, delta} and {alpha, gamma, epsilon}: 2 * 1 / 6 < 0.5
        Comparison less = DocumentDiff.standard().compare(of(new Paragraph(1, "alpha beta delta")), of(new Paragraph(1, "alpha gamma epsilon")));
        assertEquals(List.of(ParagraphChange.Type.REMOVED, ParagraphChange.Type.ADDED),
                less.paragraphs().stream().map(ParagraphChange::type).toList());
    }

    @Test
    void wordsCompareWithoutCaseAndSignsDoNotCount() {
        Comparison c = DocumentDiff.standard().compare(of(new Paragraph(1, "Alpha, beta!")), of(new Paragraph(1, "alpha; gamma?")));
        assertEquals(ParagraphChange.Type.CHANGED, c.paragraphs().get(0).type(), "alpha is shared: half the words");
    }

    private static Commitment commitment(String text) {
        return new Commitment("c", Modality.WILL, "we", text, 0, text.length(), List.of(), null);
    }

    private static List<CommitmentChange.Type> commitmentChanges(String before, String after) {
        String text = "One paragraph that stays.";
        Comparison c = DocumentDiff.standard().compare(of(new Paragraph(1, text, List.of(), List.of(), List.of(commitment(before)))),
                of(new Paragraph(1, text, List.of(), List.of(), List.of(commitment(after)))));
        return c.commitments().stream().map(CommitmentChange::type).toList();
    }

    @Test
    void commitmentsPairWhenMoreThanTwoFifthsOfTheirWordsAreShared() {
        // 2 * 2 / 10 = 0.4: not more than 0.4
        assertEquals(List.of(CommitmentChange.Type.ADDED, CommitmentChange.Type.REMOVED), commitmentChanges("a b c d e", "a b f g h"));
        // 2 * 2 / 6 > 0.4
        assertEquals(List.of(CommitmentChange.Type.CHANGED), commitmentChanges("a b c", "a b d"));
    }

    @Test
    void theMostSimilarCommitmentIsPaired() {
        String text = "One paragraph that stays.";
        Commitment far = new Commitment("far", Modality.WILL, "we", "clear mined areas soon", 0, 1, List.of(), null);
        Commitment near = new Commitment("near", Modality.WILL, "we", "clear all mined areas by 2030", 0, 1, List.of(), null);
        Commitment changed = new Commitment("new", Modality.ASPIRE, "we", "clear all mined areas by 2030", 0, 1, List.of(), null);
        Comparison c = DocumentDiff.standard().compare(of(new Paragraph(1, text, List.of(), List.of(), List.of(far, near))),
                of(new Paragraph(1, text, List.of(), List.of(), List.of(changed))));
        assertEquals("near", c.commitments().get(0).before().id());
        assertEquals(CommitmentChange.Type.CHANGED, c.commitments().get(0).type());
        assertEquals("far", c.commitments().get(1).before().id());
        assertEquals(CommitmentChange.Type.REMOVED, c.commitments().get(1).type());
    }

    @Test
    void theMostSimilarOldParagraphIsTheMovedOne() {
        List<Paragraph> before = List.of(new Paragraph(1, "Stays first."), new Paragraph(2, "alpha beta gamma delta"),
                new Paragraph(3, "alpha beta gamma epsilon zeta"), new Paragraph(4, "Stays last."));
        List<Paragraph> after = List.of(new Paragraph(1, "alpha beta gamma delta eta"), new Paragraph(2, "Stays first."),
                new Paragraph(3, "Stays last."));
        Comparison c = DocumentDiff.standard().compare(of(before.toArray(Paragraph[]::new)), of(after.toArray(Paragraph[]::new)));
        ParagraphChange moved = c.paragraphs().stream().filter(p -> p.type() == ParagraphChange.Type.MOVED).findFirst().orElseThrow();
        assertEquals(1, moved.beforeIndex(), "the closer of two similar paragraphs");
        assertEquals(1, c.count(ParagraphChange.Type.REMOVED));
    }

    @Test
    void unnumberedParagraphsAreNamedByTheirPlace() {
        Declaration a = of(new Paragraph(null, "First."), new Paragraph(null, "Second, to be removed entirely."));
        Declaration b = of(new Paragraph(null, "First."), new Paragraph(null, "Added, nothing like it."));
        Comparison c = DocumentDiff.standard().compare(a, b);
        String text = DiffReport.text(c);
        assertTrue(text.contains("paragraph 2: removed"), text);
        assertTrue(text.contains("paragraph 2: added"), text);
        assertFalse(c.paragraphs().get(0).renumbered());
        assertFalse(c.identical(), "paragraphs differ, though no commitment does");
        assertTrue(c.commitments().isEmpty());
    }

    @Test
    void aCommitmentOfAnUnnumberedParagraphIsNamedByItsPlace() {
        String t = "We will clear all areas.";
        Declaration a = of(new Paragraph(null, "First."), new Paragraph(null, t));
        Declaration b = of(new Paragraph(null, "First."), new Paragraph(null, t, List.of(), List.of(), List.of(
                new Commitment("c", Modality.WILL, "we", t, 0, t.length(), List.of(), null))));
        assertEquals("paragraph 2", DocumentDiff.standard().compare(a, b).commitments().get(0).afterParagraph());
    }

    @Test
    void aCommitmentOfASubparagraphAtAnyDepthCountsAsItsParagraphs() {
        String t = "We will clear all areas.";
        Commitment c = new Commitment("p1.s1.1.c1", Modality.WILL, "we", t, 0, t.length(), List.of(), null);
        org.declaro.model.Subparagraph inner = new org.declaro.model.Subparagraph("i", t, List.of(), List.of(c), null);
        org.declaro.model.Subparagraph outer = new org.declaro.model.Subparagraph("a", "Outer.", List.of(inner), List.of(), null);
        Declaration with = of(new Paragraph(1, "Chapeau:", List.of(outer), List.of(), List.of()));
        Declaration without = of(new Paragraph(1, "Chapeau:", List.of(outer.withSubparagraphs(List.of(inner.withCommitments(List.of())))),
                List.of(), List.of()));
        // the carried commitments only: the standard comparison would find the one the text still states
        Comparison diff = DocumentDiff.builder().extractor(null).build().compare(with, without);
        assertEquals(List.of(CommitmentChange.Type.REMOVED), diff.commitments().stream().map(CommitmentChange::type).toList());
        assertEquals("paragraph 1", diff.commitments().get(0).beforeParagraph());
    }

    @Test
    void preambleCommitmentsAreNamedByThePreambleParagraph() {
        String t = "We will strive to clear all areas.";
        Declaration a = Declaration.builder("d", "D").language("en").paragraph("Body.")
                .preamble(new PreambularParagraph("Recalling the Convention.", List.of(), List.of(), null)).build();
        Declaration b = a.toBuilder().preamble(new PreambularParagraph(t, List.of(), List.of(
                new Commitment("pre.c1", Modality.WILL, "we", t, 0, t.length(), List.of(), null)), null)).build();
        Comparison c = DocumentDiff.standard().compare(a, b);
        assertEquals("preamble 2", c.commitments().get(0).afterParagraph());
        assertEquals(ParagraphChange.Type.ADDED, c.paragraphs().get(1).type());
        assertEquals("preamble", c.paragraphs().get(1).part());
        assertFalse(c.identical());
    }

    @Test
    void aChangedCommitmentInAnUnchangedParagraphIsNotIdentical() {
        String t = "We will clear all areas.";
        Commitment will = new Commitment("c", Modality.WILL, "we", t, 0, t.length(), List.of(), null);
        Comparison c = DocumentDiff.standard().compare(of(new Paragraph(1, t, List.of(), List.of(), List.of(will))),
                of(new Paragraph(1, t, List.of(), List.of(), List.of(will.withModality(Modality.COMMIT)))));
        assertEquals(1, c.count(ParagraphChange.Type.UNCHANGED));
        assertFalse(c.identical(), "the commitment changed");
    }

    @Test
    void markdownKeepsTheSpacesAroundDeletedAndInsertedWordsOutsideTheMarks() {
        Comparison c = DocumentDiff.standard().compare(of(new Paragraph(1, "We will clear all areas.")), of(new Paragraph(1, "We clear all areas now.")));
        String md = DiffReport.markdown(c);
        assertTrue(md.contains("\n\nWe ~~will~~ clear all areas **now**.\n\n"), md);
    }

    @Test
    void theResultsAreImmutableAndCheckTheirFields() {
        List<WordChange> words = new ArrayList<>(List.of(new WordChange(WordChange.Op.EQUAL, "x")));
        ParagraphChange p = new ParagraphChange("paragraphs", ParagraphChange.Type.UNCHANGED, 0, 0, 1, 1, words);
        words.clear();
        assertEquals(1, p.words().size(), "a copy of the words");
        List<ParagraphChange> ps = new ArrayList<>(List.of(p));
        List<CommitmentChange> units = new ArrayList<>();
        Comparison c = new Comparison(ps, units);
        ps.clear();
        assertEquals(1, c.paragraphs().size(), "a copy of the paragraphs");
        List<String> changes = new ArrayList<>(List.of("wording"));
        Commitment x = new Commitment("c", Modality.WILL, "we", "x", 0, 1, List.of(), null);
        CommitmentChange u = new CommitmentChange(CommitmentChange.Type.CHANGED, x, x, "paragraph 1", "paragraph 1", changes);
        changes.clear();
        assertEquals(List.of("wording"), u.changes());
        assertThrows(NullPointerException.class, () -> new CommitmentChange(null, x, x, "a", "b", List.of()));
        assertThrows(NullPointerException.class, () -> new ParagraphChange(null, ParagraphChange.Type.ADDED, null, 0, null, null, List.of()));
        assertThrows(NullPointerException.class, () -> new ParagraphChange("paragraphs", null, null, 0, null, null, List.of()));
        assertThrows(NullPointerException.class, () -> new WordChange(null, "x"));
        assertThrows(NullPointerException.class, () -> new WordChange(WordChange.Op.EQUAL, null));
        Declaration d = of(new Paragraph(1, "x"));
        assertEquals("before", assertThrows(NullPointerException.class, () -> DocumentDiff.standard().compare(null, d)).getMessage());
        assertEquals("after", assertThrows(NullPointerException.class, () -> DocumentDiff.standard().compare(d, null)).getMessage());
    }
}
