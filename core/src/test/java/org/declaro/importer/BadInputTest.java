package org.declaro.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.declaro.model.Declaration;
import org.declaro.model.Limits;
import org.declaro.report.Finding;
import org.declaro.report.Rule;
import org.declaro.validation.DocumentValidator;
import org.junit.jupiter.api.Test;

/**
 * Input that is not a declaration: each gives a finding, never an exception or a hang. The timeouts are
 * guards against hangs (generous, far above the real times); speed is measured in the JMH benchmark.
 */
class BadInputTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    private static List<Rule> rules(ImportResult r) {
        return r.findings().stream().map(Finding::rule).distinct().toList();
    }

    @Test
    void emptyTextSaysThereIsNoParagraph() {
        for (String empty : List.of("", "\n\n\n", "   \r\n\t\n", "\uFEFF")) {
            ImportResult r = TextImporter.standard().importText(empty);
            assertTrue(rules(r).contains(Rule.IMPORT_MISSING), r.findings()::toString);
            assertTrue(r.hasErrors());
            assertEquals("Untitled", ((Declaration) r.document().orElseThrow()).title());
        }
    }

    @Test
    void binaryBytesAreAnEncodingErrorWithTheirPlace() {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        ImportResult r = assertTimeoutPreemptively(HANG_GUARD, () -> TextImporter.standard().importText(bytes));
        Finding encoding = r.findings().stream().filter(f -> f.rule() == Rule.IMPORT_ENCODING).findFirst().orElseThrow();
        assertTrue(encoding.message().contains("not valid UTF-8"), encoding.message());
        assertTrue(encoding.line() >= 1);
        assertTrue(DocumentValidator.standard().validate(r.document().orElseThrow()).findings().stream()
                .noneMatch(f -> f.rule() == Rule.LIMIT_EXCEEDED), "the result is a model like any other, within limits");
    }

    @Test
    void controlCharactersAreRemovedAndReported() {
        ImportResult r = TextImporter.standard().importText("Title\n\n1. We will\u0000 act\u0007.\n");
        assertEquals("We will act.", ((Declaration) r.document().orElseThrow()).paragraphs().get(0).text());
        assertTrue(rules(r).contains(Rule.IMPORT_ENCODING));
    }

    @Test
    void aTenMegabyteLineWithoutANewlineIsReadInOnePass() {
        String line = "word ".repeat(2 * 1024 * 1024);
        ImportResult r = assertTimeoutPreemptively(HANG_GUARD, () -> TextImporter.standard().importText(line));
        assertTrue(r.findings().stream().anyMatch(f -> f.rule() == Rule.IMPORT_MISSING), r.findings()::toString);
        assertTrue(r.findings().stream().anyMatch(f -> f.rule() == Rule.IMPORT_UNPLACED && f.message().length() > 10_000_000),
                "the line is reported whole, not dropped");
    }

    @Test
    void aHundredThousandLinesOfOneDotAreOneParagraph() {
        String text = "1.\n".repeat(100_000);
        ImportResult r = assertTimeoutPreemptively(HANG_GUARD, () -> TextImporter.standard().importText(text));
        Declaration d = (Declaration) r.document().orElseThrow();
        assertEquals(1, d.paragraphs().size(), "numbers are accepted only in sequence");
        assertEquals(Integer.valueOf(1), d.paragraphs().get(0).number());
        assertEquals(99_999, d.paragraphs().get(0).text().split(" ").length);
    }

    @Test
    void aHundredThousandNumberedParagraphsAreRead() {
        StringBuilder b = new StringBuilder("Title\n\n");
        for (int i = 1; i <= 100_000; i++) {
            b.append(i).append(". We will act.\n");
        }
        Declaration d = (Declaration) assertTimeoutPreemptively(HANG_GUARD,
                () -> TextImporter.standard().importText(b)).document().orElseThrow();
        assertEquals(100_000, d.paragraphs().size());
    }

    @Test
    void textWithNoParagraphAtAllIsAFindingNotAnEmptyDocument() {
        ImportResult r = TextImporter.standard().importText("Just a title");
        assertEquals("Just a title", ((Declaration) r.document().orElseThrow()).title());
        assertTrue(rules(r).contains(Rule.IMPORT_MISSING));
        Finding missing = r.findings().stream().filter(f -> f.rule() == Rule.IMPORT_MISSING).findFirst().orElseThrow();
        assertEquals("/paragraphs", missing.pointer());
    }

    @Test
    void textOverTheLimitIsRefusedWithLimitExceeded() {
        ImportResult r = TextImporter.builder().limits(Limits.DEFAULTS.withMaxInputBytes(100)).build().importText("x".repeat(101));
        assertEquals(List.of(Rule.LIMIT_EXCEEDED), rules(r));
        assertThrows(IllegalArgumentException.class, () -> Limits.DEFAULTS.withMaxInputBytes(0));
    }

    @Test
    void adversarialLinesForTheRegularExpressionsFinish() {
        List<String> nasty = List.of("1. ".repeat(200_000), "(".repeat(500_000), "(a) ".repeat(100_000),
                "- ".repeat(300_000), "Article ".repeat(100_000), "[^".repeat(300_000), "*".repeat(500_000),
                "9".repeat(500_000) + ".", "Adopted in " + "x, ".repeat(200_000), "a-\n".repeat(100_000),
                "Whereas,\n".repeat(100_000), "14 August 2024 ".repeat(50_000), "I. II. III. ".repeat(50_000));
        for (String text : nasty) {
            ImportResult r = assertTimeoutPreemptively(HANG_GUARD, () -> TextImporter.standard().importText(text));
            Losslessness.assertEveryWordKept(text, r);
        }
    }

    @Test
    void adversarialMarkdownFinishesAndKeepsEveryWord() {
        List<String> nasty = List.of("---\n" + "key: value\n".repeat(100_000), "**".repeat(500_000), "_a".repeat(300_000),
                "\\".repeat(500_000), "<sup>".repeat(200_000), "[a](".repeat(200_000), "&amp".repeat(200_000),
                "<!--\n".repeat(100_000) + "words", "*".repeat(1_000) + "word" + "\n".repeat(10), "---\ntitle: \"" + "\\".repeat(100_000));
        for (String text : nasty) {
            ImportResult r = assertTimeoutPreemptively(HANG_GUARD,
                    () -> TextImporter.builder().syntax(Syntax.MARKDOWN).build().importText(text));
            Losslessness.assertEveryWordKept(text, r);
        }
    }
}
