package org.declaro.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.declaro.model.Action;
import org.declaro.model.ActionPlan;
import org.declaro.model.Commitment;
import org.declaro.model.Declaration;
import org.declaro.model.Footnote;
import org.declaro.model.Heading;
import org.declaro.model.Modality;
import org.declaro.model.Paragraph;
import org.declaro.model.PreambularParagraph;
import org.declaro.model.Section;
import org.declaro.model.Source;
import org.declaro.model.Subparagraph;
import org.junit.jupiter.api.Test;

/**
 * The look at each object while reading: what sends the text rules, the commitment rules and the search for
 * newer fields to their full run, and what clears them. {@code ReadScanProperties} holds the look to the
 * rules on generated documents; these are its cases one by one.
 */
class ReadScanTest {
    private static final String TEXT = "We commit to clear all mined areas.";

    private static Commitment c(String id, Integer start, Integer end) {
        String text = start == null || end == null || start < 0 || end > TEXT.length() || start >= end ? "x"
                : TEXT.substring(start, end);
        return new Commitment(id, Modality.COMMIT, "We", text, start, end, List.of("clearance"), null);
    }

    private static boolean clean(Commitment... cs) {
        return Commitments.clean(TEXT, List.of(cs), null);
    }

    @Test
    void spansInsideTheTextMatchingItAndApartAreClean() {
        assertTrue(clean(c("a", 0, 2), c("b", 3, 9)));
        assertTrue(clean(c("a", 0, 3), c("b", 3, 9)), "spans that touch do not overlap");
        assertTrue(clean(c("a", 3, 9), c("b", 0, 2)), "out of order but apart");
        assertTrue(clean(c("a", 0, TEXT.length())), "the whole text");
        assertTrue(Commitments.clean(null, List.of(c("a", 0, 2)), null), "no text: nothing to compare");
        assertTrue(clean(new Commitment("a", Modality.COMMIT, "We", "x", null, 2, List.of(), null)), "no start");
        assertTrue(clean(new Commitment("a", Modality.COMMIT, "We", null, 0, 2, List.of(), null)), "no text to match");
    }

    @Test
    void spansOutsideTheTextOrNotMatchingItAreSuspect() {
        assertFalse(clean(c("a", -1, 2)));
        assertFalse(clean(c("a", 0, TEXT.length() + 1)));
        assertFalse(clean(c("a", 4, 4)), "an empty span");
        assertFalse(clean(c("a", 5, 4)));
        assertFalse(clean(new Commitment("a", Modality.COMMIT, "We", "We", 3, 5, List.of(), null)), "other words");
        assertFalse(clean(new Commitment("a", Modality.COMMIT, "We", "We c", 0, 2, List.of(), null)), "other length");
    }

    @Test
    void overlappingSpansAreSuspectInOrderOrNot() {
        assertFalse(clean(c("a", 0, 5), c("b", 4, 9)));
        assertFalse(clean(c("a", 4, 9), c("b", 0, 5)), "out of order");
        assertFalse(clean(c("a", 10, 20), c("b", 0, 3), c("c", 2, 6)), "out of order, overlapping later");
        assertFalse(clean(c("a", 0, 9), c("b", 2, 3)), "one inside another");
        assertFalse(clean(new Commitment("a", Modality.COMMIT, "We", "x", null, null, List.of(), null), c("b", 10, 20),
                c("c", 0, 12)), "a span before the disorder is kept");
    }

    @Test
    void manySpansOutOfOrderAreSortedWhole() {
        List<Commitment> apart = new ArrayList<>();
        for (int i = 16; i >= 0; i--) { // 17 spans of two characters, from the end: the library sort
            apart.add(c("c" + i, 2 * i, 2 * i + 1));
        }
        assertTrue(Commitments.clean(TEXT, apart, null));
        List<Commitment> overlapping = new ArrayList<>(apart);
        overlapping.add(c("x", 0, 5));
        assertFalse(Commitments.clean(TEXT, overlapping, null));
    }

    @Test
    void themesOutsideTheVocabularyAreSuspect() {
        assertTrue(Commitments.clean(TEXT, List.of(c("a", 0, 2)), Set.of("clearance")));
        assertFalse(Commitments.clean(TEXT, List.of(c("a", 0, 2)), Set.of("compliance")));
    }

    @Test
    void eachKindOfTextIsLookedAt() {
        String bad = "two  spaces";
        List<Object> records = List.of(
                Paragraph.builder().number(1).text(bad).build(),
                new Subparagraph("a", bad),
                new PreambularParagraph(bad),
                new Action(1, bad),
                new Footnote("*", bad),
                Heading.builder().before(0).title(bad).build(),
                new Section("I", bad, List.of(), List.of()),
                new Section("I", "Title", List.of("fine", bad), List.of()),
                Declaration.builder("d", bad).paragraphs(List.of(Paragraph.builder().number(1).text("x").build())).build(),
                Declaration.builder("d", "T").subtitle(bad).paragraphs(List.of(Paragraph.builder().number(1).text("x").build()))
                        .build(),
                ActionPlan.builder("p", bad).sections(List.of(new Section("I", "S", List.of(), List.of()))).build(),
                ActionPlan.builder("p", "T").introduction(List.of(bad)).sections(List.of(new Section("I", "S", List.of(),
                        List.of()))).build());
        for (Object record : records) {
            ReadScan scan = new ReadScan(null);
            scan.read(record, () -> "");
            assertTrue(scan.texts(), record::toString);
            assertFalse(scan.commitments(), record::toString);
        }
        ReadScan clean = new ReadScan(null);
        clean.read(Paragraph.builder().number(1).text("Fine text.").build(), () -> "");
        clean.read(new Footnote("*", ""), () -> ""); // an empty text is blank: the rule reports it
        assertTrue(clean.texts());
        ReadScan fine = new ReadScan(null);
        fine.read(Paragraph.builder().number(1).text("Fine text.").build(), () -> "");
        assertFalse(fine.texts());
    }

    @Test
    void anIdSeenTwiceOrABadSpanSendsTheCommitmentRules() {
        ReadScan twice = new ReadScan(null);
        twice.read(c("a", 0, 2), () -> "");
        assertFalse(twice.commitments());
        twice.read(c("a", 3, 9), () -> "");
        assertTrue(twice.commitments());
        ReadScan span = new ReadScan(null);
        span.read(Paragraph.builder().number(1).text(TEXT).commitments(List.of(c("a", 0, 5), c("b", 4, 9))).build(), () -> "");
        assertTrue(span.commitments());
        ReadScan sub = new ReadScan(null);
        sub.read(Subparagraph.builder().label("a").text(TEXT).commitments(List.of(c("a", 0, 50))).build(), () -> "");
        assertTrue(sub.commitments());
        ReadScan action = new ReadScan(Set.of("compliance"));
        action.read(Action.builder().number(1).text(TEXT).commitments(List.of(c("a", 0, 2))).build(), () -> "");
        assertTrue(action.commitments(), "a theme outside the vocabulary");
    }

    @Test
    void onlyAFieldNewerThanTheFirstVersionSendsTheVersionWalk() {
        ReadScan plain = new ReadScan(null);
        plain.read(Heading.builder().before(0).title("T").build(), () -> "");
        plain.read(Subparagraph.builder().label("a").text("x").build(), () -> "");
        plain.read(Paragraph.builder().number(1).text("x").build(), () -> "");
        assertFalse(plain.newerFields());
        ReadScan restart = new ReadScan(null);
        restart.read(Heading.builder().before(0).title("T").restart(false).build(), () -> "");
        assertTrue(restart.newerFields());
        ReadScan source = new ReadScan(null);
        source.read(Declaration.builder("d", "T").source(new Source("text", "d.txt", null))
                .paragraphs(List.of(Paragraph.builder().number(1).text("x").build())).build(), () -> "");
        assertTrue(source.newerFields());
        ReadScan subCommitments = new ReadScan(null);
        subCommitments.read(Subparagraph.builder().label("a").text(TEXT).commitments(List.of(c("a", 0, 2))).build(), () -> "");
        assertTrue(subCommitments.newerFields());
    }
}
