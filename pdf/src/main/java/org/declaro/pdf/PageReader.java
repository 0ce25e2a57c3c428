package org.declaro.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * Reads the text layer of a PDF page by page into {@link VisualLine}s in reading order: glyphs grouped by
 * baseline, and a two-column page read column by column. Each page's glyphs are dropped once its lines are
 * made. A list marker that the page draws as a shape instead of setting it as a character (the disc a browser
 * draws before a list item) becomes a bullet character of its line, as a word processor's bullet is.
 */
final class PageReader extends PDFTextStripper {
    /** a gap wider than this many type sizes inside a line separates two blocks (columns, table cells) */
    private static final double BLOCK_GAP = 1.5;
    /** a drawn list marker's width and height: at least this many points ... */
    private static final double MARK_MIN = 1.5;
    /** ... and at most this share of its line's type size */
    private static final double MARK_MAX = 0.6;
    /** the path operators whose points make up a shape, and those that paint (f: fill) or drop it */
    private static final java.util.Set<String> FILLS = java.util.Set.of("f", "F", "f*", "b", "b*", "B", "B*");
    private static final java.util.Set<String> PAINTS = java.util.Set.of("S", "s", "n", "f", "F", "f*", "b", "b*",
            "B", "B*");

    /** The lines of one page. @param number 1-based @param width points @param height points @param lines in reading order */
    record Page(int number, double width, double height, List<VisualLine> lines) {
    }

    private final List<Page> pages = new ArrayList<>();
    private final Map<PDFont, boolean[]> styles = new IdentityHashMap<>();
    private List<Glyph> glyphs = new ArrayList<>();
    /** the small filled shapes of the page, [left, top, right, bottom] from its top-left */
    private List<double[]> marks = new ArrayList<>();
    /** the bounds of the path being built, in the page's default space: [minX, minY, maxX, maxY], or null */
    private double[] path;
    private long characters;

    PageReader() throws IOException {
        super();
    }

    /** @return the pages read, with their lines @param document the document */
    List<Page> read(PDDocument document) throws IOException {
        getText(document);
        return pages;
    }

    /** @return the characters (not white space) of the text layer */
    long characters() {
        return characters;
    }

    @Override
    protected void startPage(PDPage page) {
        glyphs = new ArrayList<>();
        marks = new ArrayList<>();
        path = null;
    }

    /**
     * Follows the path operators that text extraction skips, to find the small filled shapes a page draws (list
     * markers); only their bounds are kept.
     */
    @Override
    protected void unsupportedOperator(Operator operator, List<COSBase> operands) {
        String name = operator.getName();
        switch (name) {
            case "m", "l" -> points(operands, 2);
            case "c" -> points(operands, 6);
            case "v", "y" -> points(operands, 4);
            case "re" -> rectangle(operands);
            default -> {
                if (PAINTS.contains(name)) {
                    if (FILLS.contains(name) && path != null) {
                        mark(path);
                    }
                    path = null;
                }
            }
        }
    }

    private void points(List<COSBase> operands, int count) {
        if (operands.size() < count) {
            return;
        }
        for (int i = 0; i + 1 < count; i += 2) {
            if (operands.get(i) instanceof COSNumber x && operands.get(i + 1) instanceof COSNumber y) {
                point(x.floatValue(), y.floatValue());
            }
        }
    }

    private void rectangle(List<COSBase> operands) {
        if (operands.size() < 4) {
            return;
        }
        float[] v = new float[4];
        for (int i = 0; i < 4; i++) {
            if (!(operands.get(i) instanceof COSNumber n)) {
                return;
            }
            v[i] = n.floatValue();
        }
        point(v[0], v[1]);
        point(v[0] + v[2], v[1] + v[3]);
    }

    /** Adds a point, in the current user space, to the path's bounds. */
    private void point(float ux, float uy) {
        Matrix m = getGraphicsState().getCurrentTransformationMatrix();
        double x = m.getScaleX() * ux + m.getShearX() * uy + m.getTranslateX();
        double y = m.getShearY() * ux + m.getScaleY() * uy + m.getTranslateY();
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return;
        }
        if (path == null) {
            path = new double[] {x, y, x, y};
        } else {
            path[0] = Math.min(path[0], x);
            path[1] = Math.min(path[1], y);
            path[2] = Math.max(path[2], x);
            path[3] = Math.max(path[3], y);
        }
    }

    /** Keeps a filled shape small and about as high as wide: a list marker, if a line's text follows it. */
    private void mark(double[] bounds) {
        double w = bounds[2] - bounds[0];
        double h = bounds[3] - bounds[1];
        if (w >= MARK_MIN && h >= MARK_MIN && w <= 2 * h && h <= 2 * w && w < 20 && h < 20) {
            PDRectangle box = getCurrentPage().getCropBox();
            marks.add(new double[] {bounds[0] - box.getLowerLeftX(), box.getUpperRightY() - bounds[3],
                bounds[2] - box.getLowerLeftX(), box.getUpperRightY() - bounds[1]});
        }
    }

    @Override
    protected void processTextPosition(TextPosition t) {
        String text = t.getUnicode();
        if (text == null || text.isEmpty()) {
            return;
        }
        text = unligature(text);
        double size = t.getFontSizeInPt();
        if (!(size > 0)) {
            size = t.getHeightDir();
        }
        if (!(size > 0) || !Double.isFinite(t.getXDirAdj()) || !Double.isFinite(t.getYDirAdj())) {
            return;
        }
        boolean[] style = styles.computeIfAbsent(t.getFont(), PageReader::style);
        Glyph glyph = new Glyph(text, t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), size, t.getWidthOfSpace(),
                style[0], style[1]);
        glyphs.add(glyph);
        if (!glyph.blank()) {
            characters += text.length();
        }
    }

    @Override
    protected void endPage(PDPage page) {
        PDRectangle box = page.getCropBox();
        boolean turned = page.getRotation() % 180 != 0;
        double width = turned ? box.getHeight() : box.getWidth();
        double height = turned ? box.getWidth() : box.getHeight();
        int number = getCurrentPageNo();
        List<Glyph> all = glyphs;
        if (page.getRotation() % 360 == 0 && !marks.isEmpty()) {
            all = new ArrayList<>(glyphs);
            all.addAll(bullets(lines(number, glyphs), marks));
        }
        pages.add(new Page(number, width, height, order(lines(number, all))));
        glyphs = new ArrayList<>();
        marks = new ArrayList<>();
    }

    /**
     * The drawn list markers as bullet characters: a small filled shape that stands before a line's first
     * character (within three type sizes, nothing of the line left of it), in the band between the line's
     * baseline and the top of its small letters, and no larger than {@link #MARK_MAX} of its type size.
     *
     * @param lines the page's lines without the markers
     * @param marks the page's small filled shapes
     * @return a bullet glyph on the baseline of each line a marker stands before
     */
    static List<Glyph> bullets(List<VisualLine> lines, List<double[]> marks) {
        List<Glyph> bullets = new ArrayList<>();
        for (double[] mark : marks) {
            double middle = (mark[1] + mark[3]) / 2;
            for (VisualLine line : lines) {
                double size = line.size;
                boolean band = middle < line.baseline && middle > line.baseline - 0.7 * size;
                boolean before = mark[2] <= line.x0 && line.x0 - mark[2] < 3 * size;
                boolean small = mark[2] - mark[0] <= MARK_MAX * size && mark[3] - mark[1] <= MARK_MAX * size;
                if (band && before && small) {
                    Glyph first = line.glyphs.get(0);
                    bullets.add(new Glyph("\u2022", mark[0], line.baseline, mark[2] - mark[0], size, first.space(),
                            first.bold(), first.italic()));
                    break;
                }
            }
        }
        return bullets;
    }

    /** @return the text with typographic ligatures (ﬀ, ﬁ, ﬂ, ﬃ, ﬄ, ﬅ, ﬆ) as their letters */
    static String unligature(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFB00' && c <= '\uFB06') {
                return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
            }
        }
        return text;
    }

    /** @return bold and italic of a font, from its name and descriptor */
    private static boolean[] style(PDFont font) {
        if (font == null) {
            return new boolean[2];
        }
        String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
        PDFontDescriptor d = font.getFontDescriptor();
        boolean bold = name.contains("bold") || name.contains("black") || name.contains("heavy")
                || d != null && (d.isForceBold() || d.getFontWeight() >= 600);
        boolean italic = name.contains("italic") || name.contains("oblique")
                || d != null && (d.isItalic() || d.getItalicAngle() != 0);
        return new boolean[] {bold, italic};
    }

    /**
     * Groups glyphs into lines: by baseline, a glyph joining the line above when its baseline is within half a
     * type size of the line's lowest baseline (so a raised superscript stays with its line).
     */
    static List<VisualLine> lines(int page, List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        List<VisualLine> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        double lowest = 0;
        double size = 0;
        for (Glyph g : sorted) {
            if (!current.isEmpty() && g.y() - lowest > 0.5 * Math.max(size, g.size())) {
                add(page, current, lines);
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                size = 0;
            }
            current.add(g);
            lowest = g.y();
            size = Math.max(size, g.size());
        }
        add(page, current, lines);
        return lines;
    }

    private static void add(int page, List<Glyph> glyphs, List<VisualLine> lines) {
        if (glyphs.stream().anyMatch(g -> !g.blank())) {
            lines.add(new VisualLine(page, glyphs));
        }
    }

    /**
     * Puts a page's lines in reading order: top to bottom, and on a two-column page (a vertical gutter near the
     * middle that few lines cross, with text on both sides) the left column's lines before the right's; a line
     * across the gutter (a heading over both columns) ends the columns above it.
     */
    static List<VisualLine> order(List<VisualLine> lines) {
        double gutter = gutter(lines);
        if (Double.isNaN(gutter)) {
            return lines;
        }
        List<VisualLine> ordered = new ArrayList<>();
        List<VisualLine> left = new ArrayList<>();
        List<VisualLine> right = new ArrayList<>();
        for (VisualLine line : lines) {
            if (crosses(line, gutter)) {
                ordered.addAll(left);
                ordered.addAll(right);
                left.clear();
                right.clear();
                ordered.add(line);
                continue;
            }
            List<Glyph> l = new ArrayList<>();
            List<Glyph> r = new ArrayList<>();
            for (Glyph g : line.glyphs) {
                (g.x() + g.width() / 2 < gutter ? l : r).add(g);
            }
            if (l.stream().anyMatch(g -> !g.blank())) {
                VisualLine v = new VisualLine(line.page, l);
                v.column = 1;
                left.add(v);
            }
            if (r.stream().anyMatch(g -> !g.blank())) {
                VisualLine v = new VisualLine(line.page, r);
                v.column = 2;
                right.add(v);
            }
        }
        ordered.addAll(left);
        ordered.addAll(right);
        return ordered;
    }

    /** @return whether a block of the line (glyphs without a wide gap) runs across x */
    private static boolean crosses(VisualLine line, double x) {
        for (double[] block : blocks(line)) {
            if (block[0] < x && block[1] > x) {
                return true;
            }
        }
        return false;
    }

    /** @return the line's blocks: [start, end] of runs of glyphs with no gap wider than BLOCK_GAP type sizes */
    private static List<double[]> blocks(VisualLine line) {
        List<double[]> blocks = new ArrayList<>();
        double[] current = null;
        for (Glyph g : line.glyphs) {
            if (g.blank()) {
                continue;
            }
            if (current != null && g.x() - current[1] <= BLOCK_GAP * Math.max(g.size(), line.size)) {
                current[1] = Math.max(current[1], g.end());
            } else {
                current = new double[] {g.x(), g.end()};
                blocks.add(current);
            }
        }
        return blocks;
    }

    /** @return the x of a two-column page's gutter, or NaN when the page is not in two columns */
    static double gutter(List<VisualLine> lines) {
        if (lines.size() < 6) {
            return Double.NaN;
        }
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (VisualLine line : lines) {
            min = Math.min(min, line.x0);
            max = Math.max(max, line.x1);
        }
        double width = max - min;
        if (!(width > 100)) {
            return Double.NaN;
        }
        int bins = (int) Math.ceil(width);
        int[] cover = new int[bins + 1];
        for (VisualLine line : lines) {
            for (double[] block : blocks(line)) {
                int from = (int) Math.max(0, Math.floor(block[0] - min));
                int to = (int) Math.min(bins, Math.ceil(block[1] - min));
                for (int i = from; i < to; i++) {
                    cover[i]++;
                }
            }
        }
        int from = (int) (bins * 0.3);
        int to = (int) (bins * 0.7);
        int least = Integer.MAX_VALUE;
        int runStart = -1;
        int runEnd = -1;
        for (int i = from; i <= to; i++) {
            if (cover[i] < least) {
                least = cover[i];
                runStart = i;
                runEnd = i;
            } else if (cover[i] == least && runEnd == i - 1) {
                runEnd = i;
            }
        }
        if (least > lines.size() * 0.15 || runEnd - runStart < 6) {
            return Double.NaN;
        }
        double gutter = min + (runStart + runEnd) / 2.0;
        int leftLines = 0;
        int rightLines = 0;
        for (VisualLine line : lines) {
            if (line.x0 < gutter) {
                leftLines++;
            }
            if (line.x1 > gutter) {
                rightLines++;
            }
        }
        return leftLines >= lines.size() * 0.3 && rightLines >= lines.size() * 0.3 ? gutter : Double.NaN;
    }
}
