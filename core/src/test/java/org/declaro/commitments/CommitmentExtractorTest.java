package org.declaro.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.declaro.Fixtures;
import org.declaro.json.DocumentReader;
import org.declaro.model.Commitment;
import org.declaro.model.Declaration;
import org.declaro.model.Extensions;
import org.declaro.model.Modality;
import org.declaro.model.Paragraph;
import org.declaro.model.Subparagraph;
import org.declaro.validation.DocumentValidator;
import org.junit.jupiter.api.Test;

class CommitmentExtractorTest {
    private final CommitmentExtractor extractor = CommitmentExtractor.builder().themes(ThemeVocabulary.mineAction()).build();

    private static Declaration siemReap() {
        return (Declaration) DocumentReader.standard().read(Fixtures.bytes(Fixtures.SIEM_REAP)).document().orElseThrow();
    }

    private List<CommitmentExtractor.Unit> units(String text) {
        return extractor.find(Passage.of(text));
    }

    @Test
    void theSiemReapAngkorUnitsAreFoundWithF1OfAtLeast095() {
        Declaration gold = siemReap();
        List<Paragraph> bare = gold.paragraphs().stream().map(p -> p.withCommitments(List.of())).toList();
        Declaration found = (Declaration) extractor.extract(gold.toBuilder().paragraphs(bare).build());
        CommitmentScore score = CommitmentScore.of(gold, found);
        System.out.println("Siem Reap-Angkor commitments: " + score);
        assertTrue(score.f1() >= 0.95, score::toString);
        assertFalse(DocumentValidator.builder().themes(ThemeVocabulary.mineAction()).build().validate(found)
                .hasErrors(), "the extracted document validates");
    }

    @Test
    void spansAreExactSubstringsAndCuesAreExplained() {
        String text = "We recognize the challenges. We will intensify our efforts, and call upon all remaining States to join the Convention.";
        List<CommitmentExtractor.Unit> u = units(text);
        assertEquals(2, u.size(), u::toString);
        for (CommitmentExtractor.Unit unit : u) {
            Commitment c = unit.commitment();
            assertEquals(c.text(), text.substring(c.start(), c.end()));
            assertTrue(!unit.cue().isBlank());
        }
        assertEquals(Modality.WILL, u.get(0).commitment().modality());
        assertEquals("We will intensify our efforts", u.get(0).commitment().text());
        assertEquals(Modality.APPEAL, u.get(1).commitment().modality());
        assertEquals("all remaining States", u.get(1).commitment().actor());
    }

    @Test
    void descriptionsOfWhatAPlanWillBeAndInfinitivesAreNotUnits() {
        assertEquals(List.of(), units("The Action Plan will be an essential tool towards the fulfilment of this ambition."));
        List<CommitmentExtractor.Unit> u = units("The plan will be a tool and encourage all States to commit to its full implementation.");
        assertEquals(1, u.size(), u::toString);
        assertEquals(Modality.APPEAL, u.get(0).commitment().modality());
        assertEquals(List.of(), units("We recognize the importance of preventing new casualties."));
    }

    @Test
    void aSharedSubjectCarriesAcrossAnd() {
        List<CommitmentExtractor.Unit> u = units("We recognize the importance of synergies, and will strive to take full advantage of them.");
        assertEquals(1, u.size());
        assertEquals("will strive to take full advantage of them", u.get(0).commitment().text());
    }

    @Test
    void aDeadlineIsTakenFromByAndAYear() {
        Commitment c = units("We aspire to meet these goals by the Sixth Review Conference in 2029.").get(0).commitment();
        assertEquals(Modality.ASPIRE, c.modality());
        assertEquals("2029", c.deadline().toString());
        Commitment m = units("We commit to clearing all mined areas by December 2025.").get(0).commitment();
        assertEquals("2025-12", m.deadline().toString());
        assertEquals(List.of("clearance"), m.themes());
    }

    @Test
    void resolutionsSpeakThroughTheirAuthor() {
        List<CommitmentExtractor.Unit> u = extractor.find(Passage.of("Decides to include in the provisional agenda of its eighty-first session the item.").withAuthor("The General Assembly"));
        assertEquals(Modality.DECIDE, u.get(0).commitment().modality());
        assertEquals("The General Assembly", u.get(0).commitment().actor());
        List<CommitmentExtractor.Unit> urges = extractor.find(Passage.of("Urges all States Parties to comply fully with their obligations.").withIdPrefix("p2").withAuthor("The General Assembly"));
        assertEquals("all States Parties", urges.get(0).commitment().actor());
        assertEquals(Modality.APPEAL, urges.get(0).commitment().modality());
    }

    @Test
    void shallIsTheOlderFormOfWillForTheAuthorsOnly() {
        List<CommitmentExtractor.Unit> ours = units("We shall spare no effort to end poverty.");
        assertEquals(1, ours.size());
        assertEquals(Modality.WILL, ours.get(0).commitment().modality());
        assertEquals("We shall spare no effort to end poverty", ours.get(0).commitment().text());
        assertEquals(List.of(), units("Everyone shall have the right to rest."), "a right, not the authors' undertaking");
    }

    // lists (format 1.1, COMMITMENTS.md "Lists")

    private static Paragraph listParagraph(String opener, Subparagraph... items) {
        return new Paragraph(1, opener, List.of(items), List.of(), List.of());
    }

    private Paragraph extracted(String author, Paragraph p) {
        Declaration d = Declaration.builder("x", "X").author(author).paragraph(p).build();
        Declaration found = (Declaration) extractor.extract(d);
        assertEquals(List.of(), DocumentValidator.standard().validate(found).findings().stream()
                .filter(f -> f.isError()).toList(), "spans, ranges and ids validate");
        return found.paragraphs().get(0);
    }

    private static String texts(List<Commitment> units) {
        return String.join(" | ", units.stream().map(c -> c.id() + " " + c.modality().jsonName() + " " + c.actor() + ": " + c.text()).toList());
    }

    @Test
    void aListOfActionsGivesOneUnitPerItemWithTheOpenersModalityAndNoUnitForTheOpener() {
        Paragraph p = extracted(null, listParagraph("We recognize the risks. With the above in mind, we will:",
                new Subparagraph(null, "Stay agile and flexible in our policy responses and cooperation."),
                new Subparagraph(null, "support Ukraine; and"),
                new Subparagraph(null, "strengthen multilateral trade by 2030. We ask the Multilateral Development Banks to report on it."),
                new Subparagraph(null, "Maximize food supplies: A steady flow of food is vital.")));
        assertEquals(List.of(), p.commitments(), "the opener \"we will\" is not a unit");
        assertEquals("p1.s1.c1 will we: Stay agile and flexible in our policy responses and cooperation",
                texts(p.subparagraphs().get(0).commitments()));
        assertEquals("p1.s2.c1 will we: support Ukraine", texts(p.subparagraphs().get(1).commitments()),
                "without the final \"; and\"");
        assertEquals("p1.s3.c1 will we: strengthen multilateral trade by 2030"
                + " | p1.s3.c2 appeal the Multilateral Development Banks: We ask the Multilateral Development Banks to report on it",
                texts(p.subparagraphs().get(2).commitments()), "a cue inside an item gives a unit of its own");
        assertEquals("p1.s4.c1 will we: Maximize food supplies", texts(p.subparagraphs().get(3).commitments()),
                "an item's heading before a colon and a capital");
        assertEquals("2030", p.subparagraphs().get(2).commitments().get(0).deadline().toString(), "deadlines as for paragraphs");
        Subparagraph s = p.subparagraphs().get(1);
        Commitment c = s.commitments().get(0);
        assertEquals(c.text(), s.text().substring(c.start(), c.end()), "offsets into the item's own text");
    }

    @Test
    void theSameOpenerKeepsItsUnitWhenItsItemsAreWaysOfDoingOneAction() {
        String opener = "We intend to work together to:";
        Paragraph ways = extracted(null, listParagraph(opener, new Subparagraph("a", "by strengthening dialogue between producers;"),
                new Subparagraph("b", "by sharing information on stocks.")));
        assertEquals("p1.c1 will we: We intend to work together to", texts(ways.commitments()));
        assertTrue(ways.subparagraphs().stream().allMatch(x -> x.commitments().isEmpty()), "the items are not units");
        Paragraph actions = extracted(null, listParagraph(opener, new Subparagraph("a", "strengthen dialogue between producers;"),
                new Subparagraph("b", "share information on stocks.")));
        assertEquals(List.of(), actions.commitments(), "items that state actions take the opener's place");
        assertEquals("p1.s1.c1 will we: strengthen dialogue between producers | p1.s2.c1 will we: share information on stocks",
                texts(actions.subparagraphs().stream().flatMap(x -> x.commitments().stream()).toList()));
        Paragraph areas = extracted("The General Assembly", listParagraph(
                "Requests the Group to approve its programme of work, taking into account the following indicative areas:",
                new Subparagraph("a", "Declarations, including initial and progress declarations;"),
                new Subparagraph("b", "Removal of deployed nuclear warheads;"), new Subparagraph("c", "Verification of the baseline.")));
        assertEquals(1, areas.commitments().size(), "noun phrases: the opener stays");
        assertTrue(areas.subparagraphs().stream().allMatch(x -> x.commitments().isEmpty()));
    }

    @Test
    void decidesAndRequestsWithoutToOpenListsInAResolution() {
        Paragraph decides = extracted("The General Assembly", listParagraph("Decides:",
                new Subparagraph("a", "To convene a high-level conference on nuclear disarmament by 2028;"),
                new Subparagraph("b", "To request the Secretary-General to report to it at its eighty-first session;"),
                new Subparagraph("c", "to include the item in its provisional agenda.")));
        assertEquals(List.of(), decides.commitments());
        assertEquals("p1.s1.c1 decide The General Assembly: To convene a high-level conference on nuclear disarmament by 2028"
                + " | p1.s2.c1 decide The General Assembly: To request the Secretary-General to report to it at its eighty-first session"
                + " | p1.s3.c1 decide The General Assembly: to include the item in its provisional agenda",
                texts(decides.subparagraphs().stream().flatMap(x -> x.commitments().stream()).toList()));
        Paragraph requests = extracted("The General Assembly", listParagraph("Also requests the Secretary-General:",
                new Subparagraph("a", "To convene a group of experts in 2026;"), new Subparagraph("b", "To submit its report.")));
        assertEquals("p1.s1.c1 appeal the Secretary-General: To convene a group of experts in 2026"
                + " | p1.s2.c1 appeal the Secretary-General: To submit its report",
                texts(requests.subparagraphs().stream().flatMap(x -> x.commitments().stream()).toList()));
        Paragraph notes = extracted("The General Assembly", listParagraph("Notes:",
                new Subparagraph("a", "To convene a group of experts in 2026;"), new Subparagraph("b", "To submit its report.")));
        assertTrue(notes.subparagraphs().stream().allMatch(x -> x.commitments().isEmpty()), "no cue, no list of units");
    }

    @Test
    void nestedListsFollowTheRuleAtEachLevel() {
        Paragraph p = extracted(null, listParagraph("We will:",
                new Subparagraph("a", "support affected States as follows:", List.of(new Subparagraph("i", "train national deminers;"),
                        new Subparagraph("ii", "fund clearance and survey.")), Extensions.NONE),
                new Subparagraph("b", "act together in the following ways:", List.of(new Subparagraph("i", "by sharing data;"),
                        new Subparagraph("ii", "through joint missions.")), Extensions.NONE),
                new Subparagraph("c", "report every year.")));
        assertEquals(List.of(), p.commitments());
        Subparagraph a = p.subparagraphs().get(0);
        assertEquals(List.of(), a.commitments(), "(a) opens a list of actions of its own");
        assertEquals("p1.s1.s1.c1 will we: train national deminers | p1.s1.s2.c1 will we: fund clearance and survey",
                texts(a.subparagraphs().stream().flatMap(x -> x.commitments().stream()).toList()));
        Subparagraph b = p.subparagraphs().get(1);
        assertEquals("p1.s2.c1 will we: act together in the following ways", texts(b.commitments()), "(b)'s items are ways: (b) stays");
        assertTrue(b.subparagraphs().stream().allMatch(x -> x.commitments().isEmpty()));
        assertEquals("p1.s3.c1 will we: report every year", texts(p.subparagraphs().get(2).commitments()));
    }

    @Test
    void anItemStatesAnActionByItsFirstWords() {
        for (String action : List.of("Stay agile", "to convene a conference", "To continue", "support Ukraine", "strengthen trade",
                "Identify and consider", "Enable States to participate", "Implement the plan", "Fully implement the plan",
                "Address root causes", "that the Group shall meet", "We will report")) {
            assertTrue(CommitmentExtractor.statesAnAction(action), action);
        }
        for (String notAction : List.of("Declarations, including initial ones", "Removal of deployed warheads", "Verification of",
                "Dismantlement and storage", "Means of delivery", "by strengthening dialogue", "Strengthening dialogue",
                "through joint missions", "the role of women", "Enhanced cooperation", "Effective implementation",
                "Sustainable development", "to the Secretariat", "", "(a)")) {
            assertTrue(!CommitmentExtractor.statesAnAction(notAction), notAction);
        }
    }
}
