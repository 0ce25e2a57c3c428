package org.declaro.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.declaro.json.DocumentReader;
import org.declaro.model.Commitment;
import org.declaro.model.Declaration;
import org.declaro.model.Modality;
import org.declaro.model.Paragraph;
import org.declaro.model.Subparagraph;
import org.junit.jupiter.api.Test;

/** Comparing format 1.1 documents: sub-paragraph commitments count as their paragraph's. */
class Format11DiffTest {
    private static final Declaration V11 = (Declaration) DocumentReader.standard().read(Fixtures.bytes("declaration-1.1.json"))
            .document().orElseThrow();

    @Test
    void aDocumentAgainstItselfIsIdentical() {
        Comparison c = DocumentDiff.standard().compare(V11, V11);
        assertTrue(c.identical(), () -> DiffReport.text(c));
    }

    @Test
    void aSoftenedSubparagraphCommitmentIsReportedUnderItsParagraph() {
        List<Paragraph> ps = new ArrayList<>(V11.paragraphs());
        Paragraph p2 = ps.get(1);
        Subparagraph a = p2.subparagraphs().get(0);
        Commitment c = a.commitments().get(0);
        Commitment softer = new Commitment(c.id(), Modality.ASPIRE, c.actor(), c.text(), c.start(), c.end(), c.themes(), c.deadline());
        List<Subparagraph> subs = new ArrayList<>(p2.subparagraphs());
        subs.set(0, a.withCommitments(List.of(softer)));
        ps.set(1, new Paragraph(p2.number(), p2.text(), subs, p2.footnotes(), p2.commitments(), p2.extensions()));
        Comparison diff = DocumentDiff.standard().compare(V11, V11.toBuilder().paragraphs(ps).build());
        assertEquals(1, diff.commitments().size(), () -> DiffReport.text(diff));
        CommitmentChange change = diff.commitments().get(0);
        assertEquals(CommitmentChange.Type.CHANGED, change.type());
        assertTrue(change.summary().contains("weakened"), change.summary());
        assertTrue(change.summary().startsWith("paragraph 2"), change.summary());
    }

    @Test
    void aRemovedSubparagraphCommitmentIsReported() {
        List<Paragraph> ps = new ArrayList<>(V11.paragraphs());
        Paragraph p2 = ps.get(1);
        List<Subparagraph> subs = new ArrayList<>(p2.subparagraphs());
        subs.set(0, subs.get(0).withCommitments(List.of()));
        ps.set(1, new Paragraph(p2.number(), p2.text(), subs, p2.footnotes(), p2.commitments(), p2.extensions()));
        Comparison diff = DocumentDiff.standard().compare(V11, V11.toBuilder().paragraphs(ps).build());
        assertEquals(List.of(CommitmentChange.Type.REMOVED), diff.commitments().stream().map(CommitmentChange::type).toList());
        for (String report : List.of(DiffReport.text(diff), DiffReport.markdown(diff), DiffReport.html(diff), DiffReport.json(diff))) {
            assertTrue(report.contains("clear all mined areas by 2030"), report);
        }
    }
}
