package org.declaro.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.declaro.importer.Consistency.Check;
import org.declaro.model.Declaration;
import org.declaro.model.Heading;
import org.declaro.model.Paragraph;
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
        assertEquals(Set.of(), Consistency.check(SOURCE, r, r.document()).failed().keySet());
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
}
