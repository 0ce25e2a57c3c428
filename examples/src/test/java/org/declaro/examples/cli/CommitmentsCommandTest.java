package org.declaro.examples.cli;

import static org.declaro.examples.cli.Cli.example;
import static org.declaro.examples.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.declaro.examples.cli.Cli.Run;
import java.io.InputStream;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

class CommitmentsCommandTest {
    @Test
    void listsTheAnnotatedCommitmentsAsATable() throws Exception {
        Run r = run(example(), "commitments", "-");
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals(24, lines.length, "a header and 23 units");
        assertTrue(lines[0].startsWith("paragraph modality"), lines[0]);
        assertTrue(r.out().contains("aspire   we"), r.out());
        assertTrue(r.out().contains("2029"), r.out());
    }

    @Test
    void theTableStaysAlignedWhenAnActorIsLong() {
        String longActor = "the Heads of State and Government of the States Parties to the Convention and of the observer States";
        String json = """
                {"schemaVersion": "1.1", "kind": "declaration", "id": "x", "title": "X",
                 "paragraphs": [
                   {"number": 1, "text": "We will act.", "commitments": [{"id": "p1.c1", "modality": "will",
                     "actor": "we", "text": "We will act.", "start": 0, "end": 12}]},
                   {"number": 2, "text": "They pledge to help.", "commitments": [{"id": "p2.c1", "modality": "pledge",
                     "actor": "%s", "text": "They pledge to help.", "start": 0, "end": 20, "deadline": "2030-12"}]},
                   {"number": 3, "text": "We commit to report.", "commitments": [{"id": "p3.c1", "modality": "commit",
                     "actor": "we", "text": "We commit to report.", "start": 0, "end": 20}]}]}
                """.formatted(longActor);
        Run r = run(json, "commitments", "-");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(4, lines.size(), r.out());
        int text = lines.get(0).indexOf("text");
        assertEquals(List.of(text, text, text), List.of(lines.get(1).indexOf("We will act."),
                lines.get(2).indexOf("They pledge to help."), lines.get(3).indexOf("We commit to report.")), r.out());
        int deadline = lines.get(0).indexOf("deadline");
        assertEquals(deadline, lines.get(2).indexOf("2030-12"), r.out());
        assertTrue(lines.get(2).contains("the Heads of State and Governme\u2026 "), "a long actor is cut, not the columns: " + r.out());
    }

    @Test
    void extractsWhenAskedAndExplainsTheCueInJson() throws Exception {
        Run r = run(example(), "commitments", "--extract", "--format", "json", "-");
        assertEquals(0, r.code(), r.err());
        JsonNode units = JsonMapper.builder().build().readTree(r.out());
        assertEquals(23, units.size());
        assertEquals("appeal", units.get(3).get("modality").asString());
        assertEquals("all remaining States", units.get(3).get("actor").asString());
        assertTrue(units.get(0).get("cue").asString().startsWith("reaffirm"));
    }

    @Test
    void csvQuotesFieldsWithCommas() throws Exception {
        Run r = run(example(), "commitments", "--format", "csv", "-");
        assertEquals("paragraph,id,modality,actor,deadline,text", r.out().lines().findFirst().orElseThrow());
        assertTrue(r.out().contains("\r\n4,p4.c1,pledge,we,,\"We therefore pledge to uphold and strengthen the norm against the use of anti-personnel mines, jointly condemning"), r.out());
    }

    @Test
    void plainTextIsImportedAndItsCommitmentsFound(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path txt = dir.resolve("declaration.txt");
        try (InputStream in = Main.class.getResourceAsStream(ImportCommandTest.TEXT_RESOURCE)) {
            java.nio.file.Files.write(txt, in.readAllBytes());
        }
        Run r = run("", "commitments", "--format", "csv", txt.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(24, r.out().split("\r\n").length, "a header and the 23 units of the example");
        assertTrue(r.out().contains("\r\n6,p6.c2,will,we,,\"Our victim assistance programs will be inclusive, non-discriminatory"), r.out());
        assertTrue(run("", "commitments", "--help").out().startsWith("Usage: declaro commitments"));
    }

    @Test
    void theItemsOfAListOfActionsAreListedUnderTheirParagraph() {
        String json = """
                {"schemaVersion": "1.1", "kind": "declaration", "id": "x", "title": "X",
                 "paragraphs": [{"number": 1, "text": "With this in mind, we will:",
                   "subparagraphs": [{"text": "support affected States;"}, {"text": "report every year."}]}]}
                """;
        Run r = run(json, "commitments", "--extract", "--format", "csv", "-");
        assertEquals(0, r.code(), r.err());
        assertEquals(java.util.List.of("paragraph,id,modality,actor,deadline,text", "1,p1.s1.c1,will,we,,support affected States",
                "1,p1.s2.c1,will,we,,report every year"), r.out().lines().toList());
    }
}
