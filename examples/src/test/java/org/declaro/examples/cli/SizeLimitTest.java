package org.declaro.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** --max-bytes: every command that reads input stops one byte past the limit and reports it (limit.exceeded, exit 1). */
class SizeLimitTest {
    @TempDir
    Path dir;

    /** Standard input that never ends (spaces), counting what is read from it. */
    static final class Endless extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return ' ';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            Arrays.fill(b, off, off + len, (byte) ' ');
            read += len;
            return len;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "format", "render --to text", "commitments", "import", "diff"})
    void anEndlessInputIsReadNoFurtherThanTheLimit(String command) throws Exception {
        Path example = Files.writeString(dir.resolve("example.json"), Cli.example());
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of("--max-bytes", "1000"));
        if (command.equals("diff")) {
            args.add(example.toString());
        }
        args.add("-");
        Endless stdin = new Endless();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> new Main(stdin,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(args.toArray(String[]::new)));
        String printed = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        assertEquals(1, code, printed);
        assertTrue(printed.contains("limit.exceeded"), printed);
        assertTrue(stdin.read <= 1001, "read " + stdin.read + " bytes");
    }

    @Test
    void aFileOverTheLimitIsReportedAndTheOthersValidated() throws Exception {
        Path big = Files.writeString(dir.resolve("big.json"), Cli.example());
        Path small = Files.writeString(dir.resolve("small.json"), "{\"title\": 1}");
        Cli.Run r = Cli.run("", "validate", "--max-bytes=200", big.toString(), small.toString());
        assertEquals(1, r.code());
        assertTrue(r.out().contains(big + ": error limit.exceeded"), r.out());
        assertTrue(r.out().contains(small + ":1:"), r.out());
        assertEquals(0, Cli.run("", "validate", big.toString()).code());
    }

    @Test
    void theLimitIsAPositiveNumber() {
        Cli.Run r = Cli.run("", "import", "--max-bytes", "0", "x.txt");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("declaro: --max-bytes must be a whole number from 1 to "), r.err());
    }
}
