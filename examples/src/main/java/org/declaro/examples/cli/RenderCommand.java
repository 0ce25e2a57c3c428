package org.declaro.examples.cli;

import java.util.List;
import org.declaro.akn.AknWriter;
import org.declaro.model.Document;
import org.declaro.render.HtmlRenderer;
import org.declaro.render.MarkdownRenderer;
import org.declaro.render.TextRenderer;

/** {@code declaro render}: a document as Markdown, plain text, HTML or Akoma Ntoso. */
final class RenderCommand implements Command {
    static final Option<String> TO = Option.choice("--to", null, "markdown", "text", "html", "akn")
            .describedAs("the view to print (required)");

    @Override
    public String name() {
        return "render";
    }

    @Override
    public String summary() {
        return "print a document as Markdown, plain text, a self-contained HTML page or Akoma Ntoso";
    }

    @Override
    public String synopsis() {
        return "declaro render --to markdown|text|html|akn FILE.json | -";
    }

    @Override
    public String description() {
        return """
                Prints the document for people:
                  markdown   GitHub-flavoured Markdown: title block, metadata table, numbered paragraphs,
                             sub-paragraphs, footnotes as [^*], a table of commitments
                  text       plain text in the layout of the source documents (declaro import reads it back)
                  html       a self-contained page: commitments highlighted by modality, a legend, and a table
                             of commitments with links to their paragraphs
                  akn        Akoma Ntoso 3.0 XML (OASIS LegalDocML), valid against akomantoso30.xsd
                """;
    }

    @Override
    public List<Option<?>> options() {
        return List.of(TO, Context.MAX_BYTES);
    }

    @Override
    public String notes() {
        return "Exit codes: 0 printed, 1 the document cannot be read (findings on standard error), 2 usage error or unreadable file,\n3 internal error.";
    }

    @Override
    public int run(Arguments args, Context context) {
        String to = args.get(TO);
        if (to == null) {
            throw new UsageException("render needs --to markdown, text, html or akn");
        }
        String name = args.operands(1, "render needs exactly one FILE.json, or - for standard input").get(0);
        Context.Loaded loaded = context.readDocument(name, false, Context.limits(args));
        if (loaded.document().isEmpty()) {
            return loaded.exitCode();
        }
        Document doc = loaded.document().get();
        context.out.print(switch (to) {
            case "markdown" -> MarkdownRenderer.standard().render(doc);
            case "text" -> TextRenderer.standard().render(doc);
            case "akn" -> AknWriter.standard().write(doc);
            default -> HtmlRenderer.standard().render(doc);
        });
        return ExitCode.OK;
    }
}
