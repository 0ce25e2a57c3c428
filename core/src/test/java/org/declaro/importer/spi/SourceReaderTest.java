package org.declaro.importer.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.declaro.importer.ImportResult;
import org.declaro.importer.TextImporter;
import org.declaro.model.Declaration;
import org.declaro.model.Limits;
import org.declaro.report.Finding;
import org.declaro.report.Rule;
import org.declaro.report.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file format's reader, found by the service loader, feeds its lines and their evidence to the importer. */
class SourceReaderTest {

    /** A page break inside paragraph 2, with a running head, a page number and a footnote at the page's foot. */
    static final String TWO_PAGES = MarkedLinesReader.MAGIC + String.join("\n",
            "1|c||-|Declaration on Lines",
            "",
            "1|c|1.|-|We will draw straight lines.[^1]",
            "",
            "1|c|2.|-|We will draw lines that cross",
            "1|n:1||-|Lines as defined by the",
            "1|n:1||-|drawing office.",
            "1|f||-|3",
            "2|f||-|Declaration on Lines",
            "2|c||-|a page and go on.",
            "",
            "2|c|(a)|-|In ink;",
            "",
            "2|c|(b)|-|In pencil.",
            "");

    private static ImportResult imported(String text) {
        return TextImporter.standard().importText(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theServiceLoaderFindsAnInstalledReader() {
        assertTrue(SourceReaders.forFormat("LINES").isPresent());
        assertTrue(SourceReaders.forMediaType("application/x-declaro-lines; charset=utf-8").isPresent());
        assertTrue(SourceReaders.forFile(Path.of("draft.LINES")).isPresent());
        assertFalse(SourceReaders.forFile(Path.of("draft.txt")).isPresent());
        assertTrue(SourceReaders.forFileName("dir/draft.Lines").isPresent());
        assertFalse(SourceReaders.forFileName(null).isPresent());
        assertTrue(SourceReaders.recognising(TWO_PAGES.getBytes(StandardCharsets.UTF_8)).isPresent());
        assertFalse(SourceReaders.recognising("Declaration".getBytes(StandardCharsets.UTF_8)).isPresent());
    }

    @Test
    void numbersFootnotesAndPageFurnitureComeFromTheEvidence() {
        ImportResult r = imported(TWO_PAGES);
        Declaration d = (Declaration) r.document().orElseThrow();
        assertEquals("Declaration on Lines", d.title());
        assertEquals(2, d.paragraphs().size(), d.paragraphs().toString());
        assertEquals(List.of("1"), d.paragraphs().get(0).footnotes());
        assertEquals("We will draw lines that cross a page and go on.", d.paragraphs().get(1).text());
        assertEquals(List.of("a", "b"), d.paragraphs().get(1).subparagraphs().stream().map(s -> s.label()).toList());
        assertEquals("Lines as defined by the drawing office.", d.footnotes().get(0).text());
        assertTrue(r.findings().stream().noneMatch(f -> f.severity() != Severity.INFO), r.findings().toString());
        // the furniture is left out with an info finding at the reader's own line (lines 8 and 9 of the lines)
        List<String> furniture = r.findings().stream().filter(f -> f.message().contains("page furniture"))
                .map(f -> f.line() + " " + f.message().substring(0, 7)).toList();
        assertEquals(List.of("8 Line 8 ", "9 Line 9 "), furniture);
    }

    @Test
    void aFileIsReadByTheReaderItsNameSays(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("draft.lines");
        Files.writeString(file, TWO_PAGES.substring(MarkedLinesReader.MAGIC.length()));
        ImportResult r = TextImporter.builder().provenance(true).build().importText(file);
        Declaration d = (Declaration) r.document().orElseThrow();
        assertEquals(2, d.paragraphs().size());
        assertEquals("lines", d.source().format());
        assertEquals("draft.lines", d.source().name());
    }

    @Test
    void bytesWithAFileNameAreReadAsTheFileOfThatNameIs(@TempDir Path dir) throws Exception {
        TextImporter importer = TextImporter.builder().provenance(true).build();
        // by the name's extension (the bytes lack the reader's magic), by the first bytes, Markdown by name
        String markdown = "# Declaration on Lines\n\n1. We will draw *straight* lines.\n";
        Map<String, byte[]> files = Map.of(
                "drafts/draft.lines", TWO_PAGES.substring(MarkedLinesReader.MAGIC.length()).getBytes(StandardCharsets.UTF_8),
                "drafts\\draft", TWO_PAGES.getBytes(StandardCharsets.UTF_8),
                "notes.md", markdown.getBytes(StandardCharsets.UTF_8),
                "notes.txt", markdown.getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            String last = e.getKey().replaceAll(".*[/\\\\]", "");
            Path file = Files.write(dir.resolve(last), e.getValue());
            ImportResult fromFile = importer.importText(file);
            ImportResult fromBytes = importer.importText(e.getValue(), e.getKey());
            assertEquals(fromFile.document(), fromBytes.document(), e.getKey());
            assertEquals(fromFile.findings(), fromBytes.findings(), e.getKey());
            assertEquals(last, fromBytes.document().orElseThrow().source().name(), e.getKey());
        }
        assertEquals("lines", importer.importText(files.get("drafts/draft.lines"), "drafts/draft.lines").document()
                .orElseThrow().source().format());
        assertEquals("markdown", importer.importText(files.get("notes.md"), "notes.md").document().orElseThrow()
                .source().format());
        // no name: the first bytes, then the text
        assertEquals(2, ((Declaration) importer.importText(TWO_PAGES.getBytes(StandardCharsets.UTF_8), null).document()
                .orElseThrow()).paragraphs().size());
        assertEquals(importer.importText(files.get("notes.txt")).document(),
                importer.importText(files.get("notes.txt"), null).document());
    }

    @Test
    void aStreamIsReadByTheReaderOfItsMediaTypeOrItsFirstBytes() {
        byte[] bytes = TWO_PAGES.getBytes(StandardCharsets.UTF_8);
        TextImporter importer = TextImporter.standard();
        assertEquals(2, ((Declaration) importer.importStream(new ByteArrayInputStream(bytes),
                "application/x-declaro-lines").document().orElseThrow()).paragraphs().size());
        assertEquals(2, ((Declaration) importer.importStream(new ByteArrayInputStream(bytes), null).document().orElseThrow())
                .paragraphs().size());
    }

    @Test
    void optionsReachTheReader() {
        ImportResult r = TextImporter.builder().sourceOption("language", "fr").build()
                .importText(TWO_PAGES.getBytes(StandardCharsets.UTF_8));
        assertEquals("fr", r.document().orElseThrow().language());
    }

    @Test
    void aTypeNoReaderReadsIsAnErrorThatNamesTheModules() {
        ImportResult r = TextImporter.standard().importStream(new ByteArrayInputStream(new byte[] {1, 2}),
                "application/vnd.oasis.opendocument.text");
        Finding f = r.findings().get(0);
        assertEquals(Rule.IMPORT_SOURCE, f.rule());
        assertTrue(f.message().contains("application/vnd.oasis.opendocument.text"), f.message());
    }

    @Test
    void aPdfWithNoReaderInstalledIsNotReadAsText() {
        ImportResult r = imported("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n");
        assertEquals(List.of(Rule.IMPORT_SOURCE), r.findings().stream().map(Finding::rule).toList());
        assertTrue(r.findings().get(0).message().contains("declaro-pdf"), r.findings().get(0).message());
    }

    @Test
    void aReaderThatFailsGivesAFindingNotATrace() {
        ImportResult failing = imported(MarkedLinesReader.MAGIC + "1|c||-|Title\n!fail\n");
        assertEquals(Rule.IMPORT_SOURCE, failing.findings().get(0).rule());
        assertTrue(failing.findings().get(0).message().contains("a defect of the reader"));
        ImportResult damaged = imported(MarkedLinesReader.MAGIC + "!damaged\n");
        assertEquals(List.of("The file is damaged."), damaged.findings().stream().map(Finding::message).toList());
    }

    @Test
    void linesMadeByTheCallerImportWithoutAReader() {
        List<SourceLine> lines = List.of(SourceLine.of("Declaration on Hand-made Lines"), SourceLine.blank(),
                new SourceLine("We will keep it simple.", LineEvidence.builder().number("1.").build()));
        ImportResult r = TextImporter.standard().importSource(new SourceContent(lines, List.of(), Map.of()));
        Declaration d = (Declaration) r.document().orElseThrow();
        assertEquals(1, d.paragraphs().get(0).number());
        assertEquals("We will keep it simple.", d.paragraphs().get(0).text());
    }

    @Test
    void evidenceAndRequestsAreValues() {
        LineEvidence e = LineEvidence.builder().page(2).italic(true).number("(a)").build();
        assertEquals(e, e.toBuilder().build());
        assertEquals(LineEvidence.Role.CONTENT, e.role());
        assertTrue(Double.isNaN(LineEvidence.NONE.x()));
        assertThrows(NullPointerException.class, () -> LineEvidence.builder().role(LineEvidence.Role.FOOTNOTE).build());
        assertThrows(IllegalArgumentException.class, () -> LineEvidence.builder().page(-1).build());
        SourceRequest r = SourceRequest.of(Limits.DEFAULTS).withOption("revisions", "original");
        assertEquals("original", r.option("revisions", "accepted"));
        assertEquals("accepted", SourceRequest.of(Limits.DEFAULTS).option("revisions", "accepted"));
        assertThrows(UnsupportedOperationException.class, () -> r.options().put("x", "y"));
    }
}
