package org.declaro.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.declaro.importer.spi.SourceContent;
import org.declaro.importer.spi.SourceLine;
import org.declaro.importer.spi.SourceReader;
import org.declaro.importer.spi.SourceRequest;
import org.declaro.report.Finding;
import org.declaro.report.Rule;
import org.declaro.report.Severity;

/**
 * The PDF reader of the importer, on Apache PDFBox: reads a PDF's text layer into the importer's line stream,
 * one line a visual line, in reading order, with the evidence of the page (page, place, type size, bold,
 * italic), and:
 * <ul>
 *   <li>running heads and footers (the same text, or the same shape such as a page number, at the same height on
 *       most pages) as {@code FURNITURE};</li>
 *   <li>the footnote area at the foot of a page as {@code FOOTNOTE} lines with their labels, and the superscript
 *       markers in the text as {@code [^label]};</li>
 *   <li>a hanging number in the margin as the line's {@code number}, its level from its indent;</li>
 *   <li>a paragraph break (a blank line) where the vertical gap, the type or a new number says so;</li>
 *   <li>a hyphen at a line's end undone where the joined word occurs elsewhere in the document;</li>
 *   <li>a two-column page read column by column.</li>
 * </ul>
 * A file it cannot read gives no lines and one error finding, never an exception: an encrypted PDF, a PDF with
 * no text layer (a scan), a damaged file ({@link Rule#IMPORT_SOURCE}); more bytes than
 * {@code Limits.maxInputBytes} or more pages than allowed ({@link Rule#LIMIT_EXCEEDED}). A file cut short (no
 * {@code %%EOF} at its end) that PDFBox can still repair gives its lines and an {@code import.source} warning. The page limit is
 * {@code Limits.maxPages} (default 500), checked before any page is read.
 *
 * <p>Found by {@link java.util.ServiceLoader} as a {@link SourceReader} for {@code --from pdf},
 * {@code application/pdf} and {@code .pdf}.
 */
public final class PdfSourceReader implements SourceReader {
    /** The message for a PDF without text: {@value}. */
    public static final String NO_TEXT_LAYER = "the PDF has no text layer (a scan); OCR is not part of Declaro";

    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    /** how far into the file the header may stand (the PDF specification lets readers accept junk before it) */
    private static final int MAGIC_WINDOW = 1024;

    /** The reader; {@link java.util.ServiceLoader} calls this. */
    public PdfSourceReader() {
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of("application/pdf");
    }

    @Override
    public Set<String> extensions() {
        return Set.of("pdf");
    }

    /** @return whether {@code %PDF-} stands within the first 1,024 bytes */
    @Override
    public boolean recognises(byte[] head) {
        int last = Math.min(head.length - MAGIC.length, MAGIC_WINDOW);
        outer:
        for (int i = 0; i <= last; i++) {
            for (int k = 0; k < MAGIC.length; k++) {
                if (head[i + k] != MAGIC[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    @Override
    public SourceContent read(InputStream in, SourceRequest request) throws IOException {
        long maxBytes = request.limits().maxInputBytes();
        byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 16));
        if (bytes.length > maxBytes) {
            return failure(Rule.LIMIT_EXCEEDED, "the PDF is larger than the limit of " + maxBytes
                    + " bytes (Limits.maxInputBytes)");
        }
        if (!recognises(bytes)) {
            return failure(Rule.IMPORT_SOURCE, "not a PDF: no %PDF- header at its start");
        }
        int maxPages = request.limits().maxPages();
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(bytes))) {
            int pages = document.getNumberOfPages();
            if (pages > maxPages) {
                return failure(Rule.LIMIT_EXCEEDED, "the PDF has " + pages + " pages, more than the limit of "
                        + maxPages + " (Limits.maxPages)");
            }
            PageReader reader = new PageReader();
            List<PageReader.Page> read = reader.read(document);
            if (reader.characters() == 0) {
                return failure(Rule.IMPORT_SOURCE, NO_TEXT_LAYER);
            }
            List<SourceLine> lines = new Composer(read).compose();
            List<Finding> findings = truncated(bytes) ? List.of(new Finding(Rule.IMPORT_SOURCE, Severity.WARNING, "", 0, 0,
                    "the PDF ends without %%EOF (a truncated file, repaired as far as it goes): text may be missing"))
                    : List.of();
            return new SourceContent(lines, findings, properties(document));
        } catch (InvalidPasswordException e) {
            return failure(Rule.IMPORT_SOURCE, "the PDF is encrypted with a password; Declaro does not take passwords:"
                    + " save it without encryption first");
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // the bytes are all in memory: an exception here is about the file, not the stream
            return failure(Rule.IMPORT_SOURCE, "the PDF is damaged and cannot be read: " + describe(e));
        }
    }

    /** @return whether the file lacks the end-of-file marker in its last kilobyte: a download cut short */
    private static boolean truncated(byte[] bytes) {
        String tail = new String(bytes, Math.max(0, bytes.length - 1024), Math.min(1024, bytes.length),
                StandardCharsets.ISO_8859_1);
        return !tail.contains("%%EOF");
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        message = message.replaceAll("\\s+", " ").strip();
        return message.length() > 200 ? message.substring(0, 200) + "..." : message;
    }

    private static Map<String, String> properties(PDDocument document) {
        Map<String, String> properties = new LinkedHashMap<>();
        PDDocumentInformation info = document.getDocumentInformation();
        if (info != null) {
            put(properties, "title", info.getTitle());
            put(properties, "author", info.getAuthor());
        }
        // not the catalog's /Lang: writers stamp their own locale there (LibreOffice its user interface's), which
        // would overrule the importer's reading of the text's language
        return properties;
    }

    private static void put(Map<String, String> properties, String key, String value) {
        if (value != null && !value.isBlank()) {
            properties.put(key, value.strip());
        }
    }

    private static SourceContent failure(Rule rule, String message) {
        return new SourceContent(List.of(), List.of(Finding.of(rule, "", message)), Map.of());
    }
}
