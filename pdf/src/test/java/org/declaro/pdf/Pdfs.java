package org.declaro.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Makes test PDFs with PDFBox: pages of text runs placed at given points (from the page's top-left, as the
 * reader reports them), in the standard fonts.
 */
final class Pdfs {
    static final PDFont ROMAN = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
    static final PDFont BOLD = new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
    static final PDFont ITALIC = new PDType1Font(Standard14Fonts.FontName.TIMES_ITALIC);
    static final PDFont SANS = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    /** A4 height, points */
    static final float HEIGHT = PDRectangle.A4.getHeight();

    /** A run of text: its font and size, and where its baseline starts. */
    record Run(String text, PDFont font, float size, float x, float y) {
    }

    /** One page's runs. */
    static final class Page {
        final List<Run> runs = new ArrayList<>();
        private float x = 72;
        private float base = 72;
        private float cursor = 72;

        /** @return this, with a run at (x, y) in Times 12 */
        Page at(float x, float y, String text) {
            return at(x, y, ROMAN, 12, text);
        }

        /** @return this, with a run at (x, y) in that font */
        Page at(float x, float y, PDFont font, float size, String text) {
            runs.add(new Run(text, font, size, x, y));
            this.x = x;
            this.base = y;
            this.cursor = x + width(font, size, text);
            return this;
        }

        /** @return this, with a run on the next line (14 points down) at the x of the last line */
        Page line(String text) {
            return at(x, base + 14, text);
        }

        /** @return this, with a run right after the last one, raised by {@code rise} points */
        Page then(PDFont font, float size, float rise, String text) {
            runs.add(new Run(text, font, size, cursor, base - rise));
            cursor += width(font, size, text);
            return this;
        }

        /** @return this, with Times 12 right after the last run, on the line's baseline */
        Page then(String text) {
            return then(ROMAN, 12, 0, text);
        }
    }

    private Pdfs() {
    }

    static float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return a PDF of these pages */
    static byte[] pdf(Page... pages) {
        try (PDDocument doc = new PDDocument()) {
            for (Page p : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    for (Run r : p.runs) {
                        if (r.text.isEmpty()) {
                            continue;
                        }
                        s.beginText();
                        s.setFont(r.font, r.size);
                        s.newLineAtOffset(r.x, HEIGHT - r.y);
                        s.showText(r.text);
                        s.endText();
                    }
                }
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    /** @return a page with lines of text from the top, 14 points apart, a blank line (28 points) before each "" */
    static Page text(String... lines) {
        Page page = new Page();
        float y = 100;
        for (String line : lines) {
            if (line.isEmpty()) {
                y += 14;
                continue;
            }
            page.at(72, y, line);
            y += 14;
        }
        return page;
    }
}
