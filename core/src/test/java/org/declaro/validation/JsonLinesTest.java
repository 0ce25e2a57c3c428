package org.declaro.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.declaro.Declaro;
import org.declaro.Fixtures;
import org.declaro.model.Limits;
import org.declaro.report.Finding;
import org.declaro.report.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class JsonLinesTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    static final String SIEM_REAP = compact(Fixtures.text(Fixtures.SIEM_REAP));
    static final String PLAN = compact(Fixtures.text("action-plan-example.json"));
    static final String BROKEN = "{\"schemaVersion\": \"1.1\", \"kind\": \"declaration\", \"id\": }";
    /** A valid document but for a missing title. */
    static final String UNTITLED = "{\"schemaVersion\":\"1.1\",\"kind\":\"declaration\",\"id\":\"untitled\",\"language\":\"en\","
            + "\"paragraphs\":[{\"number\":1,\"text\":\"We will act.\"}]}";

    static String compact(String json) {
        return MAPPER.readTree(json).toString();
    }

    private static List<ValidationReport> reports(DocumentValidator v, String stream) {
        List<ValidationReport> out = new ArrayList<>();
        long n = v.validateJsonLines(new ByteArrayInputStream(stream.getBytes(StandardCharsets.UTF_8)), "corpus.jsonl", out::add);
        assertEquals(out.size(), n, "the count returned is the number of reports given");
        return out;
    }

    /** The findings of validating {@code json} alone, moved to {@code line} of a stream (what the stream should give). */
    static List<Finding> alone(DocumentValidator v, String json, int line) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : v.validate(json.getBytes(StandardCharsets.UTF_8)).findings()) {
            if (f.rule() != Rule.REFERENCE_UNRESOLVED) {
                out.add(f.at(line, f.hasLocation() ? f.column() : 1));
            }
        }
        return out;
    }

    @Test
    void eachLineIsADocumentWithItsLineNumberAndColumnsWithinIt() {
        DocumentValidator v = DocumentValidator.standard();
        List<ValidationReport> r = reports(v, SIEM_REAP + "\n" + UNTITLED + "\n" + PLAN + "\n");
        assertEquals(3, r.size());
        assertEquals(List.of("corpus.jsonl:1", "corpus.jsonl:2", "corpus.jsonl:3"), r.stream().map(ValidationReport::source).toList());
        assertTrue(!r.get(0).hasErrors() && !r.get(2).hasErrors(), r.toString());
        assertEquals("example-mine-action-plan-2025-2029", r.get(2).document().orElseThrow().id());
        Finding title = r.get(1).errors().get(0);
        assertEquals(Rule.REQUIRED, title.rule());
        assertEquals("/title", title.pointer());
        assertEquals(2, title.line(), "the line of the document in the stream");
        assertEquals(1, title.column(), "a missing field is reported at its object, here the document's start");
        assertEquals(alone(v, UNTITLED, 2), r.get(1).findings());
    }

    @Test
    void aBrokenLineIsReportedAndTheNextLinesAreStillRead() {
        DocumentValidator v = DocumentValidator.standard();
        List<ValidationReport> r = reports(v, UNTITLED + "\n" + BROKEN + "\n" + SIEM_REAP + "\n");
        assertEquals(3, r.size());
        ValidationReport broken = r.get(1);
        assertTrue(broken.document().isEmpty());
        Finding syntax = broken.findings().get(0);
        assertEquals(Rule.JSON_SYNTAX, syntax.rule());
        assertEquals(2, syntax.line());
        assertEquals(BROKEN.indexOf('}') + 1, syntax.column(), "the column of the unexpected '}' within the line");
        assertFalse(r.get(2).hasErrors(), r.get(2).toString());
    }

    @Test
    void pointersAreWithinTheDocument() {
        String withBadDate = SIEM_REAP.replace("\"date\":\"2024-08-14\"", "\"date\":\"2024-13-14\"");
        assertFalse(withBadDate.equals(SIEM_REAP), "the fixture's date is where the test expects it");
        List<ValidationReport> r = reports(DocumentValidator.standard(), "\n" + withBadDate + "\n");
        Finding date = r.get(0).errors().stream().filter(f -> f.pointer().equals("/date")).findFirst().orElseThrow();
        assertEquals(2, date.line());
        assertEquals(withBadDate.indexOf("\"date\":\"2024-13-14\"") + 1, date.column(), "at its property name, as in a file");
    }

    @Test
    void aLineOverTheLimitIsOneFindingAndReadingGoesOn() {
        Limits limits = Limits.DEFAULTS.withMaxInputBytes(UNTITLED.length() + 10);
        DocumentValidator v = DocumentValidator.builder().limits(limits).build();
        String stream = UNTITLED + "\r\n" + SIEM_REAP + "\r\n" + UNTITLED;
        List<ValidationReport> r = reports(v, stream);
        assertEquals(3, r.size());
        ValidationReport tooLong = r.get(1);
        assertTrue(tooLong.document().isEmpty());
        assertEquals(1, tooLong.findings().size());
        Finding f = tooLong.findings().get(0);
        assertEquals(Rule.LIMIT_EXCEEDED, f.rule());
        assertEquals(2, f.line());
        assertEquals(1, f.column());
        assertTrue(f.message().contains("Line 2 has " + SIEM_REAP.getBytes(StandardCharsets.UTF_8).length + " bytes"), f.message());
        assertTrue(f.message().contains("limit of " + limits.maxInputBytes()), f.message());
        assertEquals(alone(v, UNTITLED, 3), r.get(2).findings(), "the line after is read whole");
    }

    @Test
    void aLineExactlyAtTheLimitIsReadEvenWithACrlf() {
        byte[] bytes = UNTITLED.getBytes(StandardCharsets.UTF_8);
        DocumentValidator v = DocumentValidator.builder().limits(Limits.DEFAULTS.withMaxInputBytes(bytes.length)).build();
        List<ValidationReport> r = reports(v, UNTITLED + "\r\n" + UNTITLED + " \r\n" + UNTITLED);
        assertEquals(alone(v, UNTITLED, 1), r.get(0).findings(), "the CR of CRLF does not count");
        assertEquals(Rule.LIMIT_EXCEEDED, r.get(1).findings().get(0).rule(), "one byte more does");
        assertEquals(alone(v, UNTITLED, 3), r.get(2).findings());
    }

    @Test
    void crlfGivesTheSameReportsAsLf() {
        DocumentValidator v = DocumentValidator.standard();
        String lf = UNTITLED + "\n" + BROKEN + "\n" + PLAN + "\n";
        assertEquals(reports(v, lf), reports(v, lf.replace("\n", "\r\n")));
    }

    @Test
    void theLastLineNeedsNoLineEndAndBlankLinesAreSkipped() {
        DocumentValidator v = DocumentValidator.standard();
        List<ValidationReport> r = reports(v, "\n  \n\t\r\n" + UNTITLED + "\n\n" + UNTITLED);
        assertEquals(List.of("corpus.jsonl:4", "corpus.jsonl:6"), r.stream().map(ValidationReport::source).toList());
        assertEquals(alone(v, UNTITLED, 6), r.get(1).findings());
    }

    @Test
    void anEmptyStreamOrOneOfBlankLinesGivesNoReport() {
        assertEquals(List.of(), reports(DocumentValidator.standard(), ""));
        assertEquals(List.of(), reports(DocumentValidator.standard(), "\n\r\n   \n"));
    }

    @Test
    void aCrAloneInsideALineIsWhitespaceAndColumnsStayWithinTheLine() {
        DocumentValidator v = DocumentValidator.standard();
        String withCr = UNTITLED.replace(",\"id\":", ",\r\"id\":").replace("\"text\":\"We will act.\"", "\"text\":\"\"");
        List<ValidationReport> r = reports(v, UNTITLED + "\n" + withCr + "\n");
        assertEquals(alone(v, withCr.replace('\r', ' '), 2), r.get(1).findings());
        assertTrue(r.get(1).findings().stream().anyMatch(f -> f.pointer().equals("/paragraphs/0/text") && f.column() > 50),
                r.get(1).findings().toString());
    }

    @Test
    void referencesBetweenDocumentsOfAStreamAreNotChecked() {
        String a = "{\"schemaVersion\":\"1.1\",\"kind\":\"declaration\",\"id\":\"a\",\"title\":\"A\",\"language\":\"en\","
                + "\"paragraphs\":[{\"number\":1,\"text\":\"Text.\"}],\"references\":[{\"title\":\"B\",\"id\":\"b\"}]}";
        DocumentValidator v = DocumentValidator.standard();
        assertTrue(v.validate(a.getBytes(StandardCharsets.UTF_8)).findings().stream().anyMatch(f -> f.rule() == Rule.REFERENCE_UNRESOLVED),
                "alone, the reference is unresolved");
        List<ValidationReport> r = reports(v, a + "\n");
        assertTrue(r.get(0).findings().stream().noneMatch(f -> f.rule() == Rule.REFERENCE_UNRESOLVED), r.toString());
    }

    @Test
    void theStreamFormGivesTheSameReportsLazily() {
        DocumentValidator v = DocumentValidator.standard();
        String stream = UNTITLED + "\n" + BROKEN + "\n" + SIEM_REAP;
        int[] read = new int[1];
        InputStream counting = new ByteArrayInputStream(stream.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                read[0]++;
                return super.read(b, off, Math.min(len, 16));
            }
        };
        var reports = v.streamJsonLines(counting, "corpus.jsonl");
        assertEquals(0, read[0], "nothing is read before the stream is used");
        assertEquals(reports(v, stream), reports.toList());
    }

    @Test
    void aFileAndTheFacadeNameTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("docs.jsonl");
        Files.writeString(file, UNTITLED + "\n" + PLAN + "\n");
        List<ValidationReport> r = new ArrayList<>();
        assertEquals(2, Declaro.validateJsonLines(file, r::add));
        assertEquals(file + ":2", r.get(1).source());
        List<ValidationReport> limited = new ArrayList<>();
        Declaro.validateJsonLines(file, Limits.DEFAULTS.withMaxInputBytes(UNTITLED.length()), limited::add);
        assertEquals(Rule.LIMIT_EXCEEDED, limited.get(1).findings().get(0).rule());
        UncheckedIOException missing = assertThrows(UncheckedIOException.class,
                () -> Declaro.validateJsonLines(dir.resolve("missing.jsonl"), x -> { }));
        assertTrue(missing.getMessage().contains("missing.jsonl"), missing.getMessage());
    }

    @Test
    void aFailingStreamIsAnUncheckedIoExceptionThatSaysWhere() {
        InputStream failing = new InputStream() {
            private final InputStream first = new ByteArrayInputStream((UNTITLED + "\n").getBytes(StandardCharsets.UTF_8));

            @Override
            public int read() throws IOException {
                int b = first.read();
                if (b < 0) {
                    throw new IOException("connection reset");
                }
                return b;
            }
        };
        List<ValidationReport> seen = new ArrayList<>();
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> DocumentValidator.standard().validateJsonLines(failing, "net", seen::add));
        assertEquals(1, seen.size(), "the documents before the failure are reported");
        assertTrue(e.getMessage().contains("after line 1") && e.getMessage().contains("connection reset"), e.getMessage());
        assertThrows(NullPointerException.class, () -> DocumentValidator.standard().validateJsonLines(InputStream.nullInputStream(), null, x -> { }));
    }
}
