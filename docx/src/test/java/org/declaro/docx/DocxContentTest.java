package org.declaro.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.ServiceLoader;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFEndnote;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.declaro.importer.ImportResult;
import org.declaro.importer.TextImporter;
import org.declaro.importer.spi.LineEvidence;
import org.declaro.model.Action;
import org.declaro.model.ActionPlan;
import org.declaro.importer.spi.SourceContent;
import org.declaro.importer.spi.SourceLine;
import org.declaro.importer.spi.SourceReader;
import org.declaro.importer.spi.SourceReaders;
import org.declaro.report.Finding;
import org.declaro.report.Rule;
import org.declaro.report.Severity;
import org.junit.jupiter.api.Test;

/** Styles, notes, tables, comments and the rest of a Word file's text. */
class DocxContentTest {

    private static Docx headingStyles(Docx d) {
        return d.style("<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/></w:style>")
                .style("<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/></w:style>")
                .style("<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/>"
                        + "<w:basedOn w:val=\"Heading1\"/></w:style>")
                .style("<w:style w:type=\"paragraph\" w:styleId=\"Annex\"><w:name w:val=\"Annex Title\"/><w:pPr>"
                        + "<w:outlineLvl w:val=\"2\"/></w:pPr></w:style>")
                .style("<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>")
                .style("<w:style w:type=\"paragraph\" w:styleId=\"Preamble\"><w:name w:val=\"Preamble\"/><w:rPr><w:i/></w:rPr></w:style>");
    }

    @Test
    void stylesAndHeadingLevelsAreEvidence() {
        SourceContent c = Docx.read(headingStyles(new Docx()).styled("Title", "Joint Declaration").styled("Heading1", "Part one")
                .styled("Heading2", "Section").styled("Annex", "Annex").p("Body text.")
                .xml("<w:pPr><w:outlineLvl w:val=\"3\"/></w:pPr><w:r><w:t>Direct outline</w:t></w:r>").bytes());
        List<SourceLine> body = Docx.body(c);
        assertEquals(List.of("Title", "heading 1", "heading 2", "Annex Title", "Normal", "Normal"),
                body.stream().map(l -> l.evidence().style()).toList());
        assertEquals(List.of(0, 1, 2, 3, 0, 4), body.stream().map(l -> l.evidence().headingLevel()).toList());
    }

    @Test
    void italicWhenTheWholeLineIsItalicByRunOrStyle() {
        SourceContent c = Docx.read(headingStyles(new Docx()).styled("Preamble", "Recalling its resolution,")
                .xml("<w:r><w:rPr><w:i/></w:rPr><w:t xml:space=\"preserve\">Noting </w:t></w:r><w:r><w:t>with concern</w:t></w:r>")
                .xml("<w:r><w:rPr><w:i/><w:b/></w:rPr><w:t>Welcoming</w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t xml:space=\"preserve\"> </w:t></w:r>")
                .bytes());
        List<SourceLine> body = Docx.body(c);
        assertEquals(List.of(true, false, true), body.stream().map(l -> l.evidence().italic()).toList());
        assertEquals(List.of(false, false, true), body.stream().map(l -> l.evidence().bold()).toList());
    }

    @Test
    void footnotesAndEndnotesAreLinesWithTheirLabelsAndMarkersInline() {
        Docx d = new Docx();
        XWPFParagraph p = d.doc.createParagraph();
        p.createRun().setText("Recalling the Charter");
        XWPFFootnote one = d.doc.createFootnote();
        one.createParagraph().createRun().setText("See the Charter, Art. 1.");
        p.addFootnoteReference(one);
        p.createRun().setText(" and the Covenant,");
        XWPFFootnote two = d.doc.createFootnote();
        two.createParagraph().createRun().setText("Resolution 2200 A (XXI),");
        two.createParagraph().createRun().setText("annex.");
        p.addFootnoteReference(two);
        XWPFParagraph q = d.doc.createParagraph();
        q.createRun().setText("Decides.");
        XWPFEndnote end = d.doc.createEndnote();
        end.createParagraph().createRun().setText("An endnote.");
        q.addFootnoteReference(end);
        SourceContent c = Docx.read(d.bytes());
        List<SourceLine> body = Docx.body(c);
        assertEquals("Recalling the Charter[^1] and the Covenant,[^2]", body.get(0).text());
        assertEquals("Decides.[^i]", body.get(1).text());
        List<SourceLine> notes = c.lines().stream().filter(l -> l.evidence().role() == LineEvidence.Role.FOOTNOTE).toList();
        assertEquals(List.of("1 See the Charter, Art. 1.", "2 Resolution 2200 A (XXI),", "2 annex.", "i An endnote."),
                notes.stream().map(l -> l.evidence().footnote() + " " + l.text()).toList());
        // the notes come after the body
        assertTrue(c.lines().indexOf(notes.get(0)) > c.lines().indexOf(body.get(1)));
    }

    @Test
    void aCustomMarkIsTheNotesLabel() {
        Docx d = new Docx();
        XWPFFootnote note = d.doc.createFootnote();
        note.createParagraph().createRun().setText("Starred note.");
        d.xml("<w:r><w:t>Adopted</w:t></w:r><w:r><w:footnoteReference w:customMarkFollows=\"1\" w:id=\"" + note.getId()
                + "\"/><w:t>*</w:t></w:r><w:r><w:t xml:space=\"preserve\"> by consensus.</w:t></w:r>");
        SourceContent c = Docx.read(d.bytes());
        assertEquals("Adopted[^*] by consensus.", Docx.body(c).get(0).text());
        assertEquals("*", c.lines().stream().filter(l -> l.evidence().role() == LineEvidence.Role.FOOTNOTE).findFirst()
                .orElseThrow().evidence().footnote());
    }

    /** A table of the rows given, the first its head. */
    private static void table(Docx d, String[][] cells) {
        XWPFTable t = d.doc.createTable(cells.length, cells[0].length);
        for (int r = 0; r < cells.length; r++) {
            for (int k = 0; k < cells[r].length; k++) {
                t.getRow(r).getCell(k).setText(cells[r][k]);
            }
        }
    }

    @Test
    void aTableIsPipeRowsWithARuleUnderTheHead() {
        Docx d = new Docx().p("Pledges");
        table(d, new String[][] {{"Country", "Pledge", "Year"}, {"Norway", "USD 10 million", "2026"},
                {"Chile | Peru", "Teams", "2027"}});
        d.p("After the table.");
        SourceContent c = Docx.read(d.bytes());
        assertEquals(List.of("Pledges", "| Country | Pledge | Year |", "| --- | --- | --- |",
                "| Norway | USD 10 million | 2026 |", "| Chile \\| Peru | Teams | 2027 |", "After the table."), Docx.shown(c));
        int rule = c.lines().stream().map(SourceLine::text).toList().indexOf("| --- | --- | --- |");
        assertEquals("| Norway | USD 10 million | 2026 |", c.lines().get(rule + 1).text(), "rows are not separated");
    }

    @Test
    void aPlanTableIsActionsWithIndicators() {
        Docx d = new Docx().p("Action Plan on Mine Clearance 2025-2029").p("I. Clearance");
        table(d, new String[][] {{"Action", "Performance indicators", "Timeline"},
                {"Clear all mined areas", "Area released", "by 2027"}, {"Educate the population at risk", "People reached", ""}});
        // a second table goes on with the numbers; several paragraphs in a cell are several indicators
        XWPFTable t = d.doc.createTable(2, 2);
        t.getRow(0).getCell(0).setText("Activities");
        t.getRow(0).getCell(1).setText("Indicator");
        t.getRow(1).getCell(0).setText("Assist the victims");
        t.getRow(1).getCell(1).setText("Victims assisted");
        t.getRow(1).getCell(1).addParagraph().createRun().setText("Services opened");
        SourceContent c = Docx.read(d.bytes());
        assertEquals(List.of("Action Plan on Mine Clearance 2025-2029", "I. Clearance", "#1 Clear all mined areas (by 2027)",
                "Indicators: Area released", "#2 Educate the population at risk", "Indicators: People reached",
                "#3 Assist the victims", "Indicators: Victims assisted; Services opened"), Docx.shown(c));
        ImportResult result = TextImporter.standard().importSource(c);
        ActionPlan plan = assertInstanceOf(ActionPlan.class, result.document().orElseThrow(), result.findings().toString());
        List<Action> actions = plan.sections().stream().flatMap(s -> s.actions().stream()).toList();
        assertEquals(List.of(1, 2, 3), actions.stream().map(Action::number).toList());
        assertEquals(List.of("Area released"), actions.get(0).indicators());
        assertEquals(List.of("Victims assisted", "Services opened"), actions.get(2).indicators());
        assertEquals(2027, actions.get(0).deadline().year());
    }

    @Test
    void commentsAreLeftOutWithAnInfoFinding() {
        Docx d = new Docx();
        XWPFComment comment = d.doc.createComments().createComment(BigInteger.ONE);
        comment.createParagraph().createRun().setText("Too strong? Ask the delegation.");
        d.xml("<w:commentRangeStart w:id=\"1\"/><w:r><w:t>States shall act.</w:t></w:r><w:commentRangeEnd w:id=\"1\"/>"
                + "<w:r><w:commentReference w:id=\"1\"/></w:r>");
        SourceContent c = Docx.read(d.bytes());
        assertEquals(List.of("States shall act."), Docx.shown(c));
        Finding f = c.findings().get(0);
        assertEquals(Rule.IMPORT_UNPLACED, f.rule());
        assertEquals(Severity.INFO, f.severity());
        assertTrue(f.message().contains("comment"), f.message());
        assertFalse(c.hasErrors());
    }

    @Test
    void hiddenTextFieldCodesAndBreaksAreReadAsWordShowsThem() {
        SourceContent c = Docx.read(new Docx().xml("<w:r><w:t xml:space=\"preserve\">See page </w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGEREF _Ref1 \\h</w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>4</w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r>"
                + "<w:r><w:tab/><w:t>of</w:t><w:br w:type=\"page\"/><w:t>the</w:t></w:r><w:hyperlink><w:r><w:t xml:space=\"preserve\">  report</w:t></w:r></w:hyperlink>"
                + "<w:sdt><w:sdtContent><w:r><w:t>.</w:t></w:r></w:sdtContent></w:sdt>").bytes());
        assertEquals(List.of("See page 4 of the report."), Docx.shown(c));
    }

    @Test
    void aLineBreakStartsALineAsPlainTextShowsIt() {
        SourceContent c = Docx.read(new Docx().abstractNum("<w:abstractNum w:abstractNumId=\"1\">"
                + Docx.lvl(0, 1, "decimal", "%1.") + "</w:abstractNum>")
                .num("<w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num>")
                .xml("<w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
                        + "<w:r><w:br/></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>A. Heading</w:t></w:r>"
                        + "<w:r><w:br/><w:t xml:space=\"preserve\">its paragraph </w:t></w:r>"
                        + "<w:r><w:t>runs on</w:t><w:cr/><w:br/><w:t>after a blank line</w:t><w:br/></w:r>")
                .xml("<w:r><w:t>Page</w:t><w:br w:type=\"page\"/><w:t>and column</w:t><w:br w:type=\"column\"/>"
                        + "<w:t>breaks run on</w:t></w:r>").bytes());
        assertEquals(List.of("A. Heading", "its paragraph runs on", "", "after a blank line", "",
                "Page and column breaks run on", ""), c.lines().stream().map(SourceLine::text).toList());
        // the number is the paragraph's, on its first line only
        assertEquals(java.util.Arrays.asList("1.", null, null, null, null, null, null),
                c.lines().stream().map(l -> l.evidence().number()).toList());
        // bold is each line's own
        assertEquals(List.of(true, false, false, false, false, false, false),
                c.lines().stream().map(l -> l.evidence().bold()).toList());
        // a line that a line break ends says so (the importer then reads the break as plain text would); the
        // paragraph's last line ends with the paragraph
        assertEquals(List.of(true, true, false, false, false, false, false),
                c.lines().stream().map(l -> l.evidence().lineBreak()).toList());
    }

    @Test
    void aParagraphsLeftIndentFromThePageEdgeIsItsX() {
        Docx d = new Docx().style("<w:style w:type=\"paragraph\" w:styleId=\"Quote\"><w:name w:val=\"Block Text\"/>"
                        + "<w:pPr><w:ind w:left=\"480\" w:right=\"480\"/></w:pPr></w:style>")
                .style("<w:style w:type=\"paragraph\" w:styleId=\"Deeper\"><w:name w:val=\"Deeper\"/>"
                        + "<w:basedOn w:val=\"Quote\"/></w:style>")
                .xml("<w:pPr><w:sectPr><w:pgMar w:left=\"2000\"/></w:sectPr></w:pPr><w:r><w:t>First section</w:t></w:r>")
                .p("Body").styled("Quote", "Quoted").styled("Deeper", "Quoted by its style's base")
                .xml("<w:pPr><w:pStyle w:val=\"Quote\"/><w:ind w:start=\"1cm\" w:hanging=\"200\"/></w:pPr>"
                        + "<w:r><w:t>Direct</w:t><w:br/><w:t>second line</w:t></w:r>");
        org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody body = d.doc.getDocument().getBody();
        (body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr()).addNewPgMar().setLeft(java.math.BigInteger.valueOf(1417));
        List<SourceLine> lines = Docx.body(Docx.read(d.bytes()));
        double cm = 1440 / 2.54 / 20;
        assertEquals(List.of(100.0, 70.85, 70.85 + 24, 70.85 + 24, 70.85 + cm, 70.85 + cm),
                lines.stream().map(l -> l.evidence().x()).toList());
    }

    @Test
    void aFieldLeftOpenHidesNoTextAfterItsParagraph() {
        SourceContent c = Docx.read(new Docx().xml("<w:r><w:t xml:space=\"preserve\">Shown </w:t></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:t>code</w:t></w:r>")
                .p("The next paragraph.").bytes());
        assertEquals(List.of("Shown", "The next paragraph."), Docx.shown(c));
    }

    @Test
    void theFilesMetadataAreProperties() {
        Docx d = new Docx().p("Text.");
        d.doc.getProperties().getCoreProperties().setTitle("Joint Statement");
        d.doc.getProperties().getCoreProperties().setCreator("Secretariat");
        SourceContent c = Docx.read(d.bytes());
        assertEquals("Joint Statement", c.properties().get("title"));
        assertEquals("Secretariat", c.properties().get("author"));
    }

    @Test
    void theReaderIsInstalledAndRecognisesAWordFile() {
        assertTrue(ServiceLoader.load(SourceReader.class).stream().anyMatch(p -> p.type() == DocxSourceReader.class));
        SourceReader reader = SourceReaders.forFormat("docx").orElseThrow();
        assertEquals(Set_of("docx", "docm"), reader.extensions());
        assertTrue(reader.mediaTypes().contains(DocxSourceReader.MEDIA_TYPE));
        byte[] docx = new Docx().p("Text.").bytes();
        assertTrue(reader.recognises(java.util.Arrays.copyOf(docx, Math.min(docx.length, 8192))));
        assertFalse(reader.recognises("PK\u0003\u0004 not a word file".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
        assertFalse(reader.recognises("%PDF-1.7".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
    }

    private static java.util.Set<String> Set_of(String... s) {
        return java.util.Set.of(s);
    }
}
