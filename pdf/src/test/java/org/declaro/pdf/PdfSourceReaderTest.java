package org.declaro.pdf;

import static org.declaro.pdf.Pdfs.BOLD;
import static org.declaro.pdf.Pdfs.ITALIC;
import static org.declaro.pdf.Pdfs.ROMAN;
import static org.declaro.pdf.Pdfs.SANS;
import static org.declaro.pdf.Pdfs.pdf;
import static org.declaro.pdf.Pdfs.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.declaro.importer.ImportResult;
import org.declaro.importer.TextImporter;
import org.declaro.importer.spi.LineEvidence;
import org.declaro.importer.spi.LineEvidence.Role;
import org.declaro.importer.spi.SourceContent;
import org.declaro.importer.spi.SourceLine;
import org.declaro.importer.spi.SourceReaders;
import org.declaro.importer.spi.SourceRequest;
import org.declaro.model.Declaration;
import org.declaro.model.Limits;
import org.declaro.report.Finding;
import org.declaro.report.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfSourceReaderTest {

    static SourceContent read(byte[] pdf) {
        return read(pdf, SourceRequest.of(Limits.DEFAULTS));
    }

    static SourceContent read(byte[] pdf, SourceRequest request) {
        try {
            return new PdfSourceReader().read(new ByteArrayInputStream(pdf), request);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** @return the texts of the lines, "" for a paragraph break */
    static List<String> texts(SourceContent content) {
        return content.lines().stream().map(SourceLine::text).toList();
    }

    static List<SourceLine> withRole(SourceContent content, Role role) {
        return content.lines().stream().filter(l -> l.evidence().role() == role).toList();
    }

    static Finding onlyFinding(SourceContent content) {
        assertTrue(content.lines().isEmpty(), "no lines from a file that cannot be read: " + content.lines());
        assertEquals(1, content.findings().size(), content.findings().toString());
        return content.findings().get(0);
    }

    @Test
    void isFoundByTheServiceLoaderForItsFormatTypeAndExtension() {
        assertTrue(SourceReaders.forFormat("pdf").orElseThrow() instanceof PdfSourceReader);
        assertTrue(SourceReaders.forMediaType("application/pdf").orElseThrow() instanceof PdfSourceReader);
        assertTrue(SourceReaders.forFile(Path.of("a", "Resolution.PDF")).orElseThrow() instanceof PdfSourceReader);
    }

    @Test
    void recognisesThePdfHeaderEvenAfterSomeJunk() {
        PdfSourceReader reader = new PdfSourceReader();
        assertTrue(reader.recognises("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(reader.recognises(("\r\n\r\n%PDF-1.4").getBytes(StandardCharsets.US_ASCII)));
        assertFalse(reader.recognises("PK\u0003\u0004".getBytes(StandardCharsets.ISO_8859_1)));
        assertFalse(reader.recognises("%PD".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(reader.recognises(new byte[0]));
    }

    @Test
    void linesCarryTheirPageTypeAndPlace() {
        SourceContent c = read(pdf(new Pdfs.Page()
                .at(72, 100, BOLD, 14, "A bold heading")
                .at(72, 130, ITALIC, 12, "Recalling its earlier resolutions,")
                .at(72, 144, ROMAN, 12, "and its decisions,")
                .at(90, 172, ROMAN, 12, "Plain text here.")));
        assertEquals(List.of("A bold heading", "", "Recalling its earlier resolutions,", "and its decisions,", "",
                "Plain text here."), texts(c));
        LineEvidence heading = c.lines().get(0).evidence();
        assertTrue(heading.bold() && !heading.italic());
        assertEquals(14, heading.fontSize(), 0.01);
        assertEquals(1, heading.headingLevel(), "the larger type than the body's is a heading");
        LineEvidence italic = c.lines().get(2).evidence();
        assertTrue(italic.italic() && !italic.bold());
        assertEquals(0, italic.headingLevel());
        LineEvidence plain = c.lines().get(5).evidence();
        assertEquals(1, plain.page());
        assertEquals(90, plain.x(), 0.5);
        assertEquals(172, plain.y(), 0.5);
        assertEquals(12, plain.fontSize(), 0.01);
        assertFalse(plain.bold() || plain.italic());
        assertTrue(c.findings().isEmpty(), c.findings().toString());
    }

    @Test
    void aVerticalGapBreaksTheParagraphAndLinesOfOneParagraphFollowEachOther() {
        SourceContent c = read(pdf(text("The first paragraph runs", "over two lines.", "", "The second one.")));
        assertEquals(List.of("The first paragraph runs", "over two lines.", "", "The second one."), texts(c));
    }

    @Test
    void aShortLineWithoutAGapAfterItKeepsItsParagraph() {
        // a line break inside a paragraph (a signature block's names) is no paragraph break
        SourceContent c = read(pdf(text("For the first party:", "Jane Example", "Minister of Testing", "", "Done at Geneva.")));
        assertEquals(List.of("For the first party:", "Jane Example", "Minister of Testing", "", "Done at Geneva."), texts(c));
    }

    @Test
    void runningHeadsAndPageNumbersAreFurnitureByTheirPlaceOnEveryPage() {
        Pdfs.Page[] pages = new Pdfs.Page[3];
        for (int i = 0; i < 3; i++) {
            pages[i] = text(List.of("Opening", "Further", "Closing").get(i) + " words of the body text go on",
                    List.of("with a second line.", "and more of it.", "to its end.").get(i))
                    .at(260, 40, ROMAN, 9, "A/RES/99/1")
                    .at(290, 800, ROMAN, 9, String.valueOf(i + 1));
        }
        SourceContent c = read(pdf(pages));
        List<String> furniture = withRole(c, Role.FURNITURE).stream().map(SourceLine::text).toList();
        assertEquals(List.of("A/RES/99/1", "1", "A/RES/99/1", "2", "A/RES/99/1", "3"), furniture);
        assertEquals(6, withRole(c, Role.CONTENT).stream().filter(l -> !l.text().isEmpty()).count(), c.lines().toString());
    }

    @Test
    void aLineThatRepeatsOnlyOnceIsNoFurniture() {
        SourceContent c = read(pdf(text("Opening words of the text.").at(260, 40, ROMAN, 9, "Only on this page"),
                text("More words of the text.")));
        assertTrue(withRole(c, Role.FURNITURE).isEmpty(), c.lines().toString());
    }

    @Test
    void theFootnoteAreaBecomesFootnoteLinesAndItsMarkerAReference() {
        Pdfs.Page page = new Pdfs.Page()
                .at(72, 100, "Recalling the Convention on the Rights of the Child").then(ROMAN, 7, 4, "1").then(" and")
                .line("its Optional Protocols,")
                .at(72, 760, ROMAN, 7, "1").then(ROMAN, 10, 0, " United Nations, Treaty Series, vol. 1577.")
                .at(72, 772, ROMAN, 10, "Second line of the same note.");
        SourceContent c = read(pdf(page));
        assertEquals("Recalling the Convention on the Rights of the Child[^1] and", c.lines().get(0).text());
        List<SourceLine> notes = withRole(c, Role.FOOTNOTE);
        assertEquals(List.of("United Nations, Treaty Series, vol. 1577.", "Second line of the same note."),
                notes.stream().map(SourceLine::text).toList());
        assertTrue(notes.stream().allMatch(l -> "1".equals(l.evidence().footnote())));
    }

    @Test
    void aSuperscriptWithoutANoteStaysText() {
        SourceContent c = read(pdf(new Pdfs.Page().at(72, 100, "On the 21").then(ROMAN, 7, 4, "st").then(" day.")));
        assertEquals("On the 21st day.", c.lines().get(0).text());
        assertTrue(withRole(c, Role.FOOTNOTE).isEmpty());
    }

    @Test
    void hangingNumbersInTheMarginBecomeNumbersWithTheirLevels() {
        Pdfs.Page page = new Pdfs.Page()
                .at(72, 100, "The General Assembly,")
                .at(72, 128, "1.").at(108, 128, "Decides to hold a meeting on the")
                .at(108, 142, "matter next year;")
                .at(108, 170, "(a)").at(144, 170, "in New York;")
                .at(72, 198, "2.").at(108, 198, "Requests a report.");
        SourceContent c = read(pdf(page));
        List<SourceLine> numbered = c.lines().stream().filter(l -> l.evidence().number() != null).toList();
        assertEquals(List.of("1.", "(a)", "2."), numbered.stream().map(l -> l.evidence().number()).toList());
        assertEquals(List.of(0, 1, 0), numbered.stream().map(l -> l.evidence().numberLevel()).toList());
        assertEquals(List.of("Decides to hold a meeting on the", "in New York;", "Requests a report."),
                numbered.stream().map(SourceLine::text).toList());
        assertEquals(List.of("The General Assembly,", "", "Decides to hold a meeting on the", "matter next year;", "",
                "in New York;", "", "Requests a report."), texts(c));
    }

    @Test
    void aNumberRunInWithItsTextStaysInTheText() {
        SourceContent c = read(pdf(text("80/10. International Day of Testing", "", "1. We met in a city.")));
        assertTrue(c.lines().stream().allMatch(l -> l.evidence().number() == null), c.lines().toString());
        assertEquals("1. We met in a city.", c.lines().get(c.lines().size() - 1).text());
    }

    @Test
    void twoColumnPagesAreReadColumnByColumn() {
        Pdfs.Page page = new Pdfs.Page().at(72, 60, BOLD, 12, "A heading across both columns of the page here");
        for (int i = 0; i < 8; i++) {
            page.at(72, 100 + 14 * i, "Left column line " + (i + 1));
            page.at(320, 100 + 14 * i, "Right column line " + (i + 1));
        }
        List<String> lines = texts(read(pdf(page))).stream().filter(t -> !t.isEmpty()).toList();
        assertEquals("A heading across both columns of the page here", lines.get(0));
        for (int i = 0; i < 8; i++) {
            assertEquals("Left column line " + (i + 1), lines.get(1 + i));
            assertEquals("Right column line " + (i + 1), lines.get(9 + i));
        }
    }

    @Test
    void aOneColumnPageWithAHangingListIsNotTakenForTwoColumns() {
        Pdfs.Page page = new Pdfs.Page();
        for (int i = 0; i < 8; i++) {
            page.at(72, 100 + 28 * i, (i + 1) + ".").at(108, 100 + 28 * i, "Paragraph text that runs across the page " + i);
        }
        List<String> lines = texts(read(pdf(page))).stream().filter(t -> !t.isEmpty()).toList();
        assertEquals("Paragraph text that runs across the page 0", lines.get(0));
        assertEquals("Paragraph text that runs across the page 1", lines.get(1));
    }

    @Test
    void aParagraphGoesOnAcrossAPageBreakWhenItsLastLineIsFullAndEndsWhenItIsShort() {
        String full = "This line of the paragraph runs on to the right edge of the page and";
        String next = "then goes on here, on the next page.";
        assertEquals(List.of(full, full, next), texts(read(pdf(text(full, full), text(next)))));
        assertEquals(List.of(full, "ends short.", "", "A new paragraph."),
                texts(read(pdf(text(full, "ends short."), text("A new paragraph.")))));
    }

    @Test
    void typographicLigaturesBecomeTheirLetters() {
        assertEquals("Official", PageReader.unligature("O\uFB03cial"));
        assertEquals("ﬁ".length() + 1, PageReader.unligature("\uFB01").length());
        assertEquals("plain", PageReader.unligature("plain"));
    }

    @Test
    void anEncryptedPdfIsAFinding() throws IOException {
        byte[] plain = pdf(text("Secret words."));
        byte[] encrypted;
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(plain)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            encrypted = Pdfs.save(doc);
        }
        Finding f = onlyFinding(read(encrypted));
        assertEquals(Rule.IMPORT_SOURCE, f.rule());
        assertTrue(f.message().contains("encrypted"), f.message());
    }

    @Test
    void aPdfWithNoTextLayerIsAFindingThatNamesOcr() throws IOException {
        byte[] scan;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.addRect(72, 72, 300, 500);
                s.fill();
            }
            scan = Pdfs.save(doc);
        }
        Finding f = onlyFinding(read(scan));
        assertEquals(Rule.IMPORT_SOURCE, f.rule());
        assertEquals(PdfSourceReader.NO_TEXT_LAYER, f.message());
    }

    @Test
    void aDamagedFileIsAFindingNotAnException() {
        byte[] garbage = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ngarbage".getBytes(StandardCharsets.US_ASCII);
        Finding f = onlyFinding(read(garbage));
        assertEquals(Rule.IMPORT_SOURCE, f.rule());
        assertTrue(f.message().contains("damaged"), f.message());
        assertEquals(Rule.IMPORT_SOURCE, onlyFinding(read("not a pdf at all".getBytes(StandardCharsets.US_ASCII))).rule());
    }

    @Test
    void aTruncatedFileIsAFinding() {
        byte[] whole = pdf(text("Words of the first page."), text("Words of the second page."));
        byte[] half = Arrays.copyOf(whole, whole.length / 2);
        SourceContent c = read(half);
        assertFalse(c.findings().isEmpty(), "a truncated PDF says so: " + texts(c));
        assertTrue(c.findings().stream().allMatch(f -> f.rule() == Rule.IMPORT_SOURCE), c.findings().toString());
    }

    @Test
    void morePagesThanAllowedIsALimitFinding() {
        byte[] three = pdf(text("One."), text("Two."), text("Three."));
        Finding f = onlyFinding(read(three, SourceRequest.of(Limits.DEFAULTS.withMaxPages(2))));
        assertEquals(Rule.LIMIT_EXCEEDED, f.rule());
        assertTrue(f.message().contains("3 pages"), f.message());
        assertEquals(3, texts(read(three, SourceRequest.of(Limits.DEFAULTS.withMaxPages(3))))
                .stream().filter(t -> !t.isEmpty()).count());
    }

    @Test
    void aThousandPagePdfIsALimitFindingUnderTheDefaultLimit() {
        Pdfs.Page[] pages = new Pdfs.Page[1000];
        for (int i = 0; i < pages.length; i++) {
            pages[i] = text("Page " + (i + 1) + " of a long report.");
        }
        Finding f = onlyFinding(read(pdf(pages)));
        assertEquals(Rule.LIMIT_EXCEEDED, f.rule());
        assertTrue(f.message().contains("1000 pages") && f.message().contains(String.valueOf(Limits.DEFAULT_MAX_PAGES)),
                f.message());
    }

    @Test
    void moreBytesThanAllowedIsALimitFinding() {
        byte[] pdf = pdf(text("Some words."));
        Finding f = onlyFinding(read(pdf, SourceRequest.of(Limits.DEFAULTS.withMaxInputBytes(pdf.length - 1))));
        assertEquals(Rule.LIMIT_EXCEEDED, f.rule());
        assertTrue(read(pdf, SourceRequest.of(Limits.DEFAULTS.withMaxInputBytes(pdf.length))).findings().isEmpty());
    }

    @Test
    void givesTheTitleOfTheFilesMetadataButNotItsLanguageTag() throws IOException {
        byte[] pdf;
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf(text("Words.")))) {
            doc.getDocumentInformation().setTitle("A Declaration on Testing");
            doc.getDocumentCatalog().setLanguage("fr-CH");
            pdf = Pdfs.save(doc);
        }
        SourceContent c = read(pdf);
        assertEquals("A Declaration on Testing", c.properties().get("title"));
        assertNull(c.properties().get("language"), "a writer's locale, not the text's language");
        assertNull(c.properties().get("author"));
    }

    @Test
    void theImporterReadsAResolutionPdfIntoNumberedParagraphsWithItsFootnote(@TempDir Path dir) throws IOException {
        Pdfs.Page page = new Pdfs.Page()
                .at(260, 40, ROMAN, 9, "A/RES/99/1")
                .at(72, 100, "United Nations").at(400, 100, "A/RES/99/1")
                .at(72, 128, "General Assembly")
                .at(72, 156, "99/1. Testing the importer")
                .at(72, 184, "The General Assembly,")
                .at(72, 212, ITALIC, 12, "Recalling").then(" the Convention on Testing").then(ROMAN, 7, 4, "1").then(",")
                .at(72, 240, "1.").at(108, 240, "Decides to test the importer;")
                .at(72, 268, "2.").at(108, 268, "Requests a report on the tests.")
                .at(72, 760, ROMAN, 7, "1").then(ROMAN, 10, 0, " Treaty Series, vol. 1.")
                .at(290, 800, SANS, 9, "1");
        Path file = dir.resolve("resolution.pdf");
        Files.write(file, pdf(page, text("More words on a second page.").at(260, 40, ROMAN, 9, "A/RES/99/1")
                .at(290, 800, SANS, 9, "2")));
        ImportResult result = TextImporter.standard().importText(file);
        Declaration d = (Declaration) result.document().orElseThrow();
        assertEquals(List.of(1, 2), d.paragraphs().stream().map(p -> p.number()).toList(), result.findings().toString());
        assertEquals("Decides to test the importer;", d.paragraphs().get(0).text());
        assertEquals(1, d.footnotes().size(), result.findings().toString());
        assertEquals("Treaty Series, vol. 1.", d.footnotes().get(0).text());
    }
}
