package org.declaro.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.declaro.model.Action;
import org.declaro.model.ActionPlan;
import org.declaro.model.Commitment;
import org.declaro.model.Declaration;
import org.declaro.model.Paragraph;
import org.declaro.model.PreambularParagraph;
import org.declaro.model.Section;
import org.declaro.model.Subparagraph;
import org.junit.jupiter.api.Test;

/** Where extraction puts units and how it names them: ids by number or position, actors, typed calls, themes. */
class ExtractionPartsTest {
    private static final CommitmentExtractor EXTRACTOR = CommitmentExtractor.standard();

    private static List<String> ids(List<Commitment> cs) {
        return cs.stream().map(c -> c.id() + " " + c.actor()).toList();
    }

    @Test
    void preambleUnitsAreNumberedByPositionAndTheAuthorIsTheActorOfAThirdPersonText() {
        Declaration d = EXTRACTOR.extract(Declaration.builder("x", "T").author("The General Assembly")
                .preamble(new PreambularParagraph("Reaffirms its commitment to peace.")).preamble(new PreambularParagraph("Decides to act."))
                .paragraph("Decides to convene a meeting.").build());
        assertEquals(List.of(), ids(d.preamble().get(0).commitments()).stream().filter(s -> !s.startsWith("pre1.")).toList());
        assertEquals(List.of("pre2.c1 The General Assembly"), ids(d.preamble().get(1).commitments()));
        assertEquals(List.of("p1.c1 The General Assembly"), ids(d.paragraphs().get(0).commitments()));
    }

    @Test
    void aFirstPersonAuthorMakesWeTheActor() {
        Declaration d = EXTRACTOR.extract(Declaration.builder("x", "T").author("We, the Leaders")
                .paragraph("We will convene a meeting.").build());
        assertEquals(List.of("p1.c1 we"), ids(d.paragraphs().get(0).commitments()));
    }

    @Test
    void anAuthorWhoseNameOnlyStartsWithWeIsNoFirstPersonAuthor() {
        Declaration d = EXTRACTOR.extract(Declaration.builder("x", "T").author("Western Group")
                .paragraph("Decides to convene a meeting.").build());
        assertEquals(List.of("p1.c1 Western Group"), ids(d.paragraphs().get(0).commitments()));
        Declaration we = EXTRACTOR.extract(Declaration.builder("x", "T").author("We")
                .paragraph("Decides to convene a meeting.").build());
        assertEquals(List.of("p1.c1 we"), ids(we.paragraphs().get(0).commitments()));
    }

    @Test
    void unnumberedActionsInTwoSectionsGetIdsByTheirPositionInThePlan() {
        org.declaro.model.ActionPlan plan = (org.declaro.model.ActionPlan) EXTRACTOR.extract(
                org.declaro.model.ActionPlan.builder("plan", "Plan")
                        .section(new org.declaro.model.Section("I", "S", List.of(), List.of(new org.declaro.model.Action(null, "We will act."))))
                        .section(new org.declaro.model.Section("II", "T", List.of(), List.of(new org.declaro.model.Action(null, "We will meet."))))
                        .build());
        assertEquals(List.of("a1.c1 we"), ids(plan.sections().get(0).actions().get(0).commitments()));
        assertEquals(List.of("a2.c1 we"), ids(plan.sections().get(1).actions().get(0).commitments()));
    }

    @Test
    void paragraphIdsUseNumbersUnlessTheyRepeatOrAreMissing() {
        Declaration numbered = EXTRACTOR.extract(Declaration.builder("x", "T").paragraph(new Paragraph(7, "We will act."))
                .paragraph(new Paragraph(null, "We will act.")).build());
        assertEquals(List.of("p7.c1 we"), ids(numbered.paragraphs().get(0).commitments()));
        assertEquals(List.of("p2.c1 we"), ids(numbered.paragraphs().get(1).commitments()));
        Declaration repeated = EXTRACTOR.extract(Declaration.builder("x", "T").paragraph(new Paragraph(1, "We will act."))
                .paragraph(new Paragraph(1, "We will act.")).build());
        assertEquals(List.of("p1.c1 we"), ids(repeated.paragraphs().get(0).commitments()));
        assertEquals(List.of("p2.c1 we"), ids(repeated.paragraphs().get(1).commitments()));
    }

    @Test
    void actionsAreNamedByNumberOrPositionInTheirSectionAndTypedCallsKeepTheKind() {
        ActionPlan plan = EXTRACTOR.extract(ActionPlan.builder("p", "P").section(new Section("1", "S", List.of(), List.of(
                new Action(4, "We will act."), new Action(null, "We will act.")))).build());
        List<Action> actions = plan.actions();
        assertEquals(List.of("a4.c1 we"), ids(actions.get(0).commitments()));
        assertEquals(List.of("a2.c1 we"), ids(actions.get(1).commitments()));
        assertEquals("will", actions.get(0).commitments().get(0).modality().jsonName());
    }

    @Test
    void findOnAParagraphGivesItsUnitsThenItsSubparagraphs() {
        Paragraph p = new Paragraph(3, "We will act.", List.of(new Subparagraph("a", "We will also act.")), List.of(), List.of(),
                org.declaro.model.Extensions.NONE);
        List<CommitmentExtractor.Unit> units = EXTRACTOR.find(Passage.of(p).withIdPrefix("p3"));
        assertEquals(List.of("p3.c1", "p3.s1.c1"), units.stream().map(u -> u.commitment().id()).toList());
    }

    @Test
    void themesAreTaggedInVocabularyOrderAndNamedByTheExtractor() {
        ThemeVocabulary v = ThemeVocabulary.of(Map.of("clearance", List.of("Mined Areas")));
        assertEquals(java.util.Set.of("clearance"), v.themes());
        assertEquals(List.of("clearance"), v.themesOf("clear all MINED areas"));
        CommitmentExtractor x = CommitmentExtractor.builder().themes(v).build();
        assertEquals("CommitmentExtractor[clearance]", x.toString());
        assertEquals("CommitmentExtractor", EXTRACTOR.toString());
        Declaration d = x.extract(Declaration.builder("x", "T").paragraph("We will clear all mined areas.").build());
        assertEquals(List.of("clearance"), d.paragraphs().get(0).commitments().get(0).themes());
        assertTrue(ThemeVocabulary.mineAction().themes().contains("victim-assistance"));
    }
}
