package org.declaro.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.declaro.model.Limits;
import org.declaro.report.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs validated together are a list of named inputs: two may share a name; files and streams are read bounded. */
class JsonInputTest {
    private static String declaration(String id, String text) {
        return "{\"schemaVersion\": \"1.0\", \"kind\": \"declaration\", \"id\": \"" + id + "\", \"title\": \"T\","
                + " \"language\": \"en\", \"paragraphs\": [{\"number\": 1, \"text\": \"" + text + "\"}]}";
    }

    @Test
    void twoInputsWithOneNameGiveTwoReportsInOrder() {
        List<ValidationReport> reports = DocumentValidator.standard().validateInputs(List.of(
                JsonInput.of("a.json", declaration("one", "Fine.")),
                JsonInput.of("a.json", declaration("two", " "))));
        assertEquals(2, reports.size());
        assertEquals(List.of("a.json", "a.json"), reports.stream().map(ValidationReport::source).toList());
        assertFalse(reports.get(0).hasErrors(), reports.get(0).findings()::toString);
        assertEquals(List.of(Rule.TEXT_BLANK), reports.get(1).errors().stream().map(f -> f.rule()).toList());
    }

    @Test
    void filesAndStreamsAreReadByTheValidatorWithinItsLimit(@TempDir Path dir) throws IOException {
        String small = declaration("small", "Fine.");
        Path file = Files.writeString(dir.resolve("small.json"), small);
        String big = declaration("big", "x".repeat(500));
        DocumentValidator v = DocumentValidator.builder().limits(Limits.DEFAULTS.withMaxInputBytes(300)).build();
        List<ValidationReport> reports = v.validateInputs(List.of(JsonInput.of(file),
                JsonInput.of("-", new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))),
                JsonInput.of("mem", big)));
        assertEquals(List.of(file.toString(), "-", "mem"), reports.stream().map(ValidationReport::source).toList());
        assertFalse(reports.get(0).hasErrors(), reports.get(0).findings()::toString);
        assertEquals(List.of(Rule.LIMIT_EXCEEDED), reports.get(1).findings().stream().map(f -> f.rule()).toList());
        assertEquals(List.of(Rule.LIMIT_EXCEEDED), reports.get(2).findings().stream().map(f -> f.rule()).toList());
        assertEquals(reports.get(0).findings(), v.validateFiles(List.of(file)).get(0).findings());
    }

    @Test
    void anUnreadableInputIsAnUncheckedIoExceptionNamingIt(@TempDir Path dir) {
        Path missing = dir.resolve("missing.json");
        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> DocumentValidator.standard().validateInputs(List.of(JsonInput.of(missing))));
        assertTrue(e.getMessage().startsWith("cannot read " + missing), e.getMessage());
    }

    @Test
    void namesAndDescriptions() {
        assertEquals("JsonInput[a, 2 bytes]", JsonInput.of("a", "{}").toString());
        assertEquals("JsonInput[b.json, file]", JsonInput.of(Path.of("b.json")).toString());
        assertEquals("JsonInput[-, stream]", JsonInput.of("-", new ByteArrayInputStream(new byte[0])).toString());
        assertEquals("b.json", JsonInput.of(Path.of("b.json")).name());
        assertThrows(NullPointerException.class, () -> JsonInput.of(null, new byte[0]));
        assertThrows(NullPointerException.class, () -> JsonInput.of("a", (byte[]) null));
        assertThrows(NullPointerException.class, () -> JsonInput.of("a", (java.io.InputStream) null));
    }
}
