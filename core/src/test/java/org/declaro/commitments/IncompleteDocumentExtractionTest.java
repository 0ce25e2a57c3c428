package org.declaro.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.declaro.model.Commitment;
import org.declaro.model.Declaration;
import org.declaro.model.Extensions;
import org.declaro.model.Paragraph;
import org.declaro.model.Subparagraph;
import org.junit.jupiter.api.Test;

/** Extraction from documents the reader produces with texts missing: the texts that are there get their units. */
class IncompleteDocumentExtractionTest {
    private static final CommitmentExtractor EXTRACTOR = CommitmentExtractor.standard();

    private static Paragraph only(Declaration d) {
        return ((Declaration) EXTRACTOR.extract(d)).paragraphs().get(0);
    }

    @Test
    void aParagraphWithoutTextHasNoUnitsAndItsSubparagraphsKeepTheirs() {
        Declaration d = Declaration.builder("x", "T").paragraph(new Paragraph(1, null, List.of(
                new Subparagraph("a", "We will clear all mined areas."), new Subparagraph("b", null)), List.of(), List.of(),
                Extensions.NONE)).build();
        Paragraph p = only(d);
        assertEquals(List.of(), p.commitments());
        List<Commitment> a = p.subparagraphs().get(0).commitments();
        assertEquals(List.of("p1.s1.c1 will we"), a.stream().map(c -> c.id() + " " + c.modality().jsonName() + " " + c.actor()).toList());
        assertEquals(List.of(), p.subparagraphs().get(1).commitments());
    }

    @Test
    void anItemWithoutTextDoesNotStateAnActionSoTheOpenerKeepsItsUnit() {
        Declaration d = Declaration.builder("x", "T").paragraph(new Paragraph(1, "We will:", List.of(
                new Subparagraph("a", "convene a meeting;"), new Subparagraph("b", null)), List.of(), List.of(),
                Extensions.NONE)).build();
        Paragraph p = only(d);
        assertEquals(List.of("We will"), p.commitments().stream().map(Commitment::text).toList());
        assertEquals(List.of(), p.subparagraphs().get(0).commitments());
    }

    @Test
    void anItemWithoutTextDoesNotStateAnAction() {
        assertEquals(false, CommitmentExtractor.statesAnAction(null));
    }
}
