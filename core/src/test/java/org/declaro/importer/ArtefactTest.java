package org.declaro.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.declaro.Fixtures;
import org.declaro.model.Action;
import org.declaro.model.ActionPlan;
import org.declaro.model.Adoption;
import org.declaro.model.Declaration;
import org.declaro.model.DocumentKind;
import org.declaro.model.Heading;
import org.declaro.model.Meeting;
import org.declaro.model.Paragraph;
import org.declaro.model.PartialDate;
import org.declaro.model.Period;
import org.declaro.model.Subparagraph;
import org.declaro.report.Rule;
import org.declaro.report.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each artefact of real documents, in texts written for the purpose (test resources {@code import/}). */
class ArtefactTest {

    private static final String ARTEFACTS = "import/artefacts.txt";

    private static Declaration declaration(String text) {
        return (Declaration) TextImporter.standard().importText(text).document().orElseThrow();
    }

    @Test
    void headerBlockRunInNumbersHyphenationPageFurnitureAndAMovedFootnote() {
        ImportResult result = TextImporter.standard().importText(Fixtures.text(ARTEFACTS));
        Declaration d = (Declaration) result.document().orElseThrow();
        assertEquals("Declaration on Harbour Safety", d.title());
        assertEquals(List.of("*"), d.titleFootnotes());
        assertEquals("Conference of the Parties", d.issuer());
        assertEquals("fr", d.originalLanguage());
        assertEquals(PartialDate.ofDay(2030, 5, 3), d.date());
        assertEquals(new Meeting("First Session", "Paris", PartialDate.ofDay(2030, 5, 1)), d.meeting());
        assertEquals(new Adoption("Paris", PartialDate.ofDay(2030, 5, 3)), d.adoption());
        assertEquals(List.of(1, 2, 3, 4), d.paragraphs().stream().map(Paragraph::number).toList());
        assertEquals("We, the Parties, commit to safer harbours for all. We will implement the measures set out in the annex,"
                + " on a non-discriminatory basis and in a self-reliant way.", d.paragraphs().get(0).text());
        assertEquals("We call upon all States to join us.", d.paragraphs().get(1).text(), "a number run into the line before");
        assertEquals("We remain committed to the “Harbour Principles” and we will strive to protect the health of dock workers.",
                d.paragraphs().get(2).text(), "curly quotes kept; the page furniture taken out");
        assertEquals("Issued without formal editing.", d.footnotes().get(0).text());
        List<String> leftOut = result.findings().stream().filter(f -> f.severity() == Severity.INFO).map(f -> f.line() + "").toList();
        assertEquals(List.of("18", "19", "20"), leftOut, "job number, page number and running header, each reported");
    }

    @Test
    void crlfBomNonBreakingSpacesAndTabsGiveTheSameDocument() {
        String text = Fixtures.text(ARTEFACTS);
        Declaration plain = declaration(text);
        String odd = "\uFEFF" + text.replace("\n", "\r\n").replace("safer harbours", "safer\u00A0harbours")
                .replace("We call upon", "We\tcall\u202Fupon").replace("self-\n", "self-\n");
        assertEquals(plain, declaration(odd));
        byte[] utf8 = odd.getBytes(StandardCharsets.UTF_8);
        assertEquals(plain, TextImporter.standard().importText(utf8).document().orElseThrow());
    }

    @Test
    void softHyphensAreRemovedAndJoinAtTheEndOfALine() {
        Declaration d = declaration("Title\n\n1. We will imple\u00AD\nment the plan on an inter\u00ADnational scale and do non-\nbinding work.\n");
        assertEquals("We will implement the plan on an international scale and do non-binding work.", d.paragraphs().get(0).text());
    }

    @Test
    void lineBreakHyphenationIsUndoneOnlyForBrokenWords() {
        Set<String> none = Set.of();
        assertFalse(Joiner.keepHyphen("imple", "mentation", none));
        assertTrue(Joiner.keepHyphen("non", "discriminatory", none));
        assertTrue(Joiner.keepHyphen("self", "reliance", none));
        assertTrue(Joiner.keepHyphen("long", "term", none));
        assertTrue(Joiner.keepHyphen("UN", "brokered", none));
        assertTrue(Joiner.keepHyphen("capacity", "building", Set.of("capacity-building")), "the document's own usage");
        assertFalse(Joiner.keepHyphen("co", "operation", Set.of("cooperation")), "the document's own usage wins over prefixes");
    }

    @Test
    void aResolutionWithItsAnnexedDeclarationWhoseNumberingRestarts() {
        ImportResult result = TextImporter.standard().importText(Fixtures.text("import/resolution-with-annex.txt"));
        Declaration r = (Declaration) result.document().orElseThrow();
        assertEquals("A/RES/99/7", r.symbol());
        assertEquals("Political declaration on clean oceans", r.title());
        assertEquals(2, r.preamble().size());
        assertEquals(List.of("1"), r.preamble().get(0).footnotes());
        assertEquals("See A/97/410.", r.footnotes().get(0).text());
        assertEquals(2, r.paragraphs().size());
        assertEquals("Requests the Secretary-General to report on the implementation of the present resolution at its one"
                + " hundred and first session.", r.paragraphs().get(1).text());
        assertEquals(PartialDate.ofDay(2031, 3, 14), r.adoption().date());
        assertEquals(1, r.annexes().size());
        Declaration annex = (Declaration) r.annexes().get(0);
        assertEquals("political-declaration-on-clean-oceans-annex-1", annex.id(), "ids stay unique");
        assertEquals(List.of(1, 2, 3, 4), annex.paragraphs().stream().map(Paragraph::number).toList());
        assertEquals(List.of(new Heading(0, 1, "I", "Commitments"), new Heading(0, 2, "A", "Pollution"),
                new Heading(3, 2, "B", "Fisheries")), annex.headings());
        Paragraph p2 = annex.paragraphs().get(1);
        assertEquals(List.of(new Subparagraph("a", "Monitoring, in particular:", List.of(
                        new Subparagraph("i", "Coastal surveys;"), new Subparagraph("ii", "Satellite observation;")), null),
                new Subparagraph("b", "Data sharing;"), new Subparagraph("c", "Capacity-building.")), p2.subparagraphs());
        assertEquals("We call upon international financial institutions to support developing States in this endeavour.",
                annex.paragraphs().get(2).text(), "a number run into a sub-paragraph");
        assertTrue(annex.paragraphs().get(0).text().contains("through non-discriminatory measures"));
    }

    @Test
    void anActionPlanWithSectionsActionsIndicatorsDeadlinesAndPeriod() {
        ActionPlan plan = (ActionPlan) TextImporter.standard().importText(Fixtures.text("import/action-plan.txt")).document().orElseThrow();
        assertEquals("Harbour Action Plan 2026–2030", plan.title());
        assertEquals(new Period(2026, 2030), plan.period());
        assertEquals(List.of("The States Parties adopt the following actions to carry out the Harbour Declaration.",
                "Progress will be reviewed at each annual meeting."), plan.introduction());
        assertEquals(List.of("I", "II"), plan.sections().stream().map(s -> s.number()).toList());
        assertEquals(List.of("States Parties not yet party are encouraged to join."), plan.sections().get(0).paragraphs());
        List<Action> actions = plan.actions();
        assertEquals(List.of(1, 2, 3, 4), actions.stream().map(Action::number).toList());
        assertEquals(List.of("Number of States contacted", "Number of new ratifications"), actions.get(0).indicators());
        assertEquals(List.of("Percentage of area released", "Number of casualties"), actions.get(2).indicators());
        assertEquals(PartialDate.ofYear(2027), actions.get(0).deadline());
        assertEquals(PartialDate.ofMonth(2029, 12), actions.get(2).deadline());
        assertNull(actions.get(3).deadline());
        assertEquals("States Parties will mark hazardous areas without delay.", actions.get(3).text());
    }

    @Test
    void aDeclarationWithAnAnnexedPlanOfActionWhoseNumberingRestarts() {
        Declaration d = (Declaration) TextImporter.standard().importText(Fixtures.text("import/declaration-with-plan-of-action.txt")).document().orElseThrow();
        assertEquals(List.of(1, 2), d.paragraphs().stream().map(Paragraph::number).toList());
        ActionPlan plan = (ActionPlan) d.annexes().get(0);
        assertEquals("Lakeside Plan of Action 2026-2030", plan.title());
        assertEquals(new Period(2026, 2030), plan.period());
        assertEquals(List.of("Monitoring", "Restoration"), plan.sections().stream().map(s -> s.title()).toList());
        assertEquals(List.of(1, 2, 3), plan.actions().stream().map(Action::number).toList());
        assertEquals(PartialDate.ofYear(2027), plan.actions().get(1).deadline());
    }

    @Test
    void anActionPlanWithArabicSectionNumbersAndNumberedActions() {
        ActionPlan plan = (ActionPlan) TextImporter.standard().importText("Lake Action Plan 2026-2030\n\n1. Monitoring\n\n"
                + "1. States will measure water quality every year.\n\n2. States will publish the results by 2027.\n\n"
                + "2. Restoration\n\n3. States will restore wetlands.\n").document().orElseThrow();
        assertEquals(List.of("1", "2"), plan.sections().stream().map(s -> s.number()).toList());
        assertEquals(List.of("Monitoring", "Restoration"), plan.sections().stream().map(s -> s.title()).toList());
        assertEquals(List.of(1, 2, 3), plan.actions().stream().map(Action::number).toList());
        assertEquals("States will restore wetlands.", plan.actions().get(2).text());
    }

    @Test
    void aPoliticalDeclarationWithALongAuthorsFormulaAndVerbOpenedParagraphs() {
        Declaration d = (Declaration) org.declaro.commitments.CommitmentExtractor.standard()
                .extract(TextImporter.standard().importText(Fixtures.text("import/political-declaration.txt")).document().orElseThrow());
        assertTrue(d.author().startsWith("We, Heads of State and Government and representatives of States and Governments,"), d.author());
        assertTrue(d.preamble().isEmpty());
        assertEquals(7, d.paragraphs().size());
        assertEquals(List.of("reaffirm", "commit", "appeal", "decide", "appeal", "appeal", "pledge"), d.paragraphs().stream()
                .flatMap(p -> p.commitments().stream()).map(c -> c.modality().jsonName()).toList());
        assertEquals("we", d.paragraphs().get(0).commitments().get(0).actor(), "first-person authors act as \"we\"");
    }

    @Test
    void aUnPdfWithAHeaderOnSeparateLinesAPageBreakFootnoteBarcodeAndRunningHeader() {
        ImportResult r = TextImporter.standard().importText(Fixtures.text("import/un-pdf-page-break.txt"));
        Declaration d = (Declaration) r.document().orElseThrow();
        assertEquals("Draft political declaration: Our ocean, our future", d.title());
        assertEquals("A/CONF.999/L.1", d.symbol());
        assertEquals("General Assembly", d.issuer());
        assertEquals(PartialDate.ofDay(2031, 3, 3), d.date());
        assertEquals("en", d.originalLanguage());
        assertEquals(new Meeting("Conference on Oceans", "Lisbon", PartialDate.ofDay(2031, 3, 1)), d.meeting());
        assertEquals("9", d.agendaItem().number());
        assertEquals("Adoption of the outcome document", d.agendaItem().title());
        assertEquals(List.of(1, 2, 3), d.paragraphs().stream().map(Paragraph::number).toList());
        assertEquals("We recognize the contribution of science and will strengthen cooperation on the monitoring of the ocean,"
                + " including through the Decade of Ocean Science.", d.paragraphs().get(1).text());
        assertEquals(List.of("1"), d.paragraphs().get(1).footnotes());
        assertEquals("See A/77/123.", d.footnotes().get(0).text());
        assertTrue(r.findings().stream().noneMatch(f -> f.severity() != Severity.INFO), r.findings()::toString);
    }

    @Test
    void theCallerCanForceTheKind() {
        String text = Fixtures.text("import/action-plan.txt");
        assertEquals(DocumentKind.DECLARATION,
                TextImporter.builder().kind(DocumentKind.DECLARATION).build().importText(text).document().orElseThrow().kind());
    }

    @Test
    void nestedLettersRomanNumeralsAndTheLetterIAfterH() {
        Declaration d = declaration("Title\n\n1. Decides:\n(a) one;\n(b) two;\n(c) three;\n(d) four;\n(e) five;\n(f) six;\n"
                + "(g) seven;\n(h) eight, including:\n(i) nested one;\n(ii) nested two;\n(i) nine;\n");
        List<Subparagraph> subs = d.paragraphs().get(0).subparagraphs();
        assertEquals(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i"), subs.stream().map(Subparagraph::label).toList());
        assertEquals(List.of("i", "ii"), subs.get(7).subparagraphs().stream().map(Subparagraph::label).toList());
    }

    @Test
    void unnumberedParagraphsBetweenBlankLinesAndABulletListWithNothingAbove() {
        Declaration d = declaration("Statement on Rivers\n\nWe, the ministers, met in Lyon and agreed on the following points for the"
                + " protection of rivers, their banks and the people who live along them, now and in the decades to come.\n\n"
                + "We will clean the rivers.\n\nOur priorities\n\n- Clean water.\n- Safe banks.\n");
        assertEquals(java.util.Arrays.asList(null, null, null, null), d.paragraphs().stream().map(Paragraph::number).toList());
        assertEquals("We will clean the rivers.", d.paragraphs().get(1).text());
        assertEquals(new Heading(2, 1, null, "Our priorities"), d.headings().get(0));
        assertEquals("Clean water.", d.paragraphs().get(2).text());
        assertEquals("Safe banks.", d.paragraphs().get(3).text());
    }

    @Test
    void readerAndPathGiveWhatTextGives(@TempDir Path dir) throws IOException {
        String text = Fixtures.text(ARTEFACTS);
        ImportResult fromText = TextImporter.standard().importText(text);
        assertEquals(fromText, TextImporter.standard().importText(new StringReader(text)));
        Path file = dir.resolve("a.txt");
        Files.writeString(file, text);
        assertEquals(fromText, TextImporter.standard().importText(file));
    }

    @Test
    void anUnreadableFileOrReaderIsAnUncheckedIOExceptionNamingTheFile(@TempDir Path dir) {
        Path missing = dir.resolve("missing.txt");
        java.io.UncheckedIOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.UncheckedIOException.class,
                () -> TextImporter.standard().importText(missing));
        org.junit.jupiter.api.Assertions.assertInstanceOf(java.nio.file.NoSuchFileException.class, e.getCause());
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("missing.txt"), e.getMessage());
        java.io.Reader broken = new java.io.Reader() {
            @Override
            public int read(char[] buf, int off, int len) throws IOException {
                throw new IOException("disk gone");
            }

            @Override
            public void close() {
            }
        };
        java.io.UncheckedIOException r = org.junit.jupiter.api.Assertions.assertThrows(java.io.UncheckedIOException.class,
                () -> TextImporter.standard().importText(broken));
        assertEquals("disk gone", r.getCause().getMessage());
    }

    @Test
    void theFacadeImportsAndFindsCommitments(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("d.txt");
        Files.writeString(file, Fixtures.text(ARTEFACTS));
        Declaration d = (Declaration) org.declaro.Declaro.importTextWithCommitments(file).document().orElseThrow();
        assertEquals("commit to safer harbours for all", d.paragraphs().get(0).commitments().get(0).text());
        assertEquals(org.declaro.model.Modality.APPEAL, d.paragraphs().get(1).commitments().get(0).modality());
        org.junit.jupiter.api.Assertions.assertThrows(java.io.UncheckedIOException.class,
                () -> org.declaro.Declaro.importTextWithCommitments(dir.resolve("missing.txt")));
    }

    @Test
    void somethingThatCannotBePlacedIsAWarningWithItsLine() {
        ImportResult r = TextImporter.standard().importText("Title\n\nSubtitle\n\nA stray block\n\n1. We will act.\n");
        assertEquals(1, r.findings().size(), r.findings()::toString);
        assertEquals(Rule.IMPORT_UNPLACED, r.findings().get(0).rule());
        assertEquals(Severity.WARNING, r.findings().get(0).severity());
        assertEquals(5, r.findings().get(0).line());
        assertTrue(r.findings().get(0).message().contains("A stray block"));
    }
}
