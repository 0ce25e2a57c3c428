package org.declaro.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.declaro.model.Declaration;
import org.declaro.model.Paragraph;
import org.declaro.report.Severity;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A short chapeau that ends in a colon ("Meeting in Arcadia, we:") leads into the numbered paragraphs below it: it
 * is the preamble, however short it is and however few paragraphs follow, and the numbers stay numbers.
 */
class LeadInTest {

    @ParameterizedTest
    @ValueSource(strings = {"Meeting in Arcadia, we:", "Gathered in Arcadia in May 2024, we:",
            "Having met in Arcadia, we, the Ministers:"})
    void aShortLeadInIsThePreambleOfTwoNumberedParagraphs(String leadIn) {
        ImportResult r = TextImporter.standard().importText("Declaration on Rivers\n\n" + leadIn
                + "\n\n1. We commit to clean the rivers;\n\n2. We resolve to report each year.\n");
        Declaration d = (Declaration) r.document().orElseThrow();
        assertEquals(List.of(leadIn), d.preamble().stream().map(p -> p.text()).toList());
        assertEquals(List.of(1, 2), d.paragraphs().stream().map(Paragraph::number).toList());
        assertEquals("We commit to clean the rivers;", d.paragraphs().get(0).text());
        assertTrue(r.findings().stream().allMatch(f -> f.severity() == Severity.INFO), r.findings().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Meeting in Arcadia, we note", "Meeting in Arcadia, we note."})
    void withoutAColonTwoNumbersAreNoRunAboveProse(String prose) {
        ImportResult r = TextImporter.standard().importText("Declaration on Rivers\n\n" + prose
                + "\n\n1. We commit to clean the rivers;\n\n2. We resolve to report each year.\n");
        Declaration d = (Declaration) r.document().orElseThrow();
        assertTrue(d.preamble().isEmpty(), d.preamble().toString());
    }
}
