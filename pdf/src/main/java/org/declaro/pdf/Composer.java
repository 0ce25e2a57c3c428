package org.declaro.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.declaro.importer.spi.LineEvidence;
import org.declaro.importer.spi.LineEvidence.Role;
import org.declaro.importer.spi.SourceLine;

/**
 * Turns the visual lines of all pages into the importer's line stream: running heads and footers found by their
 * place across pages, the footnote area at the foot of a page, superscript footnote markers, hanging numbers,
 * paragraph breaks and line-end hyphenation. Works on the whole document, since most of these are told by what
 * the other pages show.
 */
final class Composer {
    /** a footnote's label: digits, or the symbols used for notes */
    private static final Pattern NOTE_LABEL = Pattern.compile("\\d{1,3}|[*\u2020\u2021\u00a7\u00b6]{1,3}");
    /** a paragraph number or label as a hanging number shows it: 1. 12) (a) a) ii. (iv) IV. A. 1.2 1.2. */
    private static final Pattern NUMBER = Pattern.compile(
            "\\(?\\d{1,3}[.)]|\\d{1,3}(\\.\\d{1,3}){1,3}\\.?|\\(?[a-z]{1,2}[.)]|\\([a-z]{1,2}\\)|\\(?[ivxlc]{1,6}[.)]"
                    + "|[IVXLC]{1,6}\\.|[A-Z]\\.|\\([A-Z]\\)|[\u2022\u25aa\u25cf\u2013\u2014-]");
    /** a page number as printed: 7, - 7 -, Page 7, 7/12, 7 of 12 */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(page\\s*)?[-\u2013\u2014]?\\s*\\d{1,4}\\s*[-\u2013\u2014]?(\\s*(/|of)\\s*\\d{1,4})?", Pattern.CASE_INSENSITIVE);
    /** a page count at the end of a line, as a browser's footer prints it after the address: "... 3/17", "Page 3 of 17" */
    private static final Pattern PAGE_COUNT = Pattern.compile(
            "(?:^|.*\\s)(?:page\\s*)?(\\d{1,4})\\s*(?:/|of)\\s*(\\d{1,4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** what the importer reads as a label at the start of a line: (a) a) (iv) iv) */
    private static final Pattern LABEL = Pattern.compile("\\(?[a-z]{1,2}\\)|\\(?[ivxlc]{1,6}\\)|\\(\\d{1,3}\\)");
    /** a word with hyphens inside ("long-standing") */
    private static final Pattern COMPOUND = Pattern.compile("\\p{L}+(?:[-\u2010]\\p{L}+)+");
    /** a superscript marker, perhaps one of a run ("1, 2, 3") */
    private static final Pattern MARKER = Pattern.compile("(\\d{1,3}|[*\u2020\u2021\u00a7\u00b6]{1,3}),?");
    /** the lines an endnote may run to after its label's line */
    private static final int MAX_NOTE_LINES = 16;
    /** the share of the page's height at its top and bottom where a lone page number stands (twice that: a running head) */
    private static final double MARGIN_ZONE = 0.1;
    /** the lines at the top and at the foot of a page that may be its running head or foot */
    private static final int EDGE_LINES = 4;

    private final List<PageReader.Page> pages;
    private final double body;
    private final double leading;
    /** the words of the document (lower case) and how often each stands, unbroken by a line end */
    private final Map<String, Integer> vocabulary = new HashMap<>();
    /** the words with hyphens inside of the document ("long-standing"), and how often each stands */
    private final Map<String, Integer> compounds = new HashMap<>();

    Composer(List<PageReader.Page> pages) {
        this.pages = pages;
        Map<Double, Integer> sizes = new HashMap<>();
        for (PageReader.Page page : pages) {
            for (VisualLine line : page.lines()) {
                sizes.merge(line.size, line.glyphs.size(), Integer::sum);
            }
        }
        this.body = mode(sizes, 10);
        Map<Double, Integer> gaps = new HashMap<>();
        for (PageReader.Page page : pages) {
            VisualLine previous = null;
            for (VisualLine line : page.lines()) {
                if (previous != null && previous.column == line.column && previous.size == body && line.size == body) {
                    double gap = line.baseline - previous.baseline;
                    if (gap > 0.8 * body && gap < 3 * body) {
                        gaps.merge(VisualLine.round(gap), 1, Integer::sum);
                    }
                }
                previous = line;
            }
        }
        this.leading = mode(gaps, body * 1.2);
    }

    private static double mode(Map<Double, Integer> counts, double fallback) {
        double best = fallback;
        int most = 0;
        for (Map.Entry<Double, Integer> e : counts.entrySet()) {
            if (e.getValue() > most || e.getValue() == most && e.getKey() < best) {
                most = e.getValue();
                best = e.getKey();
            }
        }
        return best;
    }

    /** @return the body text's type size (the most used) */
    double bodySize() {
        return body;
    }

    /** One output line before it becomes a SourceLine. */
    private static final class Out {
        final VisualLine line;
        String text;
        String number;
        int numberLevel = -1;
        String footnote;
        double textX;

        Out(VisualLine line, String text) {
            this.line = line;
            this.text = text;
        }
    }

    /** @return the line stream */
    List<SourceLine> compose() {
        markFurniture();
        Map<VisualLine, String> labels = markFootnotes();
        Set<String> referenced = new HashSet<>(labels.values());
        List<Out> outs = new ArrayList<>();
        String lastNote = null;
        for (PageReader.Page page : pages) {
            for (VisualLine line : page.lines()) {
                Out out;
                if (line.role == Role.FOOTNOTE) {
                    String label = labels.get(line);
                    if (label != null) {
                        lastNote = label;
                    }
                    out = new Out(line, text(line, line.pieces(), label != null ? 1 : 0, Set.of()));
                    out.footnote = lastNote;
                } else {
                    List<VisualLine.Piece> pieces = line.pieces();
                    out = new Out(line, text(line, pieces, 0, line.role == Role.CONTENT ? referenced : Set.of()));
                    if (line.role == Role.CONTENT) {
                        hangingNumber(out, pieces);
                    }
                }
                outs.add(out);
                for (Matcher m = WORD.matcher(out.text); m.find(); ) {
                    vocabulary.merge(m.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
                }
                for (Matcher m = COMPOUND.matcher(out.text); m.find(); ) {
                    compounds.merge(m.group().toLowerCase(Locale.ROOT).replace('\u2010', '-'), 1, Integer::sum);
                }
            }
        }
        confirmNumbers(outs);
        return emit(outs);
    }

    /** Marks running heads and footers: the same text (digits aside) at the same height on most pages, or a page number alone in the margin. */
    private void markFurniture() {
        Map<String, Set<Integer>> shapes = new HashMap<>();
        for (PageReader.Page page : pages) {
            for (VisualLine line : edges(page)) {
                shapes.computeIfAbsent(shape(line), k -> new HashSet<>()).add(page.number());
            }
        }
        int needed = Math.max(2, (pages.size() + 1) / 2);
        for (PageReader.Page page : pages) {
            for (VisualLine line : edges(page)) {
                boolean repeated = pages.size() >= 2 && shapes.get(shape(line)).size() >= needed;
                boolean pageNumber = PAGE_NUMBER.matcher(plain(line)).matches() || pageCount(plain(line), page.number());
                boolean inMargin = line.baseline < page.height() * MARGIN_ZONE
                        || line.baseline > page.height() * (1 - MARGIN_ZONE);
                boolean nearEdge = line.baseline < page.height() * 2 * MARGIN_ZONE
                        || line.baseline > page.height() * (1 - 2 * MARGIN_ZONE);
                if (repeated && nearEdge || pageNumber && inMargin) {
                    line.role = Role.FURNITURE;
                }
            }
            pairedHead(page);
        }
    }

    /**
     * Marks the running head that pairs with a page-count footer (a browser prints the date and title at the top,
     * the address and "page n/N" at the foot, in one small type, outside the text): a line in the page's top
     * margin in the type of a furniture line with a page count in its bottom margin. This tells a one-page
     * document's head, which no repetition shows.
     */
    private void pairedHead(PageReader.Page page) {
        double footSize = -1;
        for (VisualLine line : page.lines()) {
            if (line.role == Role.FURNITURE && line.baseline > page.height() * (1 - MARGIN_ZONE)
                    && pageCount(plain(line), page.number())) {
                footSize = line.size;
            }
        }
        if (footSize < 0 || footSize >= body) {
            return;
        }
        for (VisualLine line : page.lines()) {
            if (line.baseline < page.height() * MARGIN_ZONE && Math.abs(line.size - footSize) < 0.6) {
                line.role = Role.FURNITURE;
            }
        }
    }

    /** @return whether the text ends with the page's number and the count of pages ("file:///a.html 3/17") */
    private boolean pageCount(String text, int page) {
        Matcher m = PAGE_COUNT.matcher(text);
        if (!m.matches()) {
            return false;
        }
        int n = Integer.parseInt(m.group(1));
        int of = Integer.parseInt(m.group(2));
        return n == page && of == pages.size() && of >= n;
    }

    /**
     * @return the four topmost and four lowest lines of a page: where running heads and footers stand (a long title
     *         in the head may take three lines)
     */
    private static List<VisualLine> edges(PageReader.Page page) {
        List<VisualLine> byHeight = new ArrayList<>(page.lines());
        byHeight.sort((a, b) -> Double.compare(a.baseline, b.baseline));
        List<VisualLine> edges = new ArrayList<>();
        for (int i = 0; i < byHeight.size(); i++) {
            if (i < EDGE_LINES || i >= byHeight.size() - EDGE_LINES) {
                edges.add(byHeight.get(i));
            }
        }
        return edges;
    }

    /** @return the text with digits as # and its height to 3 points: what a running head keeps from page to page */
    private static String shape(VisualLine line) {
        return Math.round(line.baseline / 3) + "|" + plain(line).replaceAll("\\d+", "#").replaceAll("\\s+", " ");
    }

    private static String plain(VisualLine line) {
        StringBuilder b = new StringBuilder();
        for (VisualLine.Piece p : line.pieces()) {
            if (p.spaced()) {
                b.append(' ');
            }
            b.append(p.text());
        }
        return b.toString().trim();
    }

    /**
     * Marks the footnote area of each page: the lowest lines (below the body, in the lower half of the page) from
     * a line that opens with a note label (a superscript, or smaller type) down to the last, when a superscript
     * marker with that label stands in the text before it. Lines of the area without a label continue the note
     * before them; on the last page the area may reach above the middle (endnotes).
     *
     * @return the label of each line that opens a note
     */
    private Map<VisualLine, String> markFootnotes() {
        // where each marker is first seen in the text: page, baseline
        Map<String, double[]> superscripts = new HashMap<>();
        for (PageReader.Page page : pages) {
            for (VisualLine line : page.lines()) {
                List<VisualLine.Piece> pieces = line.pieces();
                for (int i = 1; i < pieces.size(); i++) {
                    String marker = marker(pieces.get(i));
                    if (marker != null) {
                        superscripts.putIfAbsent(marker, new double[] {page.number(), line.baseline});
                    }
                }
            }
        }
        Map<VisualLine, String> labels = new HashMap<>();
        markEndnotes(superscripts, labels);
        for (PageReader.Page page : pages) {
            // the last page's notes may be endnotes, which fill more than its lower half
            double floor = page == pages.get(pages.size() - 1) ? 0 : page.height() / 2;
            List<VisualLine> lines = new ArrayList<>();
            for (VisualLine line : page.lines()) {
                if (line.role == Role.CONTENT) {
                    lines.add(line);
                }
            }
            lines.sort((a, b) -> Double.compare(a.baseline, b.baseline));
            int top = -1;
            for (int i = lines.size() - 1; i >= 0; i--) {
                VisualLine line = lines.get(i);
                if (line.baseline < floor || line.size > body * 1.05) {
                    break;
                }
                if (referencedBefore(label(line), line, superscripts)) {
                    top = i;
                }
            }
            if (top < 0) {
                continue;
            }
            // small type right above the first label: the end of a note begun on the page before
            while (top > 0 && lines.get(top - 1).size <= body * 0.9 && label(lines.get(top - 1)) == null
                    && lines.get(top - 1).baseline > floor) {
                top--;
            }
            for (int i = top; i < lines.size(); i++) {
                VisualLine line = lines.get(i);
                line.role = Role.FOOTNOTE;
                String label = label(line);
                if (referencedBefore(label, line, superscripts)) {
                    labels.put(line, label);
                }
            }
        }
        return labels;
    }

    /**
     * Marks endnotes: the document's last lines, from a line labelled with the first note's number down to the end,
     * when the labelled lines among them (two or more) count up from it one by one (1, 2, 3 ...), whatever pages
     * they fill. In such a run a label counts even where the text shows no marker for it, and so do the labelled
     * lines right above it that count down from the first marked note to 1 (notes whose markers the text lost).
     */
    private void markEndnotes(Map<String, double[]> superscripts, Map<VisualLine, String> labels) {
        // the first note's number: the least marker in the text, or 1 where the text shows none
        int first = Integer.MAX_VALUE;
        for (String label : superscripts.keySet()) {
            if (label.chars().allMatch(Character::isDigit)) {
                first = Math.min(first, Integer.parseInt(label));
            }
        }
        boolean markers = first != Integer.MAX_VALUE;
        if (!markers) {
            first = 1;
        }
        List<VisualLine> content = new ArrayList<>();
        for (PageReader.Page page : pages) {
            for (VisualLine line : page.lines()) {
                if (line.role == Role.CONTENT) {
                    content.add(line);
                }
            }
        }
        int expected = -1;
        int unlabelled = 0;
        double runX = Double.NaN;
        Map<VisualLine, String> found = new HashMap<>();
        for (int i = content.size() - 1; i >= 0; i--) {
            VisualLine line = content.get(i);
            if (line.size > body * 1.05) {
                return;
            }
            String label = label(line);
            int n = label != null && label.chars().allMatch(Character::isDigit) ? Integer.parseInt(label) : -1;
            if (n < 0 || expected >= 0 && n != expected) {
                // a note runs to a few lines, which start where one another do; more without a label in sequence,
                // or lines set in from one another (numbered paragraphs), are the text, not notes
                if (++unlabelled > MAX_NOTE_LINES || !Double.isNaN(runX) && Math.abs(line.x0 - runX) > 2) {
                    return;
                }
                runX = line.x0;
                continue;
            }
            unlabelled = 0;
            runX = Double.NaN;
            found.put(line, label);
            if (n == first) {
                if (found.size() < 2 || markers && !referencedBefore(label, line, superscripts)) {
                    return;
                }
                // the notes before the first the text marks (their markers lost, or kept apart from the text):
                // labelled lines right above that count down from it to 1
                int from = i;
                int below = first - 1;
                int gap = 0;
                for (int j = i - 1; j >= 0 && below >= 1 && gap <= MAX_NOTE_LINES; j--) {
                    VisualLine above = content.get(j);
                    String l = label(above);
                    if (above.size > body * 1.05 || l != null && !l.equals(String.valueOf(below))) {
                        break;
                    }
                    if (l == null) {
                        gap++;
                        continue;
                    }
                    found.put(above, l);
                    from = j;
                    below--;
                    gap = 0;
                }
                for (int k = from; k < content.size(); k++) {
                    content.get(k).role = Role.FOOTNOTE;
                }
                labels.putAll(found);
                return;
            }
            expected = n - 1;
        }
    }

    /** @return whether a marker with the label stands in the text before the line: above it, or on a page before */
    private static boolean referencedBefore(String label, VisualLine line, Map<String, double[]> superscripts) {
        double[] first = label == null ? null : superscripts.get(label);
        return first != null && (first[0] < line.page || first[0] == line.page && first[1] < line.baseline);
    }

    /** @return the label of a superscript marker ("1", or "1," in a run of them), or null when the piece is none */
    private static String marker(VisualLine.Piece p) {
        if (!p.sup()) {
            return null;
        }
        Matcher m = MARKER.matcher(p.text());
        return m.matches() ? m.group(1) : null;
    }

    /** @return the note label that opens the line (a superscript, or a number in type smaller than the body's), or null */
    private String label(VisualLine line) {
        List<VisualLine.Piece> pieces = line.pieces();
        if (pieces.size() < 2) {
            return null;
        }
        VisualLine.Piece first = pieces.get(0);
        if (!NOTE_LABEL.matcher(first.text()).matches()) {
            return null;
        }
        if (first.sup() || line.size <= body * 0.9 && pieces.get(1).spaced()) {
            return first.text();
        }
        return null;
    }

    /**
     * @param skip     pieces to leave out at the start (a footnote's label)
     * @param notes    the labels of the document's notes: a superscript with one becomes {@code [^label]}
     * @return the line's text
     */
    private static String text(VisualLine line, List<VisualLine.Piece> pieces, int skip, Set<String> notes) {
        StringBuilder b = new StringBuilder();
        for (int i = skip; i < pieces.size(); i++) {
            VisualLine.Piece p = pieces.get(i);
            String marker = i > 0 ? marker(p) : null;
            boolean note = marker != null && notes.contains(marker);
            if (p.spaced() && b.length() > 0 && !note) {
                b.append(' ');
            }
            b.append(note ? "[^" + marker + "]" : p.text());
        }
        return b.toString().strip();
    }

    /** Takes a hanging number off the line: a number followed by a wide gap (a tab), its text starting further right. */
    private void hangingNumber(Out out, List<VisualLine.Piece> pieces) {
        if (pieces.size() < 2) {
            return;
        }
        VisualLine.Piece first = pieces.get(0);
        VisualLine.Piece second = pieces.get(1);
        if (first.sup() || !NUMBER.matcher(first.text()).matches() || !second.spaced()) {
            return;
        }
        out.number = first.text();
        out.textX = second.x();
    }

    /**
     * Keeps a number taken off a line only where it hangs: the gap after it is wider than a word space (a tab),
     * or its text starts where the next line of the paragraph starts, or where the text of another hanging
     * number starts. The numbers' levels follow their indents, from the left.
     */
    private void confirmNumbers(List<Out> outs) {
        Set<Long> textStarts = new HashSet<>();
        boolean[] sure = new boolean[outs.size()];
        for (int i = 0; i < outs.size(); i++) {
            Out out = outs.get(i);
            if (out.number == null) {
                continue;
            }
            VisualLine.Piece first = out.line.pieces().get(0);
            boolean tab = out.textX - first.end() > 0.9 * out.line.size;
            Out next = nextContent(outs, i);
            boolean hangs = next != null && next.line.page == out.line.page && next.line.column == out.line.column
                    && next.number == null && Math.abs(next.line.x0 - out.textX) < 1.5
                    && next.line.baseline - out.line.baseline < leading * 1.3 * Math.max(1, out.line.size / body);
            if (tab || hangs) {
                sure[i] = true;
                textStarts.add(Math.round(out.textX));
            }
        }
        TreeSet<Long> indents = new TreeSet<>();
        for (int i = 0; i < outs.size(); i++) {
            Out out = outs.get(i);
            if (out.number == null) {
                continue;
            }
            if (!sure[i] && !textStarts.contains(Math.round(out.textX))) {
                out.number = null;
                continue;
            }
            indents.add(Math.round(out.line.x0 - columnLeft(out.line)));
        }
        List<Long> levels = mergeClose(indents);
        for (Out out : outs) {
            if (out.number != null) {
                long indent = Math.round(out.line.x0 - columnLeft(out.line));
                int level = 0;
                for (int k = 0; k < levels.size(); k++) {
                    if (indent >= levels.get(k) - 3) {
                        level = k;
                    }
                }
                out.numberLevel = level;
                String text = out.text;
                int cut = text.indexOf(out.number);
                out.text = cut < 0 ? text : text.substring(cut + out.number.length()).strip();
            }
        }
    }

    /** @return the indents, those within 3 points of the one before dropped */
    private static List<Long> mergeClose(TreeSet<Long> indents) {
        List<Long> merged = new ArrayList<>();
        for (long x : indents) {
            if (merged.isEmpty() || x - merged.get(merged.size() - 1) > 3) {
                merged.add(x);
            }
        }
        return merged;
    }

    private final Map<String, Double> columnLefts = new HashMap<>();

    /** @return the left edge of the body text of the line's page and column */
    private double columnLeft(VisualLine line) {
        return columnLefts.computeIfAbsent(line.page + "/" + line.column, k -> {
            double left = Double.MAX_VALUE;
            for (VisualLine l : pages.get(pageIndex(line.page)).lines()) {
                if (l.column == line.column && l.role == Role.CONTENT) {
                    left = Math.min(left, l.x0);
                }
            }
            return left == Double.MAX_VALUE ? line.x0 : left;
        });
    }

    private final Map<String, Double> columnRights = new HashMap<>();

    /** @return the right edge of the body text of the line's page and column */
    private double columnRight(VisualLine line) {
        return columnRights.computeIfAbsent(line.page + "/" + line.column, k -> {
            double right = -Double.MAX_VALUE;
            for (VisualLine l : pages.get(pageIndex(line.page)).lines()) {
                if (l.column == line.column && l.role == Role.CONTENT) {
                    right = Math.max(right, l.x1);
                }
            }
            return right == -Double.MAX_VALUE ? line.x1 : right;
        });
    }

    private int pageIndex(int number) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).number() == number) {
                return i;
            }
        }
        throw new IllegalStateException("no page " + number);
    }

    private static Out nextContent(List<Out> outs, int i) {
        for (int j = i + 1; j < outs.size(); j++) {
            if (outs.get(j).line.role == Role.CONTENT) {
                return outs.get(j);
            }
        }
        return null;
    }

    /** @return whether a paragraph ends between two content lines that follow each other */
    private boolean breakBetween(Out a, Out b) {
        if (b.number != null) {
            return true;
        }
        if (Math.abs(a.line.size - b.line.size) > 0.6 || a.line.bold() != b.line.bold()) {
            return true;
        }
        if (a.line.page != b.line.page || a.line.column != b.line.column) {
            // a page or column ends: the paragraph ends with it when the next line's first word would have fitted
            // at the end of the last line (so the line was ended, not filled)
            return a.line.x1 + firstWordWidth(b.line) + 0.3 * a.line.size < columnRight(a.line);
        }
        double gap = b.line.baseline - a.line.baseline;
        double expected = leading * Math.max(a.line.size, b.line.size) / body;
        // (a short line whose next line's first word would have fitted is no break here: it is as often a line
        // break inside a paragraph, a signature block's, as the end of a paragraph set without space after it)
        return gap < 0 || gap > expected * 1.3;
    }

    /** @return the width of the line's first word */
    private static double firstWordWidth(VisualLine line) {
        List<VisualLine.Piece> pieces = line.pieces();
        double end = pieces.get(0).end();
        for (int i = 1; i < pieces.size() && !pieces.get(i).spaced(); i++) {
            end = pieces.get(i).end();
        }
        return end - pieces.get(0).x();
    }

    /** whether the document breaks words at line ends with a hyphen (see {@link #hyphenates(List)}) */
    private boolean hyphenates;

    /**
     * Whether the document breaks words at line ends with a hyphen, as a typesetter that hyphenates does, or only
     * at the hyphens its words have: it does when a line ends with the start of a word that is no word of the
     * document ("particu-"), the next line going on with its end ("larly"), where the whole word stands elsewhere
     * unbroken and the two halves with a hyphen nowhere; twice at least, since a compound with a prefix that is no
     * word ("co-" "operation") looks so too. (A document that does not hyphenate breaks only compounds, whose
     * halves are mostly words: "long-" "standing".)
     */
    private boolean hyphenates(List<Out> outs) {
        Out previous = null;
        int breaks = 0;
        for (Out out : outs) {
            if (out.line.role != Role.CONTENT) {
                continue;
            }
            if (previous != null && !breakBetween(previous, out)) {
                String a = previous.text;
                int n = a.length();
                if (n >= 3 && (a.charAt(n - 1) == '-' || a.charAt(n - 1) == '\u2010') && Character.isLetter(a.charAt(n - 2))
                        && !out.text.isEmpty() && Character.isLowerCase(out.text.codePointAt(0))) {
                    int start = n - 2;
                    while (start > 0 && Character.isLetter(a.charAt(start - 1))) {
                        start--;
                    }
                    String stem = a.substring(start, n - 1).toLowerCase(Locale.ROOT);
                    Matcher head = WORD.matcher(out.text);
                    String tail = head.lookingAt() ? head.group().toLowerCase(Locale.ROOT) : "";
                    // the stem counts once in the vocabulary for the broken line itself
                    if (vocabulary.getOrDefault(stem, 0) <= 1 && vocabulary.getOrDefault(stem + tail, 0) > 0
                            && !compounds.containsKey(stem + "-" + tail) && ++breaks >= 2) {
                        return true;
                    }
                }
            }
            previous = out;
        }
        return false;
    }

    /** @return the lines with paragraph breaks, hyphenation undone, and their evidence */
    private List<SourceLine> emit(List<Out> outs) {
        hyphenates = hyphenates(outs);
        Map<Double, Integer> headingSizes = new TreeMap<>((x, y) -> Double.compare(y, x));
        for (Out out : outs) {
            if (out.line.role == Role.CONTENT && out.line.size >= body * 1.15) {
                headingSizes.merge(out.line.size, 1, Integer::sum);
            }
        }
        List<Double> headingOrder = new ArrayList<>(headingSizes.keySet());
        List<SourceLine> lines = new ArrayList<>();
        Out previous = null;
        for (int i = 0; i < outs.size(); i++) {
            Out out = outs.get(i);
            if (out.line.role == Role.CONTENT) {
                if (previous != null) {
                    if (breakBetween(previous, out)) {
                        // the break right after the paragraph's last line, and again before the next paragraph when
                        // the page's furniture stands between them: a heading at the foot of a page and a number at
                        // the top of the next are set apart by a blank line, as anywhere else
                        Integer at = positions.get(previous);
                        if (at != null && at + 1 < lines.size()) {
                            lines.add(at + 1, SourceLine.blank());
                        }
                        lines.add(SourceLine.blank());
                    } else if (!dehyphenate(previous, out, lines) && !wrappedMarker(previous, out, lines)) {
                        lineBreak(previous, out, lines);
                    }
                }
                previous = out;
            }
            if (out.text.isEmpty() && out.number == null) {
                continue;
            }
            int heading = out.line.role == Role.CONTENT ? headingOrder.indexOf(out.line.size) + 1 : 0;
            // the end of a note whose start no page showed: kept out of the text, as furniture is
            Role role = out.line.role == Role.FOOTNOTE && out.footnote == null ? Role.FURNITURE : out.line.role;
            LineEvidence evidence = LineEvidence.builder().page(out.line.page).x(out.line.x0).y(out.line.baseline)
                    .fontSize(out.line.size).bold(out.line.bold()).italic(out.line.italic())
                    .headingLevel(Math.min(9, heading)).numberLevel(out.number == null ? 0 : out.numberLevel)
                    .number(out.number).role(role).footnote(role == Role.FOOTNOTE ? out.footnote : null)
                    .build();
            lines.add(new SourceLine(out.text, evidence));
            positions.put(out, lines.size() - 1);
        }
        return lines;
    }

    private final Map<Out, Integer> positions = new HashMap<>();

    /**
     * Undoes a hyphen at the end of a line: the first word of the next line moves up to its start, without the
     * hyphen when the document {@link #hyphenates() breaks words at line ends} and the joined word is a word of
     * the document (it occurs elsewhere unbroken, more often than the compound with the hyphen does), with it
     * otherwise (a compound such as "well-being" broken at its hyphen). A soft hyphen always goes. A hyphen or dash after anything else ("U.S.-", "2024–") keeps the next word right
     * after it, as it stood before the line broke there.
     *
     * @return whether the line ended with such a hyphen or dash
     */
    private boolean dehyphenate(Out a, Out b, List<SourceLine> lines) {
        String first = a.text;
        if (first.length() < 2 || b.text.isEmpty() || Character.isWhitespace(first.charAt(first.length() - 2))) {
            return false;
        }
        char end = first.charAt(first.length() - 1);
        boolean soft = end == '\u00ad';
        boolean hyphen = soft || end == '-' || end == '\u2010';
        if (!hyphen && end != '\u2013') {
            return false;
        }
        boolean word = hyphen && Character.isLetter(first.charAt(first.length() - 2))
                && Character.isLowerCase(b.text.codePointAt(0));
        String moved = firstWord(b.text);
        String keep = first;
        if (word) {
            Matcher head = WORD.matcher(moved);
            String tailWord = head.lookingAt() ? head.group() : "";
            int start = first.length() - 2;
            while (start > 0 && Character.isLetter(first.charAt(start - 1))) {
                start--;
            }
            String stem = first.substring(start, first.length() - 1);
            String joined = (stem + tailWord).toLowerCase(Locale.ROOT);
            String compound = (stem + "-" + tailWord).toLowerCase(Locale.ROOT);
            // the joined word where the document breaks words at line ends and writes it so, unless it writes the
            // compound at least as often
            boolean unbroken = hyphenates && vocabulary.getOrDefault(joined, 0) > compounds.getOrDefault(compound, 0);
            keep = soft || unbroken ? first.substring(0, first.length() - 1) : first;
        } else if (soft) {
            keep = first.substring(0, first.length() - 1);
        }
        moveUp(a, keep + moved, b, moved.length(), lines);
        return true;
    }

    /**
     * Keeps a line that a wrap began from reading as an item: when the line before was full (the next line's
     * first word would not have fitted at its end, an edge that two lines or more reach) and no paragraph ends
     * between them, a first word that reads as
     * a number, a label or a bullet ("(a) to (s)", "– from") moves up to the end of the line before, where it
     * stood in the sentence.
     *
     * @return whether the word moved
     */
    private boolean wrappedMarker(Out a, Out b, List<SourceLine> lines) {
        if (b.number != null || b.text.isEmpty() || a.text.isEmpty() || a.line.page != b.line.page
                || a.line.column != b.line.column) {
            return false;
        }
        String moved = firstWord(b.text);
        if (!NUMBER.matcher(moved).matches() && !LABEL.matcher(moved).matches()) {
            return false;
        }
        double right = columnRight(a.line);
        boolean full = a.line.x1 + firstWordWidth(b.line) + 0.3 * a.line.size >= right;
        if (!full || reaching(a.line, right) < 2) {
            return false;
        }
        moveUp(a, a.text + " " + moved, b, moved.length(), lines);
        return true;
    }

    /**
     * @return how many content lines of the line's page and column reach its right edge: one alone does not tell
     *         where the edge is (a line that makes it is not full, it is only the longest)
     */
    private int reaching(VisualLine line, double right) {
        int n = 0;
        for (VisualLine l : pages.get(pageIndex(line.page)).lines()) {
            if (l.column == line.column && l.role == Role.CONTENT && l.x1 >= right - 0.5 * l.size) {
                n++;
            }
        }
        return n;
    }

    /**
     * Marks a line that ends with a line break of the text: it ends short of its column's right edge (an edge that
     * two lines or more reach), although the next line's first word would have fitted there, and the next line of
     * the paragraph follows on the same page and column.
     */
    private void lineBreak(Out a, Out b, List<SourceLine> lines) {
        Integer at = positions.get(a);
        if (at == null || b.text.isEmpty() || a.line.page != b.line.page || a.line.column != b.line.column) {
            return;
        }
        double right = columnRight(a.line);
        if (a.line.x1 + firstWordWidth(b.line) + 0.3 * a.line.size < right && reaching(a.line, right) >= 2) {
            SourceLine old = lines.get(at);
            lines.set(at, new SourceLine(old.text(), old.evidence().toBuilder().lineBreak(true).build()));
        }
    }

    /** @return the text up to its first white space */
    private static String firstWord(String text) {
        int cut = 0;
        while (cut < text.length() && !Character.isWhitespace(text.charAt(cut))) {
            cut++;
        }
        return text.substring(0, cut);
    }

    /** Sets a line's text to {@code joined} and takes the first {@code cut} characters off the next line. */
    private void moveUp(Out a, String joined, Out b, int cut, List<SourceLine> lines) {
        a.text = joined;
        b.text = b.text.substring(cut).strip();
        Integer at = positions.get(a);
        if (at != null) {
            SourceLine old = lines.get(at);
            lines.set(at, new SourceLine(a.text, old.evidence()));
        }
    }
}
