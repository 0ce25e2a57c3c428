package org.declaro.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.declaro.json.DocumentReader;
import org.declaro.json.ReadResult;
import org.declaro.model.Document;
import org.declaro.report.Finding;

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

    Context(InputStream stdin, PrintStream out, PrintStream err) {
        this.stdin = stdin;
        this.out = out;
        this.err = err;
    }

    /**
     * Reads an input whole.
     *
     * @param name a file's path, or {@code -} for standard input
     * @return its bytes, or empty after printing on standard error why it cannot be read
     */
    Optional<byte[]> readInput(String name) {
        try {
            if (name.equals("-")) {
                return Optional.of(stdin.readAllBytes());
            }
            Path p = Path.of(name);
            if (Files.isDirectory(p)) {
                return cannotRead(name, "it is a directory");
            }
            return Optional.of(Files.readAllBytes(p));
        } catch (NoSuchFileException e) {
            return cannotRead(name, "no such file");
        } catch (IOException | RuntimeException e) {
            return cannotRead(name, String.valueOf(e.getMessage()));
        }
    }

    private Optional<byte[]> cannotRead(String name, String why) {
        err.println("declaro: cannot read " + name + ": " + why);
        return Optional.empty();
    }

    /** A document read for a command, or the exit code to end the command with when there is none. */
    record Loaded(Optional<Document> document, int exitCode) {
        static Loaded failed(int exitCode) {
            return new Loaded(Optional.empty(), exitCode);
        }
    }

    /**
     * Reads the document a command works on: JSON, or with {@code text} a {@code .txt} file imported first.
     * Error findings go to standard error; an unreadable file ends the command with 2, a document that
     * cannot be bound with 1. A document that binds is returned even if it would not validate: every command
     * must cope with gaps such as a commitment without actor.
     *
     * @param name a file's path, or {@code -} for standard input
     * @param text whether a {@code .txt} file is imported as text
     * @return the document, or the exit code
     */
    Loaded readDocument(String name, boolean text) {
        Optional<byte[]> bytes = readInput(name);
        if (bytes.isEmpty()) {
            return Loaded.failed(ExitCode.USAGE);
        }
        if (text && name.endsWith(".txt")) {
            Optional<Document> doc = ImportCommand.imported(bytes.get(), name, this);
            return doc.map(d -> new Loaded(doc, ExitCode.OK)).orElseGet(() -> Loaded.failed(ExitCode.INVALID));
        }
        ReadResult r = DocumentReader.lenient().read(bytes.get());
        r.findings().stream().filter(Finding::isError).forEach(f -> err.println(textLine(name, f)));
        return r.hasErrors() || r.document().isEmpty() ? Loaded.failed(ExitCode.INVALID) : new Loaded(r.document(), ExitCode.OK);
    }

    /**
     * @param file the input's name
     * @param f    a finding about it
     * @return {@code FILE:LINE:COLUMN: SEVERITY RULE POINTER: MESSAGE} (without line and column when the finding has none)
     */
    static String textLine(String file, Finding f) {
        StringBuilder sb = new StringBuilder(file).append(':');
        if (f.hasLocation()) {
            sb.append(f.line()).append(':').append(f.column()).append(':');
        }
        sb.append(' ').append(f.severity().label()).append(' ').append(f.rule().id()).append(' ')
                .append(f.pointer().isEmpty() ? "\"\"" : f.pointer()).append(": ").append(f.message());
        return sb.toString();
    }
}
