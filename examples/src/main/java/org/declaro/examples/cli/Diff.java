package org.declaro.examples.cli;

import java.util.ArrayList;
import java.util.List;
import org.declaro.commitments.CommitmentExtractor;
import org.declaro.diff.Comparison;
import org.declaro.diff.DiffReport;
import org.declaro.diff.DocumentDiff;
import org.declaro.model.Declaration;
import org.declaro.model.Document;

/** {@code declaro diff}: what changed between two versions of a declaration. */
final class Diff {
    private Diff() {
    }

    static final String HELP = """
            Usage: declaro diff [--to text|markdown|html|json] OLD NEW

            Compares two versions of a declaration (JSON, or plain text that is imported first): paragraphs
            aligned even when renumbered, inserted, deleted or moved; word-level changes; and commitment
            changes: added, removed, modality weakened or strengthened, actor or deadline changed. A version
            without annotated commitments has them found in its text.

            Options:
              --to text       summary, commitment changes, changed paragraphs with [-deleted-] {+inserted+} (default)
              --to markdown   the same in GitHub-flavoured Markdown
              --to html       a self-contained page
              --to json       for programs
            Exit codes: 0 compared (whether or not they differ), 1 a version cannot be read, 2 usage error.
            """;

    static int run(List<String> args, Main main) {
        String to = "text";
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--help", "-h" -> {
                    main.out.print(HELP);
                    return Main.OK;
                }
                case "--to" -> {
                    if (i + 1 >= args.size()) {
                        return main.usage("--to needs a value: text, markdown, html or json");
                    }
                    to = args.get(++i);
                }
                default -> {
                    if (a.startsWith("-") && !a.equals("-")) {
                        return main.usage("unknown option '" + a + "' for diff");
                    }
                    files.add(a);
                }
            }
        }
        if (!List.of("text", "markdown", "html", "json").contains(to)) {
            return main.usage("unknown format '" + to + "': use text, markdown, html or json");
        }
        if (files.size() != 2) {
            return main.usage("diff needs two files: OLD NEW");
        }
        Declaration[] versions = new Declaration[2];
        for (int k = 0; k < 2; k++) {
            String name = files.get(k);
            Main.Loaded loaded = main.readDocument(name, true);
            if (loaded.document() == null) {
                return loaded.exitCode();
            }
            Document doc = loaded.document();
            if (!(doc instanceof Declaration d)) {
                main.err.println("declaro: " + name + " is an action plan; diff compares declarations");
                return Main.INVALID;
            }
            boolean annotated = d.paragraphs().stream().anyMatch(p -> !p.commitments().isEmpty())
                    || d.preamble().stream().anyMatch(p -> !p.commitments().isEmpty());
            versions[k] = annotated ? d : (Declaration) CommitmentExtractor.standard().extract(d);
        }
        Comparison c = DocumentDiff.compare(versions[0], versions[1]);
        main.out.print(switch (to) {
            case "markdown" -> DiffReport.markdown(c);
            case "html" -> DiffReport.html(c);
            case "json" -> DiffReport.json(c);
            default -> DiffReport.text(c);
        });
        return Main.OK;
    }
}
