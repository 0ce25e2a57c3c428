package org.declaro.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.declaro.testing.Edits;
import java.util.ArrayList;
import java.util.List;
import org.declaro.model.Commitment;
import org.declaro.model.Declaration;
import org.declaro.model.Modality;
import org.declaro.model.Paragraph;
import org.junit.jupiter.api.Test;

/** What the bounds that keep the diff linear do: coarser results past them, the same results below. */
class BoundsTest {

    private static Declaration declaration(List<String> texts) {
        Declaration.Builder b = Declaration.builder("d", "D").language("en");
        for (int i = 0; i < texts.size(); i++) {
            b.paragraph(new Paragraph(i + 1, texts.get(i)));
        }
        return b.build();
    }

    private static String words(int from, int count) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < from + count; i++) {
            b.append(i == from ? "" : " ").append("w").append(i);
        }
        return b.toString();
    }

    @Test
    void aChangedStretchLongerThanTheTokenBoundIsOneDeletedAndOneInsertedRun() {
        String a = "Start. " + words(0, MAX_WORDS) + ". End.";
        String b = "Start. " + words(1, MAX_WORDS) + ". End.";
        List<WordChange> changes = DocumentDiff.words(a, b);
        assertEquals(List.of(new WordChange(WordChange.Op.EQUAL, "Start. "), new WordChange(WordChange.Op.DELETE, words(0, MAX_WORDS)),
                new WordChange(WordChange.Op.INSERT, words(1, MAX_WORDS)), new WordChange(WordChange.Op.EQUAL, ". End.")), changes);
    }

    /** Words (each with its space, two tokens) that make a changed stretch just over the token bound in both versions together. */
    private static final int MAX_WORDS = DocumentDiff.MAX_WORD_TOKENS / 4 + 1;

    @Test
    void belowTheTokenBoundTheWordsThatDifferAreFound() {
        int n = DocumentDiff.MAX_WORD_TOKENS / 4 - 2;
        String a = "Start. " + words(0, n) + ". End.";
        String b = "Start. " + words(1, n) + ". End.";
        List<WordChange> changes = DocumentDiff.words(a, b);
        assertEquals(List.of(new WordChange(WordChange.Op.EQUAL, "Start. "), new WordChange(WordChange.Op.DELETE, "w0 "),
                new WordChange(WordChange.Op.EQUAL, words(1, n - 1)), new WordChange(WordChange.Op.INSERT, " w" + n),
                new WordChange(WordChange.Op.EQUAL, ". End.")), changes);
    }

    @Test
    void aChangedStretchLongerThanTheCharacterBoundIsNotSplitInWords() {
        String x = "x".repeat(DocumentDiff.MAX_WORD_CHARS / 2);
        String y = "y".repeat(DocumentDiff.MAX_WORD_CHARS / 2 + 1);
        assertEquals(List.of(new WordChange(WordChange.Op.EQUAL, "A, "), new WordChange(WordChange.Op.DELETE, x),
                new WordChange(WordChange.Op.INSERT, y), new WordChange(WordChange.Op.EQUAL, ", z.")),
                DocumentDiff.words("A, " + x + ", z.", "A, " + y + ", z."));
    }

    @Test
    void theCommonStartAndEndAreCutBetweenWords() {
        assertEquals(List.of(new WordChange(WordChange.Op.EQUAL, "We will "), new WordChange(WordChange.Op.DELETE, "clear"),
                new WordChange(WordChange.Op.INSERT, "clean"), new WordChange(WordChange.Op.EQUAL, " all areas.")),
                DocumentDiff.words("We will clear all areas.", "We will clean all areas."), "not 'clea' kept and 'r' changed");
        assertEquals(List.of(new WordChange(WordChange.Op.EQUAL, "a"), new WordChange(WordChange.Op.DELETE, "  "),
                new WordChange(WordChange.Op.INSERT, "   "), new WordChange(WordChange.Op.EQUAL, "b")),
                DocumentDiff.words("a  b", "a   b"), "a run of spaces is one token");
        assertEquals(List.of(new WordChange(WordChange.Op.DELETE, "non-binding"), new WordChange(WordChange.Op.INSERT, "binding"),
                new WordChange(WordChange.Op.EQUAL, " text")), DocumentDiff.words("non-binding text", "binding text"),
                "a hyphenated word is one token");
        assertEquals(List.of(new WordChange(WordChange.Op.DELETE, "States"), new WordChange(WordChange.Op.INSERT, "States’")),
                DocumentDiff.words("States", "States’"), "an apostrophe belongs to its word: the word changed");
    }

    @Test
    void tokenStartsAreFoundFromBothSides() {
        String s = "ab, c  d-e";
        List<Integer> starts = new ArrayList<>();
        for (int q = 0; q <= s.length(); q++) {
            if (DocumentDiff.startsToken(s, q)) {
                starts.add(q);
            }
        }
        // tokens: "ab" "," " " "c" "  " "d-e" and the end; the inside of "d-e" is not a start
        assertEquals(List.of(0, 2, 3, 4, 5, 7, 10), starts);
    }

    @Test
    void aLongStretchWithoutAnchorsIsAlignedInWindowsAndStillFindsTheEdits() {
        // the same three texts over and over: no paragraph is unique, so nothing anchors the alignment
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < DocumentDiff.MAX_STRETCH * 2; i++) {
            texts.add(List.of("We will clear mined areas.", "We aspire to universal adherence.", "We call upon all States.").get(i % 3));
        }
        List<String> edited = new ArrayList<>(texts);
        edited.set(699, "We will clear mined areas and assist victims."); // 699 % 3 == 0: was "We will clear mined areas."
        edited.set(1700, "Entirely different words here, nothing shared.");
        edited.set(1, "We firmly aspire to universal adherence.");
        Comparison c = DocumentDiff.standard().compare(declaration(texts), declaration(edited));
        assertEquals(2, c.count(ParagraphChange.Type.CHANGED), () -> "a similar text in place is changed: " + DiffReport.text(c));
        assertEquals(1, c.count(ParagraphChange.Type.ADDED));
        assertEquals(1, c.count(ParagraphChange.Type.REMOVED));
        assertEquals(texts.size() - 3, c.count(ParagraphChange.Type.UNCHANGED));
    }

    /**
     * Three paragraphs that stay in order, then n old ones replaced by n new ones; the last two old
     * paragraphs move to the front, one with its text, one reworded slightly.
     */
    private static Comparison twoMovedToTheFront(int n) {
        List<String> stay = List.of("We recall the Convention.", "We note the reports of States.", "We welcome the new members.");
        String kept = "We reaffirm our commitment to the Convention and its full implementation.";
        String reworded = "We will report on progress every year, in every meeting.";
        List<String> before = new ArrayList<>(stay);
        List<String> after = new ArrayList<>(List.of(kept, Edits.replace(reworded, "meeting.", "meeting of States.")));
        after.addAll(stay);
        for (int i = 0; i < n; i++) {
            before.add("Old paragraph number " + i + " about clearance.");
            after.add("New text " + i + " on other matters entirely, " + i + ".");
        }
        before.add(kept);
        before.add(reworded);
        return DocumentDiff.standard().compare(declaration(before), declaration(after));
    }

    private static ParagraphChange at(Comparison c, int afterIndex) {
        return c.paragraphs().stream().filter(p -> Integer.valueOf(afterIndex).equals(p.afterIndex())).findFirst().orElseThrow();
    }

    @Test
    void beyondTheMovePairBoundOnlyMovesWithTheSameTextAreFound() {
        Comparison c = twoMovedToTheFront((int) Math.sqrt(DocumentDiff.MAX_MOVE_PAIRS));
        assertEquals(ParagraphChange.Type.MOVED, at(c, 0).type(), "a moved paragraph with the same text is found at any size");
        assertEquals(ParagraphChange.Type.ADDED, at(c, 1).type(), "similar is not looked for among so many pairs");
        assertEquals(ParagraphChange.Type.UNCHANGED, at(c, 2).type());

        Comparison small = twoMovedToTheFront(3);
        assertEquals(ParagraphChange.Type.MOVED, at(small, 0).type());
        assertEquals(ParagraphChange.Type.MOVED, at(small, 1).type(), "below the bound, the reworded one is found by similarity");
        assertTrue(at(small, 1).textChanged());
        assertEquals(List.of(3L, 3L, 3L), List.of(small.count(ParagraphChange.Type.ADDED), small.count(ParagraphChange.Type.REMOVED),
                small.count(ParagraphChange.Type.UNCHANGED)));
    }

    @Test
    void beyondTheCommitmentPairBoundOnlyEqualCommitmentsArePaired() {
        int n = (int) Math.sqrt(DocumentDiff.MAX_COMMITMENT_PAIRS) + 2;
        String text = "We will clear all mined areas by 2030.";
        List<Commitment> before = new ArrayList<>();
        List<Commitment> after = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            before.add(new Commitment("c" + i, Modality.WILL, "we", text, 0, text.length(), List.of(), null));
            after.add(new Commitment(i == 0 ? "c0" : "n" + i, Modality.WILL, "we", text, 0, text.length(), List.of(), null));
        }
        Comparison c = DocumentDiff.standard().compare(withCommitments(text, before), withCommitments(text, after));
        assertEquals(2L * (n - 1), c.commitments().size(), "the equal ones paired, the others not compared: added and removed");
        assertTrue(c.commitments().stream().noneMatch(u -> u.type() == CommitmentChange.Type.CHANGED));

        Comparison small = DocumentDiff.standard().compare(withCommitments(text, before.subList(0, 3)), withCommitments(text, after.subList(0, 3)));
        assertEquals(List.of(), small.commitments(), "below the bound, paired by their wording: nothing changed");
    }

    private static Declaration withCommitments(String text, List<Commitment> commitments) {
        return Declaration.builder("d", "D").language("en").paragraph(new Paragraph(1, text, List.of(), List.of(), commitments)).build();
    }

    @Test
    void theLongestIncreasingRunOfPairsIsFoundInOrder() {
        List<int[]> pairs = List.of(new int[] {5, 0}, new int[] {1, 1}, new int[] {2, 2}, new int[] {0, 3}, new int[] {3, 4},
                new int[] {9, 5}, new int[] {4, 6});
        assertEquals(List.of("1,1", "2,2", "3,4", "4,6"),
                DocumentDiff.increasing(pairs).stream().map(p -> p[0] + "," + p[1]).toList());
        assertTrue(DocumentDiff.increasing(List.of()).isEmpty());
    }
}
