package org.declaro.importer;

import java.util.Locale;
import java.util.Optional;

/**
 * The syntax of an input text. The importer detects it unless it is given
 * ({@link TextImporter.Builder#syntax(Syntax)}, {@code declaro import --from}).
 */
public enum Syntax {
    /** Plain text, as copied out of a PDF or a web page. */
    TEXT("text"),
    /**
     * Markdown, GFM or pandoc: YAML front matter, {@code #} headings, {@code -}/{@code *} bullets,
     * {@code *emphasis*}, {@code [^n]} footnotes, backslash escapes, {@code <sup>}, {@code <!-- -->} comments.
     * Markup is taken off before the layout is read; front matter that names the title, symbol, date or
     * language fills those fields where the text itself does not show them.
     */
    MARKDOWN("markdown");

    private final String name;

    Syntax(String name) {
        this.name = name;
    }

    /** @return the name used on the command line: {@code text} or {@code markdown} */
    public String cliName() {
        return name;
    }

    /**
     * @param name {@code text}, {@code txt}, {@code markdown} or {@code md}, in any case
     * @return the syntax, or empty for another name
     */
    public static Optional<Syntax> fromName(String name) {
        return switch (name == null ? "" : name.toLowerCase(Locale.ROOT)) {
            case "text", "txt", "plain" -> Optional.of(TEXT);
            case "markdown", "md" -> Optional.of(MARKDOWN);
            default -> Optional.empty();
        };
    }

    @Override
    public String toString() {
        return name;
    }
}
