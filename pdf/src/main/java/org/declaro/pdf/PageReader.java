package org.declaro.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads the text layer of a PDF page by page into {@link VisualLine}s in reading order: glyphs grouped by
 * baseline, and a two-column page read column by column. Each page's glyphs are dropped once its lines are
 * made.
 */
final class PageReader extends PDFTextStripper {
    /** a gap wider than this many type sizes inside a line separates two blocks (columns, table cells) */
    private static final double BLOCK_GAP = 1.5;

    /** The lines of one page. @param number 1-based @param width points @param height points @param lines in reading order */
    record Page(int number, double width, double height, List<VisualLine> lines) {
    }

    private final List<Page> pages = new ArrayList<>();
    private final Map<PDFont, boolean[]> styles = new IdentityHashMap<>();
    private List<Glyph> glyphs = new ArrayList<>();
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
        pages.add(new Page(number, width, height, order(lines(number, glyphs))));
        glyphs = new ArrayList<>();
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
