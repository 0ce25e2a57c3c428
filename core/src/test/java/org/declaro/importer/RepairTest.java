package org.declaro.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.declaro.model.ActionPlan;
import org.declaro.model.Declaration;
import org.declaro.model.Paragraph;
import org.declaro.model.Subparagraph;
import org.declaro.report.Finding;
import org.declaro.report.Severity;
import org.declaro.validation.DocumentValidator;
import org.junit.jupiter.api.Test;

/**
 * Layouts of whole classes of real documents that the importer reads or repairs: lost sub-paragraph labels,
 * a lead-in before paragraph 1, misprinted numbers, the title repeated as a running head, datelines, and
 * annexed plans. Each result must validate, and every word must be kept.
 */
class RepairTest {

    private static ImportResult imported(String text) {
        ImportResult r = TextImporter.standard().importText(text);
        Losslessness.assertEveryWordKept(text, r);
        return r;
    }

    private static Declaration declaration(ImportResult r) {
        return assertInstanceOf(Declaration.class, r.document().orElseThrow());
    }

    private static void assertValid(ImportResult r) {
        var report = DocumentValidator.standard().validate(r.document().orElseThrow());
        assertTrue(report.findings().stream().noneMatch(Finding::isError), report.findings().toString());
        assertTrue(r.findings().stream().noneMatch(f -> f.severity() == Severity.WARNING || f.isError()),
                r.findings().toString());
    }

    private static List<String> labels(List<Subparagraph> subs) {
        return subs.stream().map(Subparagraph::label).toList();
    }

    private static final String RESOLUTION = "80/9. Regional matters\n\nThe General Assembly,\n\nRecalling its resolutions,\n\n";

    @Test
    void lostLabelsBeforeTheFirstLabelThatSurvivedAreGivenBack() {
        ImportResult r = imported(RESOLUTION + "1. Requests the Secretary-General:\n\nTo continue the practice;\n\n"
                + "To circulate a note;\n\n(c) To consult relevant bodies;\n\n(d) To report back;\n\n2. Decides to remain seized.\n");
        Paragraph p = declaration(r).paragraphs().get(0);
        assertEquals("Requests the Secretary-General:", p.text());
        assertEquals(List.of("a", "b", "c", "d"), labels(p.subparagraphs()));
        assertEquals("To circulate a note;", p.subparagraphs().get(1).text());
        assertTrue(r.findings().stream().anyMatch(f -> f.line() == 9 && f.message().contains("(a), (b)")), r.findings().toString());
        assertValid(r);
    }

    @Test
    void lostLabelsOfANestedListAndOfLaterSiblingsAreGivenBack() {
        ImportResult r = imported(RESOLUTION + "1. Reaffirms the mandate, and:\n\nRequesting a programme of work;\n\n"
                + "Requesting support to Member States by:\n\nAssisting national capacities;\n\n(ii) Inviting institutions to engage;\n\n"
                + "Taking note of the decision;\n\nRequesting follow-up;\n\n(e) Requesting a platform;\n\n2. Decides to remain seized.\n");
        Paragraph p = declaration(r).paragraphs().get(0);
        assertEquals(List.of("a", "b", "c", "d", "e"), labels(p.subparagraphs()));
        assertEquals(List.of("i", "ii"), labels(p.subparagraphs().get(1).subparagraphs()));
        assertEquals("Taking note of the decision;", p.subparagraphs().get(2).text());
        assertValid(r);
    }

    @Test
    void labelsAreNotInventedWhenTheCountDoesNotAddUp() {
        ImportResult r = imported(RESOLUTION + "1. Requests the Secretary-General:\n\nTo continue the practice;\n\n"
                + "(c) To consult relevant bodies;\n\n2. Decides to remain seized.\n");
        Paragraph p = declaration(r).paragraphs().get(0);
        assertEquals(List.of("c"), labels(p.subparagraphs()), "one block cannot be the two lost items (a) and (b)");
        assertTrue(r.findings().stream().noneMatch(f -> f.message().contains("labels the text lost")));
    }

    @Test
    void aPressReleaseLeadInBeforeParagraphOneIsThePreamble() {
        ImportResult r = imported("Joint Declaration on Rivers\n\nThe two Presidents met in Madrid on the occasion of the visit and"
                + " have reached the following understandings:\n\nProtecting shared waters\nand wetlands\n\n1. We will clean the rivers.\n\n"
                + "2. We will protect the wetlands.\n\n3. We will meet again.\n");
        Declaration d = declaration(r);
        assertEquals(1, d.preamble().size());
        assertTrue(d.preamble().get(0).text().startsWith("The two Presidents"));
        assertEquals(List.of(1, 2, 3), d.paragraphs().stream().map(Paragraph::number).toList());
        assertEquals("Protecting shared waters and wetlands", d.headings().get(0).title());
        assertTrue(r.findings().stream().anyMatch(f -> f.message().contains("lead-in")), r.findings().toString());
        assertValid(r);
    }

    @Test
    void numberedHeadingsDoNotMakeALeadIn() {
        ImportResult r = imported("Partnership Statement\n\nToday the two countries announce a partnership across many areas"
                + " of common interest, set out below in five parts that the two governments will pursue together.\n\n"
                + "1. Leadership in Emerging Technologies\n\nWe will work together.\n\n2. Supply Chains\n\nWe will share data.\n\n"
                + "3. Clean Energy\n\nWe will build grids.\n");
        Declaration d = declaration(r);
        assertTrue(d.preamble().isEmpty());
        assertEquals(List.of("1", "2", "3"), d.headings().stream().map(h -> h.label()).toList());
    }

    @Test
    void aMisprintedNumberInsideARunIsTakenAndNamed() {
        ImportResult r = imported("Communiqué\n\n1. We met in Lima.\n\n2, We will act together.\n\n3.We will report.\n\n4. We thank the hosts.\n");
        Declaration d = declaration(r);
        assertEquals(List.of(1, 2, 3, 4), d.paragraphs().stream().map(Paragraph::number).toList());
        assertEquals("We will act together.", d.paragraphs().get(1).text());
        assertEquals(2, r.findings().stream().filter(f -> f.message().contains("misprinted")).count(), r.findings().toString());
        assertValid(r);
    }

    @Test
    void aNumberOutsideTheRunIsNotTakenForAParagraph() {
        Declaration d = declaration(imported("Communiqué\n\n1. We met in Lima.\n\n7, We will act together.\n"));
        assertEquals(1, d.paragraphs().size());
        assertTrue(d.paragraphs().get(0).text().contains("7, We will act together."));
    }

    @Test
    void theTitleRepeatedAsARunningHeadIsLeftOutEvenInsideAParagraph() {
        ImportResult r = imported("80/1. Participation of observers in the session\n\nThe General Assembly,\n\nRecalling its rules,\n\n"
                + "1. Decides that observers may speak in the general debate of the\n\nParticipation of observers in the session\n\n"
                + "Assembly at its eightieth session;\n\n2. Also decides to review the matter.\n");
        Declaration d = declaration(r);
        assertEquals("Decides that observers may speak in the general debate of the Assembly at its eightieth session;",
                d.paragraphs().get(0).text());
        assertTrue(r.findings().stream().anyMatch(f -> f.line() == 9 && f.severity() == Severity.INFO
                && f.message().contains("running head")), r.findings().toString());
    }

    @Test
    void anAnnexMayRepeatTheTitle() {
        ImportResult r = imported("Declaration on Rivers\n\nWe, the Ministers,\n\n1. We adopt the declaration annexed.\n\n"
                + "Annex\n\nDeclaration on Rivers\n\n1. We will clean the rivers.\n");
        Declaration d = declaration(r);
        assertEquals(1, d.annexes().size());
        assertEquals("Declaration on Rivers", d.annexes().get(0).title());
    }

    @Test
    void aDatelineIsTheMeetingsPlaceNotTheTitle() {
        ImportResult r = imported("Jeddah, Saudi Arabia\n\nThe President visited the Kingdom and the two sides reviewed in"
                + " detail the many shared priorities that contribute to their partnership over many years.\n\n"
                + "The two sides will meet again next year.\n");
        Declaration d = declaration(r);
        assertEquals("Jeddah, Saudi Arabia", d.meeting().place());
        assertEquals("Untitled", d.title());
    }

    @Test
    void aPlanHeadingAfterTheProseStartsAnAnnexedPlan() {
        ImportResult r = imported("The Harbour Declaration\n\nToday the two governments are announcing the Harbour Declaration,"
                + " a framework for cooperation on ports, shipping and the people who work in them, and the plan below.\n\n"
                + "We will meet every year to review progress and ensure increasing ambition.\n\n"
                + "Action Plan for Cleaner Harbours\n\n1. Shore Power\n\nWe will fund shore power in ten ports.\n\n"
                + "2. Green Shipping Corridors\n\nWe will open two corridors by 2027.\n");
        Declaration d = declaration(r);
        assertEquals(2, d.paragraphs().size());
        assertEquals(1, d.annexes().size());
        // it numbers its headings, not actions: a declaration with headings, and a finding that says why
        Declaration plan = assertInstanceOf(Declaration.class, d.annexes().get(0));
        assertEquals("Action Plan for Cleaner Harbours", plan.title());
        assertEquals(List.of("1", "2"), plan.headings().stream().map(h -> h.label()).toList());
        assertTrue(r.findings().stream().anyMatch(f -> f.pointer().equals("/kind") && f.message().contains("numbers no actions")),
                r.findings().toString());
    }

    @Test
    void aPlanThatNumbersItsActionsIsAnActionPlanAndTheFindingNamesTheEvidence() {
        ImportResult r = imported("Harbour Action Plan 2026-2030\n\nI. Shore Power\n\nAction 1: States will fund shore power.\n\n"
                + "Action 2: States will report on it.\n");
        ActionPlan plan = assertInstanceOf(ActionPlan.class, r.document().orElseThrow());
        assertEquals(2, plan.sections().get(0).actions().size());
        assertTrue(r.findings().stream().anyMatch(f -> f.pointer().equals("/kind") && f.message().contains("Action 1: States")),
                r.findings().toString());
    }

    @Test
    void aResolutionWhoseTitleNamesARoadmapIsADeclaration() {
        ImportResult r = imported("80/7. Roadmap for the oceans\n\nThe General Assembly,\n\nRecalling its resolutions,\n\n"
                + "1. Decides to convene a conference.\n\n2. Requests a report.\n");
        assertEquals(2, declaration(r).paragraphs().size());
        assertTrue(r.findings().stream().anyMatch(f -> f.pointer().equals("/kind") && f.message().contains("The General Assembly,")),
                r.findings().toString());
    }

    @Test
    void anAnnexWithItsTitleOnItsLine() {
        Declaration d = declaration(imported("Declaration on Rivers\n\n1. We adopt the plan annexed.\n\n"
                + "Annex: Plan of Action on Rivers\n\nI. Monitoring\n\n1. States will measure water quality every year.\n"));
        assertEquals(1, d.annexes().size());
        assertEquals("Plan of Action on Rivers", d.annexes().get(0).title());
    }

    @Test
    void anAnnexWithItsLabelAndTitleOnItsLineKeepsTheLabel() {
        Declaration d = declaration(imported("Declaration on Rivers\n\n1. We adopt the terms annexed.\n\n"
                + "Annex II. Terms of Reference\n\n1. The panel will meet every year.\n"));
        assertEquals(1, d.annexes().size());
        assertEquals("Annex II. Terms of Reference", d.annexes().get(0).title());
        Losslessness.assertEveryWordKept("1.\n\nAnnex II. Article", TextImporter.builder().build().importText("1.\n\nAnnex II. Article"));
    }

    @Test
    void aPlanNamedInsideProseStartsNoAnnex() {
        Declaration d = declaration(imported("Declaration on Rivers\n\nWe recall the Action Plan for Rivers, adopted in 2020, and the"
                + " work done since then by all the States that share the basin and its tributaries.\n\n1. We will act.\n"));
        assertTrue(d.annexes().isEmpty());
        assertFalse(d.paragraphs().isEmpty());
        assertNull(d.meeting() == null ? null : d.meeting().place());
    }

    @Test
    void aFootnoteDefinedTwiceIsKeptAndNamedAtItsSecondDefinition() {
        ImportResult r = TextImporter.standard().importText("Declaration on Notes\n\n1. We will act.[^1]\n\n"
                + "2. We will report.[^2]\n\n[^1]: First note.\n[^2]: Second note.\n[^1]: Third note.\n");
        Finding f = r.findings().stream().filter(x -> x.rule() == org.declaro.report.Rule.FOOTNOTE_MARKER_DUPLICATE)
                .findFirst().orElseThrow(() -> new AssertionError(r.findings().toString()));
        assertEquals(9, f.line());
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.message().contains("first on line 7"), f.message());
        assertEquals(3, declaration(r).footnotes().size(), "nothing is dropped");
    }

    @Test
    void anAnnexNeedsATextBeforeItAndItsInlineTitleACapital() {
        // found by the word-keeping property: "Annex 1. a) ..." on the first line once lost a word
        imported("Annex 1. a) 1. 1. 1. 1. 1. 1.   (ii)");
        Declaration d = declaration(imported("Declaration on Rivers\n\n1. We adopt the plan.\n\nAnnex 1. a) note on the plan\n"));
        assertTrue(d.annexes().isEmpty(), "a lower-case letter after \"Annex 1.\" is no annex's title");
    }
}
