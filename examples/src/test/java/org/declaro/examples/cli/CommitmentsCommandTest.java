package org.declaro.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

class CommitmentsCommandTest {
    private String[] run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Main(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new String[] {String.valueOf(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    private static String example() throws Exception {
        try (InputStream in = Main.class.getResourceAsStream(Main.DEMO_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void listsTheAnnotatedCommitmentsAsATable() throws Exception {
        String[] r = run(example(), "commitments", "-");
        assertEquals("0", r[0], r[2]);
        String[] lines = r[1].split("\n");
        assertEquals(24, lines.length, "a header and 23 units");
        assertTrue(lines[0].startsWith("paragraph modality"), lines[0]);
        assertTrue(r[1].contains("aspire    we"), r[1]);
        assertTrue(r[1].contains("2029"), r[1]);
    }

    @Test
    void extractsWhenAskedAndExplainsTheCueInJson() throws Exception {
        String[] r = run(example(), "commitments", "--extract", "--format", "json", "-");
        assertEquals("0", r[0], r[2]);
        JsonNode units = JsonMapper.builder().build().readTree(r[1]);
        assertEquals(23, units.size());
        assertEquals("appeal", units.get(3).get("modality").asString());
        assertEquals("all remaining States", units.get(3).get("actor").asString());
        assertTrue(units.get(0).get("cue").asString().startsWith("reaffirm"));
    }

    @Test
    void csvQuotesFieldsWithCommas() throws Exception {
        String[] r = run(example(), "commitments", "--format", "csv", "-");
        assertEquals("paragraph,id,modality,actor,deadline,text", r[1].lines().findFirst().orElseThrow());
        assertTrue(r[1].contains("\r\n4,p4.c1,pledge,we,,\"We therefore pledge to uphold and strengthen the norm against the use of anti-personnel mines, jointly condemning"), r[1]);
    }

    @Test
    void plainTextIsImportedAndItsCommitmentsFound(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path txt = dir.resolve("declaration.txt");
        try (InputStream in = Main.class.getResourceAsStream(ImportCommandTest.TEXT_RESOURCE)) {
            java.nio.file.Files.write(txt, in.readAllBytes());
        }
        String[] r = run("", "commitments", "--format", "csv", txt.toString());
        assertEquals("0", r[0], r[2]);
        assertEquals(24, r[1].split("\r\n").length, "a header and the 23 units of the example");
        assertTrue(r[1].contains("\r\n6,p6.c2,will,we,,\"Our victim assistance programs will be inclusive, non-discriminatory"), r[1]);
        assertTrue(run("", "commitments", "--help")[1].startsWith("Usage: declaro commitments"));
    }

    @Test
    void theItemsOfAListOfActionsAreListedUnderTheirParagraph() {
        String json = """
                {"schemaVersion": "1.1", "kind": "declaration", "id": "x", "title": "X",
                 "paragraphs": [{"number": 1, "text": "With this in mind, we will:",
                   "subparagraphs": [{"text": "support affected States;"}, {"text": "report every year."}]}]}
                """;
        String[] r = run(json, "commitments", "--extract", "--format", "csv", "-");
        assertEquals("0", r[0], r[2]);
        assertEquals(java.util.List.of("paragraph,id,modality,actor,deadline,text", "1,p1.s1.c1,will,we,,support affected States",
                "1,p1.s2.c1,will,we,,report every year"), r[1].lines().toList());
    }
}
