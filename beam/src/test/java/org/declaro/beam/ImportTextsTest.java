package org.declaro.beam;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.declaro.commitments.CommitmentExtractor;
import org.declaro.importer.ImportResult;
import org.declaro.importer.TextImporter;
import org.declaro.json.CanonicalJsonWriter;
import org.declaro.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportTextsTest {
    private static final Map<String, byte[]> TEXTS = GeneratedCorpus.texts();

    /**
     * What {@code declaro import FILE} gives: each text written to a file of its name and imported from the file
     * (so that the name's syntax and provenance are the library's own), commitments found when asked.
     */
    private static List<ImportedText> library(Path dir, boolean provenance, boolean commitments) throws IOException {
        List<ImportedText> out = new ArrayList<>();
        int k = 0;
        for (Map.Entry<String, byte[]> e : TEXTS.entrySet()) {
            Path file = Files.createDirectories(dir.resolve("t" + k++)).resolve(Path.of(e.getKey()).getFileName());
            Files.write(file, e.getValue());
            ImportResult r = TextImporter.builder().provenance(provenance).build().importText(file);
            Document doc = commitments ? CommitmentExtractor.standard().extract(r.document().orElseThrow()) : r.document().orElseThrow();
            out.add(new ImportedText(e.getKey(), CanonicalJsonWriter.standard().write(doc),
                    r.findings().stream().map(FindingRow::of).toList()));
        }
        return out;
    }

    private static PCollection<ImportedText> run(Pipeline p, ImportTexts transform) {
        return p.apply(Create.of(GeneratedCorpus.kvs(TEXTS)).withCoder(KvCoder.of(StringUtf8Coder.of(), ByteArrayCoder.of())))
                .apply(transform);
    }

    @Test
    void importsAsDeclaroImportDoesForAFileOfTheSameNameAndContent(@TempDir Path dir) throws IOException {
        List<ImportedText> expected = library(dir, true, true);
        // the corpus exercises what the test claims: Markdown by name, unusable texts, commitments found
        assertTrue(expected.stream().anyMatch(ImportedText::hasErrors) && !expected.stream().allMatch(ImportedText::hasErrors));
        assertTrue(expected.stream().anyMatch(t -> t.json().contains("\"format\": \"markdown\"")));
        assertTrue(expected.stream().anyMatch(t -> t.json().contains("\"commitments\"")));
        Pipeline p = Pipelines.direct();
        PAssert.that(run(p, ImportTexts.create())).containsInAnyOrder(expected);
        p.run().waitUntilFinish();
    }

    @Test
    void withoutProvenanceAndCommitmentsAsTheOptionsOfTheCommandSay(@TempDir Path dir) throws IOException {
        List<ImportedText> expected = library(dir, false, false);
        assertTrue(expected.stream().noneMatch(t -> t.json().contains("\"commitments\"") || t.json().contains("\"sha256\"")));
        Pipeline p = Pipelines.direct();
        PAssert.that(run(p, ImportTexts.create().provenance(false).commitments(false))).containsInAnyOrder(expected);
        p.run().waitUntilFinish();
    }
}
