package org.declaro.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.declaro.model.PartialDate;
import org.declaro.report.Finding;
import org.declaro.report.Rule;
import org.declaro.report.Severity;
import tools.jackson.databind.JsonNode;

/**
 * The source stage for Markdown (CommonMark, GFM tables, footnotes and pandoc's Markdown): the text is parsed by
 * commonmark-java, with source spans, and written back line for line without its markup, so that the layout
 * stages read the same plain lines a text copy of the page would give, at the file's own line numbers. Each line
 * also carries the parsed block it belongs to ({@link Block}), as evidence for the stages that read structure.
 * <ul>
 *   <li>YAML front matter (Jekyll, Hugo, pandoc) is read by Jackson's YAML parser ({@link FrontMatterYaml}) and
 *       becomes blank lines; {@code title}, {@code symbol}, {@code date} and {@code language} are kept as
 *       {@link Metadata}, and every entry is named in an info finding. A header that is not YAML is one warning
 *       at the line where the parser stopped, and its lines stay in the text;</li>
 *   <li>emphasis, inline HTML ({@code <sup>}, {@code <u>}, ...), entities, backslash escapes and hard line breaks
 *       are taken off, as the parser reads them; the markup taken off is named in a finding;</li>
 *   <li>links and images keep their text (the target is named in an info finding); block quotes lose their
 *       {@code >}; HTML blocks lose their tags, comments become blank (their words named), link reference
 *       definitions and code fences go with a finding;</li>
 *   <li>what the layout stages read themselves is written as the parser read it: {@code #} headings (ATX, at their
 *       level), {@code -}/{@code *} bullets, {@code 1.} numbers (the number the list displays where the source
 *       leaves it to the list's start: {@code 1. 1. 1.}), {@code [^n]} footnotes and their definitions,
 *       {@code -----} rules and setext underlines, table rows.</li>
 * </ul>
 * <p>Pandoc's Markdown, read by a CommonMark parser: the differences that matter to an import, and how they are
 * handled (this is the one place that says so).
 * <ul>
 *   <li>escaped numbers ({@code 2\.}, pandoc's way of keeping a number that is not a list): the same in both,
 *       a paragraph starting "2." that the layout stages number;</li>
 *   <li>{@code <!-- -->} between two lists (pandoc's separator): an HTML block to CommonMark, written blank,
 *       so the lists stay apart in the text as in pandoc;</li>
 *   <li>{@code -------} rules (pandoc writes 72 dashes): thematic breaks in both, kept as the line; under a
 *       paragraph line both read a setext heading, kept as the two lines;</li>
 *   <li>{@code <sup>1</sup>} markers: raw HTML to both; the tags go and the marker stays in the text, where the
 *       layout stages read footnote markers. Pandoc's own {@code ^1^} superscript is not CommonMark: it stays
 *       as it is written;</li>
 *   <li>lists: pandoc displays {@code 1. 1. 1.} as 1, 2, 3 as CommonMark does; the number written is the one
 *       displayed ({@link #displayedNumbers}); pandoc's fancy lists ({@code a.}, {@code (a)}, {@code i.}) are
 *       paragraphs to CommonMark, read by the layout stages from their labels;</li>
 *   <li>front matter: pandoc's YAML block and Jekyll's/Hugo's {@code ---} header are read alike (closed by
 *       {@code ---} or {@code ...}); Hugo's TOML ({@code +++}) header is not read, and stays text.</li>
 * </ul>
 */
final class MarkdownSource {

    /** What the front matter said, each null when it did not say it. */
    record Metadata(String title, String symbol, PartialDate date, String language) {
        static final Metadata NONE = new Metadata(null, null, null, null);
    }

    /** The kind of block a line belongs to. */
    enum Kind {
        /** a blank line, or one in no block */
        BLANK,
        /** a line of the YAML front matter */
        FRONT_MATTER,
        /** an ATX ({@code #}) or setext heading, its underline included */
        HEADING,
        /** a paragraph outside lists, quotes and footnote definitions */
        PARAGRAPH,
        /** a line of a list item (its paragraphs) */
        LIST_ITEM,
        /** a line of a block quote */
        BLOCK_QUOTE,
        /** a line of an HTML block (comments included) */
        HTML_BLOCK,
        /** a rule: {@code ---}, {@code ***}, {@code ___} */
        THEMATIC_BREAK,
        /** a line of a footnote definition */
        FOOTNOTE_DEFINITION,
        /** a row of a table, its delimiter row included */
        TABLE_ROW,
        /** a line of an indented or fenced code block */
        CODE,
        /** a link reference definition: {@code [label]: https://...} */
        LINK_DEFINITION
    }

    /**
     * The parsed block a line belongs to: the innermost leaf block (heading, HTML, rule, code, table), or for a
     * paragraph the innermost container around it (list item, footnote definition, block quote).
     *
     * @param kind the kind of block
     * @param level a heading's level (1 to 6), else 0
     * @param number the number a list item of an ordered list displays, null for a bullet and outside lists
     * @param depth how many list items the line is nested in (0 outside lists, 1 in a top-level item)
     * @param start whether the line starts its block (a list item: the line of its marker)
     * @param label the label of the footnote definition the line is in, or null
     */
    record Block(Kind kind, int level, Integer number, int depth, boolean start, String label) {
        static final Block BLANK = new Block(Kind.BLANK, 0, null, 0, false, null);
        static final Block FRONT_MATTER = new Block(Kind.FRONT_MATTER, 0, null, 0, false, null);
    }

    /**
     * The text without markup, with as many lines as the input, the front matter's metadata, and the evidence.
     *
     * @param text the text without markup, line for line
     * @param metadata what the front matter said
     * @param emphasised the lines of blocks set entirely in italics
     * @param blocks the block each line belongs to, one a line (unmodifiable)
     */
    record Converted(String text, Metadata metadata, BitSet emphasised, List<Block> blocks) {
        Converted {
            blocks = Collections.unmodifiableList(Arrays.asList(blocks.toArray(new Block[0])));
        }
    }

    /** thread-safe: one parser for every import */
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(FootnotesExtension.create(), TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private MarkdownSource() {
    }

    /**
     * Whether a text looks like Markdown: it opens with YAML front matter, or shows at least two kinds of
     * markup (headings, strong emphasis, escapes, inline HTML, links, comments) that plain text does not. A
     * guess on the head of the text, not a parse: the parse follows when the answer is yes.
     */
    static boolean looksLikeMarkdown(CharSequence text) {
        // the evidence is in the head: a writer's markup shows on its first pages
        int n = Math.min(text.length(), 64 * 1024);
        String head = text.subSequence(0, n).toString();
        List<String> lines = head.lines().toList();
        if (FrontMatterYaml.end(lines) > 0) {
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
        int fm = FrontMatterYaml.end(lines);
        int blanked = -1; // the last line of the header taken out of the text
        if (fm > 0) {
            FrontMatterYaml.Header header = FrontMatterYaml.read(lines, fm);
            if (header.malformed()) {
                int at = Math.min(header.errorLine(), fm - 1);
                findings.add(new Finding(Rule.IMPORT_UNPLACED, Severity.WARNING, "", at + 1, 1, "Line " + (at + 1)
                        + ": the front matter is not YAML (" + quote(oneLine(header.error()))
                        + "); its lines 2 to " + fm + " are kept in the text."));
                lines.set(0, "");
                lines.set(fm, ""); // the --- lines are markup; what is between them stays text
            } else {
                meta = frontMatter(lines, header, findings);
                blanked = fm;
            }
        }
        StringBuilder source = new StringBuilder(text.length());
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                source.append('\n');
            }
            if (i > blanked) {
                source.append(lines.get(i));
            }
        }
        Writer w = new Writer(source.toString(), lines, blanked, findings);
        w.walk(PARSER.parse(w.src));
        return new Converted(w.text(), meta, w.emphasised, Arrays.asList(w.blocks));
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

    private static Metadata frontMatter(List<String> lines, FrontMatterYaml.Header header, List<Finding> findings) {
        java.util.Map<String, JsonNode> map = new java.util.HashMap<>();
        for (FrontMatterYaml.Entry e : header.entries()) {
            if (!e.key().isEmpty()) {
                map.putIfAbsent(e.key().toLowerCase(Locale.ROOT), e.value());
            }
        }
        String title = clean(FrontMatterYaml.scalar(map.get("title")));
        String symbol = clean(FrontMatterYaml.scalar(map.get("symbol")));
        PartialDate date = null;
        String d = clean(FrontMatterYaml.scalar(map.get("date")));
        if (d != null) {
            date = PartialDate.tryParse(d.length() > 10 && d.charAt(10) == 'T' ? d.substring(0, 10) : d)
                    .or(() -> d.length() >= 10 ? PartialDate.tryParse(d.substring(0, 10)) : java.util.Optional.empty())
                    .orElse(null);
        }
        String language = clean(FrontMatterYaml.scalar(map.getOrDefault("language", map.get("lang"))));
        if (language != null) {
            language = language.length() <= 3 && language.chars().allMatch(Character::isLetter)
                    ? language.toLowerCase(Locale.ROOT) : null;
        }
        for (FrontMatterYaml.Entry e : header.entries()) {
            String key = e.key().toLowerCase(Locale.ROOT);
            String used = switch (key) {
                case "title" -> title != null ? "the title" : null;
                case "symbol" -> symbol != null ? "the symbol" : null;
                case "date" -> date != null ? "the date" : null;
                case "language", "lang" -> language != null ? "the language" : null;
                default -> null;
            };
            String what = used != null ? "front matter giving " + used + " (used where the text shows none)"
                    : e.key().isEmpty() ? "a front matter comment" : "front matter the format has no field for";
            String raw = String.join(" ", lines.subList(e.first(), e.last() + 1).stream().map(String::strip)
                    .filter(s -> !s.isEmpty()).toList());
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

    private static String oneLine(String s) {
        return s == null ? "" : Shapes.WHITESPACE.matcher(s).replaceAll(" ").strip();
    }

    /**
     * A text for the inside of a finding's quotes, normalised as lines are: its own double quotes become
     * single ones, soft hyphens go.
     */
    static String quote(String s) {
        return s.replace('"', '\'').replace("\u00AD", "");
    }

    /**
     * Whether a list's items take the numbers the list displays (its start, plus one an item) rather than the
     * ones written: when the written numbers do not rise item by item ({@code 1. 1. 1.}, pandoc's and many
     * writers' way of leaving the numbering to the list). Numbers that rise, with gaps or not, are the author's.
     */
    static boolean displayedNumbers(List<Integer> written) {
        for (int i = 1; i < written.size(); i++) {
            if (written.get(i) <= written.get(i - 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Writes the parsed document back, line for line. A line in a block with inline content is its container
     * prefix (indentation, list marker, footnote label, with the block quote's {@code >} taken off) and the
     * block's text on that line; a line of another block is the line itself, or blank where the block is markup.
     */
    private static final class Writer {
        final String src;
        final List<String> raw;
        final int[] lineStart;
        final String[] out;
        final Block[] blocks;
        final int[] quotes;
        final BitSet emphasised = new BitSet();
        final List<Finding> findings;
        /** the line an inline node without a span of its own is on: the last one seen */
        int line;
        /** the inline markup taken off a line, to be named in one finding a line */
        final java.util.TreeMap<Integer, Set<String>> markup = new java.util.TreeMap<>();
        /** a line's list number to write, where the list displays another than the one written */
        final java.util.Map<Integer, Integer> renumber = new java.util.HashMap<>();
        /** the number each item of an ordered list shows in the text */
        final java.util.Map<Node, Integer> itemNumber = new java.util.IdentityHashMap<>();

        Writer(String src, List<String> raw, int frontMatterEnd, List<Finding> findings) {
            this.src = src;
            this.raw = raw;
            this.findings = findings;
            int n = raw.size();
            out = new String[n];
            blocks = new Block[n];
            quotes = new int[n];
            Arrays.fill(blocks, Block.BLANK);
            for (int i = 0; i <= frontMatterEnd; i++) {
                out[i] = "";
                blocks[i] = Block.FRONT_MATTER;
            }
            lineStart = new int[n + 1];
            int l = 0;
            for (int i = 0; i < src.length() && l < n - 1; i++) {
                if (src.charAt(i) == '\n') {
                    lineStart[++l] = i + 1;
                }
            }
            lineStart[n] = src.length() + 1;
        }

        /** @return the line of the source as parsed (front matter blanked) */
        String line(int i) {
            return src.substring(lineStart[i], Math.max(lineStart[i], lineStart[i + 1] - 1));
        }

        /** Walks the blocks in document order, without recursion (nesting may be deep). */
        void walk(Node document) {
            Node n = document.getFirstChild();
            while (n != null) {
                boolean descend = block(n);
                if (descend && n.getFirstChild() != null) {
                    n = n.getFirstChild();
                    continue;
                }
                while (n != null && n.getNext() == null) {
                    n = n.getParent();
                    if (n == document) {
                        n = null;
                    }
                }
                if (n != null) {
                    n = n.getNext();
                }
            }
        }

        /** @return whether the node is a block that holds blocks (a quote, a list, an item, a footnote): read into */
        private boolean containerBlock(Node n) {
            if (n instanceof BlockQuote) {
                for (SourceSpan s : n.getSourceSpans()) {
                    quotes[s.getLineIndex()]++;
                }
                container(n, Kind.BLOCK_QUOTE);
                return true;
            }
            if (n instanceof OrderedList o) {
                numbers(o);
                return true;
            }
            if (n instanceof ListItem) {
                container(n, Kind.LIST_ITEM);
                return true;
            }
            if (n instanceof FootnoteDefinition) {
                container(n, Kind.FOOTNOTE_DEFINITION);
                return true;
            }
            return false;
        }

        /** @return whether the walk goes into the node's children */
        private boolean block(Node n) {
            if ((n instanceof org.commonmark.node.ListBlock || n instanceof Paragraph) && linkList(n)) {
                return false;
            }
            if (n instanceof Paragraph p) {
                leaf(p, Kind.PARAGRAPH, 0);
                write(p, null);
                emphasis(p);
                return false;
            }
            if (n instanceof Heading h) {
                heading(h);
                return false;
            }
            if (n instanceof TableBlock t) {
                table(t);
                return false;
            }
            if (containerBlock(n)) {
                return true;
            }
            if (n instanceof ThematicBreak) {
                leaf(n, Kind.THEMATIC_BREAK, 0);
                return false;
            }
            if (n instanceof HtmlBlock h) {
                leaf(n, Kind.HTML_BLOCK, 0);
                html(h);
                return false;
            }
            if (n instanceof IndentedCodeBlock) {
                leaf(n, Kind.CODE, 0);
                return false;
            }
            if (n instanceof FencedCodeBlock f) {
                leaf(n, Kind.CODE, 0);
                fences(f);
                return false;
            }
            if (n instanceof LinkReferenceDefinition d) {
                leaf(n, Kind.LINK_DEFINITION, 0);
                linkDefinition(d);
                return false;
            }
            return true;
        }

        // ---- evidence

        private void container(Node n, Kind kind) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (spans.isEmpty()) {
                return;
            }
            Block first = evidence(n, kind, 0, true);
            Block rest = evidence(n, kind, 0, false);
            for (SourceSpan s : spans) {
                int l = s.getLineIndex();
                blocks[l] = l == spans.get(0).getLineIndex() ? first : rest;
            }
        }

        private void leaf(Node n, Kind kind, int level) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (spans.isEmpty()) {
                return;
            }
            Node container = null;
            for (Node p = n.getParent(); p != null && container == null; p = p.getParent()) {
                if (p instanceof ListItem || p instanceof BlockQuote || p instanceof FootnoteDefinition) {
                    container = p;
                }
            }
            int itemLine = -1;
            Kind k = kind;
            if (kind == Kind.PARAGRAPH && container != null) {
                k = container instanceof ListItem ? Kind.LIST_ITEM
                        : container instanceof BlockQuote ? Kind.BLOCK_QUOTE : Kind.FOOTNOTE_DEFINITION;
                itemLine = container instanceof ListItem && !container.getSourceSpans().isEmpty()
                        ? container.getSourceSpans().get(0).getLineIndex() : -1;
            }
            Block first = evidence(n, k, level, true);
            Block rest = evidence(n, k, level, false);
            int firstLine = spans.get(0).getLineIndex();
            for (SourceSpan s : spans) {
                int l = s.getLineIndex();
                blocks[l] = (k == Kind.LIST_ITEM ? l == itemLine : l == firstLine) ? first : rest;
            }
        }

        private Block evidence(Node n, Kind kind, int level, boolean start) {
            Integer number = null;
            String label = null;
            int depth = 0;
            for (Node p = n; p != null; p = p.getParent()) {
                if (p instanceof ListItem) {
                    if (depth == 0) {
                        number = itemNumber.get(p);
                    }
                    depth++;
                } else if (p instanceof FootnoteDefinition f && label == null) {
                    label = f.getLabel();
                }
            }
            return new Block(kind, level, number, depth, start, label);
        }

        /**
         * Records the number of each item of a list, as the text will show it: the written one, or the displayed one
         * for a list whose written numbers do not rise (then also the lines to renumber).
         */
        private void numbers(OrderedList o) {
            List<Integer> written = new ArrayList<>();
            List<Integer> markerLines = new ArrayList<>();
            List<Node> items = new ArrayList<>();
            for (Node c = o.getFirstChild(); c != null; c = c.getNext()) {
                items.add(c);
                if (c.getSourceSpans().isEmpty()) {
                    return;
                }
                SourceSpan s = c.getSourceSpans().get(0);
                String l = line(s.getLineIndex());
                int i = Math.min(s.getColumnIndex(), l.length());
                while (i < l.length() && !Character.isDigit(l.charAt(i))) {
                    i++;
                }
                int e = i;
                while (e < l.length() && Character.isDigit(l.charAt(e)) && e - i < 9) {
                    e++;
                }
                if (e == i) {
                    return;
                }
                written.add(Integer.parseInt(l.substring(i, e)));
                markerLines.add(s.getLineIndex());
            }
            boolean displayed = displayedNumbers(written);
            Integer start = o.getMarkerStartNumber();
            int k = start == null ? written.get(0) : start;
            for (int i = 0; i < written.size(); i++, k++) {
                itemNumber.put(items.get(i), displayed ? k : written.get(i));
                if (displayed && written.get(i) != k) {
                    renumber.put(markerLines.get(i), k);
                }
            }
        }

        /**
         * A list of links (each item only a link: "Read more", "Press release") or a paragraph of two links or more and
         * nothing else: a web page's navigation, not the document's text. Its lines are blank, its links named in one
         * finding; links inside the text are read as text.
         *
         * @return whether the block was such a list, and left out
         */
        private boolean linkList(Node n) {
            List<Node> links = new ArrayList<>();
            if (n instanceof Paragraph) {
                if (!onlyLinks(n, links) || links.size() < 2) {
                    return false;
                }
            } else {
                int items = 0;
                for (Node item = n.getFirstChild(); item != null; item = item.getNext(), items++) {
                    Node p = item.getFirstChild();
                    if (!(p instanceof Paragraph) || p.getNext() != null || !onlyLinks(p, links)) {
                        return false;
                    }
                }
                if (items < 2) {
                    return false;
                }
            }
            List<SourceSpan> spans = n.getSourceSpans();
            if (spans.isEmpty()) {
                return false;
            }
            leaf(n, n instanceof Paragraph ? Kind.PARAGRAPH : Kind.LIST_ITEM, 0);
            for (SourceSpan s : spans) {
                out[s.getLineIndex()] = "";
            }
            StringBuilder named = new StringBuilder();
            for (Node l : links) {
                StringBuilder label = new StringBuilder();
                for (Node c = l.getFirstChild(); c != null; c = c.getNext()) {
                    label.append(c instanceof Text t ? t.getLiteral() : c instanceof Code k ? k.getLiteral() : " ");
                }
                named.append(named.length() == 0 ? "" : "; ").append(oneLine(label.toString())).append(" (")
                        .append(((Link) l).getDestination()).append(')');
            }
            int first = spans.get(0).getLineIndex();
            int last = spans.get(spans.size() - 1).getLineIndex();
            findings.add(new Finding(Rule.IMPORT_UNPLACED, Severity.INFO, "", first + 1, 1, "Lines " + (first + 1) + " to "
                    + (last + 1) + " are a list of links, left out of the model: \"" + quote(named.toString()) + "\"."));
            return true;
        }

        /** Whether a paragraph holds links and nothing else but blanks and punctuation between them; adds the links. */
        private static boolean onlyLinks(Node p, List<Node> links) {
            int found = 0;
            for (Node c = p.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof Link) {
                    links.add(c);
                    found++;
                } else if (!(c instanceof SoftLineBreak || c instanceof HardLineBreak
                        || c instanceof Text t && t.getLiteral().chars().noneMatch(Character::isLetterOrDigit))) {
                    return false;
                }
            }
            return found > 0;
        }

        /** Italic notes: a paragraph whose text is all in (single) emphasis. */
        private void emphasis(Paragraph p) {
            boolean any = false;
            for (Node c = p.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof Emphasis) {
                    any = true;
                } else if (!(c instanceof SoftLineBreak || c instanceof HardLineBreak
                        || c instanceof Text t && t.getLiteral().isBlank())) {
                    return;
                }
            }
            if (any && p.getFirstChild() instanceof Emphasis && p.getLastChild() instanceof Emphasis) {
                for (SourceSpan s : p.getSourceSpans()) {
                    emphasised.set(s.getLineIndex());
                }
            }
        }

        // ---- the lines

        private void heading(Heading h) {
            List<SourceSpan> spans = h.getSourceSpans();
            leaf(h, Kind.HEADING, h.getLevel());
            if (spans.isEmpty()) {
                return;
            }
            SourceSpan first = spans.get(0);
            String l = line(first.getLineIndex());
            int c = Math.min(first.getColumnIndex(), l.length());
            while (c < l.length() && l.charAt(c) == ' ') {
                c++;
            }
            boolean atx = c < l.length() && l.charAt(c) == '#';
            write(h, atx ? "#".repeat(h.getLevel()) + " " : null);
            if (atx && out[first.getLineIndex()] == null) {
                out[first.getLineIndex()] = unquoted(first.getLineIndex(), l.substring(0, Math.min(first.getColumnIndex(),
                        l.length()))) + "#".repeat(h.getLevel()); // an empty heading: its marks
            }
        }

        /**
         * Writes a leaf block's text on its lines: the prefix before the block on each line, then the text.
         *
         * @param atx for an ATX heading, its marks ("## "), written after the prefix; else null
         */
        private void write(Node leaf, String atx) {
            List<SourceSpan> spans = leaf.getSourceSpans();
            if (spans.isEmpty()) {
                return;
            }
            int first = spans.get(0).getLineIndex();
            int last = spans.get(spans.size() - 1).getLineIndex();
            StringBuilder[] text = inlines(leaf, first, last);
            boolean setext = atx == null && leaf instanceof Heading && spans.size() > 1;
            for (SourceSpan s : spans) {
                int l = s.getLineIndex();
                if (setext && l == last) {
                    continue; // the underline: kept as it is, a rule under the title
                }
                String r = line(l);
                int c = Math.min(s.getColumnIndex(), r.length());
                while (c < r.length() && (r.charAt(c) == ' ' || r.charAt(c) == '\t')) {
                    c++; // the indentation stays: the parser takes it off a continuation line, the layout reads it
                }
                String prefix = unquoted(l, r.substring(0, c));
                Integer number = renumber.get(l);
                if (number != null) {
                    prefix = Shapes.LIST_NUMBER.matcher(prefix).replaceFirst(String.valueOf(number));
                }
                StringBuilder t = text[l - first];
                String body = t == null ? "" : t.toString();
                if (l == last && body.endsWith("\\") && r.endsWith("\\") && !r.endsWith("\\\\")) {
                    body = body.substring(0, body.length() - 1); // a hard break that ends a block, as converters leave it
                }
                out[l] = atx != null && l == first ? prefix + atx + body : body.isEmpty() ? prefix.stripTrailing() : prefix + body;
            }
        }

        /** A GFM table: each row the line as written, each cell's text without its markup. */
        private void table(TableBlock t) {
            leaf(t, Kind.TABLE_ROW, 0);
            for (Node section = t.getFirstChild(); section != null; section = section.getNext()) {
                for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                    if (row instanceof TableRow && !row.getSourceSpans().isEmpty()) {
                        row(row);
                    }
                }
            }
        }

        private void row(Node row) {
            SourceSpan span = row.getSourceSpans().get(0);
            int l = span.getLineIndex();
            String r = line(l);
            StringBuilder b = new StringBuilder(r.length());
            int from = 0;
            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                if (!(cell instanceof TableCell) || cell.getSourceSpans().isEmpty()) {
                    continue;
                }
                SourceSpan c = cell.getSourceSpans().get(0);
                int start = Math.min(c.getColumnIndex(), r.length());
                int end = Math.min(start + c.getLength(), r.length());
                if (start < from) {
                    continue;
                }
                b.append(r, from, start);
                StringBuilder[] text = inlines(cell, l, l);
                String content = text[0] == null ? "" : text[0].toString();
                b.append(content.isEmpty() ? r.substring(start, end) : " " + content + " ");
                from = end;
            }
            b.append(r, Math.min(from, r.length()), r.length());
            out[l] = unquoted(l, b.toString());
        }

        /**
         * The text of a block's inline nodes, a builder per line from {@code first} to {@code last}; markup taken off
         * is recorded for its finding.
         */
        private StringBuilder[] inlines(Node block, int first, int last) {
            StringBuilder[] text = new StringBuilder[last - first + 1];
            line = first;
            Node n = block.getFirstChild();
            while (n != null) {
                boolean descend = inline(n, text, first, last);
                if (descend && n.getFirstChild() != null) {
                    n = n.getFirstChild();
                    continue;
                }
                while (n != null && n != block && n.getNext() == null) {
                    n = n.getParent();
                }
                n = n == null || n == block ? null : n.getNext();
            }
            for (int k = 0; k < text.length; k++) { // on the line's text: the sign may stand in a tag (<u>.</u>)
                if (text[k] != null && (text[k].indexOf("*") >= 0 || text[k].indexOf("_") >= 0)
                        && line(first + k).indexOf('\\') < 0) {
                    String signs = emphasisedSigns(text[k].toString());
                    if (signs.length() != text[k].length()) {
                        text[k] = new StringBuilder(signs);
                    }
                }
            }
            return text;
        }

        /** @return whether the walk goes into the node's children */
        private boolean inline(Node n, StringBuilder[] text, int first, int last) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (!spans.isEmpty()) {
                line = Math.max(first, Math.min(last, spans.get(0).getLineIndex()));
            }
            if (n instanceof Text t) {
                String literal = t.getLiteral();
                if (!spans.isEmpty()) {
                    entities(spans, literal);
                    if ((literal.contains("**") || literal.contains("__")) && spans.stream().noneMatch(x -> slice(x).indexOf('\\') >= 0)) {
                        literal = unpairedStrong(literal);
                    }
                }
                append(text, first, literal);
                return false;
            }
            if (n instanceof SoftLineBreak) {
                line = Math.min(last, line + 1);
                return false;
            }
            if (n instanceof Code c) {
                if (spans.size() <= 1) {
                    append(text, first, c.getLiteral());
                } else {
                    for (SourceSpan s : spans) {
                        line = Math.max(first, Math.min(last, s.getLineIndex()));
                        append(text, first, slice(s).replace("`", ""));
                    }
                }
                return false;
            }
            if (n instanceof HtmlInline h) {
                String tag = h.getLiteral();
                if (tag.startsWith("<!--")) {
                    comment(line, tag);
                } else {
                    if (tag.regionMatches(true, 0, "<br", 0, 3) || tag.regionMatches(true, 0, "<wbr", 0, 4)) {
                        append(text, first, " ");
                    }
                    markup.computeIfAbsent(line, k -> new LinkedHashSet<>()).add(tag);
                }
                return false;
            }
            if (n instanceof FootnoteReference f) {
                append(text, first, "[^" + f.getLabel() + "]");
                return false;
            }
            if (n instanceof Link link) {
                linked(n, spans, "links", link.getDestination());
            } else if (n instanceof Image image) {
                linked(n, spans, "shows the image", image.getDestination());
            }
            return true;
        }

        /**
         * A strong run that found no partner is markup a converter broke ({@code **Title  **} over a blank line,
         * {@code ***Heading} whose closer is a rule), never text: it goes. CommonMark keeps it as text; this is the one
         * place the import reads emphasis differently. A run alone on its line ({@code **Title  } / {@code **}: the
         * closer a hard line break cut off) goes too. A single {@code *} or {@code _} stays ({@code 2024*}), as do
         * runs between blanks ({@code a ** b}), inside words ({@code snake__case}) and runs longer than three.
         */
        static String unpairedStrong(String s) {
            StringBuilder b = null;
            int n = s.length();
            int from = 0;
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c != '*' && c != '_') {
                    continue;
                }
                int e = i;
                while (e < n && s.charAt(e) == c) {
                    e++;
                }
                char before = i == 0 ? ' ' : s.charAt(i - 1);
                char after = e >= n ? ' ' : s.charAt(e);
                boolean flanking = !Character.isWhitespace(after) || !Character.isWhitespace(before);
                boolean inWord = Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after);
                boolean alone = i == 0 && e == n; // "**" on a line of its own: the closer of a run a hard break cut
                if (e - i >= 2 && e - i <= 3 && (flanking || alone) && !inWord) {
                    if (b == null) {
                        b = new StringBuilder(n);
                    }
                    b.append(s, from, i);
                    from = e;
                }
                i = e - 1;
            }
            return b == null ? s : b.append(s, from, n).toString();
        }

        /**
         * Emphasis on a sign glued to a word ({@code responses*.*}, {@code Agency_;_}): a converter set a full stop or
         * a comma in italics. CommonMark keeps the marks as text, since an opening mark before a sign must follow a
         * space; the reader of the page sees only the sign, and so does this import. Up to three signs between one
         * {@code *} or {@code _} and its twin, after a letter, a digit or a closing quote, before a space (a no-break
         * space too) or the end.
         */
        static String emphasisedSigns(String s) {
            StringBuilder b = null;
            int n = s.length();
            int from = 0;
            for (int i = 1; i < n; i++) {
                char c = s.charAt(i);
                char before = s.charAt(i - 1);
                if (c != '*' && c != '_' || !(Character.isLetterOrDigit(before) || before == '”' || before == '’'
                        || before == ')')) {
                    continue;
                }
                int j = i + 1;
                while (j < n && j - i <= 3 && sign(s.charAt(j))) {
                    j++;
                }
                boolean closed = j > i + 1 && j < n && s.charAt(j) == c && (j + 1 == n || Character.isWhitespace(s.charAt(j + 1))
                        || Character.isSpaceChar(s.charAt(j + 1)));
                if (closed) {
                    if (b == null) {
                        b = new StringBuilder(n);
                    }
                    b.append(s, from, i).append(s, i + 1, j);
                    from = j + 1;
                    i = j;
                }
            }
            return b == null ? s : b.append(s, from, n).toString();
        }

        private static boolean sign(char c) {
            return c != '*' && c != '_' && !Character.isWhitespace(c) && !Character.isLetterOrDigit(c);
        }

        private void append(StringBuilder[] text, int first, String s) {
            int k = line - first;
            if (text[k] == null) {
                text[k] = new StringBuilder(s.length() + 16);
            }
            text[k].append(s);
        }

        private String slice(SourceSpan s) {
            int from = Math.min(s.getInputIndex(), src.length());
            return src.substring(from, Math.min(from + s.getLength(), src.length()));
        }

        /** Entities the parser decoded in a text ("&amp;"), named as markup taken off. */
        private void entities(List<SourceSpan> spans, String literal) {
            for (SourceSpan s : spans) {
                int from = Math.min(s.getInputIndex(), src.length());
                int to = Math.min(from + s.getLength(), src.length());
                int amp = from;
                while (amp < to && src.charAt(amp) != '&') {
                    amp++;
                }
                if (amp == to) {
                    continue; // no entity: nothing to cut out of the source (this runs on every text)
                }
                String written = slice(s);
                if (!written.equals(literal)) {
                    Matcher m = Shapes.ENTITY.matcher(written);
                    while (m.find()) {
                        if (!literal.contains(m.group())) {
                            markup.computeIfAbsent(s.getLineIndex(), k -> new LinkedHashSet<>()).add(m.group());
                        }
                    }
                }
            }
        }

        private void linked(Node n, List<SourceSpan> spans, String verb, String target) {
            StringBuilder label = new StringBuilder();
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                label.append(c instanceof Text t ? t.getLiteral() : c instanceof Code k ? k.getLiteral() : " ");
            }
            int column = spans.isEmpty() ? 1 : spans.get(0).getColumnIndex() + 1;
            findings.add(new Finding(Rule.IMPORT_UNPLACED, Severity.INFO, "", line + 1, column, "Line " + (line + 1)
                    + " " + verb + " \"" + quote(oneLine(label.toString())) + "\" to \"" + quote(target)
                    + "\"; the text is kept, the link target is left out of the model."));
        }

        private void comment(int at, String comment) {
            String inside = comment.startsWith("<!--") ? comment.substring(4) : comment;
            inside = inside.endsWith("-->") ? inside.substring(0, inside.length() - 3) : inside;
            if (inside.chars().anyMatch(Character::isLetter)) {
                findings.add(new Finding(Rule.IMPORT_UNPLACED, Severity.INFO, "", at + 1, 1, "Line " + (at + 1)
                        + " holds a Markdown comment, left out of the model: \"" + quote(oneLine(comment)) + "\"."));
            }
        }

        /** An HTML block: its tags and comments go (named in findings), its text stays on its lines. */
        private void html(HtmlBlock h) {
            List<SourceSpan> spans = h.getSourceSpans();
            if (spans.isEmpty()) {
                return;
            }
            int first = spans.get(0).getLineIndex();
            StringBuilder block = new StringBuilder();
            for (SourceSpan s : spans) {
                if (block.length() > 0) {
                    block.append('\n');
                }
                block.append(slice(s));
            }
            String all = block.toString();
            Matcher m = Shapes.HTML_MARKUP.matcher(all);
            StringBuilder kept = new StringBuilder(all.length());
            int from = 0;
            int at = first;
            while (m.find()) {
                kept.append(all, from, m.start());
                for (int k = from; k < m.start(); k++) {
                    at += all.charAt(k) == '\n' ? 1 : 0;
                }
                String tag = m.group();
                if (tag.startsWith("<!--")) {
                    comment(at, tag);
                } else {
                    markup.computeIfAbsent(at, k -> new LinkedHashSet<>()).add(tag);
                }
                for (int k = 0; k < tag.length(); k++) {
                    if (tag.charAt(k) == '\n') {
                        kept.append('\n'); // the lines stay
                        at++;
                    }
                }
                from = m.end();
            }
            kept.append(all, from, all.length());
            List<String> parts = lines(kept.toString());
            for (int k = 0; k < spans.size() && k < parts.size(); k++) {
                int l = spans.get(k).getLineIndex();
                String r = line(l);
                String prefix = unquoted(l, r.substring(0, Math.min(spans.get(k).getColumnIndex(), r.length())));
                out[l] = parts.get(k).isBlank() ? "" : prefix + parts.get(k).strip();
            }
        }

        /** The fences of a code block are markup: blank, their info string named. */
        private void fences(FencedCodeBlock f) {
            List<SourceSpan> spans = f.getSourceSpans();
            if (spans.isEmpty()) {
                return;
            }
            int open = spans.get(0).getLineIndex();
            out[open] = "";
            String info = f.getInfo();
            if (info != null && info.chars().anyMatch(Character::isLetter)) {
                findings.add(new Finding(Rule.IMPORT_UNPLACED, Severity.INFO, "", open + 1, 1, "Line " + (open + 1)
                        + " opens a code block marked \"" + quote(oneLine(info)) + "\"; the mark is left out of the model."));
            }
            if (f.getClosingFenceLength() != null && spans.size() > 1) {
                out[spans.get(spans.size() - 1).getLineIndex()] = "";
            }
        }

        private void linkDefinition(LinkReferenceDefinition d) {
            List<SourceSpan> spans = d.getSourceSpans();
            if (spans.isEmpty()) {
                return;
            }
            int at = spans.get(0).getLineIndex();
            StringBuilder written = new StringBuilder();
            for (SourceSpan s : spans) {
                out[s.getLineIndex()] = "";
                written.append(written.length() == 0 ? "" : " ").append(slice(s).strip());
            }
            findings.add(new Finding(Rule.IMPORT_UNPLACED, Severity.INFO, "", at + 1, 1, "Line " + (at + 1)
                    + " defines the link \"" + quote(oneLine(d.getLabel())) + "\" as \"" + quote(d.getDestination())
                    + "\", left out of the model: \"" + quote(written.toString()) + "\"."));
        }

        /** @return the start of a line without the {@code >} of the block quotes it is in */
        private String unquoted(int l, String prefix) {
            int q = quotes[l];
            if (q == 0 || prefix.indexOf('>') < 0) {
                return prefix;
            }
            StringBuilder b = new StringBuilder(prefix.length());
            int i = 0;
            while (i < prefix.length()) {
                char c = prefix.charAt(i);
                if (c == '>' && q > 0) {
                    q--;
                    if (i + 1 < prefix.length() && prefix.charAt(i + 1) == ' ') {
                        i++;
                    }
                } else if (c == ' ' || c == '\t' || q == 0) {
                    b.append(c);
                } else {
                    b.append(prefix, i, prefix.length());
                    break;
                }
                i++;
            }
            return b.toString();
        }

        /** @return the text, each line as written or as its block's text; the markup taken off named */
        String text() {
            for (var e : markup.entrySet()) {
                int l = e.getKey();
                findings.add(new Finding(Rule.IMPORT_UNPLACED, Severity.INFO, "", l + 1, 1, "Line " + (l + 1)
                        + ": the markup \"" + quote(oneLine(String.join(" ", e.getValue()))) + "\" was taken off the text."));
            }
            StringBuilder b = new StringBuilder(src.length());
            for (int i = 0; i < out.length; i++) {
                if (i > 0) {
                    b.append('\n');
                }
                b.append(out[i] != null ? out[i] : unquoted(i, line(i)));
            }
            return b.toString();
        }
    }
}
