package org.declaro.examples.cli;

import static org.declaro.examples.cli.Cli.example;
import static org.declaro.examples.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.declaro.examples.cli.Cli.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The declaro tool as a user runs it: arguments in, text and exit code out. */
class MainTest {
    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void validatingAValidFilePrintsNothingAndExitsZero() throws IOException {
        Path f = file("ok.json", example());
        Run r = run("", "validate", f.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
    }

    @Test
    void findingsArePrintedOneALineLikeACompiler() throws IOException {
        Path f = file("bad.json", example().replace("\"number\": 3,", "\"number\": 30,"));
        Run r = run("", "validate", f.toString());
        assertEquals(1, r.code());
        String line = r.out().lines().findFirst().orElseThrow();
        int expectedLine = (int) example().lines().takeWhile(l -> !l.contains("\"number\": 3,")).count() + 1;
        assertEquals(f + ":" + expectedLine + ":7: error paragraph.number.sequence /paragraphs/2/number: "
                + "Paragraph number 30 follows 2; expected 3.", line);
    }

    @Test
    void jsonOutputHasFileValidAndFindings() throws IOException {
        Path bad = file("bad.json", example().replace("\"status\": \"draft\"", "\"status\": \"final\""));
        Path ok = file("ok.json", example());
        Run r = run("", "validate", "--format", "json", ok.toString(), bad.toString());
        assertEquals(1, r.code());
        JsonNode reports = JsonMapper.builder().build().readTree(r.out());
        assertEquals(2, reports.size());
        assertTrue(reports.get(0).get("valid").asBoolean());
        JsonNode finding = reports.get(1).get("findings").get(0);
        assertEquals(bad.toString(), reports.get(1).get("file").asString());
        assertEquals("json.enum", finding.get("rule").asString());
        assertEquals("error", finding.get("severity").asString());
        assertEquals("/status", finding.get("pointer").asString());
        assertTrue(finding.get("line").asInt() > 1 && finding.get("column").asInt() > 0);
    }

    @Test
    void documentsNamedTogetherResolveReferencesIncludingStandardInput() throws IOException {
        Path decl = file("d.json", example().replace("\"paragraph\": 13", "\"id\": \"the-plan\",\n      \"paragraph\": 13"));
        String plan = "{\"schemaVersion\": \"1.0\", \"kind\": \"actionPlan\", \"id\": \"the-plan\", \"title\": \"P\","
                + " \"language\": \"en\", \"sections\": [{\"title\": \"S\", \"actions\": [{\"number\": 1, \"text\": \"Do.\"}]}]}";
        Run alone = run("", "validate", decl.toString());
        assertEquals(1, alone.code());
        assertTrue(alone.out().contains("reference.unresolved /references/0/id"), alone.out());
        Run together = run(plan, "validate", decl.toString(), "-");
        assertEquals(0, together.code(), together.out());
    }

    @Test
    void malformedJsonFromStandardInputExitsOne() {
        Run r = run("{\"title\": ", "validate", "-");
        assertEquals(1, r.code());
        assertTrue(r.out().startsWith("-:1:"), r.out());
        assertTrue(r.out().contains("json.syntax"));
    }

    @Test
    void strictModeTurnsUnknownFieldsIntoErrors() throws IOException {
        Path f = file("x.json", example().replace("\"status\": \"draft\",", "\"status\": \"draft\", \"x-tracking\": {\"by\": \"me\"},"));
        assertEquals(0, run("", "validate", f.toString()).code());
        Run strict = run("", "validate", "--strict", f.toString());
        assertEquals(1, strict.code());
        assertTrue(strict.out().contains("error json.unknown-field /x-tracking"), strict.out());
    }

    @Test
    void usageErrorsAndUnreadableFilesExitTwo() {
        assertEquals(2, run("").code());
        assertEquals(2, run("", "frobnicate").code());
        assertEquals(2, run("", "validate").code());
        assertEquals(2, run("", "validate", "--format", "xml", "x.json").code());
        assertEquals(2, run("", "validate", "--bogus", "x.json").code());
        Run missing = run("", "validate", dir.resolve("missing.json").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no such file"), missing.err());
        assertEquals(2, run("", "validate", dir.toString()).code());
    }

    @Test
    void formatPrintsCanonicalJsonAndKeepsUnknownFields() throws IOException {
        Path f = file("x.json", "{\"title\": \"T\", \"kind\": \"declaration\", \"schemaVersion\": \"1.0\", \"id\": \"t\","
                + " \"language\": \"en\", \"x-a\": [1], \"paragraphs\": [{\"text\": \"A.\", \"number\": 1}]}");
        Run r = run("", "format", f.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("{\n  \"schemaVersion\": \"1.0\",\n  \"kind\": \"declaration\",\n  \"id\": \"t\""), r.out());
        assertTrue(r.out().endsWith("  \"x-a\": [\n    1\n  ]\n}\n"), r.out());
        assertTrue(r.err().contains("warning json.unknown-field /x-a"), r.err());
        assertEquals(example(), run(example(), "format", "-").out());
    }

    @Test
    void formatOfAnUnreadableDocumentExitsOneWithFindings() {
        Run r = run("[1, 2]", "format", "-");
        assertEquals(1, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().contains("json.type"), r.err());
    }

    @Test
    void demoSummarisesTheBundledExample() {
        Run r = run("", "demo");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Draft Siem Reap-Angkor Declaration on a Mine-Free World 2024\n"), r.out());
        assertTrue(r.out().contains("paragraphs  13"), r.out());
        assertTrue(r.out().contains("commitments 23"), r.out());
        assertTrue(r.out().contains("    will      9"), r.out());
        assertTrue(r.out().contains("footnotes   2"), r.out());
        assertTrue(r.out().contains("Valid"), r.out());
    }

    @Test
    void everyCommandHasHelpAndThereIsAVersion() {
        for (String command : new String[] {"validate", "format", "demo"}) {
            Run r = run("", command, "--help");
            assertEquals(0, r.code());
            assertTrue(r.out().startsWith("Usage: declaro " + command), r.out());
        }
        assertTrue(run("", "--help").out().contains("Commands:"));
        // the format version comes from the library's constant, not from a literal that can fall behind it
        String help = run("", "--help").out();
        assertTrue(help.contains("(Declaro JSON format " + org.declaro.model.Document.CURRENT_SCHEMA_VERSION + ")"), help);
        assertTrue(run("", "--version").out().startsWith("declaro "));
    }

    @Test
    void eachNameMakesItsOwnCommandAndTheHelpListsThemAllInOrder() {
        assertEquals(namesDistinct(), Main.NAMES.size());
        String help = run("", "--help").out();
        int last = -1;
        for (String name : Main.NAMES) {
            Command c = Main.command(name);
            assertEquals(name, c.name());
            Run r = run("", name, "--help");
            assertEquals(0, r.code(), name);
            assertTrue(r.out().startsWith("Usage: declaro " + name), r.out());
            int at = help.indexOf("\n  " + name + " ");
            assertTrue(at > last, name + " is listed after the command before it:\n" + help);
            last = at;
        }
        assertEquals(null, Main.command("nope"));
        Run unknown = run("", "nope");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().startsWith("declaro: unknown command 'nope'"), unknown.err());
    }

    private static int namesDistinct() {
        return (int) Main.NAMES.stream().distinct().count();
    }
}
