package org.declaro.examples.cli;

import static org.declaro.examples.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.declaro.testing.Edits;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.declaro.examples.cli.Cli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Issue 10: validate --jsonl, and commitments over a directory or a JSON Lines stream, a document at a time. */
class CorpusCommandsTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** Markdown: its emphasis is markup, gone from the text when read as Markdown. */
    static final String RIVERS = "# Declaration on Rivers\n\n1. We will **protect** the rivers we share.\n\n"
            + "2. We will publish the data every year.\n";

    @TempDir
    Path dir;

    private static String compact(String json) {
        return MAPPER.readTree(json).toString();
    }

    /** @return the example on one line, as a line of a JSON Lines stream */
    private static String compactExample() {
        return compact(Cli.example());
    }

    /** The example without its title: one error. */
    private static String untitled() throws IOException {
        JsonNode doc = MAPPER.readTree(Cli.example());
        ((tools.jackson.databind.node.ObjectNode) doc).remove("title");
        return doc.toString();
    }

    private Path file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content);
    }

    // ------------------------------------------------------------------ validate --jsonl

    @Test
    void validateJsonlPrintsFindingsAtTheDocumentsLine() throws IOException {
        Path jsonl = file("docs.jsonl", compactExample() + "\n\n" + untitled() + "\r\n" + compactExample());
        Run r = run("", "validate", "--jsonl", jsonl.toString());
        assertEquals(1, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(1, lines.size(), r.out());
        assertTrue(lines.get(0).startsWith(jsonl + ":3:1: error required /title: "), lines.get(0));

        Run valid = run("", "validate", "--jsonl", file("ok.jsonl", compactExample() + "\n" + compactExample() + "\n").toString());
        assertEquals(0, valid.code(), valid.err());
        assertEquals("", valid.out());
    }

    @Test
    void validateJsonlFindsWhatValidatingEachDocumentAloneFinds() throws IOException {
        String bad = Edits.replace(compactExample(), "\"status\":\"draft\"", "\"status\":\"final\""); // fails if not there
        Path jsonl = file("docs.jsonl", bad + "\n" + untitled() + "\n");
        Run stream = run("", "validate", "--jsonl", "--format", "json", jsonl.toString());
        Run alone = run("", "validate", "--format", "json", file("bad.json", bad).toString(), file("untitled.json", untitled()).toString());
        assertEquals(1, stream.code(), stream.err());
        JsonNode reports = MAPPER.readTree(stream.out());
        JsonNode expected = MAPPER.readTree(alone.out());
        assertEquals(2, reports.size());
        for (int i = 0; i < 2; i++) {
            JsonNode r = reports.get(i);
            int line = i + 1;
            assertEquals(jsonl + ":" + line, r.get("file").asString());
            assertFalse(r.get("valid").asBoolean());
            List<String> got = new ArrayList<>();
            List<String> want = new ArrayList<>();
            r.get("findings").forEach(f -> {
                assertEquals(line, f.get("line").asInt(), "every finding is on the document's line");
                got.add(f.get("rule").asString() + " " + f.get("pointer").asString() + " " + f.get("message").asString());
            });
            expected.get(i).get("findings").forEach(f -> want.add(f.get("rule").asString() + " " + f.get("pointer").asString()
                    + " " + f.get("message").asString()));
            assertEquals(want, got);
        }
    }

    @Test
    void validateJsonlReadsStandardInputAndGoesOnAfterALineOverTheLimit() throws IOException {
        String small = "{\"schemaVersion\":\"1.1\",\"kind\":\"declaration\",\"id\":\"s\",\"title\":\"S\",\"language\":\"en\","
                + "\"paragraphs\":[{\"number\":1,\"text\":\"We will act.\"}]}";
        Run r = run(small + "\n" + compactExample() + "\n" + small + "\n", "validate", "--jsonl", "--max-bytes", "1000", "-");
        assertEquals(1, r.code(), r.err());
        assertEquals(1, r.out().lines().count(), r.out());
        assertTrue(r.out().startsWith("-:2:1: error limit.exceeded \"\": Line 2 has " + compactExample().getBytes(StandardCharsets.UTF_8).length
                + " bytes, more than the limit of 1000"), r.out());
    }

    @Test
    void validateJsonlEmptyStreamIsAnEmptyArrayAndAMissingFileExitsTwo() throws IOException {
        Run empty = run("", "validate", "--jsonl", "--format", "json", "-");
        assertEquals(0, empty.code(), empty.err());
        assertEquals("[]\n", empty.out());
        Path missing = dir.resolve("missing.jsonl");
        Run r = run("", "validate", "--jsonl", "--format", "json", missing.toString(), file("ok.jsonl", compactExample()).toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("cannot read " + missing + ": no such file"), r.err());
        assertEquals(1, MAPPER.readTree(r.out()).size(), "the readable stream is validated all the same");
    }

    // ------------------------------------------------------------------ commitments over a corpus

    /** The rows of one document's CSV, with its id before each. */
    private static List<String> singleRows(String docId, String csv) {
        return csv.lines().skip(1).map(l -> docId + "," + l).toList();
    }

    @Test
    void commitmentsOfADirectoryAreEveryDocumentsRowsInPathOrder() throws IOException {
        Path b = file("b/declaration.json", Cli.example());
        Path a = file("a/small.txt", ImportCommandTest.VALID);
        Path c = file("c/rivers.md", RIVERS);
        file("notes.csv", "not,a,document\n");
        Run r = run("", "commitments", "--format", "jsonl", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("declaro: 3 documents, "), r.err());
        List<String> expected = new ArrayList<>();
        for (Path p : List.of(a, b, c)) { // sorted by path: a/, b/, c/
            Run single = run("", "commitments", "--format", "jsonl", p.toString());
            assertEquals(0, single.code(), single.err());
            expected.addAll(single.out().lines().toList());
        }
        assertEquals(expected, r.out().lines().toList());
        assertTrue(expected.size() > 25, "each document contributes: " + expected.size());
        assertTrue(r.out().contains("\"document\":\"" + MAPPER.readTree(Cli.example()).get("id").asString() + "\""));
        assertTrue(r.out().contains("We will protect the rivers we share"), "Markdown read as Markdown: " + r.out());
    }

    @Test
    void theCorpusCsvHasTheDocumentColumnAndOneDocumentsRowsAsItsOwnTable() throws IOException {
        String id = MAPPER.readTree(Cli.example()).get("id").asString();
        file("declaration.json", Cli.example());
        Run corpus = run("", "commitments", dir.toString());
        assertEquals(0, corpus.code(), corpus.err());
        List<String> lines = corpus.out().lines().toList();
        assertEquals("document,paragraph,id,modality,actor,deadline,text,cue", lines.get(0));
        Run single = run(Cli.example(), "commitments", "--format", "csv", "-");
        // annotated commitments have no cue: an empty last cell
        assertEquals(singleRows(id, single.out()).stream().map(l -> l + ",").toList(), lines.subList(1, lines.size()));
        assertTrue(corpus.out().contains("\r\n"), "CSV records end with CRLF");
    }

    @Test
    void commitmentsOfAJsonLinesStreamAreTheSameAsOfTheFiles() throws IOException {
        file("corpus/x/plan.json", planJson());
        file("corpus/y/declaration.json", Cli.example());
        Path jsonl = file("stream.jsonl", compact(planJson()) + "\n\n" + compactExample() + "\r\n");
        Run files = run("", "commitments", "--format", "jsonl", "--extract", dir.resolve("corpus").toString());
        Run stream = run("", "commitments", "--jsonl", "--format", "jsonl", "--extract", jsonl.toString());
        assertEquals(0, files.code(), files.err());
        assertEquals(0, stream.code(), stream.err());
        assertTrue(files.out().lines().count() > 23, files.out());
        assertEquals(files.out(), stream.out(), "x/plan.json then y/declaration.json, as the stream has them");
        Run stdin = run(Files.readString(jsonl), "commitments", "--jsonl", "--format", "jsonl", "--extract", "-");
        assertEquals(stream.out(), stdin.out());
        assertTrue(stream.out().contains("\"document\":\"plan\",\"paragraph\":\"action 2\""), stream.out());
        assertTrue(stream.out().contains("\"cue\":"), "extracted commitments carry their cue");
    }

    private static String planJson() {
        return """
                {"schemaVersion": "1.1", "kind": "actionPlan", "id": "plan", "title": "Plan", "language": "en",
                 "sections": [{"number": "I", "title": "One", "actions": [
                   {"number": 1, "text": "States Parties will report every year."},
                   {"number": 2, "text": "Each State Party will clear its mined areas by 2030."}]}]}
                """;
    }

    @Test
    void aDocumentThatCannotBeReadIsReportedAndSkipped() throws IOException {
        file("a.json", "{\"kind\": ");
        file("b.json", Cli.example());
        Run r = run("", "commitments", "--format", "jsonl", dir.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains(dir.resolve("a.json") + ":1:10: error json.syntax"), r.err());
        assertTrue(r.err().endsWith("declaro: 1 document, 23 commitments; 1 not read\n"), r.err());
        assertEquals(23, r.out().lines().count());

        Run stream = run("{\"kind\": \n" + compactExample() + "\n", "commitments", "--jsonl", "-");
        assertEquals(1, stream.code());
        assertTrue(stream.err().contains("-:1:"), "the line of the stream: " + stream.err());
        assertEquals(24, stream.out().split("\r\n").length, "a header and the 23 rows of line 2");
        Run tooLong = run(compactExample() + "\n" + compactExample() + "\n", "commitments", "--jsonl", "--max-bytes", "100", "-");
        assertEquals(1, tooLong.code());
        assertTrue(tooLong.err().contains("-:2:1: error limit.exceeded"), tooLong.err());
        assertTrue(tooLong.err().contains("declaro: 0 documents, 0 commitments; 2 not read"), tooLong.err());
    }

    @Test
    void aCorpusIsListedAsCsvOrJsonlOnly() throws IOException {
        file("b.json", Cli.example());
        Run table = run("", "commitments", "--format", "table", dir.toString());
        assertEquals(2, table.code());
        assertTrue(table.err().contains("a corpus is listed as --format csv or --format jsonl, not table"), table.err());
        assertEquals(2, run("", "commitments", "--jsonl", dir.resolve("missing.jsonl").toString()).code());
    }

    @Test
    void aSingleMarkdownFileIsImportedAsMarkdown() throws IOException {
        Run r = run("", "commitments", "--format", "csv", file("rivers.md", RIVERS).toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("We will protect the rivers we share"), r.out());
    }

    @Test
    void theHelpTellsOfCorporaAndStreams() {
        assertTrue(run("", "validate", "--help").out().contains("--jsonl"));
        String help = run("", "commitments", "--help").out();
        assertTrue(help.contains("declaro commitments [--format csv|jsonl] [--extract] DIR"), help);
        assertTrue(help.contains("memory is bounded by the largest"), help);
    }
}
