package org.declaro.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.declaro.commitments.CommitmentExtractor;
import org.declaro.commitments.ThemeVocabulary;
import org.declaro.importer.ImportResult;
import org.declaro.importer.Syntax;
import org.declaro.importer.TextImporter;
import org.declaro.importer.spi.SourceReader;
import org.declaro.importer.spi.SourceReaders;
import org.declaro.json.CanonicalJsonWriter;
import org.declaro.model.ActionPlan;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.declaro.model.DocumentKind;
import org.declaro.model.Limits;
import org.declaro.report.Finding;
import org.declaro.report.Severity;
import org.declaro.validation.DocumentValidator;

/** {@code declaro import}: plain text or Markdown to canonical JSON, one file or a whole corpus. */
final class ImportCommand implements Command {
    static final Option<From> FROM = Option.of("--from", "text|markdown|pdf|docx", From::parse).describedAs("""
            the input's format (default: by the file's name, .md or .markdown as
            Markdown, .pdf and .docx by their readers when installed, else by its
            first bytes, else detected from the text)""");
    static final Option<DocumentKind> KIND = Option.of("--kind", "declaration|action-plan", v -> switch (v) {
        case "declaration" -> DocumentKind.DECLARATION;
        case "action-plan", "actionPlan" -> DocumentKind.ACTION_PLAN;
        default -> throw new UsageException("unknown kind '" + v + "': use declaration or action-plan");
    }).describedAs("the kind of document (default: detected from the text)");
    static final Option<String> PROFILE = Option.text("--profile", "NAME").describedAs("""
            the layout profile whose cue words are read: un-resolution, statement,
            action-plan, or auto (default: chosen on the text's evidence)""");
    static final Option<Boolean> NO_SOURCE = Option.flag("--no-source",
            "do not record the file's name, syntax and SHA-256 in \"source\"");
    static final Option<Boolean> NO_COMMITMENTS = Option.flag("--no-commitments", "do not look for commitments");
    static final Option<String> TITLE = Option.text("--title", "TITLE")
            .describedAs("the title, for a text that does not print one (not with --corpus)");
    static final Option<String> LANGUAGE = Option.text("--language", "TAG").describedAs("""
            the BCP 47 tag of the text's language (default: the Markdown front
            matter's language, else detected from the text, else en)""");
    static final Option<ThemeVocabulary> THEMES = Option.of("--themes", "mine-action", v -> {
        if (!v.equals("mine-action")) {
            throw new UsageException("unknown theme vocabulary '" + v + "': the one shipped is mine-action");
        }
        return ThemeVocabulary.mineAction();
    }).describedAs("tag commitments with the mine-action theme vocabulary");
    static final Option<Path> CORPUS = Option.of("--corpus", "DIR", Path::of)
            .describedAs("import every text under DIR (needs --out)");
    static final Option<Path> OUT = Option.of("--out", "DIR", Path::of)
            .describedAs("where --corpus writes its results (created if missing)");
    static final Option<String> REVISIONS = Option.choice("--revisions", "accepted", "accepted", "original", "both")
            .describedAs("""
            a Word file's tracked changes: accepted (the text as it now reads, the
            default), original (the text before the changes), or both: the two
            versions imported and compared, paragraphs and commitments, as declaro
            diff reports them (a report on standard output, not JSON)""");

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summary() {
        return "turn the plain text or Markdown of a declaration or action plan into Declaro JSON";
    }

    @Override
    public String synopsis() {
        return """
                declaro import [OPTIONS] FILE | -
                       declaro import [OPTIONS] --corpus DIR --out DIR""";
    }

    @Override
    public String description() {
        return """
                Reads the text of a declaration or action plan (UTF-8 plain text as copied from a PDF or a web page,
                Markdown, or a PDF itself with declaro-pdf installed) and prints it as canonical Declaro JSON on standard output, with the commitments found in
                its text. Findings about the text (lines it could not place, page furniture it left out, bad bytes)
                go to standard error as FILE:LINE:COLUMN: SEVERITY RULE POINTER: MESSAGE, followed by the errors that
                keep the result from validating (FILE: SEVERITY RULE POINTER: MESSAGE, pointers into the JSON) and a
                one-line summary.

                With --corpus, imports every .txt, .md and .markdown file (and .pdf, .docx with their readers) under DIR, in sorted path order, one at a
                time; writes OUT/PATH.json and its findings to OUT/PATH.err (PATH: the file's path under DIR);
                prints a line a file on standard error and a summary on standard output: documents, paragraphs,
                findings by rule and severity, and the results that do not validate.
                """;
    }

    @Override
    public List<Option<?>> options() {
        return List.of(FROM, KIND, PROFILE, NO_SOURCE, NO_COMMITMENTS, TITLE, LANGUAGE, THEMES, CORPUS, OUT, REVISIONS, Context.MAX_BYTES);
    }

    @Override
    public String notes() {
        return """
                Exit codes: 0 imported and the result validates (warnings may have been printed), 1 the result does
                not validate (its JSON is printed all the same) or the text is not usable (not UTF-8, no paragraph);
                with --corpus, 1 when any result does not validate; 2 usage error or unreadable file; 3 internal error.
                """;
    }

    /** The options of one run. */
    private record Settings(TextImporter.Builder importer, boolean commitments, ThemeVocabulary themes, Limits limits,
            SourceReader reader) {
    }

    /**
     * What {@code --from} names: a text syntax, or the format of an installed {@link SourceReader}.
     *
     * @param syntax text or Markdown, or null
     * @param reader the reader of a file format ({@code pdf}, {@code docx}), or null
     */
    record From(Syntax syntax, SourceReader reader) {
        static From parse(String name) {
            Optional<Syntax> syntax = Syntax.fromName(name);
            if (syntax.isPresent()) {
                return new From(syntax.get(), null);
            }
            return SourceReaders.forFormat(name).map(r -> new From(null, r)).orElseThrow(() -> new UsageException(
                    "unknown format '" + name + "' for --from: use " + String.join(", ", formats())));
        }

        /** @return text, markdown and the formats of the installed readers */
        static List<String> formats() {
            List<String> names = new ArrayList<>(List.of("text", "markdown"));
            SourceReaders.installed().stream().map(SourceReader::format).sorted().forEach(names::add);
            return names;
        }
    }

    @Override
    public int run(Arguments args, Context context) {
        Limits limits = Context.limits(args);
        TextImporter.Builder importer = TextImporter.builder().provenance(!args.get(NO_SOURCE)).limits(limits);
        SourceReader reader = null;
        if (args.has(FROM)) {
            From from = args.get(FROM);
            if (from.syntax() != null) {
                importer.syntax(from.syntax());
            }
            reader = from.reader();
        }
        if (args.has(KIND)) {
            importer.kind(args.get(KIND));
        }
        if (args.has(PROFILE)) {
            try {
                importer.profile(args.get(PROFILE));
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        if (args.has(TITLE)) {
            importer.title(args.get(TITLE));
        }
        if (args.get(REVISIONS).equals("both")) {
            return RevisionsComparison.run(args, importer, limits, context);
        }
        importer.sourceOption(RevisionsComparison.OPTION, args.get(REVISIONS));
        if (args.has(LANGUAGE)) {
            importer.language(args.get(LANGUAGE));
        }
        Settings s = new Settings(importer, !args.get(NO_COMMITMENTS), args.get(THEMES), limits, reader);
        if (args.has(CORPUS) || args.has(OUT)) {
            if (!args.has(CORPUS) || !args.has(OUT)) {
                throw new UsageException("--corpus DIR and --out DIR go together");
            }
            if (!args.operands().isEmpty()) {
                throw new UsageException("import --corpus takes no FILE: it imports every text under DIR");
            }
            if (args.has(TITLE)) {
                throw new UsageException("--title names one document; it cannot be given with --corpus");
            }
            return corpus(s, args.get(CORPUS), args.get(OUT), context);
        }
        String name = args.operands(1, "import needs exactly one FILE (.txt, .md, .pdf), or - for standard input").get(0);
        return single(s, name, context);
    }

    /** The document as printed (commitments found), the import's findings, then the errors of its validation. */
    private record Outcome(Document document, List<Finding> findings) {
        List<Finding> errors() {
            return findings.stream().filter(Finding::isError).toList();
        }

        boolean valid() {
            return errors().isEmpty();
        }

        long warnings() {
            return findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
        }
    }

    /** Finds the commitments (unless told not to) and validates the result in memory. */
    private static Outcome check(ImportResult result, Settings s, DocumentValidator validator) {
        Document doc = result.document().orElseThrow();
        if (s.commitments()) {
            doc = CommitmentExtractor.builder().themes(s.themes()).build().extract(doc);
        }
        List<Finding> findings = new ArrayList<>(result.findings());
        validator.validate(doc).findings().stream().filter(Finding::isError).forEach(findings::add);
        return new Outcome(doc, findings);
    }

    private static int single(Settings s, String name, Context main) {
        TextImporter importer = s.importer().build();
        ImportResult result;
        if (s.reader() != null) {
            // --from pdf (or another reader's format): the file or standard input through that reader, whatever its name
            Optional<byte[]> bytes = main.readInput(name, s.limits());
            if (bytes.isEmpty()) {
                return ExitCode.USAGE;
            }
            String type = s.reader().mediaTypes().stream().sorted().findFirst().orElse(null);
            result = importer.importStream(new ByteArrayInputStream(bytes.get()), type);
        } else if (name.equals("-")) {
            Optional<byte[]> bytes = main.readInput(name, s.limits());
            if (bytes.isEmpty()) {
                return ExitCode.USAGE;
            }
            result = importer.importText(bytes.get());
        } else {
            // from the path, so that a file named .md is read as Markdown
            Path file = Path.of(name);
            if (Files.isDirectory(file)) {
                main.err.println("declaro: cannot read " + name + ": it is a directory (to import every text in it, use --corpus DIR --out DIR)");
                return ExitCode.USAGE;
            }
            try {
                result = importer.importText(file);
            } catch (UncheckedIOException e) {
                // an I/O failure only: any other exception is a bug, reported as an internal error
                main.err.println("declaro: cannot read " + name + ": "
                        + (e.getCause() instanceof NoSuchFileException ? "no such file" : e.getCause().getMessage()));
                return ExitCode.USAGE;
            }
        }
        Outcome outcome = check(result, s, DocumentValidator.builder().limits(s.limits()).build());
        for (Finding f : outcome.findings()) {
            main.err.println(Context.textLine(name, f));
        }
        main.out.print(CanonicalJsonWriter.standard().write(outcome.document()));
        if (outcome.valid()) {
            return ExitCode.OK;
        }
        main.err.println("declaro: the imported document does not validate: " + errorSummary(outcome.errors())
                + "; see the findings above");
        return ExitCode.INVALID;
    }

    /** "2 errors (paragraph.number.sequence x2)": the count and the rules, in the order first found. */
    static String errorSummary(List<Finding> errors) {
        Map<String, Integer> byRule = new LinkedHashMap<>();
        errors.forEach(f -> byRule.merge(f.rule().id(), 1, Integer::sum));
        String rules = byRule.entrySet().stream().map(e -> e.getValue() == 1 ? e.getKey() : e.getKey() + " x" + e.getValue())
                .collect(Collectors.joining(", "));
        return errors.size() + (errors.size() == 1 ? " error (" : " errors (") + rules + ")";
    }

    // ------------------------------------------------------------------ --corpus

    private static final List<String> TEXT_SUFFIXES = List.of(".txt", ".md", ".markdown");

    private static int corpus(Settings s, Path corpus, Path outDir, Context main) {
        if (!Files.isDirectory(corpus)) {
            main.err.println("declaro: cannot read " + corpus + ": not a directory");
            return ExitCode.USAGE;
        }
        List<String> names; // paths under the corpus, '/'-separated, sorted
        try (Stream<Path> walk = Files.walk(corpus)) {
            names = walk.filter(Files::isRegularFile).filter(ImportCommand::isText)
                    .map(p -> corpus.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/"))
                    .sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            main.err.println("declaro: cannot read " + corpus + ": " + e.getMessage());
            return ExitCode.USAGE;
        }
        if (names.isEmpty()) {
            main.err.println("declaro: no .txt, .md or .markdown file under " + corpus);
            return ExitCode.USAGE;
        }
        TextImporter importer = s.importer().build();
        DocumentValidator validator = DocumentValidator.builder().limits(s.limits()).build();
        CorpusSummary summary = new CorpusSummary();
        for (int k = 0; k < names.size(); k++) {
            String name = names.get(k);
            Path source = corpus.resolve(name);
            String progress = "[" + (k + 1) + "/" + names.size() + "] " + name + ": ";
            Outcome outcome;
            try {
                outcome = check(importer.importText(source), s, validator);
                write(outDir.resolve(name + ".json"), CanonicalJsonWriter.standard().write(outcome.document()));
                StringBuilder err = new StringBuilder();
                outcome.findings().forEach(f -> err.append(Context.textLine(source.toString(), f)).append('\n'));
                write(outDir.resolve(name + ".err"), err.toString());
            } catch (IOException | RuntimeException e) {
                main.err.println(progress + "not imported: " + e.getMessage());
                summary.unread.put(name, String.valueOf(e.getMessage()));
                continue;
            }
            int[] counts = counts(outcome.document());
            summary.add(name, outcome, counts);
            main.err.println(progress + counts[0] + " paragraphs" + (counts[1] > 0 ? ", " + counts[1] + " actions" : "") + ", "
                    + outcome.warnings() + (outcome.warnings() == 1 ? " warning, " : " warnings, ")
                    + (outcome.valid() ? "valid" : "INVALID: " + errorSummary(outcome.errors())));
        }
        summary.print(main);
        return !summary.unread.isEmpty() ? ExitCode.USAGE : summary.invalid.isEmpty() ? ExitCode.OK : ExitCode.INVALID;
    }

    private static boolean isText(Path p) {
        return isText(p.getFileName().toString());
    }

    /** @return whether a file of that name is a text to import: .txt, .md or .markdown, or a file an installed reader reads (.pdf) */
    static boolean isText(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return TEXT_SUFFIXES.stream().anyMatch(n::endsWith) || SourceReaders.installed().stream()
                .flatMap(r -> r.extensions().stream()).anyMatch(e -> n.endsWith("." + e));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** @return {paragraphs, actions}: body paragraphs of a declaration and its annexes, actions of a plan */
    private static int[] counts(Document doc) {
        int[] c = new int[2];
        if (doc instanceof ActionPlan p) {
            c[1] += p.actions().size();
        } else if (doc instanceof Declaration d) {
            c[0] += d.paragraphs().size();
            for (Document annex : d.annexes()) {
                int[] a = counts(annex);
                c[0] += a[0];
                c[1] += a[1];
            }
        }
        return c;
    }

    /** The totals of a --corpus run. */
    private static final class CorpusSummary {
        int documents;
        int paragraphs;
        int actions;
        /** rule id to counts by severity (error, warning, info) */
        final Map<String, int[]> findings = new TreeMap<>();
        final Map<String, String> invalid = new LinkedHashMap<>();
        final Map<String, String> unread = new LinkedHashMap<>();

        void add(String name, Outcome o, int[] counts) {
            documents++;
            paragraphs += counts[0];
            actions += counts[1];
            for (Finding f : o.findings()) {
                findings.computeIfAbsent(f.rule().id(), r -> new int[3])[f.severity().ordinal()]++;
            }
            if (!o.valid()) {
                invalid.put(name, errorSummary(o.errors()));
            }
        }

        void print(Context main) {
            var out = main.out;
            out.printf("%-28s %7d%n", "documents", documents);
            out.printf("%-28s %7d%n", "  valid", documents - invalid.size());
            out.printf("%-28s %7d%n", "  invalid", invalid.size());
            if (!unread.isEmpty()) {
                out.printf("%-28s %7d%n", "not read", unread.size());
            }
            out.printf("%-28s %7d%n", "paragraphs", paragraphs);
            if (actions > 0) {
                out.printf("%-28s %7d%n", "actions", actions);
            }
            out.println();
            out.printf("%-28s %7s %7s %7s%n", "findings by rule", "error", "warning", "info");
            if (findings.isEmpty()) {
                out.println("  none");
            }
            findings.forEach((rule, n) -> out.printf("  %-26s %7d %7d %7d%n", rule, n[0], n[1], n[2]));
            out.println();
            out.println("invalid results" + (invalid.isEmpty() ? ": none" : ""));
            invalid.forEach((name, why) -> out.println("  " + name + ": " + why));
            if (!unread.isEmpty()) {
                out.println();
                out.println("not read");
                unread.forEach((name, why) -> out.println("  " + name + ": " + why));
            }
        }
    }

    /**
     * Imports for other commands (commitments of a .txt or .md file), within the limits, as Markdown when the name
     * ends with .md or .markdown; prints the findings that are not INFO; empty if unusable.
     */
    static Optional<Document> imported(byte[] bytes, String name, Context main, Limits limits) {
        return imported(bytes, name, main, limits, Severity.WARNING);
    }

    /** As {@link #imported(byte[], String, Context, Limits)}, printing only findings at least as severe as {@code shown}. */
    static Optional<Document> imported(byte[] bytes, String name, Context main, Limits limits, Severity shown) {
        TextImporter.Builder importer = TextImporter.builder().limits(limits);
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".md") || n.endsWith(".markdown")) {
            importer.syntax(Syntax.MARKDOWN); // as declaro import reads a file so named
        }
        ImportResult result = importer.build().importText(bytes);
        for (Finding f : result.findings()) {
            if (f.severity().compareTo(shown) <= 0) {
                main.err.println(Context.textLine(name, f));
            }
        }
        return result.hasErrors() ? Optional.empty() : result.document();
    }
}
