package org.declaro.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The tests' one way to run the {@code declaro} tool: in this JVM, standard input given, both outputs caught. */
final class Cli {
    private Cli() {
    }

    /**
     * What a run of the tool gave.
     *
     * @param code its exit code
     * @param out  what it printed on standard output
     * @param err  what it printed on standard error
     */
    record Run(int code, String out, String err) {
    }

    /**
     * @param stdin what standard input holds
     * @param args  the command line
     * @return the exit code and both outputs
     */
    static Run run(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Main(new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * @param stdin what standard input holds, as UTF-8 ({@code ""}: nothing)
     * @param args  the command line
     * @return the exit code and both outputs
     */
    static Run run(String stdin, String... args) {
        return run(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    /** @return the bundled example the {@code demo} command validates, the worked example of FORMAT.md */
    static byte[] exampleBytes() {
        try (InputStream in = Main.class.getResourceAsStream(Main.DEMO_RESOURCE)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return {@link #exampleBytes()} as text */
    static String example() {
        return new String(exampleBytes(), StandardCharsets.UTF_8);
    }
}
