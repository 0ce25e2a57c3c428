package org.declaro.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.declaro.model.Limits;
import org.declaro.model.Action;
import org.declaro.model.ActionPlan;
import org.declaro.model.Commitment;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.declaro.model.Extensions;
import org.declaro.model.Modality;
import org.declaro.model.Paragraph;
import org.declaro.model.PreambularParagraph;
import org.declaro.model.Section;
import org.declaro.model.Subparagraph;
import org.declaro.report.Finding;
import org.declaro.report.Rule;
import org.junit.jupiter.api.Test;

/**
 * The paragraph and commitment limits on documents built in code: every paragraph and commitment counts,
 * those of annexes included, and a document exactly at the limit passes.
 */
class CountLimitTest {
    private static final String TEXT = "We will act.";

    private static Commitment c(String id) {
        return new Commitment(id, Modality.WILL, "we", "We will act", 0, 11, List.of(), null);
    }

    private static List<Finding> limits(Document d, Limits limits) {
        return DocumentValidator.builder().limits(limits).build().validate(d).findings().stream()
                .filter(f -> f.rule() == Rule.LIMIT_EXCEEDED).toList();
    }

    private static List<Finding> paragraphLimit(Document d, int max) {
        return limits(d, Limits.DEFAULTS.withMaxParagraphs(max));
    }

    private static List<Finding> commitmentLimit(Document d, int max) {
        return limits(d, Limits.DEFAULTS.withMaxCommitments(max));
    }

    /** One preambular paragraph and two paragraphs, in an annex of a host with one paragraph: 4 in all. */
    private static Declaration fourParagraphs() {
        Declaration annex = Declaration.builder("annex", "Annex").preamble(new PreambularParagraph("Recalling,"))
                .paragraph("A.").paragraph("B.").build();
        return Declaration.builder("host", "Host").paragraph("Adopts the annex.").annex(annex).build();
    }

    @Test
    void paragraphsOfThePreambleAndOfAnnexesCountTowardsTheLimit() {
        assertEquals(List.of(), paragraphLimit(fourParagraphs(), 4));
        List<Finding> over = paragraphLimit(fourParagraphs(), 3);
        assertEquals(List.of(""), over.stream().map(Finding::pointer).toList());
        assertEquals("The document has 4 paragraphs, more than the limit of 3 (Limits.maxParagraphs).",
                over.get(0).message());
        assertEquals(List.of(), commitmentLimit(fourParagraphs(), 1), "no commitments, no commitment limit");
    }

    /**
     * Commitments of paragraphs, of sub-paragraphs at two depths, of preambular paragraphs, and of the
     * actions of an annexed plan: 6 in all.
     */
    private static Declaration sixCommitments() {
        Subparagraph deep = new Subparagraph("i", TEXT, List.of(), List.of(c("s2")), Extensions.NONE);
        Subparagraph sub = new Subparagraph("a", TEXT, List.of(deep), List.of(c("s1")), Extensions.NONE);
        ActionPlan plan = ActionPlan.builder("plan", "Plan").section(new Section("I", "S", List.of(),
                List.of(new Action(1, TEXT, List.of(), List.of(c("a1")), null, Extensions.NONE)))).build();
        return Declaration.builder("host", "Host").schemaVersion("1.1")
                .preamble(new PreambularParagraph(TEXT, List.of(), List.of(c("r1")), Extensions.NONE))
                .paragraph(new Paragraph(1, TEXT, List.of(sub), List.of(), List.of(c("p1"))))
                .paragraph(new Paragraph(2, TEXT, List.of(), List.of(), List.of(c("p3"))))
                .annex(plan).build();
    }

    @Test
    void commitmentsEverywhereCountTowardsTheLimit() {
        assertEquals(List.of(), commitmentLimit(sixCommitments(), 6));
        List<Finding> over = commitmentLimit(sixCommitments(), 5);
        assertEquals(List.of(""), over.stream().map(Finding::pointer).toList());
        assertEquals("The document has 6 commitments, more than the limit of 5 (Limits.maxCommitments).",
                over.get(0).message());
        assertEquals(List.of(), paragraphLimit(sixCommitments(), 3), "3 paragraphs, within a paragraph limit of 3");
    }

    @Test
    void anActionPlanCountsItsActionsCommitments() {
        ActionPlan plan = ActionPlan.builder("plan", "Plan").section(new Section("I", "S", List.of(),
                List.of(new Action(1, TEXT, List.of(), List.of(c("a1")), null, Extensions.NONE),
                        new Action(2, TEXT, List.of(), List.of(c("a2")), null, Extensions.NONE)))).build();
        assertEquals(List.of(), commitmentLimit(plan, 2));
        assertEquals(1, commitmentLimit(plan, 1).size());
    }

    @Test
    void eachDocumentValidatedTogetherIsCountedOnItsOwn() {
        Declaration a = Declaration.builder("a", "A").paragraph("A.").paragraph("B.").build();
        Declaration b = Declaration.builder("b", "B").paragraph("A.").paragraph("B.").build();
        List<ValidationReport> reports = DocumentValidator.builder().limits(Limits.DEFAULTS.withMaxParagraphs(2))
                .build().validateDocuments(List.of(a, b));
        assertEquals(List.of(true, true), reports.stream().map(r -> !r.hasErrors()).toList());
    }
}
