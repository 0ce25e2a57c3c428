package org.declaro.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.declaro.importer.ImportResult;
import org.declaro.importer.TextImporter;
import org.declaro.importer.spi.SourceContent;
import org.declaro.importer.spi.SourceRequest;
import org.declaro.model.Limits;
import org.declaro.pdf.PdfSourceReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading PDFs of 10, 30 and 100 pages (a resolution's layout: running head, page number, numbered paragraphs with
 * hanging numbers, a footnote a page; 40 lines a page) with {@link PdfSourceReader}, and importing them, against a
 * baseline in the same run: PDFBox's own {@link PDFTextStripper} on the same bytes, the least a PDF text reader
 * does. Pages a second are {@code pages / (µs/op) × 10⁶}; time per page should stay flat across the sizes.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class PdfBenchmark {

    @Param({"10", "30", "100"})
    public int pages;

    byte[] pdf;
    PdfSourceReader reader;
    TextImporter importer;

    @Setup(Level.Trial)
    public void setUp() {
        pdf = resolution(pages);
        reader = new PdfSourceReader();
        importer = TextImporter.standard();
    }

    /** The reader: text positions to the line stream with its evidence. */
    @Benchmark
    public SourceContent read() throws IOException {
        return reader.read(new ByteArrayInputStream(pdf), SourceRequest.of(Limits.DEFAULTS));
    }

    /** The whole import: the reader, then the importer's stages. */
    @Benchmark
    public ImportResult importPdf() {
        return importer.importStream(new ByteArrayInputStream(pdf), "application/pdf");
    }

    /** The baseline: PDFBox parses the file and gives its text. */
    @Benchmark
    public String baselineStripper() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** @return a PDF of that many pages laid out as a resolution */
    static byte[] resolution(int pages) {
        float height = PDRectangle.A4.getHeight();
        int paragraph = 0;
        try (PDDocument doc = new PDDocument();
                InputStream ttf = PDFont.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            // an embedded font, as published PDFs have (a standard font left out makes PDFBox look for a system font)
            PDFont roman = PDType0Font.load(doc, ttf);
            for (int p = 1; p <= pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    show(s, roman, 9, 260, height - 40, "A/RES/99/" + pages);
                    float y = height - 90;
                    for (int line = 0; line < 40; line++) {
                        if (line % 5 == 0) {
                            y -= 8;
                            show(s, roman, 12, 72, y, ++paragraph + ".");
                        }
                        show(s, roman, 12, 108, y, (line % 5 == 0 ? "Decides" : "and further") + " that the States Members"
                                + " will report on the progress made in paragraph " + paragraph + ", line " + line);
                        if (line == 3) {
                            show(s, roman, 7, 500, y + 4, String.valueOf(p));
                        }
                        y -= 14;
                    }
                    show(s, roman, 7, 72, 74, String.valueOf(p));
                    show(s, roman, 10, 76, 70, "See the report of the Secretary-General, page " + p + ".");
                    show(s, roman, 9, 290, 40, String.valueOf(p));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void show(PDPageContentStream s, PDFont font, float size, float x, float y, String text) throws IOException {
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
    }
}
