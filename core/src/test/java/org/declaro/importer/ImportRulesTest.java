package org.declaro.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.declaro.report.Finding;
import org.declaro.report.Rule;
import org.declaro.report.Severity;
import org.junit.jupiter.api.Test;

/** Each {@code import.*} rule of the catalogue, broken once, at its line (the JSON rules are in RuleCatalogueTest). */
class ImportRulesTest {

    private record Case(byte[] input, int line, Severity severity) {
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static final Map<Rule, Case> CASES = Map.of(
            Rule.IMPORT_UNPLACED, new Case(utf8("Title\n\nSubtitle\n\nStray words\n\n1. We will act.\n"), 5, Severity.WARNING),
            Rule.IMPORT_ENCODING, new Case(new byte[] {'T', '\n', '\n', '1', '.', ' ', 'W', '\n', (byte) 0xC3, '(', '\n'}, 4,
                    Severity.ERROR),
            Rule.IMPORT_MISSING, new Case(utf8("\n\nOnly a title\n"), 3, Severity.ERROR),
            Rule.IMPORT_GENRE, new Case(utf8("Report of the Working Group on Rivers\n\nThe group met three times in the"
                    + " year and heard the experts of the region.\n\nIt has no more to add.\n"), 1, Severity.WARNING),
            Rule.IMPORT_LANGUAGES, new Case(utf8(GenreAndLanguagesTest.TWO_LANGUAGES), 11, Severity.WARNING),
            Rule.IMPORT_SOURCE, new Case(utf8("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n"), 0, Severity.ERROR));

    @Test
    void everyImportRuleHasACase() {
        Set<Rule> importRules = Stream.of(Rule.values()).filter(r -> r.id().startsWith("import."))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Rule.class)));
        assertEquals(importRules, CASES.keySet());
    }

    @Test
    void eachCaseYieldsItsRuleAtItsLine() {
        CASES.forEach((rule, c) -> {
            ImportResult r = TextImporter.standard().importText(c.input());
            Finding f = r.findings().stream().filter(x -> x.rule() == rule).findFirst()
                    .orElseThrow(() -> new AssertionError(rule + " not found in " + r.findings()));
            assertEquals(c.line(), f.line(), rule.id());
            assertEquals(c.severity(), f.severity(), rule.id());
            assertTrue(f.message().endsWith(".") && !f.message().isBlank(), f.message());
        });
    }
}
