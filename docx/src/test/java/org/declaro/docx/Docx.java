package org.declaro.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlException;
import org.declaro.importer.spi.LineEvidence;
import org.declaro.importer.spi.SourceContent;
import org.declaro.importer.spi.SourceLine;
import org.declaro.importer.spi.SourceRequest;
import org.declaro.model.Limits;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/**
 * Test .docx files built with POI's XWPF API; paragraphs, numbering definitions and styles whose XML matters are
 * given as WordprocessingML and set on the XWPF objects (POI's low-level API).
 */
final class Docx {
    static final String NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    final XWPFDocument doc = new XWPFDocument();
    private XWPFNumbering numbering;
    private XWPFStyles styles;

    /** @return a paragraph of plain text */
    Docx p(String text) {
        doc.createParagraph().createRun().setText(text);
        return this;
    }

    /** @return a paragraph of that style (a style id) */
    Docx styled(String styleId, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(styleId);
        p.createRun().setText(text);
        return this;
    }

    /** @return a paragraph of the list numId at level ilvl */
    Docx item(int numId, int ilvl, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(BigInteger.valueOf(numId));
        p.setNumILvl(BigInteger.valueOf(ilvl));
        p.createRun().setText(text);
        return this;
    }

    /** @param inner the content of a w:p (pPr, runs, w:ins, w:del) @return a paragraph so written */
    Docx xml(String inner) {
        XWPFParagraph p = doc.createParagraph();
        try {
            p.getCTP().set(CTP.Factory.parse("<xml-fragment " + NS + ">" + inner + "</xml-fragment>"));
        } catch (XmlException e) {
            throw new IllegalArgumentException(e);
        }
        return this;
    }

    /** @param xml a w:abstractNum element (without the namespace declaration) */
    Docx abstractNum(String xml) {
        try {
            numbering().addAbstractNum(new XWPFAbstractNum(CTAbstractNum.Factory.parse(withNs(xml))));
        } catch (XmlException e) {
            throw new IllegalArgumentException(e);
        }
        return this;
    }

    /** @param xml a w:num element (without the namespace declaration) */
    Docx num(String xml) {
        try {
            numbering().addNum(new XWPFNum(CTNum.Factory.parse(withNs(xml)), numbering()));
        } catch (XmlException e) {
            throw new IllegalArgumentException(e);
        }
        return this;
    }

    /** @param xml a w:style element (without the namespace declaration) */
    Docx style(String xml) {
        if (styles == null) {
            styles = doc.createStyles();
        }
        try {
            styles.addStyle(new XWPFStyle(CTStyle.Factory.parse(withNs(xml)), styles));
        } catch (XmlException e) {
            throw new IllegalArgumentException(e);
        }
        return this;
    }

    private XWPFNumbering numbering() {
        if (numbering == null) {
            numbering = doc.createNumbering();
        }
        return numbering;
    }

    /** The element as XMLBeans parses a type's content: its name replaced by xml-fragment, the namespace declared. */
    private static String withNs(String xml) {
        int space = xml.indexOf(' ');
        int close = xml.indexOf('>');
        int at = space > 0 && space < close ? space : close;
        String name = xml.substring(1, at);
        String body = xml.substring(at, xml.length() - ("</" + name + ">").length());
        return "<xml-fragment " + NS + body + "</xml-fragment>";
    }

    /** A level of an abstract numbering definition. */
    static String lvl(int ilvl, int start, String format, String text) {
        return "<w:lvl w:ilvl=\"" + ilvl + "\"><w:start w:val=\"" + start + "\"/><w:numFmt w:val=\"" + format
                + "\"/><w:lvlText w:val=\"" + text + "\"/></w:lvl>";
    }

    /** @return the file's bytes */
    byte[] bytes() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------ reading

    static SourceContent read(byte[] docx) {
        return read(docx, SourceRequest.of(Limits.DEFAULTS));
    }

    static SourceContent read(byte[] docx, String revisions) {
        return read(docx, SourceRequest.of(Limits.DEFAULTS).withOption("revisions", revisions));
    }

    static SourceContent read(byte[] docx, SourceRequest request) {
        try {
            return new DocxSourceReader().read(new ByteArrayInputStream(docx), request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the non-blank lines of the content, as "NUMBER TEXT" (the number when there is one) */
    static List<String> shown(SourceContent c) {
        List<String> out = new ArrayList<>();
        for (SourceLine l : c.lines()) {
            if (!l.text().isEmpty()) {
                LineEvidence e = l.evidence();
                out.add(e.number() == null ? l.text() : e.number() + " " + l.text());
            }
        }
        return out;
    }

    /** @return the content lines (not footnotes) that are not blank */
    static List<SourceLine> body(SourceContent c) {
        return c.lines().stream().filter(l -> !l.text().isEmpty() && l.evidence().role() != LineEvidence.Role.FOOTNOTE).toList();
    }

    // ------------------------------------------------------------------ zip surgery

    /** @return the file with each entry's bytes passed through the edit (name, bytes) -> bytes, null to drop it */
    static byte[] rewrite(byte[] docx, java.util.function.BiFunction<String, byte[], byte[]> edit, Map<String, byte[]> added) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                    byte[] b = edit.apply(e.getName(), in.readAllBytes());
                    if (b != null) {
                        out.putNextEntry(new ZipEntry(e.getName()));
                        out.write(b);
                        out.closeEntry();
                    }
                }
                for (Map.Entry<String, byte[]> a : added.entrySet()) {
                    out.putNextEntry(new ZipEntry(a.getKey()));
                    out.write(a.getValue());
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the file with one entry's text edited */
    static byte[] editText(byte[] docx, String entry, UnaryOperator<String> edit) {
        return rewrite(docx, (name, b) -> name.equals(entry)
                ? edit.apply(new String(b, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8) : b, Map.of());
    }
}
