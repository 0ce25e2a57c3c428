package org.declaro.examples.cli;

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
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.declaro.commitments.CommitmentExtractor;
import org.declaro.commitments.ThemeVocabulary;
import org.declaro.importer.ImportResult;
import org.declaro.importer.Syntax;
import org.declaro.importer.TextImporter;
import org.declaro.json.CanonicalJsonWriter;
import org.declaro.model.ActionPlan;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.declaro.model.DocumentKind;
import org.declaro.report.Finding;
import org.declaro.report.Severity;
import org.declaro.validation.DocumentValidator;

/** {@code declaro import}: plain text or Markdown to canonical JSON, one file or a whole corpus. */
final class Import {
    private Import() {
    }

    static final String HELP = """
            Usage: declaro import [OPTIONS] FILE | -
                   declaro import [OPTIONS] --corpus DIR --out DIR

            Reads the text of a declaration or action plan (UTF-8 plain text as copied from a PDF or a web page,
            or Markdown) and prints it as canonical Declaro JSON on standard output, with the commitments found in
            its text. Findings about the text (lines it could not place, page furniture it left out, bad bytes)
            go to standard error as FILE:LINE:COLUMN: SEVERITY RULE POINTER: MESSAGE, followed by the errors that
            keep the result from validating (FILE: SEVERITY RULE POINTER: MESSAGE, pointers into the JSON) and a
            one-line summary.

            With --corpus, imports every .txt, .md and .markdown file under DIR, in sorted path order, one at a
            time; writes OUT/PATH.json and its findings to OUT/PATH.err (PATH: the file's path under DIR);
            prints a line a file on standard error and a summary on standard output: documents, paragraphs,
            findings by rule and severity, and the results that do not validate.

            Options:
              --from SYNTAX      text or markdown (default: markdown for a file named .md or .markdown,
                                 otherwise detected from the text)
              --kind KIND        declaration or action-plan (default: detected from the text)
              --profile NAME     the layout profile whose cue words are read: un-resolution, statement,
                                 action-plan, or auto (default: chosen on the text's evidence)
              --no-source        do not record the file's name, syntax and SHA-256 in "source"
              --no-commitments   do not look for commitments
              --title TITLE      the title, for a text that does not print one (not with --corpus)
              --language TAG     the BCP 47 tag of the text's language (default: en, or the Markdown front
                                 matter's language)
              --themes mine-action  tag commitments with the mine-action theme vocabulary
              --corpus DIR       import every text under DIR (needs --out)
              --out DIR          where --corpus writes its results (created if missing)
              --help             show this help

            Exit codes: 0 imported and the result validates (warnings may have been printed), 1 the result does
            not validate (its JSON is printed all the same) or the text is not usable (not UTF-8, no paragraph);
            with --corpus, 1 when any result does not validate; 2 usage error or unreadable file.
            """;

    /** The options of one run. */
    private static final class Settings {
        final TextImporter.Builder importer = TextImporter.builder().provenance(true);
        boolean commitments = true;
        ThemeVocabulary themes;
        boolean titleGiven;
        Path corpus;
        Path out;
        final List<String> files = new ArrayList<>();
    }

    static int run(List<String> args, Main main) {
        Settings s = new Settings();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--help", "-h" -> {
                    main.out.print(HELP);
                    return Main.OK;
                }
                case "--no-commitments" -> s.commitments = false;
                case "--no-source" -> s.importer.provenance(false);
                case "--kind", "--profile", "--title", "--language", "--themes", "--from", "--corpus", "--out" -> {
                    if (i + 1 >= args.size()) {
                        return main.usage(a + " needs a value");
                    }
                    String problem = option(s, a, args.get(++i));
                    if (problem != null) {
                        return main.usage(problem);
                    }
                }
                default -> {
                    if (a.startsWith("-") && !a.equals("-")) {
                        return main.usage("unknown option '" + a + "' for import");
                    }
                    s.files.add(a);
                }
            }
        }
        if (s.corpus != null || s.out != null) {
            if (s.corpus == null || s.out == null) {
                return main.usage("--corpus DIR and --out DIR go together");
            }
            if (!s.files.isEmpty()) {
                return main.usage("import --corpus takes no FILE: it imports every text under DIR");
            }
            if (s.titleGiven) {
                return main.usage("--title names one document; it cannot be given with --corpus");
            }
            return corpus(s, main);
        }
        if (s.files.size() != 1) {
            return main.usage("import needs exactly one FILE (.txt, .md), or - for standard input");
        }
        return single(s, s.files.get(0), main);
    }

    /** Applies an option with a value; @return null, or what is wrong with the value */
    private static String option(Settings s, String option, String v) {
        switch (option) {
            case "--kind" -> {
                if (v.equals("declaration")) {
                    s.importer.kind(DocumentKind.DECLARATION);
                } else if (v.equals("action-plan") || v.equals("actionPlan")) {
                    s.importer.kind(DocumentKind.ACTION_PLAN);
                } else {
                    return "unknown kind '" + v + "': use declaration or action-plan";
                }
            }
            case "--profile" -> {
                try {
                    s.importer.profile(v);
                } catch (IllegalArgumentException e) {
                    return e.getMessage();
                }
            }
            case "--from" -> {
                Syntax syntax = Syntax.fromName(v).orElse(null);
                if (syntax == null) {
                    return "unknown syntax '" + v + "' for --from: use text or markdown";
                }
                s.importer.syntax(syntax);
            }
            case "--title" -> {
                s.importer.title(v);
                s.titleGiven = true;
            }
            case "--language" -> s.importer.language(v);
            case "--corpus" -> s.corpus = Path.of(v);
            case "--out" -> s.out = Path.of(v);
            default -> {
                if (!v.equals("mine-action")) {
                    return "unknown theme vocabulary '" + v + "': the one shipped is mine-action";
                }
                s.themes = ThemeVocabulary.mineAction();
            }
        }
        return null;
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
        Document doc = result.document();
        if (s.commitments) {
            doc = (s.themes == null ? CommitmentExtractor.standard() : CommitmentExtractor.withThemes(s.themes)).extract(doc);
        }
        List<Finding> findings = new ArrayList<>(result.findings());
        validator.validate(doc).findings().stream().filter(Finding::isError).forEach(findings::add);
        return new Outcome(doc, findings);
    }

    private static int single(Settings s, String name, Main main) {
        TextImporter importer = s.importer.build();
        ImportResult result;
        if (name.equals("-")) {
            byte[] bytes = main.readInput(name);
            if (bytes == null) {
                return Main.USAGE;
            }
            result = importer.importText(bytes);
        } else {
            // from the path, so that a file named .md is read as Markdown
            Path file = Path.of(name);
            if (Files.isDirectory(file)) {
                main.err.println("declaro: cannot read " + name + ": it is a directory (to import every text in it, use --corpus DIR --out DIR)");
                return Main.USAGE;
            }
            try {
                result = importer.importText(file);
            } catch (UncheckedIOException e) {
                main.err.println("declaro: cannot read " + name + ": "
                        + (e.getCause() instanceof NoSuchFileException ? "no such file" : e.getCause().getMessage()));
                return Main.USAGE;
            } catch (RuntimeException e) {
                main.err.println("declaro: cannot read " + name + ": " + e.getMessage());
                return Main.USAGE;
            }
        }
        Outcome outcome = check(result, s, DocumentValidator.standard());
        for (Finding f : outcome.findings()) {
            main.err.println(Main.textLine(name, f));
        }
        main.out.print(CanonicalJsonWriter.get().writeString(outcome.document()));
        if (outcome.valid()) {
            return Main.OK;
        }
        main.err.println("declaro: the imported document does not validate: " + errorSummary(outcome.errors())
                + "; see the findings above");
        return Main.INVALID;
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

    private static int corpus(Settings s, Main main) {
        if (!Files.isDirectory(s.corpus)) {
            main.err.println("declaro: cannot read " + s.corpus + ": not a directory");
            return Main.USAGE;
        }
        List<String> names; // paths under the corpus, '/'-separated, sorted
        try (Stream<Path> walk = Files.walk(s.corpus)) {
            names = walk.filter(Files::isRegularFile).filter(Import::isText)
                    .map(p -> s.corpus.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/"))
                    .sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            main.err.println("declaro: cannot read " + s.corpus + ": " + e.getMessage());
            return Main.USAGE;
        }
        if (names.isEmpty()) {
            main.err.println("declaro: no .txt, .md or .markdown file under " + s.corpus);
            return Main.USAGE;
        }
        TextImporter importer = s.importer.build();
        DocumentValidator validator = DocumentValidator.standard();
        CorpusSummary summary = new CorpusSummary();
        for (int k = 0; k < names.size(); k++) {
            String name = names.get(k);
            Path source = s.corpus.resolve(name);
            String progress = "[" + (k + 1) + "/" + names.size() + "] " + name + ": ";
            Outcome outcome;
            try {
                outcome = check(importer.importText(source), s, validator);
                write(s.out.resolve(name + ".json"), CanonicalJsonWriter.get().writeString(outcome.document()));
                StringBuilder err = new StringBuilder();
                outcome.findings().forEach(f -> err.append(Main.textLine(source.toString(), f)).append('\n'));
                write(s.out.resolve(name + ".err"), err.toString());
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
        return !summary.unread.isEmpty() ? Main.USAGE : summary.invalid.isEmpty() ? Main.OK : Main.INVALID;
    }

    private static boolean isText(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return TEXT_SUFFIXES.stream().anyMatch(n::endsWith);
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

        void print(Main main) {
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

    /** Imports for other commands (commitments of a .txt file); prints the findings; null if unusable. */
    static Document imported(byte[] bytes, String name, Main main) {
        ImportResult result = TextImporter.standard().importText(bytes);
        for (Finding f : result.findings()) {
            if (f.severity() != org.declaro.report.Severity.INFO) {
                main.err.println(Main.textLine(name, f));
            }
        }
        return result.hasErrors() ? null : result.document();
    }
}
