package org.declaro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.declaro.importer.ImportResult;
import org.declaro.importer.TextImporter;
import org.declaro.json.DocumentReader;
import org.declaro.json.ReadResult;
import org.declaro.model.Limits;
import org.declaro.report.Finding;
import org.declaro.report.Rule;
import org.declaro.validation.DocumentValidator;
import org.declaro.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** One {@link Limits} object, enforced while input is read, by every entry point that reads input. */
class LimitsTest {
    private static final long LIMIT = 1000;
    private static final Limits SMALL = Limits.DEFAULTS.withMaxInputBytes(LIMIT);
    private static final Path ENDLESS = Path.of("/dev/zero");

    /** An endless stream of spaces that counts what was taken from it. */
    static final class Endless extends InputStream {
        long served;

        @Override
        public int read() {
            served++;
            return ' ';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) ' ');
            served += len;
            return len;
        }
    }

    /** An endless reader of 'é' (two bytes each in UTF-8) that counts the characters it served. */
    static final class EndlessChars extends Reader {
        long served;

        @Override
        public int read(char[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, 'é');
            served += len;
            return len;
        }

        @Override
        public void close() {
        }
    }

    private static void assertOnlyLimitExceeded(List<Finding> findings) {
        assertEquals(List.of(Rule.LIMIT_EXCEEDED), findings.stream().map(Finding::rule).toList(), findings::toString);
        assertTrue(findings.get(0).message().contains("limit of " + LIMIT + " bytes"), findings.get(0).message());
        assertTrue(findings.get(0).message().contains("Limits.maxInputBytes"), findings.get(0).message());
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aFileWithoutEndIsRefusedAtTheLimitByReaderValidatorAndImporter() throws IOException {
        // /dev/zero reports a size of 0: only counting while reading can stop it
        assumeTrue(Files.isReadable(ENDLESS));
        ReadResult read = DocumentReader.builder().limits(SMALL).build().read(ENDLESS);
        assertOnlyLimitExceeded(read.findings());
        assertTrue(read.document().isEmpty());
        assertOnlyLimitExceeded(DocumentValidator.builder().limits(SMALL).build().validate(ENDLESS).findings());
        assertOnlyLimitExceeded(TextImporter.builder().limits(SMALL).build().importText(ENDLESS).findings());
        assertOnlyLimitExceeded(Declaro.validate(ENDLESS, SMALL).findings());
        assertOnlyLimitExceeded(Declaro.importText(ENDLESS, SMALL).findings());
        assertOnlyLimitExceeded(Declaro.importTextWithCommitments(ENDLESS, SMALL).findings());
        Declaro.InvalidDocumentException e = assertThrows(Declaro.InvalidDocumentException.class,
                () -> Declaro.read(ENDLESS, SMALL));
        assertOnlyLimitExceeded(e.findings());
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void streamsAreReadNoFurtherThanTheLimitAndABuffer() {
        Endless json = new Endless();
        assertOnlyLimitExceeded(DocumentReader.builder().limits(SMALL).build().read(json).findings());
        assertTrue(json.served <= LIMIT + 64 * 1024, "read " + json.served + " bytes");
        Endless validated = new Endless();
        ValidationReport report = DocumentValidator.builder().limits(SMALL).build().validate(validated);
        assertOnlyLimitExceeded(report.findings());
        assertTrue(validated.served <= LIMIT + 64 * 1024, "read " + validated.served + " bytes");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void readersCountBytesOfUtf8AndStopAtTheLimit() throws IOException {
        EndlessChars json = new EndlessChars();
        assertOnlyLimitExceeded(DocumentReader.builder().limits(SMALL).build().read(json).findings());
        assertTrue(json.served <= LIMIT + 8192, "read " + json.served + " characters");
        EndlessChars text = new EndlessChars();
        assertOnlyLimitExceeded(TextImporter.builder().limits(SMALL).build().importText(text).findings());
        assertTrue(text.served <= LIMIT + 8192, "read " + text.served + " characters");
        assertOnlyLimitExceeded(DocumentValidator.builder().limits(SMALL).build().validate(new EndlessChars()).findings());
    }

    @Test
    void theLimitIsInBytesOfUtf8ForTextAsForJson() {
        // 600 characters, 1200 bytes: over a limit of 1000 bytes however the text is given
        String text = "é".repeat(600);
        TextImporter importer = TextImporter.builder().limits(SMALL).build();
        assertOnlyLimitExceeded(importer.importText(text).findings());
        assertOnlyLimitExceeded(importer.importText(text.getBytes(StandardCharsets.UTF_8)).findings());
        String json = "{\"title\": \"" + text + "\"}";
        assertOnlyLimitExceeded(DocumentReader.builder().limits(SMALL).build().read(json).findings());
        // emoji: two UTF-16 units, four bytes
        assertOnlyLimitExceeded(importer.importText("😀".repeat(251)).findings());
        ImportResult justUnder = importer.importText("😀".repeat(250));
        assertFalse(justUnder.findings().stream().anyMatch(f -> f.rule() == Rule.LIMIT_EXCEEDED), justUnder.findings()::toString);
    }

    @Test
    void inputExactlyAtTheLimitIsRead(@TempDir Path dir) throws IOException {
        String json = "{\"kind\": \"declaration\", \"id\": \"x\", \"title\": \"T\", \"language\": \"en\", \"paragraphs\": []}";
        Limits exact = Limits.DEFAULTS.withMaxInputBytes(json.length());
        Path file = Files.writeString(dir.resolve("a.json"), json);
        DocumentReader reader = DocumentReader.builder().limits(exact).build();
        for (ReadResult r : List.of(reader.read(file), reader.read(json), reader.read(new StringReader(json)),
                reader.read(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))) {
            assertTrue(r.document().isPresent(), r.findings()::toString);
        }
        DocumentReader oneLess = DocumentReader.builder().limits(exact.withMaxInputBytes(json.length() - 1)).build();
        assertOnlyLimitExceededAt(json.length() - 1, oneLess.read(file).findings());
    }

    private static void assertOnlyLimitExceededAt(long limit, List<Finding> findings) {
        assertEquals(List.of(Rule.LIMIT_EXCEEDED), findings.stream().map(Finding::rule).toList());
        assertTrue(findings.get(0).message().contains("limit of " + limit + " bytes"), findings.get(0).message());
    }

    @Test
    void everyLimitMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> Limits.DEFAULTS.withMaxInputBytes(0));
        assertThrows(IllegalArgumentException.class, () -> Limits.DEFAULTS.withMaxDepth(0));
        assertThrows(IllegalArgumentException.class, () -> Limits.DEFAULTS.withMaxStringLength(0));
        assertThrows(IllegalArgumentException.class, () -> Limits.DEFAULTS.withMaxParagraphs(0));
        assertThrows(IllegalArgumentException.class, () -> Limits.DEFAULTS.withMaxCommitments(-1));
        assertThrows(IllegalArgumentException.class, () -> Limits.DEFAULTS.withMaxPages(0));
        Limits l = Limits.DEFAULTS.withMaxDepth(3).withMaxStringLength(4).withMaxParagraphs(5).withMaxCommitments(6)
                .withMaxInputBytes(7);
        assertEquals(new Limits(7, 3, 4, 5, 6), l);
        assertEquals(Limits.DEFAULT_MAX_PAGES, l.maxPages(), "the constructor without pages keeps the default");
        assertEquals(new Limits(7, 3, 4, 5, 6, 8), l.withMaxPages(8));
        assertEquals(8, l.withMaxPages(8).withMaxDepth(9).maxPages(), "every wither keeps the page limit");
    }
}
