package org.declaro.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.declaro.json.CanonicalJsonWriter;
import org.declaro.json.DocumentReader;
import org.declaro.json.JsonSchemas;
import org.declaro.model.DocumentKind;
import org.declaro.json.ReadResult;
import org.declaro.model.Commitment;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.declaro.model.Modality;
import org.declaro.model.Paragraph;
import org.declaro.report.Finding;
import org.declaro.validation.DocumentValidator;
import org.declaro.validation.ValidationReport;

/**
 * The {@code declaro} command-line tool, built on Declaro's public API only.
 *
 * <p>Exit codes: 0 success (no error found), 1 a document has errors (malformed JSON included), 2 usage
 * errors or unreadable files.
 */
public final class Main {
    static final int OK = 0;
    static final int INVALID = 1;
    static final int USAGE = 2;
    static final String DEMO_RESOURCE = "/org/declaro/examples/siem-reap-angkor-declaration-draft-2024.json";

    private static final String USAGE_TEXT = """
            Usage: declaro COMMAND [OPTIONS] [ARGS]

            Validate, format and explore structured declaration documents (Declaro JSON format 1.0).

            Commands:
              validate   check documents against the format's rules, like a compiler
              format     print a document as canonical JSON
              demo       validate and summarise the bundled Siem Reap-Angkor example
              commitments  list who commits to what, by when (found in the text, or as annotated)
              import     turn the plain text or Markdown of a declaration or action plan into Declaro JSON
              schema     print the JSON Schema (draft 2020-12) of the format, for non-Java systems
              render     print a document as Markdown, plain text or a self-contained HTML page
              diff       compare two versions of a declaration: paragraphs, words, commitments
              serve      run the HTTP validation service (POST /validate, POST /render?to=...)

            Options:
              --help     show help (also: declaro COMMAND --help)
              --version  show the version

            Exit codes: 0 no errors, 1 a document has errors, 2 usage error or unreadable file.
            """;
    private static final String VALIDATE_HELP = """
            Usage: declaro validate [--strict] [--format text|json] FILE... | -

            Validates each FILE (or standard input, -) against the Declaro format's rules. Files named
            together are validated together, so references between them resolve.

            Options:
              --strict          report fields the format does not define as errors (default: warnings)
              --format text     one finding a line: FILE:LINE:COLUMN: SEVERITY RULE POINTER: MESSAGE (default)
              --format json     a JSON array with one report a file: {"file", "valid", "findings": [...]}
              --help            show this help

            Exit codes: 0 no file has an error, 1 some file has an error, 2 usage error or unreadable file.
            """;
    private static final String FORMAT_HELP = """
            Usage: declaro format FILE | -

            Prints the document as canonical JSON (fixed field order, two-space indent, UTF-8) on standard
            output. Fields the format does not define are kept. If the document cannot be read, prints the
            findings on standard error and exits with 1.
            """;
    private static final String DEMO_HELP = """
            Usage: declaro demo

            Validates the bundled Draft Siem Reap-Angkor Declaration on a Mine-Free World (2024) and prints a
            short summary: paragraphs, commitments by modality, footnotes.
            """;

    private final InputStream stdin;
    final PrintStream out;
    final PrintStream err;

    Main(InputStream stdin, PrintStream out, PrintStream err) {
        this.stdin = stdin;
        this.out = out;
        this.err = err;
    }

    /**
     * Runs the tool and exits with its exit code.
     *
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        if (args.length > 0 && (args[0].equals("validate") || args[0].equals("demo"))) {
            // Bean Validation's bootstrap is most of a cold start: do it on the other core while the
            // input is read and bound
            Thread warmUp = new Thread(DocumentValidator::warmUp, "declaro-warm-up");
            warmUp.setDaemon(true);
            warmUp.start();
        }
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                StandardCharsets.UTF_8);
        int code = new Main(System.in, out, System.err).run(args);
        out.flush();
        System.exit(code);
    }

    int run(String[] args) {
        if (args.length == 0) {
            err.print(USAGE_TEXT);
            return USAGE;
        }
        List<String> rest = List.of(args).subList(1, args.length);
        try {
            return switch (args[0]) {
                case "--help", "-h", "help" -> {
                    out.print(USAGE_TEXT);
                    yield OK;
                }
                case "--version" -> {
                    out.println("declaro " + version());
                    yield OK;
                }
                case "validate" -> validate(rest);
                case "format" -> format(rest);
                case "demo" -> demo(rest);
                case "commitments" -> Commitments.run(rest, this);
                case "import" -> Import.run(rest, this);
                case "schema" -> schema(rest);
                case "render" -> Render.run(rest, this);
                case "diff" -> Diff.run(rest, this);
                case "serve" -> serve(rest);
                default -> usage("unknown command '" + args[0] + "'");
            };
        } catch (UncheckedIOException e) {
            err.println("declaro: " + e.getMessage());
            return USAGE;
        }
    }

    int usage(String message) {
        err.println("declaro: " + message);
        err.println("Try 'declaro --help'.");
        return USAGE;
    }

    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }

    // ------------------------------------------------------------------ validate

    private int validate(List<String> args) {
        boolean strict = false;
        String format = "text";
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--help", "-h" -> {
                    out.print(VALIDATE_HELP);
                    return OK;
                }
                case "--strict" -> strict = true;
                case "--format" -> {
                    if (i + 1 >= args.size()) {
                        return usage("--format needs a value: text or json");
                    }
                    format = args.get(++i);
                }
                default -> {
                    if (a.startsWith("--format=")) {
                        format = a.substring("--format=".length());
                    } else if (a.startsWith("-") && !a.equals("-")) {
                        return usage("unknown option '" + a + "' for validate");
                    } else {
                        files.add(a);
                    }
                }
            }
        }
        if (!format.equals("text") && !format.equals("json")) {
            return usage("unknown format '" + format + "': use text or json");
        }
        if (files.isEmpty()) {
            return usage("validate needs at least one FILE, or - for standard input");
        }
        List<byte[]> inputs = new ArrayList<>();
        for (String f : files) {
            byte[] bytes = readInput(f);
            if (bytes == null) {
                return USAGE;
            }
            inputs.add(bytes);
        }
        DocumentValidator validator = DocumentValidator.builder().strict(strict).build();
        List<ValidationReport> reports = validateTogether(validator, files, inputs);
        if (format.equals("json")) {
            out.print(JsonReport.write(reports));
        } else {
            for (ValidationReport r : reports) {
                for (Finding f : r.findings()) {
                    out.println(textLine(r.source(), f));
                }
            }
        }
        return reports.stream().allMatch(ValidationReport::isValid) ? OK : INVALID;
    }

    /** Validates the inputs together, so references between them resolve (standard input included). */
    private static List<ValidationReport> validateTogether(DocumentValidator validator, List<String> names,
            List<byte[]> inputs) {
        java.util.Map<String, byte[]> byName = new java.util.LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            byName.put(names.get(i), inputs.get(i));
        }
        if (byName.size() < names.size()) {
            // a name given twice: validate each occurrence, keeping the report order
            List<ValidationReport> reports = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                reports.add(validator.validateTexts(java.util.Map.of(names.get(i), inputs.get(i))).get(0));
            }
            return reports;
        }
        return validator.validateTexts(byName);
    }

    static String textLine(String file, Finding f) {
        StringBuilder sb = new StringBuilder(file).append(':');
        if (f.hasLocation()) {
            sb.append(f.line()).append(':').append(f.column()).append(':');
        }
        sb.append(' ').append(f.severity().label()).append(' ').append(f.rule().id()).append(' ')
                .append(f.pointer().isEmpty() ? "\"\"" : f.pointer()).append(": ").append(f.message());
        return sb.toString();
    }

    /** A document read for a command, or the exit code to end the command with. */
    record Loaded(Document document, int exitCode) {
    }

    /**
     * Reads the document a command works on: JSON, or with {@code text} a {@code .txt} file imported first.
     * Error findings go to standard error; an unreadable file ends the command with 2, an unusable document
     * with 1.
     */
    Loaded readDocument(String name, boolean text) {
        byte[] bytes = readInput(name);
        if (bytes == null) {
            return new Loaded(null, USAGE);
        }
        if (text && name.endsWith(".txt")) {
            Document doc = Import.imported(bytes, name, this);
            return new Loaded(doc, doc == null ? INVALID : OK);
        }
        ReadResult r = DocumentReader.lenient().read(bytes);
        r.findings().stream().filter(Finding::isError).forEach(f -> err.println(textLine(name, f)));
        return r.hasErrors() || r.document().isEmpty() ? new Loaded(null, INVALID) : new Loaded(r.document().get(), OK);
    }

    /** @return the bytes, or null after printing why they cannot be read */
    byte[] readInput(String name) {
        try {
            if (name.equals("-")) {
                return stdin.readAllBytes();
            }
            Path p = Path.of(name);
            if (Files.isDirectory(p)) {
                err.println("declaro: cannot read " + name + ": it is a directory");
                return null;
            }
            return Files.readAllBytes(p);
        } catch (NoSuchFileException e) {
            err.println("declaro: cannot read " + name + ": no such file");
            return null;
        } catch (IOException | RuntimeException e) {
            err.println("declaro: cannot read " + name + ": " + e.getMessage());
            return null;
        }
    }

    // ------------------------------------------------------------------ serve

    private static final String SERVE_HELP = """
            Usage: declaro serve [--port N] [--bind ADDRESS] [--max-bytes N]

            Runs the validation service until stopped (Ctrl-C):
              POST /validate                      the report as JSON (200; 400 malformed JSON; 413 too large)
              POST /render?to=html|markdown|akn   the document in that view
            Listens on 127.0.0.1:8080 by default; --bind 0.0.0.0 to listen on every interface.
            """;

    private int serve(List<String> args) {
        int port = 8080;
        String bind = "127.0.0.1";
        int maxBytes = org.declaro.examples.service.ValidationService.DEFAULT_MAX_BYTES;
        try {
            for (int i = 0; i < args.size(); i++) {
                switch (args.get(i)) {
                    case "--help", "-h" -> {
                        out.print(SERVE_HELP);
                        return OK;
                    }
                    case "--port" -> port = Integer.parseInt(args.get(++i));
                    case "--bind" -> bind = args.get(++i);
                    case "--max-bytes" -> maxBytes = Integer.parseInt(args.get(++i));
                    default -> {
                        return usage("unknown option '" + args.get(i) + "' for serve");
                    }
                }
            }
        } catch (IndexOutOfBoundsException | NumberFormatException e) {
            return usage("serve: --port and --max-bytes need a number, --bind an address");
        }
        try {
            var service = org.declaro.examples.service.ValidationService.start(java.net.InetAddress.getByName(bind), port, maxBytes,
                    Math.max(2, Runtime.getRuntime().availableProcessors()));
            err.println("declaro: serving on http://" + service.address().getHostString() + ":" + service.address().getPort()
                    + "/ (POST /validate, POST /render?to=html|markdown|akn); Ctrl-C to stop");
            Runtime.getRuntime().addShutdownHook(new Thread(service::close));
            Thread.currentThread().join();
            return OK;
        } catch (IOException e) {
            err.println("declaro: cannot listen on " + bind + ":" + port + ": " + e.getMessage());
            return USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OK;
        }
    }

    // ------------------------------------------------------------------ schema

    private static final String SCHEMA_HELP = """
            Usage: declaro schema [declaration|action-plan]

            Prints the JSON Schema (draft 2020-12) of Declaro documents: of either kind (the default), of
            declarations, or of action plans. It checks structure (types, required fields, enumerations, id
            and date patterns); the semantic rules are checked by declaro validate only.
            """;

    private int schema(List<String> args) {
        if (args.contains("--help") || args.contains("-h")) {
            out.print(SCHEMA_HELP);
            return OK;
        }
        if (args.size() > 1) {
            return usage("schema takes at most one argument: declaration or action-plan");
        }
        String kind = args.isEmpty() ? "" : args.get(0);
        switch (kind) {
            case "" -> out.print(JsonSchemas.document());
            case "declaration" -> out.print(JsonSchemas.of(DocumentKind.DECLARATION));
            case "action-plan", "actionPlan" -> out.print(JsonSchemas.of(DocumentKind.ACTION_PLAN));
            default -> {
                return usage("unknown kind '" + kind + "': use declaration or action-plan");
            }
        }
        return OK;
    }

    // ------------------------------------------------------------------ format

    private int format(List<String> args) {
        if (args.contains("--help") || args.contains("-h")) {
            out.print(FORMAT_HELP);
            return OK;
        }
        if (args.size() != 1) {
            return usage("format needs exactly one FILE, or - for standard input");
        }
        String name = args.get(0);
        if (name.startsWith("-") && !name.equals("-")) {
            return usage("unknown option '" + name + "' for format");
        }
        byte[] bytes = readInput(name);
        if (bytes == null) {
            return USAGE;
        }
        ReadResult r = DocumentReader.lenient().read(bytes);
        for (Finding f : r.findings()) {
            err.println(textLine(name, f));
        }
        if (r.hasErrors() || r.document().isEmpty()) {
            return INVALID;
        }
        byte[] canonical = CanonicalJsonWriter.get().write(r.document().get());
        out.write(canonical, 0, canonical.length);
        return OK;
    }

    // ------------------------------------------------------------------ demo

    private int demo(List<String> args) {
        if (args.contains("--help") || args.contains("-h")) {
            out.print(DEMO_HELP);
            return OK;
        }
        if (!args.isEmpty()) {
            return usage("demo takes no arguments");
        }
        byte[] bytes;
        try (InputStream in = Main.class.getResourceAsStream(DEMO_RESOURCE)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ValidationReport report = DocumentValidator.standard().validate(bytes);
        Document doc = report.document().orElseThrow();
        out.println(doc.title());
        if (doc instanceof Declaration d) {
            if (d.subtitle() != null) {
                out.println(d.subtitle());
            }
            out.println();
            out.printf("  status      %s, %s%n", d.status().jsonName(), d.date());
            out.printf("  paragraphs  %d%n", d.paragraphs().size());
            Map<Modality, Integer> byModality = new EnumMap<>(Modality.class);
            int total = 0;
            for (Paragraph p : d.paragraphs()) {
                for (Commitment c : p.commitments()) {
                    byModality.merge(c.modality(), 1, Integer::sum);
                    total++;
                }
            }
            out.printf("  commitments %d%n", total);
            byModality.forEach((m, n) -> out.printf("    %-9s %d%n", m.jsonName(), n));
            out.printf("  footnotes   %d%n", d.footnotes().size());
        }
        out.println();
        out.println(report.isValid()
                ? "Valid: no errors, " + report.findings().size() + " other findings."
                : "Invalid: " + report.errors().size() + " errors.");
        for (Finding f : report.findings()) {
            out.println(textLine("demo", f));
        }
        return report.isValid() ? OK : INVALID;
    }
}
