package org.declaro.beam;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * A Word file and a PDF made here, as Word and a PDF printer make them (POI's XWPF, PDFBox with an embedded
 * font): a short declaration whose paragraphs are the given ones.
 */
final class BinaryFiles {
    private BinaryFiles() {
    }

    /** @return a .docx: a title paragraph, then one paragraph each */
    static byte[] docx(String title, List<String> paragraphs) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText(title);
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return a one-page PDF: the title, then each paragraph on a line of its own, a blank line between */
    static byte[] pdf(String title, List<String> paragraphs) {
        try (PDDocument doc = new PDDocument();
                InputStream ttf = PDFont.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            PDFont font = PDType0Font.load(doc, ttf);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                float y = PDRectangle.A4.getHeight() - 80;
                for (String line : Stream.concat(Stream.of(title), paragraphs.stream()).toList()) {
                    s.beginText();
                    s.setFont(font, 11);
                    s.newLineAtOffset(72, y);
                    s.showText(line);
                    s.endText();
                    y -= 28;
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
