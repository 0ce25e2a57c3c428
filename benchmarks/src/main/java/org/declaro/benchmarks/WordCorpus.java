package org.declaro.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Word files of a given number of paragraphs, made in memory as Word writes them: a title, a preamble of italic
 * paragraphs, operative paragraphs in Word's automatic numbering ("1.", with "(a)" sub-paragraphs), a heading style
 * every 50 paragraphs, a footnote every tenth, and a tracked change every twentieth. The operative text is drawn
 * from a vocabulary of made-up words with a fixed seed, so that the file compresses about as a real one does (the
 * XML about five times its zipped size), not a hundred times as a repeated sentence would.
 */
final class WordCorpus {
    private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();
    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";
    private static final String[] SENTENCES = {
        "Calls upon all States to clear the mined areas under their jurisdiction or control as soon as possible",
        "Encourages the States Parties to share their experience of land release and of risk education",
        "Requests the Secretary-General to report to the General Assembly at its next session on the implementation",
        "Stresses the importance of assistance to the victims, including medical care, rehabilitation and inclusion",
        "Welcomes the contributions of the donors and of the organizations that support mine action programmes",
    };

    private WordCorpus() {
    }

    /** @param size the number of operative paragraphs @return the .docx file */
    static byte[] docx(String size) {
        return FILES.computeIfAbsent(size, s -> make(Integer.parseInt(s)));
    }

    private static byte[] make(int paragraphs) {
        StringBuilder doc = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document "
                + W + "><w:body>");
        StringBuilder notes = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:footnotes "
                + W + ">");
        p(doc, "Title", null, "<w:r><w:t>Assistance in mine action</w:t></w:r>");
        p(doc, null, null, "<w:r><w:t>The General Assembly,</w:t></w:r>");
        for (int k = 0; k < 5; k++) {
            p(doc, null, null, "<w:r><w:rPr><w:i/></w:rPr><w:t xml:space=\"preserve\">Recalling </w:t></w:r><w:r><w:t>its resolutions on "
                    + "assistance in mine action and the reports of the Secretary-General,</w:t></w:r>");
        }
        int note = 0;
        java.util.Random random = new java.util.Random(paragraphs);
        for (int n = 1; n <= paragraphs; n++) {
            if (n % 50 == 1) {
                p(doc, "Heading1", null, "<w:r><w:t>Part " + (n / 50 + 1) + "</w:t></w:r>");
            }
            String text = SENTENCES[n % SENTENCES.length].split(" ")[0] + " " + words(random, 12 + random.nextInt(24));
            StringBuilder runs = new StringBuilder("<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>");
            if (n % 20 == 0) {
                runs.append("<w:del w:id=\"").append(n).append("\" w:author=\"A\"><w:r><w:delText xml:space=\"preserve\"> urgently"
                        + "</w:delText></w:r></w:del><w:ins w:id=\"").append(n + 1).append("\" w:author=\"A\"><w:r><w:t "
                        + "xml:space=\"preserve\"> without delay</w:t></w:r></w:ins>");
            }
            if (n % 10 == 0) {
                note++;
                runs.append("<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:footnoteReference w:id=\"")
                        .append(note).append("\"/></w:r>");
                notes.append("<w:footnote w:id=\"").append(note).append("\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t "
                        + "xml:space=\"preserve\"> A/").append(70 + note % 10).append('/').append(100 + note)
                        .append(".</w:t></w:r></w:p></w:footnote>");
            }
            runs.append("<w:r><w:t>;</w:t></w:r>");
            p(doc, null, "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>", runs.toString());
            if (n % 7 == 0) {
                for (int s = 0; s < 2; s++) {
                    p(doc, null, "<w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"1\"/></w:numPr>",
                            "<w:r><w:t>To strengthen the national capacities for mine clearance and risk education;</w:t></w:r>");
                }
            }
        }
        doc.append("<w:sectPr/></w:body></w:document>");
        notes.append("</w:footnotes>");
        String numbering = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:numbering " + W + ">"
                + "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/>"
                + "<w:lvlText w:val=\"%1.\"/></w:lvl><w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/>"
                + "<w:lvlText w:val=\"(%2)\"/></w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
                + "</w:numbering>";
        String styles = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:styles " + W + ">"
                + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/></w:style></w:styles>";
        String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
        String types = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>"
                + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
                + "<Override PartName=\"/word/footnotes.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml\"/>"
                + "</Types>";
        String rootRels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + rel + "officeDocument\" Target=\"word/document.xml\"/></Relationships>";
        String docRels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + rel + "numbering\" Target=\"numbering.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + rel + "styles\" Target=\"styles.xml\"/>"
                + "<Relationship Id=\"rId3\" Type=\"" + rel + "footnotes\" Target=\"footnotes.xml\"/></Relationships>";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", types);
            entry(zip, "_rels/.rels", rootRels);
            entry(zip, "word/document.xml", doc.toString());
            entry(zip, "word/_rels/document.xml.rels", docRels);
            entry(zip, "word/numbering.xml", numbering);
            entry(zip, "word/styles.xml", styles);
            entry(zip, "word/footnotes.xml", notes.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static final String[] SYLLABLES = {"ab", "ac", "al", "an", "ar", "as", "at", "ce", "co", "de", "di", "en", "er",
        "es", "ex", "fi", "ge", "im", "in", "io", "is", "it", "la", "le", "li", "ma", "me", "mi", "na", "ne", "no", "on",
        "or", "pa", "pe", "po", "pro", "ra", "re", "ri", "ro", "sa", "se", "si", "ta", "te", "ti", "to", "tu", "un", "ur",
        "va", "ve", "vi"};

    /** @return that many made-up words of two to four syllables */
    private static String words(java.util.Random random, int count) {
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < count; w++) {
            if (w > 0) {
                b.append(' ');
            }
            int syllables = 2 + random.nextInt(3);
            for (int k = 0; k < syllables; k++) {
                b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
        }
        return b.toString();
    }

    private static void p(StringBuilder doc, String style, String numPr, String runs) {
        doc.append("<w:p>");
        if (style != null || numPr != null) {
            doc.append("<w:pPr>");
            if (style != null) {
                doc.append("<w:pStyle w:val=\"").append(style).append("\"/>");
            }
            if (numPr != null) {
                doc.append(numPr);
            }
            doc.append("</w:pPr>");
        }
        doc.append(runs).append("</w:p>");
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
