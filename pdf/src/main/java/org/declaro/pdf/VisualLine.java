package org.declaro.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.declaro.importer.spi.LineEvidence;

/**
 * One visual line of a page: the glyphs that share a baseline within one column, left to right. Superscripts
 * (smaller type raised above the baseline) belong to the line they stand on.
 */
final class VisualLine {
    /** a glyph is a superscript when it is this much smaller than the line's type ... */
    private static final double SUPERSCRIPT_SIZE = 0.85;
    /** ... and its baseline is raised by this share of the line's type size */
    private static final double SUPERSCRIPT_RISE = 0.15;

    final int page;
    final List<Glyph> glyphs;
    final double baseline;
    final double size;
    final double x0;
    final double x1;
    /** 0: the page's full width; 1, 2: the left and right column of a two-column page */
    int column;
    LineEvidence.Role role = LineEvidence.Role.CONTENT;

    VisualLine(int page, List<Glyph> glyphs) {
        this.page = page;
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::x));
        this.glyphs = List.copyOf(sorted);
        Map<Double, Integer> counts = new HashMap<>();
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        for (Glyph g : sorted) {
            if (!g.blank()) {
                counts.merge(round(g.size()), g.text().length(), Integer::sum);
                left = Math.min(left, g.x());
                right = Math.max(right, g.end());
            }
        }
        double main = 0;
        int best = -1;
        for (Map.Entry<Double, Integer> e : counts.entrySet()) {
            if (e.getValue() > best || e.getValue() == best && e.getKey() > main) {
                best = e.getValue();
                main = e.getKey();
            }
        }
        this.size = main;
        double sum = 0;
        int n = 0;
        for (Glyph g : sorted) {
            if (!g.blank() && round(g.size()) == main) {
                sum += g.y();
                n++;
            }
        }
        this.baseline = n == 0 ? sorted.get(0).y() : sum / n;
        this.x0 = left == Double.MAX_VALUE ? sorted.get(0).x() : left;
        this.x1 = right == -Double.MAX_VALUE ? sorted.get(0).end() : right;
    }

    /** @return a size rounded to half points, the precision at which two sizes count as the same */
    static double round(double size) {
        return Math.round(size * 2) / 2.0;
    }

    boolean superscript(Glyph g) {
        return g.size() < size * SUPERSCRIPT_SIZE && g.y() < baseline - size * SUPERSCRIPT_RISE;
    }

    boolean bold() {
        return glyphs.stream().filter(g -> !g.blank()).allMatch(Glyph::bold);
    }

    boolean italic() {
        return glyphs.stream().filter(g -> !g.blank()).allMatch(Glyph::italic);
    }

    /** @return whether the line has any glyph that is not white space */
    boolean hasText() {
        return glyphs.stream().anyMatch(g -> !g.blank());
    }

    /**
     * The line cut into pieces: runs of glyphs with no word space between them and the same superscript state.
     *
     * @return the pieces, left to right
     */
    List<Piece> pieces() {
        if (pieces == null) {
            pieces = List.copyOf(cut());
        }
        return pieces;
    }

    private List<Piece> pieces;

    private List<Piece> cut() {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        boolean sup = false;
        double start = 0;
        double end = 0;
        double gapBefore = 0;
        boolean spaced = false;
        Glyph previous = null;
        for (Glyph g : glyphs) {
            if (g.blank()) {
                spaced = true;
                continue;
            }
            boolean s = superscript(g);
            double gap = previous == null ? 0 : g.x() - previous.end();
            double threshold = g.space() > 0 ? Math.min(g.space(), previous == null ? g.space() : previous.space()) * 0.5
                    : 0.12 * g.size();
            threshold = Math.max(threshold, 0.08 * g.size());
            boolean wordBreak = previous != null && (spaced || gap > threshold);
            if (previous != null && (wordBreak || s != sup)) {
                pieces.add(new Piece(text.toString(), sup, start, end, gapBefore));
                text.setLength(0);
            }
            if (text.length() == 0) {
                start = g.x();
                gapBefore = previous == null ? 0 : (wordBreak ? Math.max(gap, 0.01) : 0);
            }
            text.append(g.text());
            end = g.end();
            sup = s;
            spaced = false;
            previous = g;
        }
        if (text.length() > 0) {
            pieces.add(new Piece(text.toString(), sup, start, end, gapBefore));
        }
        return pieces;
    }

    /**
     * A run of glyphs.
     *
     * @param text      its characters
     * @param sup       whether it is a superscript
     * @param x         its left edge
     * @param end       its right edge
     * @param gapBefore the white space before it (0: joined to the piece before, as a superscript to its word)
     */
    record Piece(String text, boolean sup, double x, double end, double gapBefore) {
        boolean spaced() {
            return gapBefore > 0;
        }
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (Piece p : pieces()) {
            if (p.spaced()) {
                b.append(' ');
            }
            b.append(p.sup() ? "^" + p.text() : p.text());
        }
        return "p" + page + " y=" + Math.round(baseline) + " x=" + Math.round(x0) + " " + size + "pt: " + b;
    }
}
