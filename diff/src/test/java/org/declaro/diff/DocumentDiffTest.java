package org.declaro.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.declaro.testing.Edits;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.declaro.commitments.CommitmentExtractor;
import org.declaro.json.DocumentReader;
import org.declaro.model.Declaration;
import org.declaro.model.Paragraph;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real revisions of the Siem Reap-Angkor draft: renumbering, a deleted, inserted and moved paragraph, softened commitments. */
class DocumentDiffTest {

    private static final Declaration DRAFT = (Declaration) DocumentReader.standard().read(Fixtures.bytes(Fixtures.SIEM_REAP))
            .document().orElseThrow();

    /** A revision: paragraphs edited as a list, renumbered from 1, commitments found again in the new text. */
    private static Declaration revise(UnaryOperator<List<String>> edit) {
        List<String> texts = edit.apply(new ArrayList<>(DRAFT.paragraphs().stream().map(Paragraph::text).toList()));
        List<Paragraph> ps = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            ps.add(new Paragraph(i + 1, texts.get(i)));
        }
        return (Declaration) CommitmentExtractor.standard().extract(DRAFT.toBuilder().paragraphs(ps).build());
    }

    private static Declaration extractedDraft() {
        return revise(UnaryOperator.identity());
    }

    @Test
    void aDocumentAgainstItselfIsIdentical() {
        Comparison c = DocumentDiff.standard().compare(DRAFT, DRAFT);
        assertTrue(c.identical());
        assertEquals(13, c.count(ParagraphChange.Type.UNCHANGED));
    }

    @Test
    void aDeletedParagraphRenumbersTheRestWithoutOtherChanges() {
        Comparison c = DocumentDiff.standard().compare(extractedDraft(), revise(ps -> {
            ps.remove(1);
            return ps;
        }));
        assertEquals(1, c.count(ParagraphChange.Type.REMOVED));
        assertEquals(12, c.count(ParagraphChange.Type.UNCHANGED));
        ParagraphChange removed = c.paragraphs().stream().filter(p -> p.type() == ParagraphChange.Type.REMOVED).findFirst().orElseThrow();
        assertEquals(2, removed.beforeNumber());
        assertEquals(1, c.paragraphs().indexOf(removed), "shown where it stood");
        assertEquals(11, c.paragraphs().stream().filter(ParagraphChange::renumbered).count());
        assertEquals(List.of(CommitmentChange.Type.REMOVED), c.commitments().stream().map(CommitmentChange::type).toList());
        assertEquals("paragraph 2", c.commitments().get(0).beforeParagraph());
    }

    @Test
    void aSoftenedCommitmentIsReportedAsWeakened() {
        Declaration softened = revise(ps -> {
            ps.set(2, Edits.replace(ps.get(2), "We commit to intensifying our coordinated diplomatic outreach efforts",
                    "We aspire to intensify our coordinated diplomatic outreach efforts"));
            return ps;
        });
        Comparison c = DocumentDiff.standard().compare(DRAFT, softened);
        assertEquals(1, c.count(ParagraphChange.Type.CHANGED));
        CommitmentChange change = c.commitments().stream().filter(u -> u.type() == CommitmentChange.Type.CHANGED)
                .filter(u -> u.changes().contains("modality: commit weakened to aspire")).findFirst().orElseThrow();
        assertEquals("paragraph 3", change.afterParagraph());
        ParagraphChange p3 = c.paragraphs().get(2);
        assertTrue(p3.words().contains(new WordChange(WordChange.Op.DELETE, "commit")), p3.words()::toString);
        assertTrue(p3.words().contains(new WordChange(WordChange.Op.INSERT, "aspire")), p3.words()::toString);
        assertTrue(DiffReport.text(c).contains("[-commit-]{+aspire+}"), DiffReport.text(c));
    }

    @Test
    void aDeadlineAndAnActorChangeAreNamed() {
        Declaration later = revise(ps -> {
            ps.set(11, Edits.replace(ps.get(11), "Sixth Review Conference in 2029", "Sixth Review Conference in 2031"));
            ps.set(2, Edits.replace(ps.get(2), "call upon all remaining States to join", "call upon all States not yet party to join"));
            return ps;
        });
        Comparison c = DocumentDiff.standard().compare(extractedDraft(), later);
        List<String> changes = c.commitments().stream().flatMap(u -> u.changes().stream()).toList();
        assertTrue(changes.contains("deadline: 2029 → 2031"), changes::toString);
        assertTrue(changes.contains("actor: all remaining States → all States not yet party"), changes::toString);
    }

    @Test
    void aMovedAndAnInsertedParagraphAreFound() {
        String inserted = "We will establish a trust fund for mine action in the most affected States by 2027.";
        Comparison c = DocumentDiff.standard().compare(extractedDraft(), revise(ps -> {
            String tenth = ps.remove(9);
            ps.add(tenth);
            ps.add(5, inserted);
            return ps;
        }));
        assertEquals(1, c.count(ParagraphChange.Type.MOVED));
        assertEquals(1, c.count(ParagraphChange.Type.ADDED));
        ParagraphChange moved = c.paragraphs().stream().filter(p -> p.type() == ParagraphChange.Type.MOVED).findFirst().orElseThrow();
        assertEquals(10, moved.beforeNumber());
        assertEquals(14, moved.afterNumber());
        assertFalse(moved.textChanged());
        assertTrue(c.commitments().stream().anyMatch(u -> u.type() == CommitmentChange.Type.ADDED
                && u.after().text().startsWith("We will establish a trust fund")), c.commitments()::toString);
        assertEquals(0, c.count(ParagraphChange.Type.CHANGED));
    }

    @Test
    void theMovedParagraphIsTheOneMovedEvenWhenTheOnesItPassedWereEdited() {
        // the first paragraph moves to the end unchanged; the three it passes are each edited a little
        Comparison c = DocumentDiff.standard().compare(extractedDraft(), revise(ps -> {
            for (int i = 1; i < 4; i++) {
                ps.set(i, ps.get(i) + " As revised.");
            }
            ps.add(3, ps.remove(0));
            return ps;
        }));
        List<ParagraphChange> moved = c.paragraphs().stream().filter(p -> p.type() == ParagraphChange.Type.MOVED).toList();
        assertEquals(1, moved.size(), c.paragraphs()::toString);
        assertEquals(1, moved.get(0).beforeNumber());
        assertEquals(4, moved.get(0).afterNumber());
        assertFalse(moved.get(0).textChanged());
        assertEquals(3, c.count(ParagraphChange.Type.CHANGED));
        assertEquals(0, c.count(ParagraphChange.Type.ADDED) + c.count(ParagraphChange.Type.REMOVED));
    }

    @Test
    void reportsInEveryFormat() {
        Comparison c = DocumentDiff.standard().compare(extractedDraft(), revise(ps -> {
            ps.set(0, Edits.replace(ps.get(0), "164 States Parties", "165 States Parties"));
            ps.remove(12);
            return ps;
        }));
        JsonNode json = JsonMapper.builder().build().readTree(DiffReport.json(c));
        assertEquals("changed", json.get("paragraphs").get(0).get("type").asString());
        assertEquals("removed", json.get("paragraphs").get(12).get("type").asString());
        String md = DiffReport.markdown(c);
        assertTrue(md.contains("~~164~~**165**"), md);
        String html = DiffReport.html(c);
        assertTrue(html.contains("<del>164</del><ins>165</ins>"), html);
        assertFalse(html.contains("<script"));
    }
}
