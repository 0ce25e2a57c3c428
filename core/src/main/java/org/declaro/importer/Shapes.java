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
    /**
     * a sub-paragraph label: "(a) ", "(iv) ", "(2) ", "(A) " (groups 1, 2) or "a) ", "a. " as pandoc's lettered lists
     * (groups 3, 4)
     */
    static final Pattern LABEL = Pattern.compile("\\(([a-z]{1,2}|[ivxl]{1,6}|\\d{1,2}|[A-Z])\\)\\s*(.*)|([a-z]|[ivx]{1,5})[).]\\s+(.*)");
    /** a bullet and its text */
    static final Pattern BULLET = Pattern.compile("[-•▪◦·–—*●○■□➢►]\\s+(.*)");
    /** a document symbol: an upper-case series code, then two or more parts after slashes (series, session, number) */
    /** the text of {@link #SYMBOL} */
    private static final String SYMBOL_TEXT = "[A-Z][A-Z0-9]{0,9}(?:/[A-Za-z0-9.()\\-]+){2,}";
    /** a document symbol alone: "A/RES/<session>/<number>" */
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
    /** a heading labelled "B. Title"; group 1 the letter, group 2 the title */
    static final Pattern LETTER_HEADING = Pattern.compile("([A-Z])\\.\\s+(.+)");
    /** a heading labelled "3. Title"; group 1 the number, group 2 the title */
    static final Pattern NUMBER_HEADING = Pattern.compile("(\\d{1,2})\\.\\s+(.+)");
    /** a heading labelled "(2) Title"; group 1 the number, group 2 the title */
    static final Pattern PAREN_HEADING = Pattern.compile("\\((\\d{1,2})\\)\\s+(.+)");
    /** a Markdown heading "## Title"; group 1 the marks, group 2 the title */
    static final Pattern MARKDOWN_HEADING = Pattern.compile("(#{1,6})\\s+(.+)");
    /** the marks that open a Markdown heading, with the blanks after them: "## " */
    static final Pattern HEADING_MARKS = Pattern.compile("^#+\\s*");

    /**
     * a paragraph number, sub-paragraph label or heading label alone on its line, its text on the next ("1." / "(a)" /
     * "b)" / "(iv)" / "II." / "A.")
     */
    static final Pattern LONE_MARKER = Pattern.compile("\\d{1,3}\\.|\\((?:[a-z]{1,2}|[ivxl]{1,6})\\)|[a-z]\\)|[IVXL]{1,6}\\.|[A-Z]\\.");

    /** a row of a two-column Markdown table: "| Date | 7 June 1951 |"; group 1 the name, group 2 the value */
    static final Pattern TABLE_ROW = Pattern.compile("\\|([^|]*)\\|([^|]*)\\|\\s*");
    /** the rule under a table's head: "|---|---|" */
    static final Pattern TABLE_RULE = Pattern.compile("\\|\\s*:?-{3,}:?\\s*\\|\\s*:?-{3,}:?\\s*\\|\\s*");
    /** a language fact: "en", "en (original: fr)"; group 1 the tag, group 2 the original's */
    static final Pattern LANGUAGE_FACT = Pattern.compile("([A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)(?:\\s*\\(original:\\s*([A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)\\))?");

    /** a run of blanks, the gap between words */
    static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** a run of characters that are not letters, the gap between words of letters */
    static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
    /** a comma and the blanks after it, between the parts of a list: "Paris, France" */
    static final Pattern COMMA_LIST = Pattern.compile(",\\s+");
    /** a lower-case Roman numeral: "iv" */
    static final Pattern LOWER_ROMAN = Pattern.compile("[ivxl]+");

    /** the footnote markers printed after a text: "*", "**", "†", "‡" */
    private static final String FOOTNOTE_MARK = "\\*{1,4}|†{1,3}|‡{1,3}";
    /** a Markdown footnote's definition: "[^1]: Text"; group 1 the marker, group 2 the text */
    static final Pattern FOOTNOTE_MARKDOWN = Pattern.compile("\\[\\^([^\\]\\s]{1,12})\\]:\\s*(.*)");
    /** a footnote under a symbol marker: "* Text", "§ Text"; group 1 the marker, group 2 the text */
    static final Pattern FOOTNOTE_SYMBOL = Pattern.compile("(" + FOOTNOTE_MARK + "|§)\\s+(\\S.*)");
    /** a footnote under a number: "12 Text"; group 1 the number, group 2 the text */
    static final Pattern FOOTNOTE_NUMBERED = Pattern.compile("(\\d{1,3})\\s+(\\S.*)");
    /** a text with footnote markers after it: "Title*, **"; group 1 the text, group 2 the markers */
    static final Pattern TRAILING_MARKERS = Pattern.compile("(.*?\\S)\\s*((?:" + FOOTNOTE_MARK + ")(?:\\s*,\\s*(?:"
            + FOOTNOTE_MARK + "))*)");

    /** a separator line: "-----", "* * *"; also ends a page's text above its footnotes */
    static final Pattern SEPARATOR = Pattern.compile("[-—–_=*#~.·•]{2,}|[-—–_]\\s*[-—–_]+|\\*\\s\\*\\s\\*");
    /** a page number alone: "3/12", "- 3 -", "Page 3 of 12", "3" */
    static final Pattern PAGE_NUMBER = Pattern.compile(
            "\\d{1,4}\\s*/\\s*\\d{1,4}|[-–—]\\s*\\d{1,4}\\s*[-–—]|(?i:page\\s+\\d{1,4}(?:\\s+of\\s+\\d{1,4})?)|\\d{1,3}");
    /** a UN job number at a page's foot: "GE.24-12345 (E)", "24-12345" */
    static final Pattern JOB_NUMBER = Pattern.compile("(?:GE\\.|[A-Z]{1,3}\\s)?\\d{2}-\\d{5}(?:\\s*\\([A-Z]\\))?(?:\\s+\\S{1,20}){0,3}");
    /** a UN barcode ({@code *2412345*}) */
    static final Pattern BARCODE = Pattern.compile("\\*\\d{6,9}\\*");
    /** a line that opens with a number, label, bullet or "Article": no running header */
    static final Pattern LABELLED = Pattern.compile("(?:\\d{1,4}\\.|\\(?[a-z]{1,4}\\)|[-•▪◦*·–]|Article)\\s.*");
    /** what marks a header as the file's, not the document's: a copyright or a web address */
    static final Pattern PROVENANCE = Pattern.compile("(?iu).*(?:©|\\(c\\)\\s*\\d{4}|copyright|https?://|www\\.).*");

    /** a UN cover's original language: "Original: English"; group 1 the language */
    static final Pattern ORIGINAL = Pattern.compile("(?i)original:\\s*(\\p{L}+)\\.?");
    /** a UN cover's distribution: a symbol, "Distr.: General" and a date on one line; groups 1 and 2 the text around it */
    static final Pattern DISTR = Pattern.compile("(.*?)\\s*Distr\\.:\\s*\\p{L}+\\s*(.*)");
    /** "Item 12 of the provisional agenda"; group 1 the item, group 2 "provisional", group 3 the rest */
    static final Pattern AGENDA_OF = Pattern.compile(
            "(?i)(?:agenda\\s+)?item\\s+(\\S+(?:\\s\\(\\w{1,3}\\))?)\\s+of\\s+the\\s+(provisional\\s+)?agenda\\.?\\s*(.*)");
    /** "Provisional agenda item 12"; group 1 "provisional", group 2 the item, group 3 the rest */
    static final Pattern AGENDA = Pattern.compile(
            "(?i)(provisional\\s+)?agenda\\s+item\\s+(\\d+[a-z]?(?:\\s?\\(\\w{1,3}\\))?)\\.?\\s*(.*)");
    /** "Seventy-eighth session ..."; group 1 the session, group 2 the rest */
    static final Pattern SESSION = Pattern.compile("(\\p{L}+(?:-\\p{L}+)?\\s+(?:special\\s+)?session)\\b\\s*(.*)",
            Pattern.CASE_INSENSITIVE);
    /** a line naming a meeting: "Leaders' Summit", "General Assembly" */
    static final Pattern MEETING_WORD = Pattern.compile(
            "(?i).*\\b(meeting|session|summit|conference|assembly|forum|congress)\\b.*");
    /** a place in a dateline: "City, Country", "City, State" */
    static final Pattern PLACE = Pattern.compile(
            "\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|of|de|del|la|du))*(?:,\\s*\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*)*){1,2}");
    /** a colon at the end of a title, with the blanks before it */
    static final Pattern TRAILING_COLON = Pattern.compile("\\s*:$");

    /** a plan's period: "2024-2030"; groups 1 and 2 the years */
    static final Pattern PERIOD = Pattern.compile("((?:19|20)\\d{2})\\s*[-–—]\\s*((?:19|20)\\d{2})");
    /** the determiner that opens a plan's reference: "The ", "Our " */
    static final Pattern REFERENCE_DETERMINER = Pattern.compile("^(?:The|This|Our|That)\\s+");
    /** a first heading numbered "I.": "I. Introduction" */
    static final Pattern FIRST_ROMAN_HEADING = Pattern.compile("I\\.\\s+\\p{Lu}.{0,150}");

    /** a Markdown backslash escape: "\*" */
    static final Pattern ESCAPE = Pattern.compile("\\\\[\\\\`*_{}\\[\\]()#+\\-.!<>|\"'~^$=:;,?@&%/]");
    /** Markdown strong emphasis: "**text**", "__text__" */
    static final Pattern STRONG = Pattern.compile("(\\*\\*|__)\\S[^*_]{0,200}?\\S?\\1");
    /** an inline HTML tag that only dresses text: "<sup>", "</em>", "<br/>" */
    static final Pattern TAG = Pattern.compile(
            "</?(?i:sup|sub|u|em|strong|b|i|span|small|ins|del|mark|s|font|abbr|cite|q|a)(?:\\s[^<>]{0,200})?>|<(?i:br|wbr)\\s*/?>");
    /** a Markdown link or image: "[text](url "title")"; group 1 the text, group 2 the address */
    static final Pattern LINK = Pattern.compile("!?\\[([^\\]\\[^][^\\]\\[]{0,300})\\]\\(([^()\\s]{1,500})(?:\\s+\"[^\"]{0,200}\")?\\)");
    /** the number of a list item's marker at the end of a line's prefix: "1." in "   1.  " */
    static final Pattern LIST_NUMBER = Pattern.compile("\\d+(?=[.)][ \\t]*$)");
    /**
     * a tag, comment, declaration or processing instruction in an HTML block (which the Markdown parser found):
     * "&lt;div align=...&gt;", "&lt;/p&gt;", "&lt;!-- ... --&gt;" (also left open at the end)
     */
    static final Pattern HTML_MARKUP = Pattern.compile(
            "<!--[\\s\\S]*?(?:-->|\\z)|</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>|<![A-Za-z][^<>]*>|<\\?[\\s\\S]*?\\?>");
    /** an HTML entity: "&#38;", "&#x26;", "&amp;"; group 1 decimal, group 2 hexadecimal, group 3 the name */
    static final Pattern ENTITY = Pattern.compile("&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));");
    /** a punctuation mark that dangles at a value's end, with the blanks before it: " :" */
    static final Pattern DANGLING_PUNCTUATION = Pattern.compile("\\s*[:;,]$");


    /** a day of a date: "14", "1st", "1er"; group 1 the number */
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th|er)?";

    /**
     * A date in the given month names; groups: day-month-year (1,2,3), month-day-year (4,5,6), month-year (7,8),
     * ISO (9), a year 1800-2199 (10).
     */
    private static String date(String names, String links, String yearWords) {
        String link = links.isEmpty() ? "" : "(?:(?:" + links + ")\\s+)?"; // "14 de diciembre de 2030"
        String year = "(\\d{4})" + (yearWords.isEmpty() ? "" : "(?:\\s*(?:" + yearWords + "))?"); // "2030 года"
        return "(?:" + DAY + "(?:\\s*[-–]\\s*\\d{1,2})?\\s+" + link + "(" + names + ")\\s+" + link + year
                + "|(" + names + ")\\s+" + DAY + "(?:\\s*[-–]\\s*\\d{1,2})?,?\\s+" + year
                + "|(" + names + ")\\s+" + link + year
                + "|(\\d{4}-\\d{2}(?:-\\d{2})?)"
                + "|((?:1[89]|2[01])\\d{2}))";
    }

    /** @return a whole date in the month names {@code names} (an alternation), groups as {@link #date} */
    static Pattern wholeDate(String names, String links, String yearWords, int flags) {
        return Pattern.compile(date(names, links, yearWords), flags);
    }

    /** @return "Place, date" (place without digits), the words {@code dateWords} allowed before the date; group 1 the place */
    static Pattern placeDate(String names, String links, String yearWords, String dateWords, int flags) {
        return Pattern.compile("([^\\d]{2,120}?),?\\s+(?:(?:" + dateWords + ")\\s+)?" + date(names, links, yearWords)
                + "\\.?", flags);
    }

    /**
     * The characters that end a sentence: the Latin ones, and the full-width ones of Chinese and the Arabic question
     * mark ("。", "；", "：", "！", "？", "؟", "؛").
     */
    static final String SENTENCE_ENDS = ".;:!?。；：！？؟؛";
    /** The characters that end a clause: a sentence's, and the commas that end a preambular clause (",", "，", "،"). */
    static final String CLAUSE_ENDS = SENTENCE_ENDS + ",，、،";

    private Shapes() {
    }
}
