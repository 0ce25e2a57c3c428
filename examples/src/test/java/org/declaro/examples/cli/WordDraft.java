package org.declaro.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/**
 * A Word draft with tracked changes, made with POI's low-level API: an insertion, a deletion, "will" changed to
 * "may", and a paragraph moved, in a declaration of numbered paragraphs.
 */
final class WordDraft {
    private static final String NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
    private static final String BY = " w:author=\"Drafter\" w:date=\"2026-03-01T10:00:00Z\"";

    private WordDraft() {
    }

    private static String fragment(String content) {
        return "<xml-fragment " + NS + ">" + content + "</xml-fragment>";
    }

    private static String run(String text) {
        return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }

    private static String ins(int id, String text) {
        return "<w:ins w:id=\"" + id + "\"" + BY + ">" + run(text) + "</w:ins>";
    }

    private static String del(int id, String text) {
        return "<w:del w:id=\"" + id + "\"" + BY + "><w:r><w:delText xml:space=\"preserve\">" + text + "</w:delText></w:r></w:del>";
    }

    private static final String NUMBERED = "<w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>";

    /** @return the draft's bytes */
    static byte[] trackedChanges() {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createStyles().addStyle(new XWPFStyle(CTStyle.Factory.parse(fragment(
                    "<w:name w:val=\"Title\"/>").replace("<xml-fragment ", "<xml-fragment w:type=\"paragraph\" w:styleId=\"Title\" ")),
                    doc.getStyles()));
            var numbering = doc.createNumbering();
            numbering.addAbstractNum(new org.apache.poi.xwpf.usermodel.XWPFAbstractNum(CTAbstractNum.Factory.parse(
                    fragment("<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl>")
                            .replace("<xml-fragment ", "<xml-fragment w:abstractNumId=\"1\" "))));
            numbering.addNum(new org.apache.poi.xwpf.usermodel.XWPFNum(CTNum.Factory.parse(fragment(
                    "<w:abstractNumId w:val=\"1\"/>").replace("<xml-fragment ", "<xml-fragment w:numId=\"1\" ")), numbering));
            String moved = "We call upon all donors to fund mine risk education.";
            paragraph(doc, "<w:pPr><w:pStyle w:val=\"Title\"/></w:pPr>" + run("Declaration of the Conference on Mine Action"));
            paragraph(doc, run("We, the States Parties, meeting in Geneva,"));
            paragraph(doc, NUMBERED + "<w:rPr><w:moveFrom w:id=\"20\"" + BY + "/></w:rPr></w:pPr><w:moveFrom w:id=\"21\"" + BY + ">"
                    + run(moved) + "</w:moveFrom>");
            paragraph(doc, NUMBERED + "</w:pPr>" + run("We ") + del(1, "will") + ins(2, "may") + run(" clear all mined areas by 2030."));
            paragraph(doc, NUMBERED + "</w:pPr>" + run("We commit to assist the victims") + ins(3, " and their families") + run("."));
            paragraph(doc, NUMBERED + "</w:pPr>" + run("We pledge to") + del(4, " urgently") + run(" destroy all stockpiled mines."));
            paragraph(doc, NUMBERED + "<w:rPr><w:del w:id=\"5\"" + BY + "/></w:rPr></w:pPr>" + del(6, "We will report every year on our progress."));
            paragraph(doc, NUMBERED + "<w:rPr><w:ins w:id=\"7\"" + BY + "/></w:rPr></w:pPr>" + ins(8, "We commit to share our data openly."));
            paragraph(doc, NUMBERED + "<w:rPr><w:moveTo w:id=\"22\"" + BY + "/></w:rPr></w:pPr><w:moveTo w:id=\"23\"" + BY + ">"
                    + run(moved) + "</w:moveTo>");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XmlException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void paragraph(XWPFDocument doc, String content) throws XmlException {
        XWPFParagraph p = doc.createParagraph();
        p.getCTP().set(CTP.Factory.parse(fragment(content)));
    }
}
