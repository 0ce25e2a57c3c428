package org.declaro.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.declaro.importer.Consistency.Check;
import org.declaro.model.Declaration;
import org.declaro.model.Heading;
import org.declaro.model.Paragraph;
import org.declaro.model.PreambularParagraph;
import org.declaro.report.Finding;
import org.declaro.report.Rule;
import org.declaro.report.Severity;
import org.junit.jupiter.api.Test;

/** Each check of the corpus consistency measure fails on an import that breaks it (hand-made imports of one small text). */
class ConsistencyTest {

    static final String TITLE = "Declaration on Testing Things";
    static final String SOURCE = TITLE + "\n\n1. We will test the first thing.\n\n2. We will test the second thing.\n";

    private static Set<Check> failed(String source, Declaration doc, Finding... findings) {
        return Consistency.check(source, new ImportResult(doc, List.of(findings)), doc).failed().keySet();
    }

    private static Consistency.Result check(String source, Declaration doc) {
        return Consistency.check(source, new ImportResult(doc, List.of()), doc);
    }

    private static Declaration doc(String title, Paragraph... paragraphs) {
        return Declaration.builder("testing-things", title).paragraphs(List.of(paragraphs)).build();
    }

    @Test
    void theImportOfTheTextIsConsistent() {
        ImportResult r = TextImporter.standard().importText(SOURCE);
        assertEquals(Set.of(), Consistency.check(SOURCE, r, r.document().orElseThrow()).failed().keySet());
        assertEquals(Set.of(), failed(SOURCE, doc(TITLE, new Paragraph(1, "We will test the first thing."),
                new Paragraph(2, "We will test the second thing."))));
    }

    @Test
    void eachCheckFailsOnTheImportThatBreaksIt() {
        Paragraph one = new Paragraph(1, "We will test the first thing.");
        Paragraph two = new Paragraph(2, "We will test the second thing.");
        assertEquals(Set.of(Check.TITLE), failed(SOURCE, doc("Untitled", one, two)));
        assertEquals(Set.of(Check.NUMBERS, Check.VALID), failed(SOURCE, doc(TITLE, one, new Paragraph(3, two.text()))));
        assertTrue(failed(SOURCE, doc(TITLE, one)).contains(Check.COVERAGE), "a paragraph left out");
        assertEquals(Set.of(Check.FINDINGS), failed(SOURCE, doc(TITLE, one, two),
                new Finding(Rule.IMPORT_UNPLACED, Severity.WARNING, "", 3, 1, "Line 3 could not be placed.")));
        String labelled = TITLE + "\n\n1. We will test:\n\n(a) the first thing;\n\n(b) the second thing.\n";
        assertTrue(failed(labelled, doc(TITLE, new Paragraph(1, "We will test: (a) the first thing; (b) the second thing.")))
                .contains(Check.LABELS));
        String annexed = SOURCE + "\nAnnex\n\n1. We will test the annex.\n";
        assertTrue(failed(annexed, doc(TITLE, one, new Paragraph(2, "We will test the second thing. Annex"), new Paragraph(3, "We will test the annex.")))
                .contains(Check.ANNEX));
    }

    @Test
    void aMissingTitleIsExcusedOnlyWhereNoneIsVisible() {
        Finding missing = new Finding(Rule.IMPORT_MISSING, Severity.WARNING, "/title", 1, 1, "No title was found.");
        String untitled = "We will test the first thing, and we will test it well, today and every day after this one.\n";
        assertEquals(Set.of(), failed(untitled, doc("Untitled", new Paragraph(null, untitled.strip())), missing));
        assertEquals(Set.of(Check.TITLE, Check.FINDINGS), failed(SOURCE, doc("Untitled", new Paragraph(1, "We will test the first thing."),
                new Paragraph(2, "We will test the second thing.")), missing));
    }

    @Test
    void numberRunsAreReadFromLineStartsAndAfterSentences() {
        assertEquals(List.of(3), Consistency.numberChains("1. One.\n2. Two. 3. Three."));
        assertEquals(List.of(), Consistency.numberChains("In 2024. 5. Not a run."));
    }

    @Test
    void numbersArePandocsEscapedOnesAndOnesAloneOnTheirLine() {
        assertEquals(List.of(2), Consistency.numberChains("1\\. One.\n\n2\\. Two."), "pandoc's 2\\.");
        assertEquals(List.of(2), Consistency.numberChains("1.\nWe say one.\n\n2.\n“Two,” we say."), "a number alone on its line");
        assertEquals(List.of(), Consistency.numberChains("1.\nwe say one.\n2.\n"), "alone on its line, but no text starts after it");
    }

    @Test
    void aRestartHeadingStartsARunOfItsOwn() {
        String source = TITLE + "\n\nI. First\n\n1. We will test the first thing.\n\n2. We will test the second thing.\n\nII. Second\n\n"
                + "1. We will test the third thing.\n\n2. We will test the fourth thing.\n";
        List<Paragraph> paragraphs = List.of(new Paragraph(1, "We will test the first thing."), new Paragraph(2, "We will test the second thing."),
                new Paragraph(1, "We will test the third thing."), new Paragraph(2, "We will test the fourth thing."));
        Declaration restarting = Declaration.builder("testing-things", TITLE).paragraphs(paragraphs)
                .headings(List.of(new Heading(0, 1, "I", "First"), new Heading(2, 1, "II", "Second", true, null))).build();
        assertEquals(Set.of(), check(source, restarting).failed().keySet());
        Declaration notRestarting = Declaration.builder("testing-things", TITLE).paragraphs(paragraphs)
                .headings(List.of(new Heading(0, 1, "I", "First"), new Heading(2, 1, "II", "Second"))).build();
        assertTrue(check(source, notRestarting).failed().containsKey(Check.NUMBERS), "1, 2, 1, 2 without a restart");
    }

    @Test
    void anAnnexHeadingMayBeMarkdownOrBold() {
        assertEquals(1, Consistency.annexesInSource("Text.\n\n**Annex I**\n\nMore text.\n"));
        assertEquals(1, Consistency.annexesInSource("Text.\n\n__Annex__\n\nMore text.\n"));
        assertEquals(1, Consistency.annexesInSource("Text.\n\n## Annex\n\nMore text.\n"));
        assertEquals(0, Consistency.annexesInSource("Text.\n\nAnnexed to this text are the lists.\n"));
    }

    @Test
    void findingsCountAsTheToolPrintsThemWithALine() {
        Paragraph one = new Paragraph(1, "We will test the first thing.");
        Paragraph two = new Paragraph(2, "We will test the second thing.");
        Finding unlocated = new Finding(Rule.IMPORT_UNPLACED, Severity.WARNING, "", 0, 0, "Something could not be placed.");
        assertEquals(Set.of(), failed(SOURCE, doc(TITLE, one, two), unlocated), "the script reads FILE:LINE:COLUMN lines only");
        Finding info = new Finding(Rule.IMPORT_UNPLACED, Severity.INFO, "", 3, 1, "Line 3 was left out.");
        assertEquals(Set.of(), failed(SOURCE, doc(TITLE, one, two), info));
    }

    @Test
    void splitParagraphsAndRunningHeadsAreCountedButFailNothing() {
        Paragraph one = new Paragraph(1, "We will test the first thing.");
        Consistency.Result split = check(SOURCE, doc(TITLE, one, new Paragraph(2, "we will test the second thing.")));
        assertEquals(Set.of(), split.failed().keySet());
        assertEquals(1, split.fragments());
        String withHead = TITLE + "\n\n1. We will test the first thing.\n\n" + TITLE + "\n\n2. We will test the second thing.\n";
        Consistency.Result headed = check(withHead, doc(TITLE, one, new Paragraph(2, TITLE + " We will test the second thing.")));
        assertEquals(Set.of(), headed.failed().keySet());
        assertEquals(1, headed.runningHeads());
    }

    static final String RECALLING = TITLE + "\n\nThe Assembly,\n\nRecalling its resolutions 56/14 of 29 November 2001 and\n"
            + "58/28 of 8 December 2003,\n\nDeeply concerned about the things,\n\n1. Decides to test the first thing.\n\n"
            + "2. Decides to test the second thing.\n";

    private static Declaration recalling(String... preamble) {
        Declaration.Builder b = Declaration.builder("testing-things", TITLE).author("The Assembly")
                .paragraphs(List.of(new Paragraph(1, "Decides to test the first thing."), new Paragraph(2, "Decides to test the second thing.")));
        for (String p : preamble) {
            b.preamble(new PreambularParagraph(p));
        }
        return b.build();
    }

    @Test
    void preambleEachClauseWhole() {
        assertEquals(Set.of(), check(RECALLING, recalling("Recalling its resolutions 56/14 of 29 November 2001 and 58/28 of 8 December 2003,",
                "Deeply concerned about the things,")).failed().keySet());
        assertEquals(Set.of(Check.PREAMBLE), check(RECALLING, recalling("Recalling its resolutions 56/14 of 29 November 2001 and",
                "58/28 of 8 December 2003,", "Deeply concerned about the things,")).failed().keySet(), "a clause cut at a line end");
    }

    @Test
    void preambleNoBodyParagraphWhereTheBodyIsUnnumbered() {
        String source = TITLE + "\n\nWe meet to test things.\n\nWe will test the first thing.\n";
        Declaration numbered = Declaration.builder("testing-things", TITLE).preamble(new PreambularParagraph("We meet to test things."))
                .paragraph(new Paragraph(1, "We will test the first thing.")).build();
        assertTrue(!check(source, numbered).failed().containsKey(Check.PREAMBLE), "an opening paragraph before a numbered body");
        Declaration unnumbered = Declaration.builder("testing-things", TITLE).preamble(new PreambularParagraph("We meet to test things."))
                .paragraph(new Paragraph(null, "We will test the first thing.")).build();
        assertEquals(Set.of(Check.PREAMBLE), check(source, unnumbered).failed().keySet(), "where the unnumbered body could hold it");
        assertEquals(Set.of(), check(source, Declaration.builder("testing-things", TITLE).paragraphs(List.of(
                new Paragraph(null, "We meet to test things."), new Paragraph(null, "We will test the first thing."))).build()).failed().keySet());
    }

    @Test
    void preambularClausesOpenAsSuch() {
        for (String clause : List.of("Recalling its resolution", "Having considered the report", "Deeply concerned that",
                "Ever mindful of", "Aware of", "Whereas the things", "Guided by the Charter", "Being gravely alarmed")) {
            assertTrue(Consistency.clauseOpening(clause), clause);
        }
        for (String piece : List.of("United States of America", "58/28 of 8 December 2003,", "Beijing Declaration",
                "Combined Forces Command", "We meet to test things.")) {
            assertTrue(!Consistency.clauseOpening(piece), piece);
        }
    }

    static final String HEADS = TITLE + "\n\nWe, the Heads of State of Arland,\nBorduria and Carpania,\n\n"
            + "1. We will test the first thing.\n\n2. We will test the second thing.\n";

    private static Declaration headsOfState(String author, String... preamble) {
        Declaration.Builder b = Declaration.builder("testing-things", TITLE).author(author)
                .paragraphs(List.of(new Paragraph(1, "We will test the first thing."), new Paragraph(2, "We will test the second thing.")));
        for (String p : preamble) {
            b.preamble(new PreambularParagraph(p));
        }
        return b.build();
    }

    @Test
    void authorEndsWhereItsPhraseEnds() {
        assertEquals(Set.of(), check(HEADS, headsOfState("We, the Heads of State of Arland, Borduria and Carpania")).failed().keySet());
        assertEquals(Set.of(Check.AUTHOR), check(HEADS, headsOfState("We, the Heads of State of Arland", "Borduria and Carpania,"))
                .failed().keySet(), "an author cut at a line end, inside a list of names");
        assertEquals(", Borduria and Carpania, 1. We will test the first thing. 2.",
                Consistency.phraseCut("We, the Heads of State of Arland", HEADS));
        assertEquals(null, Consistency.phraseCut("We, the Heads of State", "We, the Heads of State, met in Testville."), "a verb after a comma");
        assertEquals(null, Consistency.phraseCut("The Assembly", "The Assembly,\nRecalling its resolution,"), "a clause after a comma");
        assertEquals(null, Consistency.phraseCut("The Assembly", "The Assembly: we decide."), "a colon");
    }

    @Test
    void noListMarkerLeftInAText() {
        Paragraph one = new Paragraph(1, "We will test the first thing.");
        assertEquals(Set.of(), failed(SOURCE, doc(TITLE, one, new Paragraph(2, "We will test the second thing."))));
        for (String marked : List.of("2. We will test the second thing.", "(b) We will test the second thing.",
                "- We will test the second thing.", "B. We will test the second thing.")) {
            assertEquals(Set.of(Check.MARKERS), failed(SOURCE, doc(TITLE, one, new Paragraph(2, marked))), marked);
        }
        Declaration headed = Declaration.builder("testing-things", TITLE).paragraphs(List.of(one, new Paragraph(2, "We will test the second thing.")))
                .headings(List.of(new Heading(1, 1, null, "B. Second things"))).build();
        String source = TITLE + "\n\n1. We will test the first thing.\n\nB. Second things\n\n2. We will test the second thing.\n";
        assertEquals(Set.of(Check.MARKERS), check(source, headed).failed().keySet(), "a heading's title");
        assertEquals(List.of("/headings/0/title"), Consistency.markersLeft(tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(org.declaro.json.CanonicalJsonWriter.standard().write(headed))));
    }
}
