package org.declaro.examples.cli;

import static org.declaro.examples.cli.Cli.example;
import static org.declaro.examples.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.declaro.testing.Edits;
import org.declaro.examples.cli.Cli.Run;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 9: the tool's answers to nonsense arguments, several files, documents with gaps, and its own bugs. */
class HardeningTest {
    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void validateReportsEveryFileAndExitsWithTheWorstCode() throws IOException {
        Path bad = file("bad.json", Edits.replace(example(), "\"status\": \"draft\"", "\"status\": \"final\""));
        Path missing = dir.resolve("missing.json");
        Run r = run("", "validate", bad.toString(), missing.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.out().contains(bad + ":") && r.out().contains("json.enum /status"), r.out());
        assertTrue(r.err().contains("cannot read " + missing + ": no such file"), r.err());

        Path ok = file("ok.json", example());
        Run json = run("", "validate", "--format=json", missing.toString(), ok.toString(), bad.toString());
        assertEquals(2, json.code());
        assertTrue(json.out().contains("\"file\":\"" + ok.toString().replace("\\", "\\\\") + "\""), json.out());
        assertTrue(json.out().contains("json.enum"), json.out());

        Run invalidOnly = run("", "validate", ok.toString(), bad.toString());
        assertEquals(1, invalidOnly.code());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--port|99999|--port must be a whole number from 0 to 65535, not '99999'",
        "--port|-1|--port must be a whole number from 0 to 65535, not '-1'",
        "--port|eighty|--port must be a whole number from 0 to 65535, not 'eighty'",
        "--max-bytes|-5|--max-bytes must be a whole number from 1 to 2147483647, not '-5'",
        "--max-bytes|0|--max-bytes must be a whole number from 1 to 2147483647, not '0'",
        "--max-bytes|99999999999|--max-bytes must be a whole number from 1 to 2147483647, not '99999999999'",
    })
    void serveRangeChecksItsNumbers(String option, String value, String message) {
        Run r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run("", "serve", option, value));
        assertEquals(2, r.code(), r.err());
        assertEquals("declaro: " + message + "\nTry 'declaro serve --help'.\n", r.err());
        Run joined = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run("", "serve", option + "=" + value));
        assertEquals(r, joined);
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "format", "commitments", "import", "schema", "render", "diff", "serve", "demo"})
    void anUnknownOptionIsNamedWithTheCommandsHelpHint(String command) {
        Run r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run("", command, "--bogus", "x.json"));
        assertEquals(2, r.code());
        assertEquals("declaro: unknown option '--bogus' for " + command + "\nTry 'declaro " + command + " --help'.\n", r.err());
        assertEquals("", r.out());
    }

    @Test
    void optionsTakeTheirValueAfterAnEqualsSignToo() throws IOException {
        String doc = example();
        assertEquals(run(doc, "commitments", "--format", "csv", "-"), run(doc, "commitments", "--format=csv", "-"));
        assertEquals(run(doc, "render", "--to", "markdown", "-"), run(doc, "render", "--to=markdown", "-"));
        Run flagWithValue = run(doc, "validate", "--strict=yes", "-");
        assertEquals(2, flagWithValue.code());
        assertTrue(flagWithValue.err().startsWith("declaro: --strict takes no value"), flagWithValue.err());
        Run noValue = run(doc, "render", "-", "--to");
        assertEquals(2, noValue.code());
        assertTrue(noValue.err().startsWith("declaro: --to needs a value: markdown|text|html|akn"), noValue.err());
    }

    /** A commitment without actor: validate reports it; commitments must still list it, in every format. */
    @ParameterizedTest
    @ValueSource(strings = {"table", "csv", "json"})
    void commitmentsListsACommitmentWithoutActor(String format) throws IOException {
        String doc = Edits.replaceRegex(example(), "\"actor\": \"we\",\\s*", "");
        assertEquals(1, run(doc, "validate", "-").code());
        Run r = run(doc, "commitments", "--format", format, "-");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("reaffirm our unwavering commitment"), r.out());
    }

    @Test
    void anUnexpectedErrorHasItsOwnCodeAndOneLine() {
        Command broken = new Command() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public String summary() {
                return "always fails";
            }

            @Override
            public String synopsis() {
                return "declaro broken";
            }

            @Override
            public String description() {
                return "Fails.";
            }

            @Override
            public int run(Arguments args, Context context) {
                throw new IllegalStateException("a bug");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Main main = new Main(InputStream.nullInputStream(), new PrintStream(new ByteArrayOutputStream(), true),
                new PrintStream(err, true, StandardCharsets.UTF_8), java.util.List.of(broken), false);
        assertEquals(3, main.run(new String[] {"broken"}));
        String line = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, line.lines().count(), line);
        assertTrue(line.startsWith("declaro: internal error (java.lang.IllegalStateException: a bug)"), line);
        assertTrue(line.contains("please report it") && line.contains("--debug"), line);

        ByteArrayOutputStream debugErr = new ByteArrayOutputStream();
        Main debug = new Main(InputStream.nullInputStream(), new PrintStream(new ByteArrayOutputStream(), true),
                new PrintStream(debugErr, true, StandardCharsets.UTF_8), java.util.List.of(broken), false);
        assertEquals(3, debug.run(new String[] {"--debug", "broken"}));
        assertTrue(debugErr.toString(StandardCharsets.UTF_8).contains("\tat "), debugErr.toString(StandardCharsets.UTF_8));
    }

    @Test
    void controlCharactersOfTheInputAreNotEchoed() throws IOException {
        String doc = Edits.replaceAll(example(), "reaffirm our unwavering commitment to put", // the text and its commitment
                "reaffirm our \\u001b[31munwavering\\u0007 commitment\\u009b to put");
        for (String format : new String[] {"table", "csv"}) {
            Run r = run(doc, "commitments", "--format", format, "-");
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("reaffirm our \\u001B[31munwavering\\u0007 commitment\\u009B to put"), r.out());
            assertNoControlCharacters(r.out());
        }
        Path named = file("bad\u0001name.json", "{");
        Run r = run("", "validate", named.toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains("bad\\u0001name.json"), r.out());
        assertNoControlCharacters(r.out());
    }

    static void assertNoControlCharacters(String s) {
        s.codePoints().forEach(c -> assertFalse(c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7f
                || c >= 0x80 && c <= 0x9f, () -> "control character U+" + Integer.toHexString(c) + " in " + s));
    }

    @Test
    void theVersionIsPrinted() {
        Run r = run("", "--version");
        assertEquals(0, r.code());
        assertTrue(r.out().matches("declaro \\S+.*\n"), r.out());
    }
}
