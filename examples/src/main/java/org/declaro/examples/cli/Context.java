package org.declaro.examples.cli;

import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.declaro.json.DocumentReader;
import org.declaro.json.ReadResult;
import org.declaro.model.Document;
import org.declaro.model.Limits;
import org.declaro.report.Finding;
import org.declaro.validation.JsonInput;

/**
 * What a command works with: standard input, output and error, and the reading of its inputs with the
 * tool's messages for files that cannot be read.
 */
final class Context {
    private final InputStream stdin;
    /** Standard output: the command's result. */
    final PrintStream out;
    /** Standard error: findings about inputs, progress, and what went wrong. */
    final PrintStream err;

    /**
     * The size limit on every input a command reads, in bytes: an input over it is reported with a
     * {@code limit.exceeded} finding (exit 1), after reading no more than the limit.
     */
    static final Option<Long> MAX_BYTES = Option.longInteger("--max-bytes", "N", Limits.DEFAULTS.maxInputBytes(), 1,
            Integer.MAX_VALUE - 16).describedAs("the largest input read, in bytes (default: "
                    + Limits.DEFAULTS.maxInputBytes() + "); a larger one is\nreported (limit.exceeded) after reading no more than that");

    Context(InputStream stdin, PrintStream out, PrintStream err) {
        this.stdin = stdin;
        this.out = out;
        this.err = err;
    }

    /**
     * Reads an input, to its end or one byte past the limit, whichever comes first: memory stays bounded
     * whatever the input's size, and a reader given the same limit reports an input over it.
     *
     * @param name   a file's path, or {@code -} for standard input
     * @param limits the limits; {@link Limits#maxInputBytes()} bounds the reading
     * @return its bytes, or empty after printing on standard error why it cannot be read
     */
    Optional<byte[]> readInput(String name, Limits limits) {
        int atMost = (int) Math.min(limits.maxInputBytes() + 1, Integer.MAX_VALUE - 8);
        try {
            if (name.equals("-")) {
                return Optional.of(stdin.readNBytes(atMost));
            }
            Path p = Path.of(name);
            if (Files.isDirectory(p)) {
                return cannotRead(name, "it is a directory");
            }
            // a FileInputStream rather than Files.newInputStream: its classes are in the JDK's class-data
            // archive, a FileChannel's some thirty are loaded one by one
            try (InputStream in = new FileInputStream(p.toFile())) {
                return Optional.of(read(in, Files.isRegularFile(p) ? Files.size(p) : -1, atMost));
            }
        } catch (FileNotFoundException | NoSuchFileException e) {
            return cannotRead(name, Files.exists(Path.of(name)) ? String.valueOf(e.getMessage()) : "no such file");
        } catch (IOException | RuntimeException e) {
            return cannotRead(name, String.valueOf(e.getMessage()));
        }
    }

    /**
     * An input to validate: a regular file as a file, which the validator parses as a stream without holding
     * its text (and reads again only to place findings); standard input, a pipe or a device as the bytes
     * read from it ({@link #readInput}), since it cannot be read twice.
     *
     * @param name   a file's path, or {@code -} for standard input
     * @param limits the limits; {@link Limits#maxInputBytes()} bounds the reading
     * @return the input, or empty after printing on standard error why it cannot be read
     */
    Optional<JsonInput> jsonInput(String name, Limits limits) {
        if (!name.equals("-")) {
            try {
                Path p = Path.of(name);
                if (Files.isRegularFile(p)) {
                    new FileInputStream(p.toFile()).close(); // readable: the same message as any other input if not
                    return Optional.of(JsonInput.of(p));
                }
            } catch (IOException | RuntimeException e) {
                // reported as readInput reports it
            }
        }
        return readInput(name, limits).map(bytes -> JsonInput.of(name, bytes));
    }

    /**
     * Opens an input to be read as a stream, for commands that read it a piece at a time (JSON Lines).
     *
     * @param name a file's path, or {@code -} for standard input
     * @return the stream (closing it does not close standard input), or empty after printing on standard error
     *         why it cannot be read
     */
    Optional<InputStream> openInput(String name) {
        if (name.equals("-")) {
            return Optional.of(new java.io.FilterInputStream(stdin) {
                @Override
                public void close() {
                    // standard input stays open
                }
            });
        }
        try {
            Path p = Path.of(name);
            if (Files.isDirectory(p)) {
                return cannotRead(name, "it is a directory");
            }
            return Optional.of(Files.newInputStream(p));
        } catch (NoSuchFileException e) {
            return cannotRead(name, "no such file");
        } catch (IOException | RuntimeException e) {
            return cannotRead(name, String.valueOf(e.getMessage()));
        }
    }

    /**
     * Reads a stream to its end or to {@code atMost} bytes, into an array of the size the file has when its
     * size is known (one copy of the input in memory; reading in chunks and joining them holds two), and
     * in chunks when it is not known or the file changes while it is read.
     *
     * @param in     the stream
     * @param size   the file's size, or -1 when unknown (a pipe, a device)
     * @param atMost the most bytes read
     * @return the bytes read
     */
    static byte[] read(InputStream in, long size, int atMost) throws IOException {
        if (size < 0 || size >= atMost) {
            return in.readNBytes(atMost);
        }
        byte[] exact = new byte[(int) size];
        int n = in.readNBytes(exact, 0, exact.length);
        if (n < exact.length) {
            return Arrays.copyOf(exact, n); // shorter than its size said: it shrank meanwhile
        }
        int next = in.read();
        if (next < 0) {
            return exact;
        }
        byte[] rest = in.readNBytes(atMost - n - 1); // it grew meanwhile
        byte[] all = Arrays.copyOf(exact, n + 1 + rest.length);
        all[n] = (byte) next;
        System.arraycopy(rest, 0, all, n + 1, rest.length);
        return all;
    }

    private <T> Optional<T> cannotRead(String name, String why) {
        err.println("declaro: cannot read " + name + ": " + why);
        return Optional.empty();
    }

    /** A document read for a command, or the exit code to end the command with when there is none. */
    /**
     * @param args a command's arguments, with {@link #MAX_BYTES} among its options
     * @return the limits they give
     */
    static Limits limits(Arguments args) {
        return Limits.DEFAULTS.withMaxInputBytes(args.get(MAX_BYTES));
    }

    record Loaded(Optional<Document> document, int exitCode) {
        static Loaded failed(int exitCode) {
            return new Loaded(Optional.empty(), exitCode);
        }
    }

    /**
     * Reads the document a command works on: JSON, or with {@code text} a {@code .txt} or {@code .md} file imported
     * first.
     * Error findings go to standard error; an unreadable file ends the command with 2, a document that
     * cannot be bound with 1. A document that binds is returned even if it would not validate: every command
     * must cope with gaps such as a commitment without actor.
     *
     * @param name   a file's path, or {@code -} for standard input
     * @param text   whether a {@code .txt} file is imported as text
     * @param limits the limits on reading
     * @return the document, or the exit code
     */
    Loaded readDocument(String name, boolean text, Limits limits) {
        Optional<byte[]> bytes = readInput(name, limits);
        if (bytes.isEmpty()) {
            return Loaded.failed(ExitCode.USAGE);
        }
        if (text && ImportCommand.isText(name)) {
            Optional<Document> doc = ImportCommand.imported(bytes.get(), name, this, limits);
            return doc.map(d -> new Loaded(doc, ExitCode.OK)).orElseGet(() -> Loaded.failed(ExitCode.INVALID));
        }
        ReadResult r = DocumentReader.builder().limits(limits).build().read(bytes.get());
        r.findings().stream().filter(Finding::isError).forEach(f -> err.println(textLine(name, f)));
        return r.hasErrors() || r.document().isEmpty() ? Loaded.failed(ExitCode.INVALID) : new Loaded(r.document(), ExitCode.OK);
    }

    /**
     * @param file the input's name
     * @param f    a finding about it
     * @return {@code FILE:LINE:COLUMN: SEVERITY RULE POINTER: MESSAGE} (without line and column when the finding has none)
     */
    static String textLine(String file, Finding f) {
        return file + (f.hasLocation() ? ":" : ": ") + f; // the finding's own form: one spelling of every pointer
    }
}
