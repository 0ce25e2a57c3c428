package org.declaro.beam;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
        return library(dir, TEXTS, provenance, commitments);
    }

    private static List<ImportedText> library(Path dir, Map<String, byte[]> texts, boolean provenance, boolean commitments)
            throws IOException {
        List<ImportedText> out = new ArrayList<>();
        int k = 0;
        for (Map.Entry<String, byte[]> e : texts.entrySet()) {
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
        return run(p, TEXTS, transform);
    }

    private static PCollection<ImportedText> run(Pipeline p, Map<String, byte[]> texts, ImportTexts transform) {
        return p.apply(Create.of(GeneratedCorpus.kvs(texts)).withCoder(KvCoder.of(StringUtf8Coder.of(), ByteArrayCoder.of())))
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

    /** A Word file and a PDF (by their names, and a Word file whose name says nothing), and Markdown. */
    static Map<String, byte[]> binaryFiles() {
        List<String> paragraphs = List.of("We commit to clear all mined areas under our jurisdiction by 2030.",
                "We will strengthen assistance to victims and their families.");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("drafts/declaration.docx", BinaryFiles.docx("Declaration on mine action", paragraphs));
        files.put("published/declaration.pdf", BinaryFiles.pdf("Declaration on mine action", paragraphs));
        files.put("drafts/declaration-draft", BinaryFiles.docx("Draft declaration on mine action", paragraphs));
        files.put("notes/declaration.md", GeneratedCorpus.bytes("# Declaration on mine action\n\n"
                + String.join("\n\n", paragraphs) + "\n"));
        return files;
    }

    @Test
    void importsWordFilesAndPdfsFromTheirBytesAsTheLibraryImportsTheFiles(@TempDir Path dir) throws IOException {
        Map<String, byte[]> files = binaryFiles();
        List<ImportedText> expected = library(dir, files, true, true);
        // each binary file was read by its reader, not as text: its format recorded, its paragraphs found
        for (ImportedText t : expected) {
            String format = t.name().endsWith(".md") ? "markdown" : t.name().endsWith(".pdf") ? "pdf" : "docx";
            assertTrue(t.json().contains("\"format\": \"" + format + "\""), t.name() + ": " + t.json());
            assertTrue(t.json().contains("strengthen assistance to victims"), t.name() + ": " + t.json());
            assertFalse(t.hasErrors(), t.name() + ": " + t.findings());
        }
        Pipeline p = Pipelines.direct();
        PAssert.that(run(p, files, ImportTexts.create())).containsInAnyOrder(expected);
        p.run().waitUntilFinish();
    }
}
