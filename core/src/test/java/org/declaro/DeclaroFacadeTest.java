package org.declaro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.declaro.testing.Edits;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.declaro.json.DocumentReader;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.declaro.report.Finding;
import org.declaro.report.Rule;
import org.declaro.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one-liners of {@link Declaro}: each gives what the package it stands for gives. */
class DeclaroFacadeTest {
    private static final String JSON = Fixtures.text(Fixtures.SIEM_REAP);

    @Test
    void readGivesTheDocumentFromTextAndFromAFile(@TempDir Path dir) throws Exception {
        Document expected = DocumentReader.standard().read(JSON).document().orElseThrow();
        assertEquals(expected, Declaro.readJson(JSON));
        Path file = Files.writeString(dir.resolve("d.json"), JSON);
        assertEquals(expected, Declaro.read(file));
    }

    @Test
    void readRefusesAnUnreadableDocumentWithItsErrors() {
        Declaro.InvalidDocumentException e = assertThrows(Declaro.InvalidDocumentException.class,
                () -> Declaro.readJson("{\"kind\": \"declaration\""));
        assertEquals(List.of(Rule.JSON_SYNTAX), e.findings().stream().map(Finding::rule).toList());
        assertTrue(e.getMessage().startsWith("Not a readable Declaro document:\n  "), e.getMessage());
        assertTrue(e.getMessage().contains("json.syntax"), e.getMessage());
    }

    @Test
    void readRefusesADocumentWithReadingErrorsEvenWhenAModelCouldBeBuilt() {
        String wrongType = Edits.replaceRegex(JSON, "\"number\": 1,", "\"number\": \"one\",");
        assertTrue(DocumentReader.standard().read(wrongType).document().isPresent(), "the lenient reader binds the rest");
        Declaro.InvalidDocumentException e = assertThrows(Declaro.InvalidDocumentException.class,
                () -> Declaro.readJson(wrongType));
        assertTrue(e.findings().stream().anyMatch(f -> f.rule() == Rule.JSON_TYPE), e.findings()::toString);
    }

    @Test
    void readAcceptsADocumentWithWarningsOnly() {
        String unknownField = Edits.replaceRegex(JSON, "\"number\": 1,", "\"number\": 1, \"x-note\": 1,");
        assertEquals(Declaration.class, Declaro.readJson(unknownField).getClass());
    }

    @Test
    void theExceptionSummarisesAtMostFiveErrorsAndKeepsAllFindings() {
        StringBuilder json = new StringBuilder("{\"schemaVersion\": \"1.0\", \"kind\": \"declaration\", \"id\": \"x\","
                + " \"title\": \"X\", \"language\": \"en\", \"paragraphs\": [");
        for (int i = 0; i < 7; i++) {
            json.append(i == 0 ? "" : ",").append("{\"number\": \"n").append(i).append("\", \"text\": \"T.\"}");
        }
        json.append("]}");
        Declaro.InvalidDocumentException e = assertThrows(Declaro.InvalidDocumentException.class,
                () -> Declaro.readJson(json.toString()));
        long errors = e.findings().stream().filter(Finding::isError).count();
        assertTrue(errors >= 7, e.findings()::toString);
        assertEquals(5, e.getMessage().split("\n  ", -1).length - 1, e.getMessage());
        assertThrows(UnsupportedOperationException.class, () -> e.findings().clear());
    }

    @Test
    void validateGivesTheStandardValidatorsReport(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("d.json"), Edits.replace(JSON, "A Renewed Commitment", "A Renewed  Commitment"));
        ValidationReport r = Declaro.validate(file);
        assertEquals(file.toString(), r.source());
        assertEquals(List.of(Rule.TEXT_WHITESPACE), r.findings().stream().map(Finding::rule).toList());
        Document doc = Declaro.readJson(JSON);
        assertFalse(Declaro.validate(doc).hasErrors());
        ValidationReport broken = Declaro.validate(((Declaration) doc).toBuilder().title(null).build());
        assertTrue(broken.hasErrors());
        assertThrows(UncheckedIOException.class, () -> Declaro.validate(dir.resolve("missing.json")));
    }

    @Test
    void toJsonIsReadBackAsTheSameDocument() {
        Document doc = Declaro.readJson(JSON);
        String json = Declaro.toJson(doc);
        assertEquals(doc, Declaro.readJson(json));
        assertTrue(json.startsWith("{"), json);
    }
}
