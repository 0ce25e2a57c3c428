package org.declaro.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.declaro.Fixtures;
import org.declaro.json.DocumentReader;
import org.declaro.model.Commitment;
import org.declaro.model.Declaration;
import org.declaro.model.Modality;
import org.declaro.model.Paragraph;
import org.declaro.validation.DocumentValidator;
import org.junit.jupiter.api.Test;

class CommitmentExtractorTest {
    private final CommitmentExtractor extractor = CommitmentExtractor.withThemes(ThemeVocabulary.mineAction());

    private static Declaration siemReap() {
        return (Declaration) DocumentReader.lenient().read(Fixtures.bytes(Fixtures.SIEM_REAP)).document().orElseThrow();
    }

    private List<CommitmentExtractor.Unit> units(String text) {
        return extractor.find(text, "p1", "we");
    }

    @Test
    void theSiemReapAngkorUnitsAreFoundWithF1OfAtLeast095() {
        Declaration gold = siemReap();
        List<Paragraph> bare = gold.paragraphs().stream().map(p -> p.withCommitments(List.of())).toList();
        Declaration found = (Declaration) extractor.extract(gold.toBuilder().paragraphs(bare).build());
        CommitmentScore score = CommitmentScore.of(gold, found);
        System.out.println("Siem Reap-Angkor commitments: " + score);
        assertTrue(score.f1() >= 0.95, score::toString);
        assertTrue(DocumentValidator.builder().themes(ThemeVocabulary.mineAction().themes()).build().validate(found)
                .isValid(), "the extracted document validates");
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
        List<CommitmentExtractor.Unit> u = extractor.find("Decides to include in the provisional agenda of its eighty-first session the item.",
                "p1", "The General Assembly");
        assertEquals(Modality.DECIDE, u.get(0).commitment().modality());
        assertEquals("The General Assembly", u.get(0).commitment().actor());
        List<CommitmentExtractor.Unit> urges = extractor.find("Urges all States Parties to comply fully with their obligations.",
                "p2", "The General Assembly");
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
}
