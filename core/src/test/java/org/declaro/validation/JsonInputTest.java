package org.declaro.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.declaro.report.Rule;
import org.junit.jupiter.api.Test;

/** Texts validated together are a list of named inputs: two may share a name. */
class JsonInputTest {
    private static String declaration(String id, String text) {
        return "{\"schemaVersion\": \"1.0\", \"kind\": \"declaration\", \"id\": \"" + id + "\", \"title\": \"T\","
                + " \"language\": \"en\", \"paragraphs\": [{\"number\": 1, \"text\": \"" + text + "\"}]}";
    }

    @Test
    void twoInputsWithOneNameGiveTwoReportsInOrder() {
        List<ValidationReport> reports = DocumentValidator.standard().validateTexts(List.of(
                JsonInput.of("a.json", declaration("one", "Fine.")),
                JsonInput.of("a.json", declaration("two", " "))));
        assertEquals(2, reports.size());
        assertEquals(List.of("a.json", "a.json"), reports.stream().map(ValidationReport::source).toList());
        assertTrue(reports.get(0).isValid(), reports.get(0).findings()::toString);
        assertEquals(List.of(Rule.TEXT_BLANK), reports.get(1).errors().stream().map(f -> f.rule()).toList());
    }

    @Test
    void equalByNameAndBytes() {
        assertEquals(JsonInput.of("a", "{}"), new JsonInput("a", new byte[] {'{', '}'}));
        assertEquals(JsonInput.of("a", "{}").hashCode(), new JsonInput("a", new byte[] {'{', '}'}).hashCode());
        assertNotEquals(JsonInput.of("a", "{}"), JsonInput.of("b", "{}"));
        assertNotEquals(JsonInput.of("a", "{}"), JsonInput.of("a", "[]"));
        assertEquals("JsonInput[name=a, 2 bytes]", JsonInput.of("a", "{}").toString());
        assertThrows(NullPointerException.class, () -> new JsonInput(null, new byte[0]));
        assertThrows(NullPointerException.class, () -> new JsonInput("a", null));
    }
}
