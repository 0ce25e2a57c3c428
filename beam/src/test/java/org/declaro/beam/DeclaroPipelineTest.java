package org.declaro.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.declaro.commitments.CommitmentTable;
import org.declaro.commitments.CommitmentTableWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The whole program on the DirectRunner, its outputs compared with what the library gives for the same files. */
class DeclaroPipelineTest {

    /** A run: exit code, what it printed, where it wrote. */
    record Run(int code, String out, String err, Path prefix) {
        List<String> lines(String output) throws IOException {
            Path file = prefix.resolveSibling(prefix.getFileName() + "-" + output);
            assertTrue(Files.isRegularFile(file), "the program wrote no " + file);
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return text.isEmpty() ? List.of() : List.of(text.split("\n"));
        }

        /** The records of the CSV table (RFC 4180: a record ends with CRLF outside quotes), header first. */
        List<String> csvRecords() throws IOException {
            Path file = prefix.resolveSibling(prefix.getFileName() + "-commitments.csv");
            String text = Files.readString(file, StandardCharsets.UTF_8);
            List<String> records = new ArrayList<>();
            boolean quoted = false;
            int start = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    records.add(text.substring(start, i));
                    start = i + 2;
                    i++;
                }
            }
            assertEquals(text.length(), start, "the table ends with a whole record (CRLF)");
            return records;
        }
    }

    static Run run(Path out, String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--output=" + out.resolve("run"));
        all.add("--runner=DirectRunner");
        int code = DeclaroPipeline.run(all.toArray(String[]::new), new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8), out.resolve("run"));
    }

    static void writeAll(Path dir, Map<String, byte[]> files) throws IOException {
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Path p = dir.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, f.getValue());
        }
    }

    /** Checks every output of a run over a directory against the library. */
    static void assertSameAsLibrary(Path input, Run run) throws IOException {
        Library expected = Library.of(input, CommitmentTableWriter.Format.CSV);
        assertEquals(expected.reports(), Library.sorted(run.lines("reports.jsonl")), "validation reports");
        if (!expected.imports().isEmpty()) {
            assertEquals(expected.imports(), Library.sorted(run.lines("imports.jsonl")), "imports");
        }
        List<String> table = run.csvRecords();
        assertEquals(CommitmentTableWriter.Format.CSV.header(CommitmentTable.ALL).orElseThrow(), table.get(0), "header");
        assertEquals(expected.commitments(), Library.sorted(table.subList(1, table.size())), "commitment rows");
        assertEquals(expected.invalid() > 0 ? 1 : 0, run.code(), run.err());
        assertTrue(run.out().contains("documents " + expected.reports().size() + " (" + expected.invalid() + " invalid)")
                && run.out().contains("commitments " + expected.commitmentCount()), run.out());
    }

    @Test
    void aDirectoryOfDocumentsAndTextsGivesWhatTheLibraryGives(@TempDir Path tmp) throws IOException {
        Path input = tmp.resolve("in");
        writeAll(input, GeneratedCorpus.documents());
        writeAll(input, GeneratedCorpus.texts());
        Run run = run(tmp.resolve("out"), "--input=" + input);
        Library expected = Library.of(input, CommitmentTableWriter.Format.CSV);
        // the corpus has what the comparison needs to mean something
        assertTrue(expected.invalid() > 0 && expected.invalid() < expected.reports().size() && expected.commitmentCount() > 0);
        assertSameAsLibrary(input, run);
    }

    @Test
    void wordFilesAndPdfsInTheDirectoryAreImportedWithTheirReadersInstalled(@TempDir Path tmp) throws IOException {
        Path input = tmp.resolve("in");
        writeAll(input, GeneratedCorpus.texts());
        writeAll(input, ImportTextsTest.binaryFiles());
        assertTrue(DeclaroPipeline.textSuffixes().containsAll(List.of("txt", "md", "pdf", "docx")),
                DeclaroPipeline.textSuffixes().toString());
        Run run = run(tmp.resolve("out"), "--input=" + input);
        assertSameAsLibrary(input, run);
        List<String> imports = run.lines("imports.jsonl");
        assertTrue(imports.stream().anyMatch(l -> l.contains("declaration.docx") && l.contains("strengthen assistance")),
                "the Word file was imported");
        assertTrue(imports.stream().anyMatch(l -> l.contains("declaration.pdf") && l.contains("strengthen assistance")),
                "the PDF was imported");
    }

    @Test
    void inputKindDocumentsLeavesTheTextsAlone(@TempDir Path tmp) throws IOException {
        Path input = tmp.resolve("in");
        writeAll(input, GeneratedCorpus.documents());
        Path texts = tmp.resolve("texts");
        writeAll(texts, GeneratedCorpus.texts());
        Run run = run(tmp.resolve("out"), "--input=" + input, "--inputKind=documents");
        assertSameAsLibrary(input, run); // the same as a directory with no text in it
        assertFalse(Files.exists(tmp.resolve("out/run-imports.jsonl")), "no imports output without texts");
    }

    @Test
    void aJsonLinesFileOfDocumentsNamesEachByItsLine(@TempDir Path tmp) throws IOException {
        JsonMapper mapper = JsonMapper.builder().build();
        StringBuilder jsonl = new StringBuilder();
        List<String> names = new ArrayList<>();
        List<byte[]> docs = new ArrayList<>();
        int line = 0;
        for (byte[] json : GeneratedCorpus.documents().values()) {
            String one;
            try {
                one = mapper.writeValueAsString(mapper.readTree(json));
            } catch (RuntimeException notJson) {
                one = GeneratedCorpus.text(json).replace('\n', ' ');
            }
            if (one.isBlank()) {
                jsonl.append('\n'); // a blank line is skipped, but counted
                line++;
                continue;
            }
            jsonl.append(one).append('\n');
            line++;
            names.add("corpus.jsonl:" + line);
            docs.add(one.getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(tmp.resolve("corpus.jsonl"), jsonl, StandardCharsets.UTF_8);
        Run run = run(tmp.resolve("out"), "--input=" + tmp.resolve("corpus.jsonl"), "--commitmentsFormat=jsonl");
        Library expected = Library.of(names, docs, List.of(), CommitmentTableWriter.Format.JSON_LINES);
        assertEquals(expected.reports(), Library.sorted(run.lines("reports.jsonl")));
        assertEquals(expected.commitments(), Library.sorted(run.lines("commitments.jsonl")));
        assertTrue(expected.commitmentCount() > 0);
        assertEquals(1, run.code(), run.err());
    }

    @Test
    void aJsonLinesFileOfTextsTakesStringsAndObjectsAndReportsOtherLines(@TempDir Path tmp) throws IOException {
        JsonMapper mapper = JsonMapper.builder().build();
        Map<String, byte[]> texts = GeneratedCorpus.texts();
        String first = GeneratedCorpus.text(texts.get("gen/statement-0.txt"));
        String second = GeneratedCorpus.text(texts.get("gen/statement-1.txt"));
        ObjectNode named = mapper.createObjectNode().put("name", "second.md").put("text", second);
        String jsonl = mapper.writeValueAsString(first) + "\n" + named + "\n42\n";
        Files.writeString(tmp.resolve("texts.jsonl"), jsonl, StandardCharsets.UTF_8);
        Run run = run(tmp.resolve("out"), "--input=" + tmp.resolve("texts.jsonl"), "--inputKind=texts");
        // the library: the same texts in files of those names
        List<String> names = List.of("texts.jsonl:1", "second.md");
        List<String> imports = new ArrayList<>();
        List<byte[]> docs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Path file = Files.createDirectories(tmp.resolve("as-files-" + i)).resolve(names.get(i));
            Files.writeString(file, i == 0 ? first : second, StandardCharsets.UTF_8);
            ImportedText t = Library.imported(names.get(i), file);
            imports.add(t.toJson());
            docs.add(GeneratedCorpus.bytes(t.json()));
        }
        Library expected = Library.of(names, docs, imports, CommitmentTableWriter.Format.CSV);
        assertEquals(expected.imports(), Library.sorted(run.lines("imports.jsonl")));
        List<String> reports = run.lines("reports.jsonl");
        assertEquals(expected.reports().size() + 1, reports.size());
        assertTrue(reports.containsAll(expected.reports()), reports.toString());
        String refused = reports.stream().filter(r -> r.contains("\"texts.jsonl:3\"")).findFirst().orElseThrow();
        assertTrue(refused.contains("\"rule\":\"json.syntax\"") && refused.contains("\"line\":3"), refused);
        assertEquals(1, run.code());
    }

    @Test
    void usageErrorsExitWithTwoAndSayWhat(@TempDir Path tmp) {
        Run noInput = run(tmp.resolve("out"));
        assertEquals(2, noInput.code());
        assertTrue(noInput.err().contains("--input"), noInput.err());
        Run badKind = run(tmp.resolve("out"), "--input=" + tmp, "--inputKind=pdf");
        assertEquals(2, badKind.code());
        assertTrue(badKind.err().contains("--inputKind 'pdf'"), badKind.err());
        Run empty = run(tmp.resolve("out"), "--input=" + tmp.resolve("nothing-here"));
        assertEquals(2, empty.code());
        assertTrue(empty.err().contains("no document or text found"), empty.err());
    }
}
