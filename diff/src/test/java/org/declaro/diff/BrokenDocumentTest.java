package org.declaro.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.declaro.json.DocumentReader;
import org.declaro.model.Commitment;
import org.declaro.model.Declaration;
import org.declaro.model.Modality;
import org.declaro.model.Paragraph;
import org.declaro.model.PreambularParagraph;
import org.junit.jupiter.api.Test;

/**
 * Documents that the lenient reader produces from invalid JSON (a required field missing or null) are
 * compared and reported like any other: a missing text counts as empty, a missing modality or actor is
 * shown as missing.
 */
class BrokenDocumentTest {

    private static Declaration read(String json) {
        return (Declaration) DocumentReader.standard().read(json.getBytes(StandardCharsets.UTF_8)).document().orElseThrow();
    }

    private static final Declaration VALID = Declaration.builder("d", "D").language("en")
            .preamble(new PreambularParagraph("Recalling the Convention.", List.of(), List.of(), null))
            .paragraph(new Paragraph(1, "We will clear all mined areas by 2030.", List.of(), List.of(), List.of(
                    new Commitment("p1.c1", Modality.WILL, "we", "We will clear all mined areas by 2030.", 0, 38, List.of(), null))))
            .build();

    private static List<String> reports(Comparison c) {
        return List.of(DiffReport.text(c), DiffReport.markdown(c), DiffReport.html(c), DiffReport.json(c));
    }

    @Test
    void aParagraphWithoutTextIsComparedAsEmpty() {
        Declaration noText = read("""
                {"schemaVersion": "1.1", "kind": "declaration", "id": "d", "title": "D", "language": "en",
                 "paragraphs": [{"number": 1}]}""");
        Comparison c = DocumentDiff.standard().compare(VALID, noText);
        List<ParagraphChange> body = c.paragraphs().stream().filter(x -> x.part().equals("paragraphs")).toList();
        assertEquals(List.of(ParagraphChange.Type.REMOVED, ParagraphChange.Type.ADDED), body.stream().map(ParagraphChange::type).toList(),
                "no words in common: the old paragraph removed, the empty one added");
        assertEquals(List.of(new WordChange(WordChange.Op.DELETE, "We will clear all mined areas by 2030.")), body.get(0).words());
        assertEquals(List.of(), body.get(1).words(), "an empty text has no run");
        reports(c).forEach(r -> assertTrue(r.contains("We will clear"), r));
        assertTrue(DocumentDiff.standard().compare(noText, noText).identical(), "a paragraph without text is the same as itself");
    }

    @Test
    void aPreambleParagraphWithNullTextIsComparedAsEmpty() {
        Declaration nullText = read("""
                {"schemaVersion": "1.1", "kind": "declaration", "id": "d", "title": "D", "language": "en",
                 "preamble": [{"text": null}], "paragraphs": [{"number": 1, "text": "We will clear all mined areas by 2030."}]}""");
        Comparison c = DocumentDiff.standard().compare(nullText, VALID);
        List<ParagraphChange> preamble = c.paragraphs().stream().filter(x -> x.part().equals("preamble")).toList();
        assertEquals(List.of(ParagraphChange.Type.REMOVED, ParagraphChange.Type.ADDED), preamble.stream().map(ParagraphChange::type).toList());
        assertEquals(List.of(new WordChange(WordChange.Op.INSERT, "Recalling the Convention.")), preamble.get(1).words());
        assertEquals(0, preamble.get(0).beforeIndex());
    }

    @Test
    void aCommitmentWithoutModalityActorOrTextIsReportedAsMissingThem() {
        Declaration broken = read("""
                {"schemaVersion": "1.1", "kind": "declaration", "id": "d", "title": "D", "language": "en",
                 "paragraphs": [{"number": 1, "text": "We will clear all mined areas by 2030.",
                   "commitments": [{"id": "p1.c1", "start": 0, "end": 38}]}]}""");
        Comparison c = DocumentDiff.standard().compare(VALID, broken);
        assertEquals(List.of(CommitmentChange.Type.ADDED, CommitmentChange.Type.REMOVED),
                c.commitments().stream().map(CommitmentChange::type).toList(), "no wording in common with the valid commitment");
        Comparison added = DocumentDiff.standard().compare(broken.toBuilder().paragraphs(List.of(new Paragraph(1, "We will clear all mined areas by 2030."))).build(),
                broken);
        CommitmentChange u = added.commitments().get(0);
        assertEquals(CommitmentChange.Type.ADDED, u.type());
        assertEquals("paragraph 1: (no modality) added (no actor): ", u.summary());
        reports(added).forEach(r -> assertTrue(r.contains("no modality"), r));
    }

    @Test
    void aChangedCommitmentWithoutModalityOrActorNamesWhatIsMissing() {
        Commitment valid = VALID.paragraphs().get(0).commitments().get(0);
        Commitment broken = new Commitment(valid.id(), null, null, valid.text(), valid.start(), valid.end(), List.of(), null);
        Declaration after = VALID.toBuilder().paragraphs(List.of(VALID.paragraphs().get(0).withCommitments(List.of(broken)))).build();
        Comparison c = DocumentDiff.standard().compare(VALID, after);
        assertEquals(List.of("modality: will changed to (no modality)", "actor: we → (no actor)"), c.commitments().get(0).changes());
        Comparison back = DocumentDiff.standard().compare(after, VALID);
        assertEquals(List.of("modality: (no modality) changed to will", "actor: (no actor) → we"), back.commitments().get(0).changes());
        reports(c).forEach(r -> assertTrue(r.contains("(no actor)"), r));
    }
}
