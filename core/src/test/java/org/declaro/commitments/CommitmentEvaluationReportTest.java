package org.declaro.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.declaro.model.Commitment;
import org.declaro.model.Modality;
import org.junit.jupiter.api.Test;

/** The evaluation's counts by class: each unit's fate, the figures per document, pooled and macro, by modality and by cue. */
class CommitmentEvaluationReportTest {

    private static Commitment unit(String id, Modality m, int start, int end) {
        return new Commitment(id, m, "we", "x".repeat(end - start), start, end, List.of(), null);
    }

    @Test
    void eachUnitIsCountedAsMatchedMissedOrWrongWithItsCueAndTheModalityItWasAnnotatedWith() {
        List<List<Commitment>> gold = List.of(List.of(unit("g1", Modality.WILL, 0, 10), unit("g2", Modality.DECIDE, 20, 30)),
                List.of(unit("g3", Modality.APPEAL, 0, 10)));
        List<List<Commitment>> found = List.of(List.of(unit("p1.c1", Modality.WILL, 2, 10), unit("p1.c2", Modality.COMMIT, 20, 29)),
                List.of());
        CommitmentEvaluation.Scored s = CommitmentEvaluation.score("d", gold, found,
                Map.of("p1.c1", "will: \"will\" (first-person subject)", "p1.c2", "commit: \"Agreed to\""),
                List.of(new CommitmentEvaluationTest.Missing("span not found", Modality.PLEDGE)));
        assertEquals(new CommitmentScore(2, 4, 1), s.score());
        assertEquals(List.of(
                new CommitmentEvaluation.Outcome(Modality.WILL, Modality.WILL, "will: \"will\" (first-person subject)", "xxxxxxxx", null),
                new CommitmentEvaluation.Outcome(null, Modality.COMMIT, "commit: \"agreed to\"", "xxxxxxxxx", Modality.DECIDE),
                new CommitmentEvaluation.Outcome(Modality.DECIDE, null, null, "xxxxxxxxxx", null),
                new CommitmentEvaluation.Outcome(Modality.APPEAL, null, null, "xxxxxxxxxx", null),
                new CommitmentEvaluation.Outcome(Modality.PLEDGE, null, null, "(span not found)", null)), s.outcomes());
        String report = CommitmentEvaluation.report("test", List.of(s, CommitmentEvaluation.score("e", List.of(List.of()),
                List.of(List.of()), Map.of(), List.of())));
        assertTrue(report.contains("d                        2     4     1  0.500  0.250  0.333"), report);
        assertTrue(report.contains("pooled                   2     4     1  0.500  0.250  0.333"), report);
        assertTrue(report.contains("macro (2 documents)                     0.750  0.625  0.667"), report);
        assertTrue(report.contains("commit    annotated    0  found    1  matched    0  missed    0  wrong    1  (annotated as {decide=1})"),
                report);
        assertTrue(report.contains("     1    0    1  commit: \"agreed to\""), report);
        assertEquals((0.333 + 0.333 + 1) / 3, CommitmentEvaluation.macroF1(List.of(s, s, CommitmentEvaluation.score("e", List.of(), List.of(), Map.of(),
                List.of()))), 0.001, "an empty document scores 1");
    }

    @Test
    void theItemsOfAListCountUnderTheirModality() {
        assertEquals("decide: list item", CommitmentEvaluation.cueClass("decide: list item (opener: decide: \"Decides:\")"));
        assertEquals("appeal: \"urges x to\"", CommitmentEvaluation.cueClass("appeal: \"urges x to\""));
    }
}
