package org.declaro.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.declaro.report.Finding;
import org.declaro.report.Rule;
import org.junit.jupiter.api.Test;

/**
 * Messages are one plain sentence: none of the parser's vocabulary, the position in the finding's line and
 * column rather than in the text, and quoted input escaped so that it cannot act on a terminal.
 */
class PlainMessagesTest {
    private final DocumentReader reader = DocumentReader.standard();

    private static final List<String> PARSER_WORDS = List.of("REDACTED", "StreamReadFeature", "JsonReadFeature",
            "StreamReadConstraints", "byte offset", "#UNKNOWN", "VALUE_", "START_", "END_", "PROPERTY_NAME", "CTRL-CHAR",
            "(code ", "Source:", "end-of-input", "was expecting", "Object entries", "Array entries");

    /** Asserts a message is one plain sentence without parser vocabulary or raw control characters. */
    static void assertPlain(String message) {
        for (String w : PARSER_WORDS) {
            assertFalse(message.contains(w), () -> "parser vocabulary \"" + w + "\" in: " + message);
        }
        message.chars().forEach(c -> {
            int type = Character.getType(c);
            assertFalse(type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR, () -> String.format("raw U+%04X in: %s", c, message));
        });
        assertTrue(message.endsWith(".") || message.endsWith("?"), () -> "a sentence ends: " + message);
        assertFalse(message.matches("(?s).*[.?!] [A-Z].*"), () -> "one sentence: " + message);
        assertTrue(Character.isUpperCase(message.charAt(0)) || message.charAt(0) == '"', () -> "a sentence starts: " + message);
        assertFalse(message.matches("(?s).*`[A-Za-z_.()]+`.*"), () -> "a feature name in: " + message);
    }

    private Finding onlyError(byte[] json) {
        ReadResult r = reader.read(json);
        List<Finding> errors = r.findings().stream().filter(Finding::isError).toList();
        assertEquals(1, errors.size(), () -> new String(json, StandardCharsets.UTF_8) + " gave " + r.findings());
        assertTrue(errors.get(0).hasLocation(), "the position is in the finding");
        assertPlain(errors.get(0).message());
        return errors.get(0);
    }

    private Finding onlyError(String json) {
        return onlyError(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void syntaxErrorsSayWhatIsWrongInPlainWordsAtTheirPosition() {
        record Case(String json, int column, String says) {
        }
        for (Case c : List.of(
                new Case("{\"title\": \"abc", 15, "ends inside a string"),
                new Case("{\"a\": [1, 2", 12, "before an array is closed"),
                new Case("{\"a\": {", 8, "before an object is closed"),
                new Case("{\"a", 4, "inside a field name"),
                new Case("{\"a\": 1,", 9, "before an object is closed"),
                new Case("{\"a\": [1}", 9, "'}' cannot close the open array; close it with ']'"),
                new Case("{\"kind\": \"declaration\"}}", 24, "'}' closes nothing"),
                new Case("{\"a\" 1}", 6, "a ':' must follow a field name"),
                new Case("{\"a\": 1 2}", 9, "a ',' must separate the fields of an object"),
                new Case("{\"a\": [1 2]}", 10, "a ',' must separate the elements of an array"),
                new Case("{\"a\": 1,}", 9, "a field name in double quotes must come here"),
                new Case("{\"a\": [1,]}", 10, "write a string in double quotes, a number"),
                new Case("{\"a\": 'x'}", 7, "unexpected \"'\""),
                new Case("{\"a\": /* c */ 1}", 7, "JSON has no comments"),
                new Case("{\"a\": tru}", 7, "\"tru\" is not a value"),
                new Case("{\"a\": NaN}", 10, "\"NaN\" is not a value"),
                new Case("{\"a\": -}", 8, "in a number"),
                new Case("{\"a\": 01}", 8, "leading zeroes"),
                new Case("{\"a\": \"\\q\"}", 9, "\\q is not an escape"),
                new Case("{\"a\": \"\\u12\"}", 12, "four hexadecimal digits"),
                new Case("{\"a\": \"x\u0001y\"}", 9, "control character U+0001 must be escaped in a string; write it as \\u0001"),
                new Case("{\"x\u0007\": 1}", 4, "must be escaped in a field name"),
                new Case("{\"kind\": \"declaration\"} x", 25, "\"x\" is not a value"))) {
            Finding f = onlyError(c.json());
            assertEquals(Rule.JSON_SYNTAX, f.rule(), c.json());
            assertTrue(f.message().contains(c.says()), () -> c.json() + " gave: " + f.message());
            assertEquals(1, f.line(), c.json());
            assertEquals(c.column(), f.column(), () -> c.json() + " gave " + f);
        }
    }

    @Test
    void invalidUtf8NamesTheByteAndTheFix() {
        Finding f = onlyError(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xFF, '"', '}'});
        assertEquals("The input is not valid UTF-8 (byte 0xFF); save the file as UTF-8.", f.message());
    }

    @Test
    void aBinaryFileIsOneFindingWithoutItsBytesEchoed() {
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            byte[] bin = new byte[1 + random.nextInt(64)];
            random.nextBytes(bin);
            ReadResult r = reader.read(bin);
            assertTrue(r.document().isEmpty());
            r.findings().forEach(f -> assertPlain(f.message()));
        }
        byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0x1B, '[', '3', '1', 'm'};
        Finding f = onlyError(elf);
        assertTrue(f.message().contains("U+007F"), f.message());
        Finding between = onlyError(new byte[] {'{', 0x1B, '[', '2', 'J', '}'});
        assertTrue(between.message().contains("binary file"), between.message());
        assertEquals(2, between.column());
    }

    @Test
    void quotedValuesAndNamesHaveTheirControlCharactersEscaped() {
        // valid JSON whose strings hold an escape sequence that would colour a terminal, and a bidi override
        String json = "{\"kind\": \"\\u001b[31mred\", \"x-\\u202e\\u0007\": 1, \"paragraphs\": [{\"number\": 1, \"text\": \"a\","
                + " \"commitments\": [{\"modality\": \"\\u009bwill\"}]}], \"date\": \"\\u001b]0;x\\u0007\"}";
        ReadResult r = reader.read(json);
        List<String> messages = r.findings().stream().map(Finding::message).toList();
        messages.forEach(PlainMessagesTest::assertPlain);
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("\"\\u001b[31mred\" is not allowed here")), messages::toString);
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("Unknown field \"x-\\u202e\\u0007\"")), messages::toString);
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("\"\\u009bwill\" is not allowed here")), messages::toString);
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("\"\\u001b]0;x\\u0007\" is not a date")), messages::toString);
    }

    @Test
    void longQuotedInputIsCutWithoutSplittingACharacter() {
        String emoji = "😀".repeat(40);
        ReadResult r = reader.read("{\"kind\": \"" + emoji + "\"}");
        String m = r.findings().stream().filter(f -> f.rule() == Rule.JSON_ENUM).findFirst().orElseThrow().message();
        String quoted = m.substring(0, m.indexOf("...\"") + 4);
        assertEquals("\"" + "😀".repeat(28) + "...\"", quoted, "28 emoji are 56 units; a 29th would be split at unit 57");
    }

    @Test
    void overlongNumbersAreALimitInPlainWords() {
        Finding f = onlyError("{\"paragraphs\": [{\"number\": " + "9".repeat(1001) + "}]}");
        assertEquals(Rule.LIMIT_EXCEEDED, f.rule());
        assertEquals("A number has more than 1000 digits; no field of the format needs that many.", f.message());
    }

    @Test
    void findingsBeforeTrailingContentAreReportedOnce() {
        ReadResult r = reader.read("{\"kind\": \"declaration\", \"title\": 5}\n]");
        assertEquals(List.of(Rule.JSON_TYPE, Rule.JSON_SYNTAX), r.findings().stream().map(Finding::rule).toList(),
                r.findings()::toString);
    }
}
