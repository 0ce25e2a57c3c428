package org.declaro.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.declaro.Fixtures;
import org.declaro.model.Limits;
import org.declaro.report.Finding;
import org.declaro.report.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Malformed input of any kind gives a located finding: never an exception, never a hang. */
@Timeout(value = 30, unit = TimeUnit.SECONDS) // a guard against hangs, not a speed measurement
class MalformedInputTest {
    private final DocumentReader reader = DocumentReader.standard();

    private static Finding only(ReadResult r, Rule rule) {
        assertTrue(r.document().isEmpty(), "no document from malformed input");
        List<Finding> errors = r.findings().stream().filter(Finding::isError).toList();
        assertEquals(1, errors.size(), () -> "findings: " + r.findings());
        assertEquals(rule, errors.get(0).rule());
        assertTrue(errors.get(0).hasLocation(), "located");
        return errors.get(0);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void emptyInputIsASyntaxFindingAtLineOne() {
        Finding f = only(reader.read(new byte[0]), Rule.JSON_SYNTAX);
        assertEquals(1, f.line());
        assertTrue(f.message().contains("empty"));
    }

    @Test
    void whitespaceOnlyIsEmpty() {
        only(reader.read(utf8(" \n\t \r\n")), Rule.JSON_SYNTAX);
    }

    @Test
    void truncatedDocumentIsASyntaxFindingAtTheEnd() {
        String full = Fixtures.text(Fixtures.SIEM_REAP);
        String cut = full.substring(0, full.indexOf("\"number\": 7"));
        Finding f = only(reader.read(utf8(cut)), Rule.JSON_SYNTAX);
        assertEquals(cut.split("\n", -1).length, f.line(), "at the last line");
        assertTrue(f.message().contains("truncated"), f.message());
    }

    @Test
    void aRootThatIsNotAnObjectIsATypeFinding() {
        for (String json : List.of("[]", "\"declaration\"", "42", "true", "null")) {
            Finding f = only(reader.read(utf8(json)), Rule.JSON_TYPE);
            assertEquals("", f.pointer());
        }
    }

    @Test
    void aHundredThousandNestedBracketsExceedTheDepthLimit() {
        String deep = "{\"schemaVersion\": \"1.0\", \"x\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        Finding f = only(reader.read(utf8(deep)), Rule.LIMIT_EXCEEDED);
        assertEquals(1, f.line());
        assertTrue(f.message().contains("nested"), f.message());
    }

    @Test
    void aHundredThousandOpenBracketsWithoutClosingAreALimitNotAHang() {
        only(reader.read(utf8("[".repeat(100_000))), Rule.JSON_TYPE);
        only(reader.read(utf8("{\"a\":" + "{\"a\":".repeat(100_000))), Rule.LIMIT_EXCEEDED);
    }

    @Test
    void invalidUtf8IsASyntaxFindingAtItsColumn() {
        byte[] json = utf8("{\"title\": \"abc\u00e9XX\"}");
        json[json.length - 4] = (byte) 0xFF; // the first X
        Finding f = only(reader.read(json), Rule.JSON_SYNTAX);
        assertEquals(1, f.line());
        assertTrue(f.message().contains("UTF-8"), f.message());
    }

    @Test
    void contentAfterTheDocumentIsASyntaxFinding() {
        String json = Fixtures.text(Fixtures.SIEM_REAP) + "{}";
        Finding f = only(reader.read(utf8(json)), Rule.JSON_SYNTAX);
        assertTrue(f.message().contains("after the end"), f.message());
    }

    @Test
    void duplicateKeysAreASyntaxFindingAtTheSecond() {
        String json = "{\"schemaVersion\": \"1.0\", \"kind\": \"declaration\", \"id\": \"x\", \"title\": \"a\",\n"
                + " \"title\": \"b\", \"language\": \"en\", \"paragraphs\": [{\"text\": \"A.\", \"x-a\": 1, \"x-a\": 2, \"text\": \"B.\"}]}";
        ReadResult r = reader.read(utf8(json));
        List<Finding> dups = r.findings().stream().filter(f -> f.rule() == Rule.JSON_SYNTAX).toList();
        assertEquals(List.of("/title", "/paragraphs/0/x-a", "/paragraphs/0/text"), dups.stream().map(Finding::pointer).toList());
        assertEquals(2, dups.get(0).line());
        assertTrue(r.hasErrors());
    }

    @Test
    void oversizedInputIsRejectedBeforeParsing() {
        DocumentReader small = reader.toBuilder().limits(Limits.DEFAULTS.withMaxInputBytes(100)).build();
        ReadResult r = small.read(Fixtures.bytes(Fixtures.SIEM_REAP));
        assertEquals(Rule.LIMIT_EXCEEDED, r.findings().get(0).rule());
        assertTrue(r.document().isEmpty());
        ReadResult viaReader = small.read(new StringReader(Fixtures.text(Fixtures.SIEM_REAP)));
        assertEquals(Rule.LIMIT_EXCEEDED, viaReader.findings().get(0).rule());
    }

    @Test
    void anOverlongStringExceedsTheStringLimit() {
        DocumentReader small = reader.toBuilder().limits(Limits.DEFAULTS.withMaxStringLength(1000)).build();
        Finding f = only(small.read(utf8("{\"title\": \"" + "x".repeat(5000) + "\"}")), Rule.LIMIT_EXCEEDED);
        assertTrue(f.message().contains("longer than 1000"), f.message());
    }

    @Test
    void wrongTypesAreAllReportedAndReadingGoesOn() {
        String json = """
                {"schemaVersion": 1, "kind": "declaration", "id": "x", "title": ["t"], "language": "en",
                 "paragraphs": [{"number": "one", "text": "A."}, 7, null, {"number": 2.5, "text": true}],
                 "meeting": "Geneva"}
                """;
        ReadResult r = reader.read(utf8(json));
        assertTrue(r.document().isPresent(), "binding went on");
        List<String> pointers = r.findings().stream().filter(f -> f.rule() == Rule.JSON_TYPE).map(Finding::pointer).toList();
        assertEquals(List.of("/schemaVersion", "/title", "/paragraphs/0/number", "/paragraphs/1", "/paragraphs/2",
                "/paragraphs/3/number", "/paragraphs/3/text", "/meeting"), pointers);
        assertTrue(r.findings().stream().allMatch(Finding::hasLocation));
        assertEquals(2, ((org.declaro.model.Declaration) r.document().get()).paragraphs().size());
        assertEquals("/paragraphs/3/text", r.toJsonPointer("/paragraphs/1/text"), "model index 1 is JSON index 3");
        assertEquals(org.declaro.report.JsonPointer.parse("/paragraphs/3/text"),
                r.toJsonPointer(org.declaro.report.JsonPointer.parse("/paragraphs/1/text")));
        assertEquals("/paragraphs/0/text", r.toJsonPointer("/paragraphs/0/text"), "before the first gap nothing moves");
    }

    @Test
    void oddUnicodeIsReadAndKept() {
        String title = "\u0625\u0639\u0644\u0627\u0646 \uD83C\uDF0D \u200F\u00A0\u00AD z\u0301";
        String json = "{\"schemaVersion\":\"1.0\",\"kind\":\"declaration\",\"id\":\"x\",\"title\":\"" + title
                + "\",\"language\":\"ar\",\"paragraphs\":[{\"text\":\"\\ud800 lone\"}]}";
        ReadResult r = reader.read(utf8(json));
        assertFalse(r.hasErrors(), () -> r.findings().toString());
        org.declaro.model.Declaration d = (org.declaro.model.Declaration) r.document().orElseThrow();
        assertEquals(title, d.title());
        assertEquals("\ud800 lone", d.paragraphs().get(0).text());
        // the unpaired surrogate survives a write and a read
        byte[] written = CanonicalJsonWriter.standard().write(d).getBytes(StandardCharsets.UTF_8);
        assertEquals(d, reader.read(written).document().orElseThrow());
    }

    @Test
    void anUnpairedSurrogateInJavaTextIsReportedNotReplaced() {
        String json = "{\"title\": \"ok\",\n \"subtitle\": \"bad \uD800 here\"}";
        Finding f = only(reader.read(json), Rule.JSON_SYNTAX);
        assertEquals(2, f.line());
        assertEquals(json.split("\n")[1].indexOf('\uD800') + 1, f.column());
        assertTrue(f.message().contains("U+D800"), f.message());
        Finding viaReader = org.declaro.validation.DocumentValidator.standard().validate(new StringReader(json)).findings().get(0);
        assertEquals(f, viaReader);
    }

    @Test
    void aByteOrderMarkIsAccepted() {
        byte[] json = Fixtures.bytes(Fixtures.SIEM_REAP);
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);
        ReadResult r = reader.read(withBom);
        assertEquals(List.of(), r.findings());
        assertEquals(reader.read(json).document(), r.document());
    }

    @Test
    void tooManyParagraphsStopReadingWithALimitFinding() {
        StringBuilder sb = new StringBuilder("{\"schemaVersion\":\"1.0\",\"kind\":\"declaration\",\"id\":\"x\",\"title\":\"t\",\"language\":\"en\",\"paragraphs\":[");
        for (int i = 1; i <= 200_000; i++) {
            sb.append(i > 1 ? "," : "").append("{\"number\":").append(i).append(",\"text\":\"p\"}");
        }
        sb.append("]}");
        ReadResult r = reader.read(utf8(sb.toString()));
        Finding f = only(r, Rule.LIMIT_EXCEEDED);
        assertEquals("/paragraphs/100000", f.pointer());
    }
}
