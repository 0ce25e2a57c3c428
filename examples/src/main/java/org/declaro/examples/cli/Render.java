package org.declaro.examples.cli;

import java.util.ArrayList;
import java.util.List;
import org.declaro.akn.AknWriter;
import org.declaro.model.Document;
import org.declaro.render.HtmlRenderer;
import org.declaro.render.MarkdownRenderer;
import org.declaro.render.TextRenderer;

/** {@code declaro render}: a document as Markdown, plain text or HTML. */
final class Render {
    private Render() {
    }

    static final String HELP = """
            Usage: declaro render --to markdown|text|html|akn FILE.json | -

            Prints the document for people:
              markdown   GitHub-flavoured Markdown: title block, metadata table, numbered paragraphs,
                         sub-paragraphs, footnotes as [^*], a table of commitments
              text       plain text in the layout of the source documents (declaro import reads it back)
              html       a self-contained page: commitments highlighted by modality, a legend, and a table
                         of commitments with links to their paragraphs
              akn        Akoma Ntoso 3.0 XML (OASIS LegalDocML), valid against akomantoso30.xsd

            Exit codes: 0 printed, 1 the document cannot be read (findings on standard error), 2 usage error.
            """;

    static int run(List<String> args, Main main) {
        String to = null;
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
                        return main.usage("--to needs a value: markdown, text, html or akn");
                    }
                    to = args.get(++i);
                }
                default -> {
                    if (a.startsWith("-") && !a.equals("-")) {
                        return main.usage("unknown option '" + a + "' for render");
                    }
                    files.add(a);
                }
            }
        }
        if (to == null || !List.of("markdown", "text", "html", "akn").contains(to)) {
            return main.usage("render needs --to markdown, text, html or akn");
        }
        if (files.size() != 1) {
            return main.usage("render needs exactly one FILE.json, or - for standard input");
        }
        Main.Loaded loaded = main.readDocument(files.get(0), false);
        if (loaded.document() == null) {
            return loaded.exitCode();
        }
        Document doc = loaded.document();
        main.out.print(switch (to) {
            case "markdown" -> MarkdownRenderer.get().render(doc);
            case "text" -> TextRenderer.get().render(doc);
            case "akn" -> AknWriter.get().write(doc);
            default -> HtmlRenderer.get().render(doc);
        });
        return Main.OK;
    }
}
