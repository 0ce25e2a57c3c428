package org.declaro.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.declaro.model.Commitment;
import org.declaro.model.Declaration;
import org.declaro.model.Modality;
import org.declaro.model.Paragraph;
import org.declaro.model.PartialDate;
import org.declaro.model.PreambularParagraph;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The four reports of one small comparison, in full: what each says about every kind of change. */
class DiffReportTest {

    private static Commitment will(String id, String actor, String text, PartialDate deadline) {
        return new Commitment(id, Modality.WILL, actor, text, 0, text.length(), List.of(), deadline);
    }

    private static final String CLEAR = "We will clear all mined areas by 2030.";
    private static final String REPORT = "We will report on progress every year.";
    private static final String GONE = "We note the work of the committees.";

    private static final Declaration BEFORE = Declaration.builder("d", "D").language("en")
            .preamble(new PreambularParagraph("Recalling the Convention.", List.of(), List.of(), null))
            .paragraph(new Paragraph(1, GONE))
            .paragraph(new Paragraph(2, CLEAR, List.of(), List.of(), List.of(will("p2.c1", "we", CLEAR, PartialDate.ofYear(2030)))))
            .paragraph(new Paragraph(3, REPORT))
            .build();

    private static final String CLEAR_LATER = "We will clear all mined areas by 2032.";
    private static final String ADDED = "States <b>shall</b> assist victims.";

    private static final Declaration AFTER = Declaration.builder("d", "D").language("en")
            .preamble(new PreambularParagraph("Recalling the Convention.", List.of(), List.of(), null))
            .paragraph(new Paragraph(1, CLEAR_LATER, List.of(), List.of(), List.of(will("p1.c1", "we", CLEAR_LATER, PartialDate.ofYear(2032)))))
            .paragraph(new Paragraph(2, REPORT))
            .paragraph(new Paragraph(3, ADDED, List.of(), List.of(), List.of(
                    new Commitment("p3.c1", Modality.APPEAL, "States", ADDED, 0, ADDED.length(), List.of(), null))))
            .build();

    private static final Comparison C = DocumentDiff.standard().compare(BEFORE, AFTER);

    @Test
    void theComparisonCountsEachKindOfChange() {
        assertEquals(List.of(ParagraphChange.Type.UNCHANGED, ParagraphChange.Type.REMOVED, ParagraphChange.Type.CHANGED,
                ParagraphChange.Type.UNCHANGED, ParagraphChange.Type.ADDED), C.paragraphs().stream().map(ParagraphChange::type).toList());
        assertEquals(2, C.count(ParagraphChange.Type.UNCHANGED));
        assertEquals(0, C.count(ParagraphChange.Type.MOVED));
        assertFalse(C.identical());
        assertTrue(DocumentDiff.standard().compare(BEFORE, BEFORE).identical());
        ParagraphChange renumbered = C.paragraphs().get(2);
        assertTrue(renumbered.renumbered(), "2 became 1");
        assertTrue(renumbered.textChanged());
        assertFalse(C.paragraphs().get(0).renumbered(), "the preamble has no numbers");
        assertFalse(C.paragraphs().get(0).textChanged());
        assertFalse(C.paragraphs().get(1).renumbered(), "a removed paragraph has no new number");
    }

    @Test
    void textSaysWhatChangedParagraphByParagraph() {
        assertEquals("""
                Paragraphs: 1 changed, 1 added, 1 removed, 0 moved, 2 unchanged; 2 commitment changes

                Commitments:
                  paragraph 1: deadline: 2030 → 2032: We will clear all mined areas by 2032.
                  paragraph 3: appeal added (States): States <b>shall</b> assist victims.

                paragraph 1: removed
                  [-We note the work of the committees.-]

                paragraph 2 → 1: changed
                  We will clear all mined areas by [-2030-]{+2032+}.

                paragraph 3: added
                  {+States <b>shall</b> assist victims.+}
                """, DiffReport.text(C));
    }

    @Test
    void markdownStrikesAndBoldsAndTablesTheCommitments() {
        assertEquals("""
                ## Changes

                1 changed, 1 added, 1 removed, 0 moved, 2 unchanged; 2 commitment changes

                | change | where | modality | actor | text |
                |---|---|---|---|---|
                | deadline: 2030 → 2032 | paragraph 1 | will | we | We will clear all mined areas by 2032. |
                | added | paragraph 3 | appeal | States | States \\<b\\>shall\\</b\\> assist victims. |

                **paragraph 1** (removed)

                ~~We note the work of the committees.~~

                **paragraph 2 → 1** (changed)

                We will clear all mined areas by ~~2030~~**2032**.

                **paragraph 3** (added)

                **States \\<b\\>shall\\</b\\> assist victims.**

                """, DiffReport.markdown(C));
    }

    @Test
    void htmlEscapesAndMarksEveryParagraph() {
        String html = DiffReport.html(C);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), html);
        assertTrue(html.contains("<p>1 changed, 1 added, 1 removed, 0 moved, 2 unchanged; 2 commitment changes</p>"), html);
        assertTrue(html.contains("<tr><td>deadline: 2030 → 2032</td><td>paragraph 1</td><td>will</td><td>we</td>"
                + "<td>We will clear all mined areas by 2032.</td></tr>"), html);
        assertTrue(html.contains("<tr><td>added</td><td>paragraph 3</td><td>appeal</td><td>States</td>"
                + "<td>States &lt;b&gt;shall&lt;/b&gt; assist victims.</td></tr>"), html);
        assertTrue(html.contains("<p class=\"unchanged\"><strong>preamble 1</strong> Recalling the Convention.</p>"), html);
        assertTrue(html.contains("<p class=\"removed\"><strong>paragraph 1</strong> <del>We note the work of the committees.</del></p>"), html);
        assertTrue(html.contains("<p class=\"changed\"><strong>paragraph 2 → 1</strong> We will clear all mined areas by "
                + "<del>2030</del><ins>2032</ins>.</p>"), html);
        assertTrue(html.contains("<p class=\"added\"><strong>paragraph 3</strong> <ins>States &lt;b&gt;shall&lt;/b&gt; assist victims.</ins></p>"), html);
        assertFalse(html.contains("<b>"), "text is escaped");
        assertTrue(html.endsWith("</body>\n</html>\n"));
    }

    @Test
    void jsonHasEveryParagraphAndCommitmentChange() {
        JsonNode json = JsonMapper.builder().build().readTree(DiffReport.json(C));
        JsonNode ps = json.get("paragraphs");
        assertEquals(5, ps.size());
        JsonNode changed = ps.get(2);
        assertEquals("paragraphs", changed.get("part").asString());
        assertEquals("changed", changed.get("type").asString());
        assertEquals(1, changed.get("before").asInt());
        assertEquals(0, changed.get("after").asInt());
        assertEquals(2, changed.get("beforeNumber").asInt());
        assertEquals(1, changed.get("afterNumber").asInt());
        assertEquals("delete", changed.get("words").get(1).get("op").asString());
        assertEquals("2030", changed.get("words").get(1).get("text").asString());
        assertTrue(ps.get(1).get("after").isNull(), "removed: no new index");
        assertTrue(ps.get(0).get("beforeNumber").isNull(), "preamble: no number");
        JsonNode units = json.get("commitments");
        assertEquals(2, units.size());
        assertEquals("changed", units.get(0).get("type").asString());
        assertEquals("p2.c1", units.get(0).get("before").get("id").asString());
        assertEquals("paragraph 2", units.get(0).get("before").get("paragraph").asString());
        assertEquals("will", units.get(0).get("after").get("modality").asString());
        assertEquals("we", units.get(0).get("after").get("actor").asString());
        assertEquals("deadline: 2030 → 2032", units.get(0).get("changes").get(0).asString());
        assertEquals("paragraph 1: deadline: 2030 → 2032: We will clear all mined areas by 2032.", units.get(0).get("summary").asString());
        assertTrue(units.get(1).get("before").isNull(), "added: nothing before");
        assertEquals("States <b>shall</b> assist victims.", units.get(1).get("after").get("text").asString());
    }

    @Test
    void anEmptyComparisonIsValidJsonAndSaysNothingChanged() {
        Comparison none = new Comparison(List.of(), List.of());
        assertEquals("{\n  \"paragraphs\": [],\n  \"commitments\": []\n}\n", DiffReport.json(none));
        assertEquals("Paragraphs: 0 changed, 0 added, 0 removed, 0 moved, 0 unchanged; 0 commitment changes\n", DiffReport.text(none));
        assertTrue(none.identical());
    }

    @Test
    void modalityChangesAreNamedOnTheScale() {
        Commitment commit = new Commitment("c", Modality.COMMIT, "we", "x", 0, 1, List.of(), null);
        assertEquals(List.of("modality: commit weakened to will"), DocumentDiff.changes(commit, commit.withModality(Modality.WILL)));
        assertEquals(List.of("modality: appeal strengthened to reaffirm"),
                DocumentDiff.changes(commit.withModality(Modality.APPEAL), commit.withModality(Modality.REAFFIRM)));
        assertEquals(List.of("modality: commit changed to pledge"), DocumentDiff.changes(commit, commit.withModality(Modality.PLEDGE)),
                "the same strength");
        assertEquals(List.of("modality: aspire weakened to appeal"),
                DocumentDiff.changes(commit.withModality(Modality.ASPIRE), commit.withModality(Modality.APPEAL)));
        assertEquals(List.of(), DocumentDiff.changes(commit, commit.withActor("WE")), "actors compare without case");
        assertEquals(List.of("wording"), DocumentDiff.changes(commit, commit.withText("y")));
        assertEquals(List.of("deadline: none → 2030"), DocumentDiff.changes(commit, commit.withDeadline(PartialDate.ofYear(2030))));
        assertEquals(List.of("deadline: 2030 → none"), DocumentDiff.changes(commit.withDeadline(PartialDate.ofYear(2030)), commit));
        assertEquals(List.of("actor: we → all States", "deadline: none → 2030"),
                DocumentDiff.changes(commit, commit.withActor("all States").withDeadline(PartialDate.ofYear(2030))),
                "wording is named only when nothing else changed");
    }

    @Test
    void aRemovedCommitmentSaysWhereItWas() {
        Comparison c = DocumentDiff.standard().compare(AFTER, BEFORE);
        CommitmentChange removed = c.commitments().stream().filter(u -> u.type() == CommitmentChange.Type.REMOVED).findFirst()
                .orElseThrow();
        assertEquals("paragraph 3: appeal removed (States): States <b>shall</b> assist victims.", removed.summary());
        assertTrue(DiffReport.markdown(c).contains("| removed | paragraph 3 | appeal | States |"), DiffReport.markdown(c));
    }
}
