package org.declaro.examples.cli;

import java.util.ArrayList;
import java.util.List;
import org.declaro.commitments.CommitmentExtractor;
import org.declaro.commitments.ThemeVocabulary;
import org.declaro.importer.ImportResult;
import org.declaro.importer.TextImporter;
import org.declaro.json.CanonicalJsonWriter;
import org.declaro.model.Document;
import org.declaro.model.DocumentKind;
import org.declaro.report.Finding;

/** {@code declaro import}: plain text to canonical JSON. */
final class Import {
    private Import() {
    }

    static final String HELP = """
            Usage: declaro import [--kind declaration|action-plan] [--no-commitments] [--title TITLE]
                                  [--language TAG] [--themes mine-action] FILE.txt | -

            Reads the plain text of a declaration or action plan (UTF-8, as copied from a PDF or a web page)
            and prints it as canonical Declaro JSON on standard output, with the commitments found in its text.
            Findings about the text (lines it could not place, page furniture it left out, bad bytes) go to
            standard error as FILE:LINE:COLUMN: SEVERITY RULE POINTER: MESSAGE.

            Options:
              --kind KIND        declaration or action-plan (default: detected from the text)
              --no-commitments   do not look for commitments
              --title TITLE      the title, for texts that do not print one
              --language TAG     the BCP 47 tag of the text's language (default: en)
              --themes mine-action  tag commitments with the mine-action theme vocabulary
              --help             show this help

            Exit codes: 0 imported (warnings may have been printed), 1 the text is not usable (not UTF-8,
            no paragraph), 2 usage error or unreadable file.
            """;

    static int run(List<String> args, Main main) {
        TextImporter.Builder importer = TextImporter.builder();
        boolean commitments = true;
        ThemeVocabulary themes = null;
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--help", "-h" -> {
                    main.out.print(HELP);
                    return Main.OK;
                }
                case "--no-commitments" -> commitments = false;
                case "--kind", "--title", "--language", "--themes" -> {
                    if (i + 1 >= args.size()) {
                        return main.usage(a + " needs a value");
                    }
                    String v = args.get(++i);
                    switch (a) {
                        case "--kind" -> {
                            if (v.equals("declaration")) {
                                importer.kind(DocumentKind.DECLARATION);
                            } else if (v.equals("action-plan") || v.equals("actionPlan")) {
                                importer.kind(DocumentKind.ACTION_PLAN);
                            } else {
                                return main.usage("unknown kind '" + v + "': use declaration or action-plan");
                            }
                        }
                        case "--title" -> importer.title(v);
                        case "--language" -> importer.language(v);
                        default -> {
                            if (!v.equals("mine-action")) {
                                return main.usage("unknown theme vocabulary '" + v + "': the one shipped is mine-action");
                            }
                            themes = ThemeVocabulary.mineAction();
                        }
                    }
                }
                default -> {
                    if (a.startsWith("-") && !a.equals("-")) {
                        return main.usage("unknown option '" + a + "' for import");
                    }
                    files.add(a);
                }
            }
        }
        if (files.size() != 1) {
            return main.usage("import needs exactly one FILE.txt, or - for standard input");
        }
        String name = files.get(0);
        byte[] bytes = main.readInput(name);
        if (bytes == null) {
            return Main.USAGE;
        }
        ImportResult result = importer.build().importText(bytes);
        Document doc = result.document();
        if (commitments) {
            doc = (themes == null ? CommitmentExtractor.standard() : CommitmentExtractor.withThemes(themes)).extract(doc);
        }
        for (Finding f : result.findings()) {
            main.err.println(Main.textLine(name, f));
        }
        main.out.print(CanonicalJsonWriter.get().writeString(doc));
        return result.hasErrors() ? Main.INVALID : Main.OK;
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
