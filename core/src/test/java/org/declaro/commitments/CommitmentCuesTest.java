package org.declaro.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.declaro.commitments.CommitmentCues.Words;
import org.declaro.model.Modality;
import org.junit.jupiter.api.Test;

/** Cue sets as values: their builder, their notation, and that extending one changes what is found. */
class CommitmentCuesTest {

    private static List<String> found(CommitmentCues cues, String text) {
        CommitmentExtractor x = CommitmentExtractor.builder().cues("xx", cues).build();
        return x.find(Passage.of(text).withLanguage("xx")).stream()
                .map(u -> u.commitment().modality().jsonName() + " " + u.commitment().actor() + ": " + u.commitment().text()).toList();
    }

    @Test
    void theStandardSetsHoldTheirCuesAndAreImmutable() {
        assertTrue(CommitmentCues.english().cues(Modality.PLEDGE).contains("pledge|pledges to"));
        assertEquals(List.of("we"), CommitmentCues.english().words(Words.FIRST_PERSON));
        assertEquals(List.of("nous"), CommitmentCues.french().words(Words.FIRST_PERSON));
        assertEquals(List.of("nosotros", "nosotras"), CommitmentCues.spanish().words(Words.FIRST_PERSON));
        assertTrue(CommitmentCues.spanish().subjectOptional());
        assertTrue(CommitmentCues.english().verbByDefault());
        assertThrows(UnsupportedOperationException.class, () -> CommitmentCues.english().cues(Modality.COMMIT).add("x"));
        assertThrows(UnsupportedOperationException.class, () -> CommitmentCues.french().words(Words.AND).clear());
        assertEquals(CommitmentCues.english(), CommitmentCues.english().toBuilder().build());
        assertEquals(CommitmentCues.english().hashCode(), CommitmentCues.english().toBuilder().build().hashCode());
        assertNotEquals(CommitmentCues.english(), CommitmentCues.french());
        assertEquals("CommitmentCues[we]", CommitmentCues.english().toString());
    }

    @Test
    void extendingASetAddsItsCuesWithoutEditingThePackage() {
        String text = "We vow to end hunger. We restate our commitment to peace.";
        assertEquals(List.of(), found(CommitmentCues.english(), text));
        CommitmentCues more = CommitmentCues.english().toBuilder().cue(Modality.PLEDGE, "vow|vows to")
                .cue(Modality.REAFFIRM, "restate|restates our commitment").build();
        assertEquals(List.of("pledge we: We vow to end hunger", "reaffirm we: We restate our commitment to peace"), found(more, text),
                "a phrase added to a modality is tried even when the set's first trigger words are not in the sentence");
    }

    @Test
    void theNotationHasAlternativesOptionsGapsElisionWildcardsAndAdverbs() {
        CommitmentCues cues = CommitmentCues.builder()
                .cue(Modality.COMMIT, "promise|promises [firmly|truly] to")
                .cue(Modality.REAFFIRM, "restate|restates our {2-} pledge|pledges")
                .cue(Modality.DECIDE, "resolve|resolves ~ d'|that")
                .cue(Modality.ASPIRE, "hope *ing")
                .words(Words.AFTER_VERB, "hereby", "*ly")
                .words(Words.FIRST_PERSON, "we")
                .words(Words.AND, "and")
                .verbByDefault(true)
                .build();
        assertEquals(List.of("commit we: We promise truly to act"), found(cues, "We promise truly to act."));
        assertEquals(List.of("commit we: We promise to act"), found(cues, "We promise to act."));
        assertEquals(List.of(), found(cues, "We promise very truly to act."), "an option is one word");
        assertEquals(List.of("reaffirm we: We restate our long-standing pledges to the region"),
                found(cues, "We restate our long-standing pledges to the region."));
        assertEquals(List.of(), found(cues, "We restate our very long-standing firm pledges."), "a gap of at most two words");
        assertEquals(List.of("decide we: We resolve d’agir"), found(cues, "We resolve d’agir."), "either apostrophe matches");
        assertEquals(List.of("decide we: We resolve solemnly that it ends"), found(cues, "We resolve solemnly that it ends."));
        assertEquals(List.of("aspire we: We hope helping them"), found(cues, "We hope helping them."));
        assertEquals(List.of(), found(cues, "We hope help them."), "*ing needs the ending");
    }

    @Test
    void theBuilderRejectsWhatTheNotationCannotSay() {
        assertThrows(IllegalArgumentException.class, () -> CommitmentCues.builder().cue(Modality.COMMIT, "[we] commit to").build());
        assertThrows(IllegalArgumentException.class, () -> CommitmentCues.builder().cue(Modality.COMMIT, "commit to ~").build(),
                "only an appeal's verb may end with an option");
        assertThrows(IllegalArgumentException.class, () -> CommitmentCues.builder().cue(Modality.COMMIT, "commit {2}").build());
        assertThrows(IllegalArgumentException.class, () -> CommitmentCues.builder().cue(Modality.COMMIT, "commit [l'] to").build());
        assertThrows(IllegalArgumentException.class, () -> CommitmentCues.builder().cue(Modality.COMMIT, "commit ||to").build());
        assertThrows(IllegalArgumentException.class, () -> CommitmentCues.builder().cue(Modality.APPEAL, "demande d'").build());
        assertThrows(IllegalArgumentException.class, () -> CommitmentCues.builder().cue(Modality.COMMIT, " ").build());
        assertThrows(IllegalArgumentException.class, () -> CommitmentCues.builder().words(Words.MONTH, "January").build());
        assertThrows(NullPointerException.class, () -> CommitmentCues.builder().words(Words.AND, (String) null));
        assertThrows(IllegalArgumentException.class, () -> CommitmentExtractor.builder().cues("", CommitmentCues.english()));
        assertThrows(IllegalArgumentException.class, () -> CommitmentExtractor.builder().cues("fr CA", CommitmentCues.english()));
        assertThrows(NullPointerException.class, () -> CommitmentExtractor.builder().cues("de", null));
    }

    @Test
    void anEmptySetFindsNothingAndBreaksNothing() {
        CommitmentCues empty = CommitmentCues.builder().build();
        assertEquals(List.of(), found(empty, "We will commit to act, and call upon States to join by 2029: and"));
        CommitmentExtractor x = CommitmentExtractor.builder().cues("xx", empty).build();
        assertEquals(List.of(), x.extract(org.declaro.model.Declaration.builder("d", "D").language("xx").author("We")
                .paragraph(new org.declaro.model.Paragraph(1, "Decides:", List.of(new org.declaro.model.Subparagraph("a", "To act.")),
                        List.of(), List.of())).build()).paragraphs().get(0).subparagraphs().get(0).commitments());
    }
}
