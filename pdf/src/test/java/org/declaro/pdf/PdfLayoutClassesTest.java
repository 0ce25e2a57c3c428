package org.declaro.pdf;

import static org.declaro.pdf.Pdfs.ROMAN;
import static org.declaro.pdf.Pdfs.pdf;
import static org.declaro.pdf.Pdfs.text;
import static org.declaro.pdf.PdfSourceReaderTest.read;
import static org.declaro.pdf.PdfSourceReaderTest.texts;
import static org.declaro.pdf.PdfSourceReaderTest.withRole;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.declaro.importer.TextImporter;
import org.declaro.importer.spi.LineEvidence.Role;
import org.declaro.importer.spi.SourceContent;
import org.declaro.importer.spi.SourceLine;
import org.declaro.model.Declaration;
import org.declaro.model.Subparagraph;
import org.junit.jupiter.api.Test;

/**
 * The layouts that browsers and word processors print and that the corpus comparison found misread: each a class,
 * shown on a small PDF made for it.
 */
class PdfLayoutClassesTest {
    /** a line that runs on to the right edge of the text: the next word would not have fitted */
    private static final String FULL = "This line of the paragraph runs on to the right edge of the page and";

    /** @return a PDF whose lines of Times 12 start at the given x, with a filled square drawn at each given point */
    private static byte[] drawn(List<float[]> lines, List<String> texts, List<float[]> squares) {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                for (int i = 0; i < lines.size(); i++) {
                    s.beginText();
                    s.setFont(ROMAN, 12);
                    s.newLineAtOffset(lines.get(i)[0], Pdfs.HEIGHT - lines.get(i)[1]);
                    s.showText(texts.get(i));
                    s.endText();
                }
                for (float[] q : squares) {
                    s.addRect(q[0], Pdfs.HEIGHT - q[1] - q[2], q[2], q[3]);
                    s.fill();
                }
            }
            return Pdfs.save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aListMarkerDrawnAsAShapeIsABulletOfItsLine() {
        // a browser draws the disc of a list item; its text starts further right, the item's next line under it
        List<float[]> at = List.of(new float[] {72, 100}, new float[] {100, 128}, new float[] {100, 142},
                new float[] {100, 170}, new float[] {72, 198});
        List<String> texts = List.of("1. We will act on the following:", "the first thing that we will do",
                "with its second line;", "the second thing.", "2. We will end here.");
        // 4-point squares in the band of the small letters, 8 points left of the item's text; a long thin rule
        // (a table's border) is no marker
        List<float[]> squares = List.of(new float[] {88, 121, 4, 4}, new float[] {88, 163, 4, 4},
                new float[] {72, 185, 300, 0.8f});
        SourceContent c = read(drawn(at, texts, squares));
        List<String> bullets = c.lines().stream().filter(l -> "\u2022".equals(l.evidence().number()))
                .map(SourceLine::text).toList();
        assertEquals(List.of("the first thing that we will do", "the second thing."), bullets);
        Declaration d = (Declaration) TextImporter.standard().importSource(c).document().orElseThrow();
        assertEquals(List.of("the first thing that we will do with its second line;", "the second thing."),
                d.paragraphs().get(0).subparagraphs().stream().map(Subparagraph::text).toList());
        assertTrue(d.paragraphs().get(0).subparagraphs().stream().allMatch(s -> s.label() == null));
        assertEquals(2, d.paragraphs().size());
        // without the squares, the lines are text
        assertTrue(read(drawn(at, texts, List.of())).lines().stream().allMatch(l -> l.evidence().number() == null));
    }

    @Test
    void aWrappedLineDoesNotStartWithWhatReadsAsALabelOrABullet() {
        // the paragraph's sentence wrapped right before "(a)" and before a dash: they move up to the full line
        SourceContent c = read(pdf(text(FULL, "(a) to (s) of the report and, above all,", FULL,
                "\u2013 from the start.")));
        assertEquals(List.of(FULL + " (a)", "to (s) of the report and, above all,", FULL + " \u2013",
                "from the start."), texts(c));
        // after a line that ended short, the label starts its line: an item
        assertEquals(List.of(FULL, "The Council decides:", "(a) to act;"),
                texts(read(pdf(text(FULL, "The Council decides:", "(a) to act;")))));
    }

    @Test
    void aHyphenAtALineEndIsUndoneOnlyInADocumentThatBreaksWords() {
        // two words broken where they are no compound: the typesetter hyphenates, and the joined words are words
        SourceContent hyphenating = read(pdf(text("The implementation matters and the negotiations go on. Its imple-",
                "mentation starts now, the nego-", "tiations end and the well-", "being of all follows.")));
        assertEquals(List.of("The implementation matters and the negotiations go on. Its implementation",
                "starts now, the negotiations", "end and the well-being", "of all follows."), texts(hyphenating));
        // a document that breaks lines only at its own hyphens keeps them, though the joined word stands elsewhere
        assertEquals(List.of("Our longstanding ties and our long-standing", "partners meet."),
                texts(read(pdf(text("Our longstanding ties and our long-", "standing partners meet.")))));
        // a hyphen or dash after a number or a capital keeps the next word right after it
        assertEquals(List.of("the U.S.-Ukraine", "dialogue of 2024\u20132025", "goes on."),
                texts(read(pdf(text("the U.S.-", "Ukraine dialogue of 2024\u2013", "2025 goes on.")))));
    }

    @Test
    void aFooterWithThePageCountIsFurnitureOnASinglePage() {
        SourceContent c = read(pdf(text("The only words of the text.").at(24, 830, ROMAN, 9,
                "file:///tmp/view.html 1/1")));
        assertEquals(List.of("file:///tmp/view.html 1/1"), withRole(c, Role.FURNITURE).stream().map(SourceLine::text)
                .toList());
        // a count that is not this page's is text
        assertTrue(withRole(read(pdf(text("The only words of the text.").at(24, 830, ROMAN, 9, "see 2/3"))),
                Role.FURNITURE).isEmpty());
    }

    @Test
    void aHeadingAtTheFootOfAPageIsSetApartFromThePageFurnitureByABlankLine() {
        Pdfs.Page one = text("The body of the first page", "goes on over three lines", "and ends here.", "", "China")
                .at(290, 800, ROMAN, 9, "1");
        Pdfs.Page two = text("12. The next paragraph.").at(290, 800, ROMAN, 9, "2");
        assertEquals(List.of("The body of the first page", "goes on over three lines", "and ends here.", "", "China",
                "", "1", "", "12. The next paragraph.", "2"), texts(read(pdf(one, two))));
    }

    @Test
    void aRunningHeadOfThreeLinesIsFurniture() {
        List<Pdfs.Page> pages = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            pages.add(text(List.of("Opening", "Further", "Closing").get(i) + " words of the body text go on",
                    List.of("with a second line.", "and more of it.", "to its end.").get(i))
                    .at(72, 30, ROMAN, 9, "Joint Statement on the Visit of the President")
                    .at(72, 41, ROMAN, 9, "at the Invitation of the Prime Minister of the")
                    .at(72, 52, ROMAN, 9, "United Kingdom"));
        }
        SourceContent c = read(pdf(pages.toArray(new Pdfs.Page[0])));
        assertEquals(9, withRole(c, Role.FURNITURE).size(), c.lines().toString());
    }

    @Test
    void endnotesIncludeThoseAboveTheFirstMarkedOneAndLongOnes() {
        // the text marks notes 2 and 3 only; note 3 runs to ten lines; all the notes are at the end, in body type
        Pdfs.Page page = new Pdfs.Page().at(72, 100, "Recalling the Convention").then(ROMAN, 7, 4, "2")
                .then(" and the Protocol").then(ROMAN, 7, 4, "3").then(",")
                .line("1. Decides to act.");
        String[] texts = {"A note whose marker the text lost.", "United Nations, Treaty Series, vol. 1577.",
            "Albania, Andorra, Argentina, Australia, Austria,"};
        float y = 300;
        for (int n = 0; n < texts.length; n++, y += 14) {
            page.at(72, y - 4, ROMAN, 7, String.valueOf(n + 1)).then(ROMAN, 12, -4, " " + texts[n]);
        }
        for (int i = 0; i < 10; i++, y += 14) {
            page.at(72, y, "Bahamas, Barbados, Belgium, Belize, Benin, line " + i + ",");
        }
        SourceContent c = read(pdf(page));
        List<SourceLine> notes = withRole(c, Role.FOOTNOTE);
        assertEquals(13, notes.size(), c.lines().toString());
        assertEquals(List.of("1", "2", "3"), notes.stream().map(l -> l.evidence().footnote()).distinct().toList());
        assertNull(withRole(c, Role.CONTENT).stream().filter(l -> l.text().contains("Bahamas")).findAny()
                .orElse(null));
    }
}
