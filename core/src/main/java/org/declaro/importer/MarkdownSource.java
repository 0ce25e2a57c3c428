package org.declaro.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import org.declaro.model.PartialDate;
import org.declaro.report.Finding;
import org.declaro.report.Rule;
import org.declaro.report.Severity;

/**
 * The source stage for Markdown (GFM and pandoc): takes the markup off, line for line, so that the layout
 * stages read the same plain lines a text copy of the page would give, with the same line numbers.
 * <ul>
 *   <li>YAML front matter becomes blank lines; {@code title}, {@code symbol}, {@code date} and
 *       {@code language} are kept as {@link Metadata}, and every other entry is named in an info finding;</li>
 *   <li>emphasis ({@code *a*}, {@code **a**}, {@code _a_}, also across lines), inline HTML ({@code <sup>},
 *       {@code <u>}, ...), entities, backslash escapes and hard line breaks are taken off;</li>
 *   <li>links keep their text (the target is named in an info finding); block quotes lose their {@code >};</li>
 *   <li>{@code <!-- -->} comments become blank lines;</li>
 *   <li>what the layout stages read themselves stays: {@code #} headings, {@code -}/{@code *} bullets,
 *       {@code 1.} numbers, {@code [^n]} footnotes and their definitions, {@code -----} rules.</li>
 * </ul>
 */
final class MarkdownSource {

    /** What the front matter said, each null when it did not say it. */
    record Metadata(String title, String symbol, PartialDate date, String language) {
        static final Metadata NONE = new Metadata(null, null, null, null);
    }

    /** The text without markup, with as many lines as the input, and the front matter's metadata. */
    /**
     * @param emphasised the lines of blocks set entirely in italics
     */
    record Converted(String text, Metadata metadata, java.util.BitSet emphasised) {
    }

    private static final Map<String, String> ENTITIES = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", "\u00A0", "ndash", "–", "mdash", "—", "hellip", "…", "shy", "\u00AD");

    private MarkdownSource() {
    }

    /**
     * Whether a text looks like Markdown: it opens with YAML front matter, or shows at least two kinds of
     * markup (headings, strong emphasis, escapes, inline HTML, links, comments) that plain text does not.
     */
    static boolean looksLikeMarkdown(CharSequence text) {
        // the evidence is in the head: a writer's markup shows on its first pages
        int n = Math.min(text.length(), 64 * 1024);
        String head = text.subSequence(0, n).toString();
        List<String> lines = head.lines().toList();
        if (YamlHeader.end(lines) > 0) {
            return true;
        }
        boolean atx = false;
        boolean strong = false;
        boolean escape = false;
        boolean html = false;
        boolean link = false;
        boolean table = false;
        boolean emphasis = false;
        for (String l : lines) {
            String t = l.stripLeading();
            if (kinds(atx, strong, escape, html, link, table, emphasis) >= 2) {
                return true;
            }
            table |= t.startsWith("|") && Shapes.TABLE_RULE.matcher(t).matches();
            emphasis |= t.length() > 2 && t.charAt(0) == '*' && t.charAt(1) != '*' && t.charAt(1) != ' ' && t.endsWith("*")
                    && !t.endsWith("**");
            atx |= t.startsWith("#") && Shapes.MARKDOWN_HEADING.matcher(t).matches() && !t.startsWith("##########");
            strong |= t.contains("**") && Shapes.STRONG.matcher(t).find();
            escape |= t.indexOf('\\') >= 0 && Shapes.ESCAPE.matcher(t).find();
            html |= t.indexOf('<') >= 0 && (Shapes.TAG.matcher(t).find() || t.contains("<!--"));
            link |= t.indexOf("](") >= 0 && Shapes.LINK.matcher(t).find();
        }
        return kinds(atx, strong, escape, html, link, table, emphasis) >= 2;
    }

    private static int kinds(boolean... signs) {
        int kinds = 0;
        for (boolean b : signs) {
            kinds += b ? 1 : 0;
        }
        return kinds;
    }

    /** Takes the markup off; findings name what was left out. */
    static Converted convert(CharSequence input, List<Finding> findings) {
        String text = input.toString();
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        List<String> lines = lines(text);
        Metadata meta = Metadata.NONE;
        int fm = YamlHeader.end(lines);
        if (fm > 0) {
            meta = frontMatter(lines, fm, findings);
            for (int i = 0; i <= fm; i++) {
                lines.set(i, "");
            }
        }
        Inline inline = new Inline(findings);
        boolean comment = false;
        for (int i = fm + 1; i < lines.size(); i++) {
            String l = lines.get(i);
            if (comment || l.contains("<!--")) {
                int open = comment ? 0 : l.indexOf("<!--");
                int close = l.indexOf("-->", open);
                String inside = l.substring(open, close < 0 ? l.length() : close + 3);
                String left = l.substring(0, comment ? 0 : open) + (close < 0 ? "" : l.substring(close + 3));
                if (Shapes.COMMENT_MARKS.matcher(inside).replaceAll("").chars().anyMatch(Character::isLetter)) {
                    findings.add(new Finding(Rule.IMPORT_UNPLACED, Severity.INFO, "", i + 1, 1, "Line " + (i + 1)
                            + " holds a Markdown comment, left out of the model: \"" + quote(inside) + "\"."));
                }
                comment = close < 0;
                l = left;
            }
            lines.set(i, inline.line(l, i));
        }
        // emphasis pairs within a block (lines between blank lines), as CommonMark's do: what pairs goes
        java.util.BitSet emphasised = new java.util.BitSet();
        int block = fm + 1;
        for (int i = fm + 1; i <= lines.size(); i++) {
            if (i == lines.size() || lines.get(i).isBlank()) {
                if (i > block) {
                    if (wholeBlockEmphasised(lines.get(block), lines.get(i - 1))) {
                        emphasised.set(block, i); // "*More than 30 countries ... joined.*": a note set apart in italics
                    }
                    List<String> stripped = Emphasis.strip(lines.subList(block, i));
                    for (int k = 0; k < stripped.size(); k++) {
                        lines.set(block + k, stripped.get(k));
                    }
                }
                block = i + 1;
            }
        }
        return new Converted(String.join("\n", lines), meta, emphasised);
    }

    /** Whether a block opens and closes with one emphasis mark (italics, not bold): "*..." to "...*". */
    private static boolean wholeBlockEmphasised(String first, String last) {
        String f = first.strip();
        String l = last.strip();
        if (f.length() < 2 || l.isEmpty()) {
            return false;
        }
        char m = f.charAt(0);
        return (m == '*' || m == '_') && f.charAt(1) != m && !Character.isWhitespace(f.charAt(1))
                && l.charAt(l.length() - 1) == m && (l.length() < 2 || l.charAt(l.length() - 2) != m);
    }

    /** The lines of a text, split at CRLF, CR or LF, without a regular expression (this runs on every byte). */
    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out;
    }

    private static Metadata frontMatter(List<String> lines, int end, List<Finding> findings) {
        List<YamlHeader.Entry> entries = YamlHeader.entries(lines, end);
        Map<String, String> map = YamlHeader.map(entries);
        String title = clean(map.get("title"));
        String symbol = clean(map.get("symbol"));
        PartialDate date = null;
        String d = clean(map.get("date"));
        if (d != null) {
            date = PartialDate.tryParse(d.length() > 10 && d.charAt(10) == 'T' ? d.substring(0, 10) : d)
                    .or(() -> d.length() >= 10 ? PartialDate.tryParse(d.substring(0, 10)) : java.util.Optional.empty())
                    .orElse(null);
        }
        String language = clean(map.getOrDefault("language", map.get("lang")));
        if (language != null) {
            language = language.length() <= 3 && language.chars().allMatch(Character::isLetter)
                    ? language.toLowerCase(Locale.ROOT) : null;
        }
        for (YamlHeader.Entry e : entries) {
            String key = e.key().toLowerCase(Locale.ROOT);
            String used = switch (key) {
                case "title" -> title != null ? "the title" : null;
                case "symbol" -> symbol != null ? "the symbol" : null;
                case "date" -> date != null ? "the date" : null;
                case "language", "lang" -> language != null ? "the language" : null;
                default -> null;
            };
            String what = used != null ? "front matter giving " + used + " (used where the text shows none)"
                    : "front matter the format has no field for";
            String raw = String.join(" ", lines.subList(e.first(), e.last() + 1).stream().map(String::strip).toList());
            findings.add(new Finding(Rule.IMPORT_UNPLACED, Severity.INFO, "", e.first() + 1, 1, "Line " + (e.first() + 1)
                    + " was read as " + what + " and left out of the model: \"" + quote(raw) + "\"."));
        }
        return new Metadata(title, symbol, date, language);
    }

    /** A front-matter value as a field: blanks collapsed, a dangling colon (a catalogue's artefact) dropped. */
    private static String clean(String v) {
        if (v == null) {
            return null;
        }
        String t = Shapes.WHITESPACE.matcher(v.replace('\u00A0', ' ')).replaceAll(" ").strip();
        t = Shapes.DANGLING_PUNCTUATION.matcher(t).replaceAll("").strip();
        return t.isEmpty() ? null : t;
    }

    /**
     * A text for the inside of a finding's quotes, normalised as lines are: its own double quotes become
     * single ones, soft hyphens go.
     */
    static String quote(String s) {
        return s.replace('"', '\'').replace("\u00AD", "");
    }

    /** Inline markup, line by line; emphasis may open on one line and close on another. */
    private static final class Inline {
        private final List<Finding> findings;

        Inline(List<Finding> findings) {
            this.findings = findings;
        }

        String line(String raw, int lineIndex) {
            if (raw.isEmpty()) {
                return raw;
            }
            String l = raw;
            if (l.stripLeading().startsWith(">")) {
                l = Shapes.QUOTE_MARKS.matcher(l).replaceFirst("");
            }
            // hard line breaks: a backslash or two spaces at the end
            if (l.endsWith("\\") && !l.endsWith("\\\\")) {
                l = l.substring(0, l.length() - 1);
            }
            List<String> markup = new ArrayList<>();
            if (l.indexOf('<') >= 0) {
                l = Shapes.TAG.matcher(l).replaceAll(m -> {
                    markup.add(m.group());
                    return m.group().regionMatches(true, 0, "<br", 0, 3) ? " " : "";
                });
            }
            if (l.indexOf("](") >= 0) {
                l = links(l, lineIndex);
            }
            if (l.indexOf('&') >= 0) {
                l = entities(l, markup);
            }
            if (!markup.isEmpty()) {
                findings.add(new Finding(Rule.IMPORT_UNPLACED, Severity.INFO, "", lineIndex + 1, 1, "Line "
                        + (lineIndex + 1) + ": the markup \"" + quote(String.join(" ", new java.util.LinkedHashSet<>(markup)))
                        + "\" was taken off the text."));
            }
            return l;
        }

        private String links(String l, int lineIndex) {
            Matcher m = Shapes.LINK.matcher(l);
            StringBuilder b = new StringBuilder();
            while (m.find()) {
                findings.add(new Finding(Rule.IMPORT_UNPLACED, Severity.INFO, "", lineIndex + 1, m.start() + 1,
                        "Line " + (lineIndex + 1) + " links \"" + quote(m.group(1)) + "\" to \"" + quote(m.group(2))
                                + "\"; the text is kept, the link target is left out of the model."));
                m.appendReplacement(b, Matcher.quoteReplacement(m.group(1)));
            }
            m.appendTail(b);
            return b.toString();
        }

        private static String entities(String l, List<String> markup) {
            Matcher m = Shapes.ENTITY.matcher(l);
            StringBuilder b = new StringBuilder();
            while (m.find()) {
                String r;
                if (m.group(1) != null || m.group(2) != null) {
                    int cp = m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16);
                    r = Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : m.group();
                } else {
                    r = ENTITIES.getOrDefault(m.group(3).toLowerCase(Locale.ROOT), m.group());
                }
                if (!r.equals(m.group())) {
                    markup.add(m.group());
                }
                m.appendReplacement(b, Matcher.quoteReplacement(r));
            }
            m.appendTail(b);
            return b.toString();
        }

        static boolean isAsciiPunct(char c) {
            return c < 0x80 && c > ' ' && !Character.isLetterOrDigit(c);
        }

        static boolean isPunct(char c) {
            int t = Character.getType(c);
            return isAsciiPunct(c) || t == Character.START_PUNCTUATION || t == Character.END_PUNCTUATION
                    || t == Character.INITIAL_QUOTE_PUNCTUATION || t == Character.FINAL_QUOTE_PUNCTUATION
                    || t == Character.OTHER_PUNCTUATION || t == Character.DASH_PUNCTUATION;
        }
    }

    /**
     * Emphasis and escapes over a block of lines. Runs of {@code *} and {@code _} that may open or close
     * (CommonMark's flanking rules) are paired, a closer with the nearest opener of the same character; the
     * paired characters go; a single character that finds no partner stays as it is ({@code 2024*},
     * {@code M*ay}), and a longer run without one goes (a converter's broken {@code **}). A
     * {@code *} that starts a bullet, a run between spaces, an {@code _} inside a word and runs longer than
     * three stay too. Backslash escapes give the character itself; {@code [^n]} references are kept whole.
     */
    private static final class Emphasis {

        /** A run of delimiters: its line, start, length still unpaired, character, and what it may do. */
        private static final class Run {
            final int line;
            final int start;
            final int length;
            final char c;
            final boolean opens;
            final boolean closes;
            int removeFromStart;
            int removeFromEnd;

            Run(int line, int start, int length, char c, boolean opens, boolean closes) {
                this.line = line;
                this.start = start;
                this.length = length;
                this.c = c;
                this.opens = opens;
                this.closes = closes;
            }
        }

        static List<String> strip(List<String> lines) {
            List<Run> runs = new ArrayList<>();
            List<boolean[]> escapes = new ArrayList<>();
            for (int li = 0; li < lines.size(); li++) {
                escapes.add(scan(lines.get(li), li, runs));
            }
            pair(runs);
            // a strong run left without a partner is markup a converter broke ("**Title  ** " over a blank line),
            // never text: it goes too; a single * or _ without a partner stays ("2024*", "M*ay")
            for (Run r : runs) {
                if (r.removeFromStart + r.removeFromEnd == 0 && r.length >= 2) {
                    r.removeFromStart = r.length;
                }
            }
            if (runs.stream().noneMatch(r -> r.removeFromStart + r.removeFromEnd > 0) && escapes.stream().allMatch(e -> e == null)) {
                return lines;
            }
            return removed(lines, runs, escapes);
        }

        /**
         * One line's delimiter runs, added to {@code runs}.
         *
         * @return where its backslash escapes are, or null when the line has nothing to do
         */
        private static boolean[] scan(String l, int li, List<Run> runs) {
            int n = l.length();
            if (l.indexOf('*') < 0 && l.indexOf('_') < 0 && l.indexOf('\\') < 0) {
                return null; // nothing to do on this line
            }
            boolean[] escape = new boolean[n];
            int lead = 0;
            while (lead < n && l.charAt(lead) == ' ') {
                lead++;
            }
            for (int i = 0; i < n; i++) {
                char c = l.charAt(i);
                if (c == '\\' && i + 1 < n && Inline.isAsciiPunct(l.charAt(i + 1))) {
                    escape[i] = true;
                    i++;
                    continue;
                }
                if (c == '[' && i + 1 < n && l.charAt(i + 1) == '^') {
                    int close = l.indexOf(']', i);
                    if (close > 0 && close - i <= 14) {
                        i = close; // a footnote reference, read later
                        continue;
                    }
                }
                if (c != '*' && c != '_') {
                    continue;
                }
                int e = i;
                while (e < n && l.charAt(e) == c) {
                    e++;
                }
                Run r = run(l, li, i, e, lead);
                if (r != null) {
                    runs.add(r);
                }
                i = e - 1;
            }
            return escape;
        }

        /** @return the run of {@code c} from {@code i} to {@code e} if it may open or close emphasis, or null */
        private static Run run(String l, int li, int i, int e, int lead) {
            int n = l.length();
            char c = l.charAt(i);
            char before = i == 0 ? ' ' : l.charAt(i - 1);
            char after = e >= n ? ' ' : l.charAt(e);
            boolean bullet = c == '*' && i == lead && e - i == 1 && after == ' ';
            boolean left = !Character.isWhitespace(after)
                    && (!Inline.isPunct(after) || Character.isWhitespace(before) || Inline.isPunct(before));
            boolean right = !Character.isWhitespace(before)
                    && (!Inline.isPunct(before) || Character.isWhitespace(after) || Inline.isPunct(after));
            boolean intraword = c == '_' && Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after);
            if (!bullet && (left || right) && !intraword && e - i <= 3) {
                boolean opens = c == '*' ? left : left && (!right || Inline.isPunct(before));
                boolean closes = c == '*' ? right : right && (!left || Inline.isPunct(after));
                return new Run(li, i, e - i, c, opens, closes);
            }
            return null;
        }

        /** Pairs each closer with the nearest opener of its character; the paired characters are marked to go. */
        private static void pair(List<Run> runs) {
            java.util.ArrayDeque<Run> openers = new java.util.ArrayDeque<>();
            for (Run r : runs) {
                Run partner = null;
                if (r.closes) {
                    for (Run o : openers) {
                        if (o.c == r.c) {
                            partner = o;
                            break;
                        }
                    }
                }
                if (partner != null) {
                    while (openers.peek() != partner) {
                        openers.pop(); // openers inside a pair that found no closer stay as they are
                    }
                    openers.pop();
                    int k = Math.min(partner.length, r.length);
                    partner.removeFromEnd = k;
                    r.removeFromStart = k;
                } else if (r.opens) {
                    openers.push(r);
                    if (openers.size() > 64) {
                        openers.removeLast(); // emphasis is not nested 64 deep: the oldest opener stays text; linear time
                    }
                }
            }
        }

        /** @return the lines without the characters of the runs marked to go and without escapes' backslashes */
        private static List<String> removed(List<String> lines, List<Run> runs, List<boolean[]> escapes) {
            List<boolean[]> drop = new ArrayList<>();
            for (int li = 0; li < lines.size(); li++) {
                drop.add(escapes.get(li) == null ? null : new boolean[lines.get(li).length()]); // runs are on such lines only
            }
            for (Run r : runs) {
                boolean[] d = drop.get(r.line);
                for (int k = 0; k < r.removeFromStart; k++) {
                    d[r.start + k] = true;
                }
                for (int k = 0; k < r.removeFromEnd; k++) {
                    d[r.start + r.length - 1 - k] = true;
                }
            }
            List<String> out = new ArrayList<>(lines.size());
            for (int li = 0; li < lines.size(); li++) {
                String l = lines.get(li);
                boolean[] d = drop.get(li);
                boolean[] escape = escapes.get(li);
                if (escape == null) {
                    out.add(l);
                    continue;
                }
                StringBuilder b = new StringBuilder(l.length());
                int from = 0;
                for (int i = 0; i < l.length(); i++) {
                    if (d[i] || escape[i]) {
                        b.append(l, from, i); // copied in stretches: this runs over every byte of a Markdown file
                        from = i + 1;
                    }
                }
                b.append(l, from, l.length());
                out.add(b.toString());
            }
            return out;
        }
    }
}
