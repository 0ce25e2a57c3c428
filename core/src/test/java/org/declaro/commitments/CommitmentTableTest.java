package org.declaro.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.declaro.Declaro;
import org.declaro.Fixtures;
import org.declaro.model.Action;
import org.declaro.model.ActionPlan;
import org.declaro.model.Commitment;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.declaro.model.Modality;
import org.declaro.model.Paragraph;
import org.declaro.model.PartialDate;
import org.declaro.model.PreambularParagraph;
import org.declaro.model.Section;
import org.declaro.model.Subparagraph;
import org.junit.jupiter.api.Test;

class CommitmentTableTest {
    private static final CommitmentExtractor EXTRACTOR = CommitmentExtractor.builder().themes(ThemeVocabulary.mineAction()).build();

    /** The commitments a document carries, in document order: preamble, paragraphs with their sub-paragraphs, actions. */
    private static List<Commitment> carried(Document doc) {
        List<Commitment> out = new ArrayList<>();
        if (doc instanceof Declaration d) {
            d.preamble().forEach(p -> out.addAll(p.commitments()));
            for (Paragraph p : d.paragraphs()) {
                out.addAll(p.commitments());
                addSubs(p.subparagraphs(), out);
            }
        } else {
            ((ActionPlan) doc).actions().forEach(a -> out.addAll(a.commitments()));
        }
        return out;
    }

    private static void addSubs(List<Subparagraph> subs, List<Commitment> out) {
        for (Subparagraph s : subs) {
            out.addAll(s.commitments());
            addSubs(s.subparagraphs(), out);
        }
    }

    private static List<String> ids(List<CommitmentRow> rows) {
        return rows.stream().map(CommitmentRow::commitmentId).toList();
    }

    @Test
    void annotatedCommitmentsAreListedAsTheyAreWithoutCue() {
        Document doc = Declaro.readJson(Fixtures.text(Fixtures.SIEM_REAP));
        List<CommitmentRow> rows = CommitmentTable.rows(doc, EXTRACTOR, false);
        List<Commitment> carried = carried(doc);
        assertEquals(carried.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            CommitmentRow r = rows.get(i);
            Commitment c = carried.get(i);
            assertEquals(doc.id(), r.documentId());
            assertEquals(c.id(), r.commitmentId());
            assertEquals(c.modality().jsonName(), r.modality());
            assertEquals(c.actor(), r.actor());
            assertEquals(c.text(), r.text());
            assertEquals(c.deadline() == null ? null : c.deadline().toString(), r.deadline());
            assertNull(r.cue(), "annotated commitments have no cue");
            assertTrue(r.commitmentId().startsWith("p" + r.paragraph() + "."), r.toString());
        }
    }

    @Test
    void forcedExtractionGivesTheIdsAndTextsOfExtractWithTheirCues() {
        for (String resource : List.of(Fixtures.SIEM_REAP, "declaration-1.1.json", "action-plan-example.json")) {
            Document doc = Declaro.readJson(Fixtures.text(resource));
            List<CommitmentRow> rows = CommitmentTable.rows(doc, EXTRACTOR, true);
            List<Commitment> extracted = carried(EXTRACTOR.extract(doc));
            assertEquals(extracted.stream().map(Commitment::id).toList(), ids(rows), resource);
            assertEquals(extracted.stream().map(Commitment::text).toList(), rows.stream().map(CommitmentRow::text).toList(), resource);
            assertTrue(rows.stream().allMatch(r -> r.cue() != null && !r.cue().isEmpty()), resource);
        }
    }

    @Test
    void aDocumentWithoutAnnotationsHasItsCommitmentsFoundInTheText() {
        Declaration d = Declaration.builder("d", "D").author("The General Assembly")
                .preamble(new PreambularParagraph("Recalling its resolutions,"))
                .paragraph(new Paragraph(null, "Decides to convene a conference in 2026;"))
                .paragraph(new Paragraph(null, "We will report every year."))
                .build();
        List<CommitmentRow> rows = CommitmentTable.rows(d, EXTRACTOR, false);
        assertEquals(List.of("#1", "#2"), rows.stream().map(CommitmentRow::paragraph).toList(), "unnumbered: position");
        assertEquals(List.of("p1.c1", "p2.c1"), ids(rows));
        assertEquals("decide", rows.get(0).modality());
        assertEquals("The General Assembly", rows.get(0).actor(), "a resolution's author is the actor");
        assertNotNull(rows.get(0).cue());
    }

    @Test
    void anAuthorThatOnlyStartsWithWeIsNotFirstPerson() {
        Declaration d = Declaration.builder("d", "D").author("Western Group")
                .paragraph("Decides to convene a conference.").build();
        assertEquals("Western Group", CommitmentTable.rows(d, EXTRACTOR, false).get(0).actor());
        Declaration we = d.toBuilder().author("We, the Leaders").build();
        assertEquals("we", CommitmentTable.rows(we, EXTRACTOR, false).get(0).actor());
    }

    @Test
    void restartedNumberingNamesExtractedIdsByPosition() {
        Declaration d = Declaration.builder("d", "D")
                .paragraph(new Paragraph(1, "We will act."))
                .paragraph(new Paragraph(1, "We will report."))
                .build();
        List<CommitmentRow> rows = CommitmentTable.rows(d, EXTRACTOR, false);
        assertEquals(List.of("p1.c1", "p2.c1"), ids(rows));
        assertEquals(List.of("1", "1"), rows.stream().map(CommitmentRow::paragraph).toList());
    }

    @Test
    void preambleAndSubparagraphCommitmentsAreListedUnderTheirParagraph() {
        Commitment pre = new Commitment("pre1.c1", Modality.REAFFIRM, "we", "reaffirm", 0, 8, List.of(), null);
        Commitment sub = new Commitment("p3.s1.c1", Modality.WILL, "we", "act", 0, 3, List.of(), PartialDate.ofYear(2030));
        Declaration d = Declaration.builder("d", "D")
                .preamble(new PreambularParagraph("reaffirm").withCommitments(List.of(pre)))
                .paragraph(new Paragraph(3, "We will:", List.of(new Subparagraph("a", "act", List.of(), org.declaro.model.Extensions.NONE)
                        .withCommitments(List.of(sub))), List.of(), List.of()))
                .build();
        List<CommitmentRow> rows = CommitmentTable.rows(d, EXTRACTOR, false);
        assertEquals(List.of(new CommitmentRow("d", "pre 1", "pre1.c1", "reaffirm", "we", null, "reaffirm", null),
                new CommitmentRow("d", "3", "p3.s1.c1", "will", "we", "2030", "act", null)), rows);
    }

    @Test
    void actionsAreListedByNumberAndUnnumberedActionsNamedByPosition() {
        ActionPlan plan = ActionPlan.builder("plan", "Plan")
                .section(new Section("I", "One", List.of(), List.of(new Action(7, "States Parties will report."))))
                .section(new Section("II", "Two", List.of(), List.of(new Action(null, "We will clear."))))
                .build();
        List<CommitmentRow> rows = CommitmentTable.rows(plan, EXTRACTOR, false);
        assertEquals(List.of("action 7", "action"), rows.stream().map(CommitmentRow::paragraph).toList());
        assertEquals(List.of("a7.c1", "a2.c1"), ids(rows));
        assertEquals("plan", rows.get(1).documentId());
    }

    @Test
    void aMissingFieldIsNullInTheRow() {
        Commitment lacking = Commitment.builder().id("p1.c1").text("something").start(0).end(9).build();
        Declaration d = Declaration.builder(null, "D")
                .paragraph(new Paragraph(1, "something").withCommitments(List.of(lacking))).build();
        CommitmentRow r = CommitmentTable.rows(d, EXTRACTOR, false).get(0);
        assertEquals(new CommitmentRow(null, "1", "p1.c1", null, null, null, "something", null), r);
    }

    @Test
    void forEachRowGivesTheSameRowsAsRows() {
        Document doc = Declaro.readJson(Fixtures.text(Fixtures.SIEM_REAP));
        List<CommitmentRow> seen = new ArrayList<>();
        CommitmentTable.forEachRow(doc, EXTRACTOR, true, seen::add);
        assertEquals(CommitmentTable.rows(doc, EXTRACTOR, true), seen);
        assertThrows(NullPointerException.class, () -> CommitmentTable.rows(doc, null, false));
        assertThrows(NullPointerException.class, () -> new CommitmentRow("d", null, null, null, null, null, null, null));
    }

    @Test
    void rowsAreSerializable() throws Exception {
        CommitmentRow row = new CommitmentRow("d", "1", "p1.c1", "will", "we", "2029", "text, \"quoted\"", "will (subject: we)");
        var bytes = new java.io.ByteArrayOutputStream();
        try (var out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(row);
        }
        try (var in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(row, in.readObject());
        }
    }
}
