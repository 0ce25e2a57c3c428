package org.declaro.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.declaro.model.Action;
import org.declaro.model.ActionPlan;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.declaro.model.Extensions;
import org.declaro.model.Heading;
import org.declaro.model.Paragraph;
import org.declaro.model.Section;
import org.declaro.model.Subparagraph;
import org.declaro.report.Finding;
import org.declaro.report.Rule;
import org.junit.jupiter.api.Test;

/**
 * Paragraph and action numbers, heading positions and sub-paragraph labels: the sequences the rules
 * accept, and the message each departure gets.
 */
class NumberingRulesTest {
    private final DocumentValidator validator = DocumentValidator.standard();

    private List<Finding> findings(Document d, Rule rule) {
        return validator.validate(d).findings().stream().filter(f -> f.rule() == rule).toList();
    }

    private static Declaration numbered(Integer... numbers) {
        Declaration.Builder b = Declaration.builder("d", "D");
        for (Integer n : numbers) {
            b.paragraph(new Paragraph(n, "T."));
        }
        return b.build();
    }

    private static Declaration labelled(String... labels) {
        List<Subparagraph> subs = new ArrayList<>();
        for (String l : labels) {
            subs.add(new Subparagraph(l, "x"));
        }
        return Declaration.builder("d", "D").paragraph(new Paragraph(1, "P.", subs, List.of(), List.of())).build();
    }

    private static List<String> labels(int from, int to, java.util.function.IntFunction<String> label) {
        List<String> l = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            l.add(label.apply(i));
        }
        return l;
    }

    @Test
    void aWrongNumberSaysWhatItFollowsAndWhatWasExpected() {
        List<Finding> f = findings(numbered(1, 2, 5, 6), Rule.PARAGRAPH_NUMBER_SEQUENCE);
        assertEquals(List.of("/paragraphs/2/number"), f.stream().map(Finding::pointer).toList());
        assertEquals("Paragraph number 5 follows 2; expected 3.", f.get(0).message());
        assertEquals("Paragraph number 2 is used twice; give each paragraph its own number.",
                findings(numbered(1, 2, 2, 3), Rule.PARAGRAPH_NUMBER_DUPLICATE).get(0).message());
        assertEquals("Paragraph number 0 follows 0; expected 1.",
                findings(numbered(0, 1, 2), Rule.PARAGRAPH_NUMBER_SEQUENCE).get(0).message());
    }

    @Test
    void largeAndNegativeNumbersAreCheckedForDuplicatesToo() {
        int big = 1 << 20;
        assertEquals(List.of("/paragraphs/1/number"),
                findings(numbered(big, big), Rule.PARAGRAPH_NUMBER_DUPLICATE).stream().map(Finding::pointer).toList());
        assertEquals(List.of("/paragraphs/1/number"),
                findings(numbered(-1, -1), Rule.PARAGRAPH_NUMBER_DUPLICATE).stream().map(Finding::pointer).toList());
        assertEquals(List.of(), findings(numbered(big - 1, big), Rule.PARAGRAPH_NUMBER_DUPLICATE));
    }

    @Test
    void aMissingNumberCountsTheOthers() {
        List<Finding> f = findings(numbered(1, null, 3), Rule.PARAGRAPH_NUMBER_MISSING);
        assertEquals(List.of("/paragraphs/1/number"), f.stream().map(Finding::pointer).toList());
        assertEquals("Paragraph 2 has no number while 2 others have; number all paragraphs, or none.", f.get(0).message());
        assertEquals(List.of(), findings(numbered(1, null, 3), Rule.PARAGRAPH_NUMBER_SEQUENCE), "reported once, as missing");
    }

    @Test
    void numbersRestartOnlyUnderAHeadingThatSaysSo() {
        Declaration restart = numbered(1, 2, 1, 2).toBuilder().schemaVersion("1.1")
                .heading(new Heading(2, 1, null, "Part two", true, Extensions.NONE)).build();
        assertEquals(List.of(), validator.validate(restart).findings());
        Declaration noRestart = numbered(1, 2, 1, 2).toBuilder().heading(new Heading(2, 1, null, "Part two")).build();
        // FORMAT.md: numbers that do not run 1, 2, 3, ... within a run are paragraph.number.sequence; one finding, at
        // the restart, that names the heading to mark, and the 2 after it is not reported again as a duplicate
        assertEquals(List.of(), findings(noRestart, Rule.PARAGRAPH_NUMBER_DUPLICATE));
        List<Finding> seq = findings(noRestart, Rule.PARAGRAPH_NUMBER_SEQUENCE);
        assertEquals(List.of("/paragraphs/2/number"), seq.stream().map(Finding::pointer).toList());
        assertEquals("Paragraph number 1 follows 2; expected 3. If numbering starts again at 1 here, give the heading above"
                + " it (/headings/0) \"restart\": true (format 1.1).", seq.get(0).message());
        Declaration noHeading = numbered(1, 2, 3, 1, 2);
        List<Finding> bare = findings(noHeading, Rule.PARAGRAPH_NUMBER_SEQUENCE);
        assertEquals(List.of("/paragraphs/3/number"), bare.stream().map(Finding::pointer).toList());
        assertTrue(bare.get(0).message().endsWith("put a heading with \"restart\": true above it (format 1.1)."),
                bare.get(0).message());
        assertEquals(List.of("/paragraphs/1/number"), findings(numbered(1, 1, 2), Rule.PARAGRAPH_NUMBER_DUPLICATE).stream()
                .map(Finding::pointer).toList(), "1 twice at the start is a duplicate, not a restart");
        Declaration wrongStart = numbered(1, 2, 3, 4).toBuilder().schemaVersion("1.1")
                .heading(new Heading(2, 1, null, "Part two", true, Extensions.NONE)).build();
        List<Finding> f = findings(wrongStart, Rule.PARAGRAPH_NUMBER_SEQUENCE);
        assertEquals(List.of("/paragraphs/2/number"), f.stream().map(Finding::pointer).toList());
        assertEquals("Paragraph number 3 is the first under a heading with \"restart\"; expected 1.", f.get(0).message());
        Declaration dupInRun = numbered(1, 1, 1, 2).toBuilder().schemaVersion("1.1")
                .heading(new Heading(2, 1, null, "Part two", true, Extensions.NONE)).build();
        List<Finding> d = findings(dupInRun, Rule.PARAGRAPH_NUMBER_DUPLICATE);
        assertEquals(List.of("/paragraphs/1/number"), d.stream().map(Finding::pointer).toList());
        assertEquals("Paragraph number 1 is used twice in the same run; give each paragraph its own number.",
                d.get(0).message());
    }

    @Test
    void aRestartAtTheFirstParagraphOrOutOfRangeChangesNothing() {
        Declaration atZero = numbered(1, 2).toBuilder().schemaVersion("1.1")
                .heading(new Heading(0, 1, null, "Start", true, Extensions.NONE)).build();
        assertEquals(List.of(), validator.validate(atZero).findings());
        Declaration beyond = numbered(1, 2).toBuilder().schemaVersion("1.1")
                .heading(new Heading(2, 1, null, "End", true, Extensions.NONE)).build();
        assertEquals(List.of(Rule.HEADING_POSITION),
                validator.validate(beyond).findings().stream().map(Finding::rule).toList());
    }

    @Test
    void headingPositionsAreIndicesInDocumentOrder() {
        Declaration outside = numbered(1, 2, 3).toBuilder().heading(new Heading(3, 1, null, "H")).build();
        List<Finding> f = findings(outside, Rule.HEADING_POSITION);
        assertEquals("Heading \"before\" is 3 but the document has 3 paragraphs; use an index from 0 to 2.",
                f.get(0).message());
        assertEquals(List.of("/headings/0/before"), findings(numbered(1).toBuilder()
                .heading(new Heading(-1, 1, null, "H")).build(), Rule.HEADING_POSITION).stream().map(Finding::pointer).toList());
        Declaration lastAllowed = numbered(1, 2, 3).toBuilder().heading(new Heading(0, 1, null, "A"))
                .heading(new Heading(2, 1, null, "B")).heading(new Heading(2, 2, null, "C")).build();
        assertEquals(List.of(), findings(lastAllowed, Rule.HEADING_POSITION), "equal positions are in order");
        Declaration backwards = numbered(1, 2, 3).toBuilder().heading(new Heading(2, 1, null, "A"))
                .heading(new Heading(1, 1, null, "B")).heading(new Heading(1, 1, null, "C")).build();
        List<Finding> b = findings(backwards, Rule.HEADING_POSITION);
        assertEquals(List.of("/headings/1/before", "/headings/2/before"), b.stream().map(Finding::pointer).toList());
        assertEquals("Heading \"before\" is 1, before the previous heading's 2; list headings in document order.",
                b.get(0).message());
        Declaration afterBadOne = numbered(1, 2, 3).toBuilder().heading(new Heading(9, 1, null, "A"))
                .heading(new Heading(1, 1, null, "B")).build();
        assertEquals(List.of("/headings/0/before"), findings(afterBadOne, Rule.HEADING_POSITION).stream()
                .map(Finding::pointer).toList(), "a heading out of range is not the previous one");
    }

    @Test
    void actionsAreNumberedAcrossThePlan() {
        ActionPlan plan = ActionPlan.builder("p", "P")
                .section(new Section("I", "S", List.of(), List.of(new Action(1, "A."), new Action(2, "B."))))
                .section(new Section("II", "T", List.of(), List.of(new Action(1, "C."), new Action(5, "D."))))
                .build();
        List<Finding> dup = findings(plan, Rule.ACTION_NUMBER_DUPLICATE);
        assertEquals(List.of("/sections/1/actions/0/number"), dup.stream().map(Finding::pointer).toList());
        assertEquals("Action number 1 is used twice; give each action its own number.", dup.get(0).message());
        List<Finding> seq = findings(plan, Rule.ACTION_NUMBER_SEQUENCE);
        assertEquals(List.of("/sections/1/actions/1/number"), seq.stream().map(Finding::pointer).toList());
        assertEquals("Action number 5 follows 1; actions are numbered across the plan, so expected 2.", seq.get(0).message());
    }

    @Test
    void lettersRunPastZAsDoubledLetters() {
        List<String> l = labels(1, 28, n -> String.valueOf((char) ('a' + (n - 1) % 26)).repeat((n - 1) / 26 + 1));
        assertEquals("z", l.get(25));
        assertEquals("aa", l.get(26));
        assertEquals(List.of(), findings(labelled(l.toArray(String[]::new)), Rule.SUBPARAGRAPH_LABEL_SEQUENCE));
        List<String> wrong = new ArrayList<>(l);
        wrong.set(26, "ab");
        List<Finding> f = findings(labelled(wrong.toArray(String[]::new)), Rule.SUBPARAGRAPH_LABEL_SEQUENCE);
        assertEquals("Label \"ab\" is out of sequence; expected \"aa\".", f.get(0).message());
    }

    @Test
    void romanNumeralsDigitsAndCapitalsAreSequences() {
        String[] roman = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv",
            "xvi", "xvii", "xviii", "xix", "xx", "xxi", "xxii", "xxiii", "xxiv", "xxv", "xxvi", "xxvii", "xxviii",
            "xxix", "xxx", "xxxi", "xxxii", "xxxiii", "xxxiv", "xxxv", "xxxvi", "xxxvii", "xxxviii", "xxxix", "xl",
            "xli", "xlii", "xliii", "xliv", "xlv", "xlvi", "xlvii", "xlviii", "xlix", "l", "li"};
        assertEquals(List.of(), findings(labelled(roman), Rule.SUBPARAGRAPH_LABEL_SEQUENCE));
        assertEquals(List.of(), findings(labelled("I", "II", "III", "IV"), Rule.SUBPARAGRAPH_LABEL_SEQUENCE));
        assertEquals(List.of(), findings(labelled("A", "B", "C"), Rule.SUBPARAGRAPH_LABEL_SEQUENCE));
        assertEquals(List.of(), findings(labelled("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"),
                Rule.SUBPARAGRAPH_LABEL_SEQUENCE));
        assertEquals("Label \"b\" is out of sequence; expected \"B\".",
                findings(labelled("A", "b"), Rule.SUBPARAGRAPH_LABEL_SEQUENCE).get(0).message());
        assertEquals("Label \"iiii\" is out of sequence; expected \"iv\".",
                findings(labelled("i", "ii", "iii", "iiii"), Rule.SUBPARAGRAPH_LABEL_SEQUENCE).get(0).message());
        assertEquals("Label \"4\" is out of sequence; expected \"3\".",
                findings(labelled("1", "2", "4"), Rule.SUBPARAGRAPH_LABEL_SEQUENCE).get(0).message());
    }

    @Test
    void anUnknownFirstLabelIsReportedWithTheSchemes() {
        List<Finding> f = findings(labelled("b", "c"), Rule.SUBPARAGRAPH_LABEL_SEQUENCE);
        assertEquals(List.of("/paragraphs/0/subparagraphs/0/label"), f.stream().map(Finding::pointer).toList());
        assertEquals("Label \"b\" is out of sequence; labels run a, b, c, ... or i, ii, iii, ... or 1, 2, 3, ....",
                f.get(0).message());
    }

    @Test
    void onlyTheFirstDepartureOfAListIsReported() {
        assertEquals(List.of("/paragraphs/0/subparagraphs/1/label"), findings(labelled("a", "c", "e"),
                Rule.SUBPARAGRAPH_LABEL_SEQUENCE).stream().map(Finding::pointer).toList());
        List<Finding> bullets = findings(labelled("a", null, null), Rule.SUBPARAGRAPH_LABEL_SEQUENCE);
        assertEquals(List.of("/paragraphs/0/subparagraphs/1"), bullets.stream().map(Finding::pointer).toList());
        assertEquals("This sub-paragraph has no label while others have; label all of them, or none.",
                bullets.get(0).message());
        assertEquals(List.of("/paragraphs/0/subparagraphs/0"), findings(labelled(null, "a"),
                Rule.SUBPARAGRAPH_LABEL_SEQUENCE).stream().map(Finding::pointer).toList());
    }

    @Test
    void nestedListsAreCheckedUnderEveryItem() {
        Subparagraph second = new Subparagraph("b", "y", List.of(new Subparagraph("i", "p"), new Subparagraph("iii", "q")),
                Extensions.NONE);
        Subparagraph deeper = new Subparagraph("i", "z", List.of(new Subparagraph("1", "r"), new Subparagraph("3", "s")),
                Extensions.NONE);
        Subparagraph first = new Subparagraph("a", "x", List.of(deeper), Extensions.NONE);
        Declaration d = Declaration.builder("d", "D")
                .paragraph(new Paragraph(1, "P.", List.of(first, second), List.of(), List.of())).build();
        assertEquals(List.of("/paragraphs/0/subparagraphs/0/subparagraphs/0/subparagraphs/1/label",
                "/paragraphs/0/subparagraphs/1/subparagraphs/1/label"),
                findings(d, Rule.SUBPARAGRAPH_LABEL_SEQUENCE).stream().map(Finding::pointer).toList());
    }
}
