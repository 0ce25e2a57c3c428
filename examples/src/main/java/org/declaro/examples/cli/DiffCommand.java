package org.declaro.examples.cli;

import java.util.List;
import org.declaro.diff.Comparison;
import org.declaro.diff.DiffReport;
import org.declaro.diff.DocumentDiff;
import org.declaro.model.Declaration;
import org.declaro.model.Document;

/** {@code declaro diff}: what changed between two versions of a declaration. */
final class DiffCommand implements Command {
    static final Option<String> TO = Option.choice("--to", "text", "text", "markdown", "html", "json").describedAs("""
            text: summary, commitment changes, changed paragraphs with [-deleted-] {+inserted+} (default)
            markdown: the same in GitHub-flavoured Markdown
            html: a self-contained page
            json: for programs""");

    @Override
    public String name() {
        return "diff";
    }

    @Override
    public String summary() {
        return "compare two versions of a declaration: paragraphs, words, commitments";
    }

    @Override
    public String synopsis() {
        return "declaro diff [--to text|markdown|html|json] OLD NEW";
    }

    @Override
    public String description() {
        return """
                Compares two versions of a declaration (JSON, or plain text that is imported first): paragraphs
                aligned even when renumbered, inserted, deleted or moved; word-level changes; and commitment
                changes: added, removed, modality weakened or strengthened, actor or deadline changed. A version
                without annotated commitments has them found in its text.
                """;
    }

    @Override
    public List<Option<?>> options() {
        return List.of(TO, Context.MAX_BYTES);
    }

    @Override
    public String notes() {
        return "Exit codes: 0 compared (whether or not they differ), 1 a version cannot be read, 2 usage error or unreadable file,\n3 internal error.";
    }

    @Override
    public int run(Arguments args, Context context) {
        List<String> files = args.operands(2, "diff needs two files: OLD NEW");
        Declaration[] versions = new Declaration[2];
        for (int k = 0; k < 2; k++) {
            String name = files.get(k);
            Context.Loaded loaded = context.readDocument(name, true, Context.limits(args));
            if (loaded.document().isEmpty()) {
                return loaded.exitCode();
            }
            Document doc = loaded.document().get();
            if (!(doc instanceof Declaration d)) {
                context.err.println("declaro: " + name + " is an action plan; diff compares declarations");
                return ExitCode.INVALID;
            }
            versions[k] = d; // a version without annotated commitments has them found by DocumentDiff.standard()
        }
        Comparison c = DocumentDiff.standard().compare(versions[0], versions[1]);
        context.out.print(switch (args.get(TO)) {
            case "markdown" -> DiffReport.markdown(c);
            case "html" -> DiffReport.html(c);
            case "json" -> DiffReport.json(c);
            default -> DiffReport.text(c);
        });
        return ExitCode.OK;
    }
}
