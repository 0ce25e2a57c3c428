package org.declaro.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.declaro.testing.Edits;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.declaro.Fixtures;
import org.declaro.model.Limits;
import org.declaro.model.Declaration;
import org.declaro.report.Finding;
import org.declaro.report.Rule;
import org.declaro.report.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The validator's ways in (bytes, a reader, files, named texts): each gives the same findings, each
 * applies the size limit, and findings come in document order.
 */
class ValidatorInputsTest {
    private static final String JSON = Fixtures.text(Fixtures.SIEM_REAP);
    /** Two problems, the later one in the text listed first by the rule families. */
    private static final String BROKEN = Edits.replace(Edits.replace(JSON, "A Renewed Commitment", "A Renewed  Commitment"),
            "\"number\": 3,", "\"number\": 30,");
    private final DocumentValidator validator = DocumentValidator.standard();

    @Test
    void aReaderGivesWhatBytesGive() {
        ValidationReport fromBytes = validator.validate(BROKEN.getBytes(StandardCharsets.UTF_8));
        ValidationReport fromReader = validator.validate(new StringReader(BROKEN));
        assertEquals(fromBytes, fromReader);
        assertEquals("-", fromReader.source());
        assertEquals(2, fromReader.findings().size(), fromReader.findings()::toString);
    }

    @Test
    void findingsAreInDocumentOrderWhateverTheOrderOfTheRules() {
        // the text rules run before the numbering rules, but the footnote comes after the paragraphs
        String json = Edits.replace(Edits.replace(JSON, "\"number\": 3,", "\"number\": 30,"),
                "issued without formal editing.", "issued without  formal editing.");
        List<Finding> f = validator.validate(json.getBytes(StandardCharsets.UTF_8)).findings();
        assertEquals(List.of(Rule.PARAGRAPH_NUMBER_SEQUENCE, Rule.TEXT_WHITESPACE), f.stream().map(Finding::rule).toList());
        assertEquals("/footnotes/0/text", f.get(1).pointer());
    }

    @Test
    void findingsOfReadingAndOfTheRulesAreMergedInDocumentOrder() {
        // reading reports the unknown field at the end; the rules report the number before it
        String json = Edits.replace(Edits.replace(JSON, "\"number\": 3,", "\"number\": 30,"),
                "\"text\": \"The present document is being issued without formal editing.\"",
                        "\"text\": \"The present document is being issued without formal editing.\", \"x-late\": 1");
        List<Finding> f = validator.validate(json.getBytes(StandardCharsets.UTF_8)).findings();
        assertEquals(List.of(Rule.PARAGRAPH_NUMBER_SEQUENCE, Rule.JSON_UNKNOWN_FIELD), f.stream().map(Finding::rule).toList());
    }

    @Test
    void findingsAreInDocumentOrder() {
        List<Finding> f = validator.validate(BROKEN.getBytes(StandardCharsets.UTF_8)).findings();
        assertEquals(List.of(Rule.TEXT_WHITESPACE, Rule.PARAGRAPH_NUMBER_SEQUENCE), f.stream().map(Finding::rule).toList());
        assertTrue(f.get(0).line() < f.get(1).line(), f::toString);
    }

    @Test
    void everyWayInAppliesTheSizeLimit(@TempDir Path dir) throws IOException {
        int size = JSON.getBytes(StandardCharsets.UTF_8).length;
        DocumentValidator exact = DocumentValidator.builder().limits(Limits.DEFAULTS.withMaxInputBytes(size)).build();
        DocumentValidator small = DocumentValidator.builder().limits(Limits.DEFAULTS.withMaxInputBytes(size - 1))
                .build();
        Path file = Files.writeString(dir.resolve("d.json"), JSON);
        assertFalse(exact.validate(file).hasErrors(), "a file of exactly the limit is read");
        assertFalse(exact.validate(new StringReader(JSON)).hasErrors());
        assertFalse(exact.validateInputs(List.of(JsonInput.of("d", JSON))).get(0).hasErrors());

        ValidationReport fromFile = small.validate(file);
        assertEquals(List.of(Rule.LIMIT_EXCEEDED), fromFile.findings().stream().map(Finding::rule).toList());
        assertEquals("The input is larger than the limit of " + (size - 1) + " bytes; split it, or raise Limits.maxInputBytes if the input is trusted.",
                fromFile.findings().get(0).message());
        assertEquals(file.toString(), fromFile.source());
        assertTrue(fromFile.document().isEmpty());
        assertTrue(fromFile.hasErrors());
        assertEquals(List.of(Rule.LIMIT_EXCEEDED), small.validate(new StringReader(JSON)).findings().stream()
                .map(Finding::rule).toList());
        assertEquals(List.of(Rule.LIMIT_EXCEEDED), small.validateInputs(List.of(JsonInput.of("d", JSON)))
                .get(0).findings().stream().map(Finding::rule).toList());
    }

    @Test
    void namedTextsAreReportedInOrderUnderTheirNamesAndResolveEachOther() {
        String decl = Edits.replace(JSON, "\"paragraph\": 13", "\"id\": \"example-mine-action-plan-2025-2029\",\n      \"paragraph\": 13");
        List<JsonInput> texts = List.of(JsonInput.of("b.json", decl), JsonInput.of("a.json", Fixtures.bytes("action-plan-example.json")));
        List<ValidationReport> reports = validator.validateInputs(texts);
        assertEquals(List.of("b.json", "a.json"), reports.stream().map(ValidationReport::source).toList());
        assertTrue(reports.stream().noneMatch(ValidationReport::hasErrors), reports::toString);
        ValidationReport alone = validator.validateInputs(List.of(JsonInput.of("b.json", decl))).get(0);
        assertEquals(List.of(Rule.REFERENCE_UNRESOLVED), alone.findings().stream().map(Finding::rule).toList());
        assertTrue(alone.findings().get(0).hasLocation());
    }

    @Test
    void anUnpairedSurrogateFromAReaderIsOneFindingWithoutADocument() {
        ValidationReport r = validator.validate(new StringReader("{\"title\": \"a\uDC00b\"}"));
        assertEquals(List.of(Rule.JSON_SYNTAX), r.findings().stream().map(Finding::rule).toList());
        assertTrue(r.document().isEmpty());
        assertEquals("-", r.source());
    }

    @Test
    void aFailingReaderOrAMissingFileThrowsUnchecked(@TempDir Path dir) {
        Reader broken = new Reader() {
            @Override
            public int read(char[] cbuf, int off, int len) throws IOException {
                throw new IOException("disk on fire");
            }

            @Override
            public void close() {
            }
        };
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> validator.validate(broken));
        assertEquals("disk on fire", e.getCause().getMessage());
        Path missing = dir.resolve("missing.json");
        UncheckedIOException m = assertThrows(UncheckedIOException.class, () -> validator.validate(missing));
        assertTrue(m.getMessage().startsWith("cannot read " + missing + ": "), m.getMessage());
    }

    @Test
    void aValueThatFailedToBindIsNotAlsoReportedAsMissing() {
        String wrongType = Edits.replaceRegex(JSON, "\"title\": \"[^\"]*\"", "\"title\": 7");
        List<Finding> f = validator.validate(wrongType.getBytes(StandardCharsets.UTF_8)).findings();
        assertEquals(List.of("/title"), f.stream().filter(x -> x.rule() == Rule.JSON_TYPE).map(Finding::pointer).toList());
        assertEquals(List.of(), f.stream().filter(x -> x.rule() == Rule.REQUIRED).toList());
        String missing = Edits.replaceRegex(JSON, "\n  \"title\": \"[^\"]*\",", "");
        List<Finding> g = validator.validate(missing.getBytes(StandardCharsets.UTF_8)).findings();
        assertEquals(List.of("/title"), g.stream().filter(x -> x.rule() == Rule.REQUIRED).map(Finding::pointer).toList());
    }

    @Test
    void strictnessIsAConfigurationTheValidatorReportsAndApplies() {
        DocumentValidator strict = DocumentValidator.builder().strict(true).build();
        assertTrue(strict.isStrict());
        assertFalse(validator.isStrict());
        String unknown = Edits.replaceRegex(JSON, "\"number\": 1,", "\"number\": 1, \"x-note\": 1,");
        Finding lenient = validator.validate(unknown.getBytes(StandardCharsets.UTF_8)).findings().get(0);
        Finding error = strict.validate(unknown.getBytes(StandardCharsets.UTF_8)).findings().get(0);
        assertEquals(Severity.WARNING, lenient.severity());
        assertEquals(Severity.ERROR, error.severity());
        assertThrows(NullPointerException.class, () -> DocumentValidator.builder().limits(null));
    }

    @Test
    void theThemeVocabularyIsCopiedWhenTheValidatorIsBuilt() {
        java.util.Set<String> themes = new java.util.HashSet<>(List.of("clearance"));
        DocumentValidator.Builder b = DocumentValidator.builder().themes(org.declaro.commitments.ThemeVocabulary.ofThemes(themes));
        DocumentValidator v = b.build();
        themes.add("universalization");
        Declaration d = (Declaration) org.declaro.json.DocumentReader.standard().read(JSON).document().orElseThrow();
        long unknown = v.validate(d).findings().stream().filter(f -> f.rule() == Rule.COMMITMENT_THEME_UNKNOWN)
                .filter(f -> f.message().startsWith("Theme \"universalization\"")).count();
        assertTrue(unknown > 0, "the vocabulary was taken when built");
    }

    @Test
    void inMemoryReportsAreNamedByTheDocumentsId() {
        Declaration d = Declaration.builder("my-id", "T").paragraph("A.").build();
        assertEquals("my-id", validator.validate(d).source());
        assertEquals("null", validator.validate(Declaration.builder(null, "T").paragraph("A.").build()).source());
        DocumentValidator.warmUp();
    }
}
