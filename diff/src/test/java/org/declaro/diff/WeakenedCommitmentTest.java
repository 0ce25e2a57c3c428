package org.declaro.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.declaro.commitments.CommitmentExtractor;
import org.declaro.model.Declaration;
import org.declaro.model.Paragraph;
import org.junit.jupiter.api.Test;

/** A commitment whose verb a revision weakened ("will" → "may") is reported as weakened, not as removed. */
class WeakenedCommitmentTest {

    private static Declaration declaration(String... paragraphs) {
        Declaration.Builder b = Declaration.builder("rivers", "Declaration on Rivers");
        for (int i = 0; i < paragraphs.length; i++) {
            b.paragraph(new Paragraph(i + 1, paragraphs[i]));
        }
        return (Declaration) CommitmentExtractor.standard().extract(b.build());
    }

    @Test
    void willChangedToMayIsWeakened() {
        Comparison c = DocumentDiff.standard().compare(declaration("We will clear all mined areas by 2030.", "We will report every year."),
                declaration("We may clear all mined areas by 2030.", "We will report every year."));
        assertEquals(List.of(CommitmentChange.Type.WEAKENED), c.commitments().stream().map(CommitmentChange::type).toList());
        CommitmentChange u = c.commitments().get(0);
        assertNull(u.after());
        assertEquals("paragraph 1", u.afterParagraph());
        assertTrue(u.changes().get(0).contains("will weakened to \"may\""), u.changes().toString());
        assertTrue(u.summary().startsWith("paragraph 1: modality: will weakened to \"may\""), u.summary());
        assertTrue(DiffReport.markdown(c).contains("will weakened to \"may\""), DiffReport.markdown(c));
    }

    @Test
    void aCommitmentDeletedWithItsWordsIsRemoved() {
        Comparison c = DocumentDiff.standard().compare(declaration("We will clear all mined areas by 2030.", "We will report every year."),
                declaration("Mined areas remain a concern.", "We will report every year."));
        assertEquals(List.of(CommitmentChange.Type.REMOVED), c.commitments().stream().map(CommitmentChange::type).toList());
    }

    @Test
    void theWeakerVerbMustStandWhereTheCommitmentsVerbStood() {
        assertEquals("might", DocumentDiff.weakened(declaration("The States Parties will clear all mined areas.")
                .paragraphs().get(0).commitments().get(0), "The States Parties might clear all mined areas."));
        assertNull(DocumentDiff.weakened(declaration("The States Parties will clear all mined areas.")
                .paragraphs().get(0).commitments().get(0), "The States Parties may wish to discuss other things."));
    }
}
