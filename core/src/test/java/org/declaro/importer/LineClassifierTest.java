package org.declaro.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.declaro.importer.LineClassifier.Kind;
import org.declaro.importer.LineClassifier.Token;
import org.junit.jupiter.api.Test;

/** The classification table, row by row: what each row takes, what it captures, and a near miss it leaves. */
class LineClassifierTest {

    private final LineClassifier english = new LineClassifier(LayoutProfile.STATEMENT);

    private record Case(String line, List<String> groups, String nearMiss) {
    }

    private static final Map<Kind, Case> ROWS = Map.ofEntries(
            Map.entry(Kind.SYMBOL, new Case("A/RES/80/11", List.of(), "A/RES")),
            Map.entry(Kind.ADOPTION, new Case("Adopted in Siem Reap on 29 November 2024.",
                    List.of("Siem Reap on 29 November 2024"), "Adoption of the agenda")),
            Map.entry(Kind.CLOSING, new Case("IN WITNESS WHEREOF the undersigned have signed this Convention.", List.of(),
                    "In witness of the signing")),
            Map.entry(Kind.PLENARY, new Case("52nd plenary meeting 1 December 2025", List.of("1 December 2025"), "52 meetings")),
            Map.entry(Kind.PREAMBLE_HEADING, new Case("Preamble", List.of(), "Preambles")),
            Map.entry(Kind.AUTHOR, new Case("The General Assembly,", List.of("The General Assembly"), "The Assembly, recalling,")),
            Map.entry(Kind.ACTION, new Case("Action 12: States will report.", java.util.Arrays.asList("12", null, "States will report."), "Actions 12")),
            Map.entry(Kind.INDICATORS, new Case("Indicators: number of States", List.of("number of States"), "Indicative list")),
            Map.entry(Kind.NUMBERED, new Case("12. We will act.", List.of("12", "We will act."), "12.5 per cent")),
            Map.entry(Kind.MISNUMBERED, new Case("11, We are determined", List.of("11", "We are determined"), "11, 12 and 13")),
            Map.entry(Kind.LABEL, new Case("(iv) To report", List.of("iv", "To report"), "(Note) text")),
            Map.entry(Kind.BULLET, new Case("• support Ukraine", List.of("support Ukraine"), "•support")));

    @Test
    void everyRowHasACase() {
        Set<Kind> rows = EnumSet.noneOf(Kind.class);
        LineClassifier.TABLE.forEach(r -> rows.add(r.kind()));
        assertEquals(rows, ROWS.keySet());
        assertFalse(rows.contains(Kind.TEXT), "text is what no row takes");
    }

    @Test
    void eachRowTakesItsLineCapturesItsGroupsAndNamesItsEvidence() {
        ROWS.forEach((kind, c) -> {
            Token t = english.classify(c.line());
            assertEquals(kind, t.kind(), c.line());
            for (int g = 0; g < c.groups().size(); g++) {
                assertEquals(c.groups().get(g), t.group(g + 1), kind + " group " + (g + 1));
            }
            String evidence = LineClassifier.TABLE.stream().filter(r -> r.kind() == kind).findFirst().orElseThrow().evidence();
            assertEquals(evidence, t.evidence());
            assertTrue(english.is(c.line(), kind));
        });
    }

    @Test
    void eachNearMissIsNotTakenByItsRow() {
        ROWS.forEach((kind, c) -> {
            assertFalse(english.is(c.nearMiss(), kind), kind + " took " + c.nearMiss());
            assertTrue(english.classify(c.nearMiss()).kind() != kind, c.nearMiss());
        });
    }

    @Test
    void labelsOfTheSecondFormAndPlainText() {
        Token t = english.classify("a) to convene");
        assertEquals(Kind.LABEL, t.kind());
        assertEquals("a", t.group(3));
        assertEquals("to convene", t.group(4));
        Token text = english.classify("We support the plan.");
        assertEquals(Kind.TEXT, text.kind());
        assertTrue(text.evidence().contains("statement"), text.evidence());
        assertEquals(Kind.TEXT, english.classify("").kind());
    }

    @Test
    void theTableReadsAProfilesWords() {
        LayoutProfile french = LayoutProfile.STATEMENT.toBuilder().name("fr").preambleHeadings("Préambule")
                .plenaryWords("séance plénière").adoptionVerbs("adoptée", "fait").placeWords("à").dateWords("le").build();
        LineClassifier fr = new LineClassifier(french);
        assertEquals(Kind.PREAMBLE_HEADING, fr.classify("Préambule").kind());
        assertEquals(Kind.PLENARY, fr.classify("52e séance plénière").kind());
        assertEquals(Kind.ADOPTION, fr.classify("Fait à Genève le 3 mai 2030.").kind());
        assertEquals(Kind.TEXT, fr.classify("Preamble").kind());
    }
}
