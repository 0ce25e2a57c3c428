package org.declaro.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.util.CoderUtils;
import org.apache.beam.sdk.values.PCollection;
import org.declaro.commitments.CommitmentExtractor;
import org.declaro.commitments.CommitmentRow;
import org.declaro.commitments.CommitmentTable;
import org.declaro.commitments.ThemeVocabulary;
import org.declaro.json.DocumentReader;
import org.declaro.json.ReadResult;
import org.junit.jupiter.api.Test;

class ExtractCommitmentsTest {
    private static final Map<String, byte[]> DOCS = GeneratedCorpus.documents();

    /** What declaro commitments lists for each document that reads, one row after another. */
    private static List<CommitmentRow> library(CommitmentExtractor extractor, boolean forceExtract) {
        List<CommitmentRow> rows = new ArrayList<>();
        for (byte[] json : DOCS.values()) {
            ReadResult r = DocumentReader.standard().read(json);
            if (!r.hasErrors() && r.document().isPresent()) {
                rows.addAll(CommitmentTable.rows(r.document().get(), extractor, forceExtract));
            }
        }
        return rows;
    }

    private static PCollection<CommitmentRow> run(Pipeline p, ExtractCommitments transform) {
        return p.apply(Create.of(GeneratedCorpus.kvs(DOCS)).withCoder(KvCoder.of(StringUtf8Coder.of(), ByteArrayCoder.of())))
                .apply(transform);
    }

    @Test
    void givesTheRowsOfTheLibraryForEveryDocumentThatReads() {
        List<CommitmentRow> expected = library(CommitmentExtractor.builder().themes(ThemeVocabulary.mineAction()).build(), false);
        assertTrue(expected.size() > 10);
        // annotated (the bundled example) and found in the text (the generated documents), cue and no cue
        assertTrue(expected.stream().anyMatch(r -> r.cue() == null) && expected.stream().anyMatch(r -> r.cue() != null));
        Pipeline p = Pipelines.direct();
        PAssert.that(run(p, ExtractCommitments.create())).containsInAnyOrder(expected);
        p.run().waitUntilFinish();
    }

    @Test
    void forceExtractFindsThemInTheTextOfAnnotatedDocumentsToo() {
        List<CommitmentRow> expected = library(CommitmentExtractor.standard(), true);
        assertNotEquals(library(CommitmentExtractor.standard(), false), expected);
        Pipeline p = Pipelines.direct();
        PAssert.that(run(p, ExtractCommitments.create().forceExtract(true).mineActionThemes(false))).containsInAnyOrder(expected);
        p.run().waitUntilFinish();
    }

    @Test
    void theRowCoderKeepsMissingFieldsMissing() throws Exception {
        CommitmentRow sparse = new CommitmentRow(null, "3", null, null, "we", null, "text, with a comma", null);
        CommitmentRow full = new CommitmentRow("doc", "pre 1", "pre1.c1", "commit", "we", "2030", "t", "commit to");
        for (CommitmentRow r : List.of(sparse, full)) {
            assertEquals(r, CoderUtils.decodeFromByteArray(Coders.COMMITMENT, CoderUtils.encodeToByteArray(Coders.COMMITMENT, r)));
        }
    }
}
