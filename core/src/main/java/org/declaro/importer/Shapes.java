package org.declaro.importer;

import java.util.regex.Pattern;

/**
 * The shapes of lines, the same in every language and house style: paragraph numbers, sub-paragraph labels,
 * bullets, labelled headings, document symbols. Each is written once, here; the words that mark a layout
 * are a {@link LayoutProfile}'s.
 */
final class Shapes {

    /** a paragraph number and its text: "12. We will"; group 1 the number, group 2 the text (may be absent) */
    static final Pattern NUMBERED = Pattern.compile("(\\d{1,6})\\.(?:\\s+(.*))?");
    /** a paragraph number misprinted: "11, We are" or "24.We welcome"; group 1 the number, group 2 the text */
    static final Pattern LOOSE_NUMBER = Pattern.compile("(\\d{1,3})(?:,\\s+|\\.(?=[\\p{Lu}“\"]))(\\p{Lu}.*|[“\"].*)");
    /** a sub-paragraph label: "(a) ", "(iv) ", "(2) " (groups 1, 2) or "a) ", "a. " as pandoc's lettered lists (groups 3, 4) */
    static final Pattern LABEL = Pattern.compile("\\(([a-z]{1,2}|[ivxl]{1,6}|\\d{1,2})\\)\\s*(.*)|([a-z]|[ivx]{1,5})[).]\\s+(.*)");
    /** a bullet and its text */
    static final Pattern BULLET = Pattern.compile("[-•▪◦·–—*●○■□➢►]\\s+(.*)");
    /** a document symbol: an upper-case series code, then two or more parts after slashes (series, session, number) */
    private static final String SYMBOL_TEXT = "[A-Z][A-Z0-9]{0,9}(?:/[A-Za-z0-9.()\\-]+){2,}";
    static final Pattern SYMBOL = Pattern.compile(SYMBOL_TEXT);
    /** a line with the symbol at its right margin, after a run of text (an issuer's name); group 2 the symbol */
    static final Pattern TRAILING_SYMBOL = Pattern.compile("(\\S.{0,80}?)\\s+(" + SYMBOL_TEXT + ")");
    /** a running header: the symbol with the page number, either way round */
    static final Pattern SYMBOL_AND_PAGE = Pattern.compile("(?:" + SYMBOL_TEXT + "\\s+\\d{1,4}\\s*/\\s*\\d{1,4}"
            + "|\\d{1,4}\\s*/\\s*\\d{1,4}\\s+" + SYMBOL_TEXT + ")");
    /** a resolution's number and title: "12/34. Title ..."; group 1 the number, group 2 the title */
    static final Pattern RESOLUTION_TITLE = Pattern.compile("(\\d{1,3}/\\d{1,4})\\.\\s+(\\S.*)");
    /** headings labelled "IV. Title", "B. Title", "3. Title", "(2) Title", "## Title": group 1 the label, group 2 the title */
    static final Pattern ROMAN_HEADING = Pattern.compile("([IVXLC]{1,6})\\.\\s+(.+)");
    static final Pattern LETTER_HEADING = Pattern.compile("([A-Z])\\.\\s+(.+)");
    static final Pattern NUMBER_HEADING = Pattern.compile("(\\d{1,2})\\.\\s+(.+)");
    static final Pattern PAREN_HEADING = Pattern.compile("\\((\\d{1,2})\\)\\s+(.+)");
    static final Pattern MARKDOWN_HEADING = Pattern.compile("(#{1,6})\\s+(.+)");

    /** a paragraph number or sub-paragraph label alone on its line, its text on the next ("1." / "(a)" / "b)" / "(iv)") */
    static final Pattern LONE_MARKER = Pattern.compile("\\d{1,3}\\.|\\((?:[a-z]{1,2}|[ivxl]{1,6})\\)|[a-z]\\)");

    /** a row of a two-column Markdown table: "| Date | 7 June 1951 |"; group 1 the name, group 2 the value */
    static final Pattern TABLE_ROW = Pattern.compile("\\|([^|]*)\\|([^|]*)\\|\\s*");
    /** the rule under a table's head: "|---|---|" */
    static final Pattern TABLE_RULE = Pattern.compile("\\|\\s*:?-{3,}:?\\s*\\|\\s*:?-{3,}:?\\s*\\|\\s*");
    /** a language fact: "en", "en (original: fr)"; group 1 the tag, group 2 the original's */
    static final Pattern LANGUAGE_FACT = Pattern.compile("([A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)(?:\\s*\\(original:\\s*([A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)\\))?");

    private Shapes() {
    }
}
