package org.declaro.docx;

import static org.declaro.docx.Docx.lvl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.declaro.importer.spi.SourceContent;
import org.declaro.report.Severity;
import org.junit.jupiter.api.Test;

/** Tracked changes: the accepted and the original version of a draft. */
class DocxRevisionsTest {

    private static final String AUTHOR = " w:author=\"Drafter\" w:date=\"2026-01-01T00:00:00Z\"";

    private static String ins(int id, String text) {
        return "<w:ins w:id=\"" + id + "\"" + AUTHOR + "><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:ins>";
    }

    private static String del(int id, String text) {
        return "<w:del w:id=\"" + id + "\"" + AUTHOR + "><w:r><w:delText xml:space=\"preserve\">" + text
                + "</w:delText></w:r></w:del>";
    }

    private static String run(String text) {
        return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }

    /**
     * The draft of the fixture: an insertion, a deletion, "will" changed to "may", and a paragraph moved from the
     * first place to the last, in a numbered list.
     */
    static byte[] draft() {
        String numbered = "<w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>";
        String movedFrom = "<w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr><w:rPr><w:moveFrom w:id=\"20\""
                + AUTHOR + "/></w:rPr></w:pPr>";
        String movedTo = "<w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr><w:rPr><w:moveTo w:id=\"21\""
                + AUTHOR + "/></w:rPr></w:pPr>";
        String moved = "Calls upon donors to fund the programme.";
        return new Docx().abstractNum("<w:abstractNum w:abstractNumId=\"1\">" + lvl(0, 1, "decimal", "%1.") + "</w:abstractNum>")
                .num("<w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num>")
                .xml(movedFrom + "<w:moveFrom w:id=\"22\"" + AUTHOR + "><w:r><w:t>" + moved + "</w:t></w:r></w:moveFrom>")
                .xml(numbered + run("The States Parties ") + del(1, "will") + ins(2, "may") + run(" clear all mined areas."))
                .xml(numbered + run("The Committee shall report") + ins(3, " every year") + run("."))
                .xml(numbered + run("The Secretariat shall") + del(4, " urgently") + run(" publish the plan."))
                .xml(movedTo + "<w:moveTo w:id=\"23\"" + AUTHOR + "><w:r><w:t>" + moved + "</w:t></w:r></w:moveTo>")
                .bytes();
    }

    @Test
    void acceptedKeepsInsertionsAndLeavesOutDeletions() {
        SourceContent c = Docx.read(draft());
        assertEquals(List.of("1. The States Parties may clear all mined areas.", "2. The Committee shall report every year.",
                "3. The Secretariat shall publish the plan.", "4. Calls upon donors to fund the programme."), Docx.shown(c));
        assertTrue(c.findings().stream().anyMatch(f -> f.severity() == Severity.INFO && f.message().contains("tracked changes")));
    }

    @Test
    void originalKeepsDeletionsAndLeavesOutInsertions() {
        SourceContent c = Docx.read(draft(), "original");
        assertEquals(List.of("1. Calls upon donors to fund the programme.", "2. The States Parties will clear all mined areas.",
                "3. The Committee shall report.", "4. The Secretariat shall urgently publish the plan."), Docx.shown(c));
    }

    @Test
    void aDeletedParagraphMarkJoinsTheParagraphToTheNext() {
        String deletedMark = "<w:pPr><w:rPr><w:del w:id=\"9\"" + AUTHOR + "/></w:rPr></w:pPr>";
        byte[] docx = new Docx().xml(deletedMark + run("Welcomes the report")).xml(run(" of the Secretary-General.")).bytes();
        assertEquals(List.of("Welcomes the report of the Secretary-General."), Docx.shown(Docx.read(docx)));
        assertEquals(List.of("Welcomes the report", "of the Secretary-General."), Docx.shown(Docx.read(docx, "original")));
    }

    @Test
    void theOriginalParagraphPropertiesComeBackWithoutTheirChange() {
        byte[] docx = new Docx().abstractNum("<w:abstractNum w:abstractNumId=\"1\">" + lvl(0, 1, "decimal", "%1.") + "</w:abstractNum>")
                .num("<w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num>")
                .xml("<w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr><w:pPrChange w:id=\"5\"" + AUTHOR
                        + "><w:pPr/></w:pPrChange></w:pPr>" + run("Now numbered.")).bytes();
        assertEquals(List.of("1. Now numbered."), Docx.shown(Docx.read(docx)));
        assertEquals(List.of("Now numbered."), Docx.shown(Docx.read(docx, "original")));
    }

    @Test
    void insertedAndDeletedTableRows() {
        byte[] docx = new Docx().xml(run("Plan")).bytes();
        docx = Docx.editText(docx, "word/document.xml", x -> x.replace("</w:body>", "<w:tbl><w:tr><w:tc><w:p>" + run("Action")
                + "</w:p></w:tc><w:tc><w:p>" + run("Timeline") + "</w:p></w:tc></w:tr><w:tr><w:trPr><w:ins w:id=\"7\"" + AUTHOR
                + "/></w:trPr><w:tc><w:p>" + run("New") + "</w:p></w:tc><w:tc><w:p>" + run("2027") + "</w:p></w:tc></w:tr>"
                + "<w:tr><w:trPr><w:del w:id=\"8\"" + AUTHOR + "/></w:trPr><w:tc><w:p>" + run("Old") + "</w:p></w:tc><w:tc><w:p>"
                + run("2025") + "</w:p></w:tc></w:tr></w:tbl></w:body>"));
        assertTrue(Docx.shown(Docx.read(docx)).contains("| New | 2027 |"));
        assertTrue(!Docx.shown(Docx.read(docx)).contains("| Old | 2025 |"));
        assertTrue(Docx.shown(Docx.read(docx, "original")).contains("| Old | 2025 |"));
        assertTrue(!Docx.shown(Docx.read(docx, "original")).contains("| New | 2027 |"));
    }

    @Test
    void anUnknownRevisionsValueIsRefused() {
        byte[] docx = new Docx().p("x").bytes();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Docx.read(docx, "both"));
        assertTrue(e.getMessage().contains("twice"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Docx.read(docx, "latest"));
    }
}
