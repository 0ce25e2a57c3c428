package org.declaro.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.declaro.Fixtures;
import org.declaro.json.DocumentReader;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.declaro.model.Paragraph;
import org.declaro.model.PartialDate;
import org.declaro.model.Status;
import org.declaro.model.Subparagraph;
import org.declaro.report.Finding;
import org.declaro.report.Rule;
import org.declaro.report.Severity;
import org.declaro.validation.DocumentValidator;
import org.declaro.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real documents of the corpus, imported from their text. */
class CorpusImportTest {

    static final String SIEM_REAP = "corpus/siem-reap-angkor-declaration-draft-2024.txt";
    static final String UNGA = "corpus/unga-res-80-53-nuclear-disarmament-verification-2025.txt";
    static final String G20 = "corpus/g20-bali-leaders-declaration-2022.txt";
    static final String G7 = "corpus/g7-hiroshima-action-statement-food-security-2023.txt";
    static final String UDHR = "corpus/udhr-1948-unicode-plaintext.txt";

    static ImportResult imported(String resource) {
        return TextImporter.standard().importText(Fixtures.bytes(resource));
    }

    static Declaration declaration(String resource) {
        return (Declaration) imported(resource).document().orElseThrow();
    }

    @Test
    void theSiemReapAngkorTextGivesTheWorkedExampleExactly() {
        Declaration expected = (Declaration) DocumentReader.standard().read(Fixtures.bytes(Fixtures.SIEM_REAP)).document().orElseThrow();
        List<Paragraph> bare = expected.paragraphs().stream().map(p -> p.withCommitments(List.of())).toList();
        ImportResult result = imported(SIEM_REAP);
        // the worked example says format 1.0; an imported document is new, so it has the current version
        assertEquals(expected.toBuilder().schemaVersion(Document.CURRENT_SCHEMA_VERSION).paragraphs(bare).build(),
                result.document().orElseThrow());
        assertEquals(List.of(), result.findings(), "every line of the text is placed");
    }

    @Test
    void theFootnotesDroppedIntoParagraph6AreTakenOutAndTheHyphenatedWordKept() {
        Paragraph p6 = declaration(SIEM_REAP).paragraphs().get(5);
        assertTrue(p6.text().contains("inclusive, non-discriminatory, and integrated"), p6.text());
        assertTrue(!p6.text().contains("formal editing"), "footnote text is not in the paragraph");
    }

    @ParameterizedTest
    @ValueSource(strings = {SIEM_REAP, UNGA, G20, G7, UDHR, "import/artefacts.txt", "import/resolution-with-annex.txt",
            "import/action-plan.txt", "import/declaration-with-plan-of-action.txt", "import/political-declaration.txt", "import/un-pdf-page-break.txt"})
    void everyDocumentImportsToAValidDocumentWithEveryLinePlaced(String resource) {
        ImportResult result = imported(resource);
        ValidationReport report = DocumentValidator.standard().validate(result.document().orElseThrow());
        assertEquals(List.of(), report.findings().stream().filter(Finding::isError).toList(), resource);
        List<Finding> unplaced = result.findings().stream()
                .filter(f -> f.rule() == Rule.IMPORT_UNPLACED && f.severity() != Severity.INFO).toList();
        assertEquals(List.of(), unplaced, resource);
        assertTrue(result.findings().stream().noneMatch(Finding::isError), resource);
        Losslessness.assertEveryWordKept(Fixtures.text(resource), result);
    }

    @Test
    void theResolutionHasItsMastheadPreambleOperativeParagraphsAndFootnotes() {
        Declaration d = declaration(UNGA);
        assertEquals("A/RES/80/53", d.symbol());
        assertEquals("General Assembly", d.issuer());
        assertEquals("The General Assembly", d.author());
        assertEquals(Status.ADOPTED, d.status());
        assertEquals(PartialDate.ofDay(2025, 12, 1), d.adoption().date());
        assertEquals(PartialDate.ofDay(2025, 12, 1), d.date(), "a resolution is dated by its adoption");
        assertEquals("99 (gg)", d.agendaItem().number());
        assertEquals("General and complete disarmament: nuclear disarmament verification", d.agendaItem().title());
        assertEquals(25, d.preamble().size());
        assertEquals(12, d.paragraphs().size());
        assertEquals(IntStream.rangeClosed(1, 12).boxed().toList(), d.paragraphs().stream().map(Paragraph::number).toList());
        assertEquals(List.of("a", "b", "c", "d"), labels(d.paragraphs().get(4).subparagraphs()));
        assertEquals(List.of("a", "b", "c", "d", "e", "f", "g", "h"), labels(d.paragraphs().get(5).subparagraphs()));
        assertEquals(12, d.footnotes().size());
        assertEquals(List.of("1"), d.preamble().get(0).footnotes());
        assertEquals(List.of("2", "3", "4", "5"), d.preamble().get(1).footnotes());
        assertEquals(List.of("10", "11"), d.preamble().get(9).footnotes());
        assertTrue(d.preamble().get(1).text().contains("verification, as well as the reports of the Secretary-General of 1990 and 1995, and the report"),
                d.preamble().get(1).text());
        assertTrue(d.preamble().get(0).text().endsWith("verification,"), d.preamble().get(0).text());
        assertTrue(d.preamble().get(9).text().contains("Nuclear Weapons are committed under article VI thereof,"));
        assertTrue(d.paragraphs().get(0).text().endsWith("consisting of 21 members, participating in their personal capacity"
                + " and without prejudice to national positions in future negotiations;"), "joined across the blank line");
        assertTrue(d.preamble().get(2).text().contains("Group of Scientific and Technical Experts on Nuclear Disarmament"),
                "joined across the page break");
    }

    @Test
    void theG20DeclarationHas52ParagraphsBulletsAndTheFootnoteAfterANumber() {
        Declaration d = declaration(G20);
        assertEquals(IntStream.rangeClosed(1, 52).boxed().toList(), d.paragraphs().stream().map(Paragraph::number).toList());
        Paragraph p5 = d.paragraphs().get(4);
        assertEquals(5, p5.subparagraphs().size());
        p5.subparagraphs().forEach(s -> assertNull(s.label()));
        assertTrue(p5.subparagraphs().get(0).text().startsWith("Stay agile and flexible"));
        assertTrue(p5.subparagraphs().get(0).text().endsWith("committed to achieving price stability."));
        Paragraph p33 = d.paragraphs().get(32);
        assertEquals(List.of("1"), p33.footnotes());
        assertTrue(p33.text().startsWith("We are committed to support all vulnerable countries"), p33.text());
        assertEquals("1", d.footnotes().get(0).marker());
        assertTrue(d.footnotes().get(0).text().startsWith("Noting that one member has divergent views on debt issues in paragraph 33"));
        assertEquals("Bali, Indonesia", d.meeting().place());
        assertEquals(PartialDate.ofDay(2022, 11, 15), d.meeting().date());
        assertTrue(d.paragraphs().get(9).text().endsWith("report back by the 2023 Spring Meetings."),
                "a line starting with a year is not a paragraph");
        assertTrue(imported(G20).findings().stream().anyMatch(f -> f.rule() == Rule.IMPORT_MISSING && f.pointer().equals("/title")),
                "the web page's text has no title, and the import says so");
        Declaration titled = (Declaration) TextImporter.builder().title("G20 Bali Leaders' Declaration").build()
                .importText(Fixtures.bytes(G20)).document().orElseThrow();
        assertEquals("g20-bali-leaders-declaration", titled.id());
    }

    @Test
    void theG7StatementHasHeadedActionAreasAndNestedBullets() {
        Declaration d = declaration(G7);
        assertEquals(List.of("1", "2", "1", "2", "3", "1", "2"), d.headings().stream().map(h -> h.label()).toList());
        assertEquals(List.of(1, 1, 2, 2, 1, 2, 2), d.headings().stream().map(h -> h.level()).toList());
        assertEquals("To enhance market transparency and preparedness for food and nutrition crises", d.headings().get(2).title());
        assertTrue(d.paragraphs().stream().allMatch(p -> p.number() == null));
        assertTrue(d.paragraphs().get(0).text().startsWith("We, the leaders of Japan"));
        assertEquals(6, d.paragraphs().get(1).subparagraphs().size(), "the six bullets of action area 1");
        Paragraph innovation = d.paragraphs().stream().filter(p -> p.text().startsWith("Promoting innovation and technology"))
                .findFirst().orElseThrow();
        assertEquals(5, innovation.subparagraphs().size(), "the nested bullets under a top-level bullet");
        assertTrue(innovation.subparagraphs().get(0).text().startsWith("Promoting engagements with private sectors"));
    }

    @Test
    void theUniversalDeclarationHasItsPreambleProclamationAndThirtyArticles() {
        Declaration d = declaration(UDHR);
        assertEquals("Universal Declaration of Human Rights", d.title());
        assertEquals("The General Assembly", d.author());
        assertEquals(8, d.preamble().size());
        assertTrue(d.preamble().stream().limit(7).allMatch(p -> p.text().startsWith("Whereas")));
        // the proclamation ("Now, therefore," / author / "Proclaims ...") is the eighth preambular clause, so that the
        // thirty articles are the numbered paragraphs 1 to 30
        assertTrue(d.preamble().get(7).text().startsWith("Now, therefore, Proclaims this Universal Declaration"),
                d.preamble().get(7).text());
        assertEquals(30, d.paragraphs().size());
        for (int i = 0; i < 30; i++) {
            assertEquals(i + 1, d.paragraphs().get(i).number());
        }
        assertTrue(d.paragraphs().get(0).text().startsWith("All human beings are born free"), d.paragraphs().get(0).text());
        assertEquals(List.of(), d.headings());
        assertEquals("en", d.language());
    }

    private static List<String> labels(List<Subparagraph> subs) {
        return subs.stream().map(Subparagraph::label).toList();
    }
}
