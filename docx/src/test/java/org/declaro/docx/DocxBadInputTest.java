package org.declaro.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.declaro.importer.spi.SourceContent;
import org.declaro.importer.spi.SourceRequest;
import org.declaro.model.Limits;
import org.declaro.report.Finding;
import org.declaro.report.Rule;
import org.junit.jupiter.api.Test;

/** Files that are not Word text to read: each gives a finding and no lines, never an exception. */
class DocxBadInputTest {

    private static Finding onlyFinding(SourceContent c) {
        assertTrue(c.lines().isEmpty(), "no lines: " + c.lines());
        assertEquals(1, c.findings().size(), c.findings().toString());
        return c.findings().get(0);
    }

    private static void refused(SourceContent c, Rule rule, String says) {
        Finding f = onlyFinding(c);
        assertEquals(rule, f.rule(), f.toString());
        assertTrue(f.isError());
        assertTrue(f.message().contains(says), f.message());
    }

    @Test
    void aMacroEnabledDocumentIsRefused() {
        byte[] docx = new Docx().p("Sub AutoOpen()").bytes();
        byte[] docm = Docx.rewrite(Docx.editText(docx, "[Content_Types].xml", x -> x.replace(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                "application/vnd.ms-word.document.macroEnabled.main+xml")), (n, b) -> b, Map.of());
        refused(Docx.read(docm), Rule.IMPORT_SOURCE, "macro");
        byte[] withProject = Docx.rewrite(docx, (n, b) -> b, Map.of("word/vbaProject.bin", new byte[] {1, 2, 3}));
        withProject = Docx.editText(withProject, "[Content_Types].xml", x -> x.replace("</Types>",
                "<Override PartName=\"/word/vbaProject.bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>"));
        refused(Docx.read(withProject), Rule.IMPORT_SOURCE, "macro");
    }

    /** A document part of that many bytes of one repeated word: it compresses about a thousand times. */
    private static byte[] withDocumentOf(long bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] docx = new Docx().p("x").bytes();
            byte[] types = Docx.rewrite(docx, (n, b) -> n.equals("word/document.xml") ? null : b, Map.of());
            try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(types))) {
                for (ZipEntry e; (e = in.getNextEntry()) != null;) {
                    zip.putNextEntry(new ZipEntry(e.getName()));
                    zip.write(in.readAllBytes());
                }
            }
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            String head = "<w:document " + Docx.NS + "><w:body><w:p><w:r><w:t>";
            zip.write(head.getBytes(StandardCharsets.UTF_8));
            byte[] block = "word ".repeat(64 * 1024 / 5).getBytes(StandardCharsets.US_ASCII);
            for (long n = 0; n < bytes; n += block.length) {
                zip.write(block);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Test
    void aZipBombIsOverTheLimit() {
        byte[] bomb = withDocumentOf(1L << 30); // inflates to 1 GiB
        assertTrue(bomb.length < 2 << 20, "the bomb is small: " + bomb.length);
        refused(Docx.read(bomb), Rule.LIMIT_EXCEEDED, "zip bomb");
    }

    @Test
    void aPartLargerThanTheInputLimitIsOverTheLimit() {
        // words picked at random compress about five times: no bomb, but a part larger than the limit
        StringBuilder text = new StringBuilder();
        Random random = new Random(7);
        String[] words = "the states parties shall will may should report plan area mine clear assist victims fund".split(" ");
        while (text.length() < 3_000_000) {
            text.append(words[random.nextInt(words.length)]).append(' ');
        }
        byte[] docx = Docx.editText(new Docx().p("x").bytes(), "word/document.xml",
                x -> x.replace("<w:t>x</w:t>", "<w:t>" + text + "</w:t>"));
        assertTrue(docx.length < 1_000_000, "compressed: " + docx.length);
        SourceContent c = Docx.read(docx, SourceRequest.of(Limits.DEFAULTS.withMaxInputBytes(1_000_000)));
        refused(c, Rule.LIMIT_EXCEEDED, "input limit of 1000000 bytes");
        // within the default limits the same file reads
        assertFalse(Docx.read(docx).lines().isEmpty());
    }

    @Test
    void aFileLargerThanTheInputLimitIsOverTheLimit() {
        byte[] docx = new Docx().p("Some text.").bytes();
        refused(Docx.read(docx, SourceRequest.of(Limits.DEFAULTS.withMaxInputBytes(100))), Rule.LIMIT_EXCEEDED, "larger");
    }

    @Test
    void garbageTruncatedAndForeignFilesAreNotWordFiles() {
        byte[] garbage = new byte[5000];
        new Random(1).nextBytes(garbage);
        refused(Docx.read(garbage), Rule.IMPORT_SOURCE, "not a Word");
        byte[] zipGarbage = garbage.clone();
        zipGarbage[0] = 'P';
        zipGarbage[1] = 'K';
        zipGarbage[2] = 3;
        zipGarbage[3] = 4;
        refused(Docx.read(zipGarbage), Rule.IMPORT_SOURCE, "damaged");
        byte[] docx = new Docx().p("Some text.").bytes();
        refused(Docx.read(Arrays.copyOf(docx, docx.length / 2)), Rule.IMPORT_SOURCE, "damaged");
        byte[] ole2 = Arrays.copyOf(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1}, 4096);
        refused(Docx.read(ole2), Rule.IMPORT_SOURCE, "password");
        byte[] plainZip = Docx.rewrite(docx, (n, b) -> n.startsWith("word/") ? b : null, Map.of());
        refused(Docx.read(plainZip), Rule.IMPORT_SOURCE, "");
        refused(Docx.read(new byte[0]), Rule.IMPORT_SOURCE, "not a Word");
    }

    @Test
    void anExternalEntityIsRefusedAndNotResolved() {
        byte[] docx = new Docx().p("PLACE").bytes();
        byte[] xxe = Docx.editText(docx, "word/document.xml", x -> x.replaceFirst("\\?>",
                "?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]>").replace("PLACE", "&xxe;"));
        refused(Docx.read(xxe), Rule.IMPORT_SOURCE, "DTD");
    }

    @Test
    void aDocumentWithoutBodyIsDamaged() {
        byte[] docx = Docx.editText(new Docx().p("x").bytes(), "word/document.xml",
                x -> x.replaceAll("<w:body>.*</w:body>", ""));
        refused(Docx.read(docx), Rule.IMPORT_SOURCE, "no body");
    }

    @Test
    void theZipSettingsOfTheJvmAreRestored() {
        double ratio = org.apache.poi.openxml4j.util.ZipSecureFile.getMinInflateRatio();
        long entry = org.apache.poi.openxml4j.util.ZipSecureFile.getMaxEntrySize();
        Docx.read(new Docx().p("x").bytes(), SourceRequest.of(Limits.DEFAULTS.withMaxInputBytes(50_000)));
        assertEquals(ratio, org.apache.poi.openxml4j.util.ZipSecureFile.getMinInflateRatio());
        assertEquals(entry, org.apache.poi.openxml4j.util.ZipSecureFile.getMaxEntrySize());
    }

}
