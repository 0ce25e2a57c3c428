package org.declaro.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.declaro.json.DocumentReader;
import org.declaro.model.Action;
import org.declaro.model.ActionPlan;
import org.declaro.model.Commitment;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.declaro.model.Extensions;
import org.declaro.model.Footnote;
import org.declaro.model.Heading;
import org.declaro.model.Modality;
import org.declaro.model.Paragraph;
import org.declaro.model.Period;
import org.declaro.model.Section;
import org.declaro.model.Subparagraph;
import org.junit.jupiter.api.Test;

/**
 * Documents that {@code validate} rejects but the reader produces (required values missing): every renderer
 * renders what is there, and prints nothing where a value is missing, never {@code null}.
 */
class IncompleteDocumentTest {

    static final String TEXT = "We commit to clear all mined areas.";

    /** A commitment without actor, as the reader makes it from {@code {"id":..., "modality":"commit", ...}} without "actor". */
    static Declaration withoutActor() {
        Commitment c = new Commitment("p1.c1", Modality.COMMIT, null, "commit to clear all mined areas", 3, 34, List.of(), null);
        return Declaration.builder("x", "Title").paragraph(new Paragraph(1, TEXT, List.of(), List.of(), List.of(c),
                Extensions.NONE)).build();
    }

    static void noNull(String view) {
        assertFalse(view.contains("null"), view);
    }

    @Test
    void theReaderGivesACommitmentWithoutActorAsIssue9Describes() {
        String json = "{\"schemaVersion\":\"1.1\",\"kind\":\"declaration\",\"id\":\"x\",\"title\":\"Title\",\"language\":\"en\","
                + "\"paragraphs\":[{\"number\":1,\"text\":\"" + TEXT + "\",\"commitments\":[{\"id\":\"p1.c1\",\"modality\":\"commit\","
                + "\"text\":\"commit to clear all mined areas\",\"start\":3,\"end\":34}]}]}";
        Document read = DocumentReader.standard().read(json).document().orElseThrow();
        assertEquals(withoutActor(), read);
    }

    @Test
    void htmlRendersACommitmentWithoutActorWithAnEmptyActorCell() {
        String html = HtmlRenderer.standard().render(withoutActor());
        noNull(html);
        assertTrue(html.contains("<tr><td><a href=\"#para-1\">paragraph 1</a></td><td></td><td><span class=\"m-commit\">commit</span>"), html);
        assertTrue(html.contains("We <mark class=\"m-commit\" title=\"commit\">commit to clear all mined areas</mark>."), html);
    }

    @Test
    void markdownRendersACommitmentWithoutActorWithAnEmptyActorCell() {
        String md = MarkdownRenderer.standard().render(withoutActor());
        noNull(md);
        assertTrue(md.contains("| paragraph 1 | commit |  |  | commit to clear all mined areas |"), md);
    }

    @Test
    void textRendersACommitmentWithoutActor() {
        String text = TextRenderer.standard().render(withoutActor());
        assertTrue(text.contains("\n1. " + TEXT + "\n"), text);
    }

    @Test
    void aCommitmentWithoutModalityIsMarkedWithoutOne() {
        Commitment c = new Commitment("p1.c1", null, "we", "commit to clear all mined areas", 3, 34, List.of(), null);
        Declaration d = Declaration.builder("x", "Title").paragraph(new Paragraph(1, TEXT, List.of(), List.of(), List.of(c),
                Extensions.NONE)).build();
        String html = HtmlRenderer.standard().render(d);
        noNull(html);
        assertTrue(html.contains("<td>we</td><td><span class=\"m-\"></span></td>"), html);
        String md = MarkdownRenderer.standard().render(d);
        noNull(md);
        assertTrue(md.contains("| paragraph 1 |  | we |"), md);
    }

    @Test
    void aParagraphWithoutTextRendersItsNumberAndCommitmentsWithoutSpan() {
        Commitment c = new Commitment("p1.c1", Modality.WILL, "we", "x", 0, 1, List.of(), null);
        Declaration d = Declaration.builder("x", null).paragraph(new Paragraph(1, null, List.of(new Subparagraph("a", null)),
                List.of(), List.of(c), Extensions.NONE)).footnote(new Footnote(null, null)).build();
        for (String view : List.of(HtmlRenderer.standard().render(d), MarkdownRenderer.standard().render(d), TextRenderer.standard().render(d))) {
            noNull(view);
        }
        assertTrue(HtmlRenderer.standard().render(d).contains("<p id=\"para-1\"><span class=\"num\">1.</span></p>"));
        assertTrue(TextRenderer.standard().render(d).contains("\n1. \n(a) \n"), TextRenderer.standard().render(d));
    }

    @Test
    void aHeadingLevelOutOfRangeIsPrintedAtTheNearestLevelAViewHas() {
        Declaration d = Declaration.builder("x", "Title").paragraph("One.").paragraph("Two.")
                .heading(new Heading(0, Integer.MIN_VALUE, "I", "Low", null, Extensions.NONE))
                .heading(new Heading(1, Integer.MAX_VALUE, "II", "High", null, Extensions.NONE)).build();
        String html = HtmlRenderer.standard().render(d);
        assertTrue(html.contains("<h2>I. Low</h2>"), html);
        assertTrue(html.contains("<h6>II. High</h6>"), html);
        String md = MarkdownRenderer.standard().render(d);
        assertTrue(md.contains("\n## I. Low\n\n1. One."), md);
        assertTrue(md.contains("\n###### II. High\n\n2. Two."), md);
    }

    @Test
    void aHeadingWithoutPositionIsNotPlacedAndDoesNotHideTheNextOne() {
        Declaration d = Declaration.builder("x", "Title").paragraph("One.").paragraph("Two.")
                .heading(new Heading(null, 1, "I", "Lost", null, Extensions.NONE))
                .heading(new Heading(1, 1, "II", "Second", null, Extensions.NONE)).build();
        String html = HtmlRenderer.standard().render(d);
        assertFalse(html.contains("Lost"), html);
        assertTrue(html.contains("<h2>II. Second</h2>\n<p id=\"para-2\">"), html);
        String md = MarkdownRenderer.standard().render(d);
        assertTrue(md.contains("## II. Second\n\n2. Two."), md);
        String text = TextRenderer.standard().render(d);
        assertTrue(text.contains("\nII. Second\n\n2. Two.\n"), text);
        assertFalse(text.contains("Lost"), text);
    }

    @Test
    void anActionWithoutNumberIsAnchoredByItsPositionAndAPeriodShowsTheYearsItHas() {
        Commitment c = new Commitment("a.c1", Modality.WILL, "we", "will act", 3, 11, List.of(), null);
        ActionPlan p = ActionPlan.builder("plan", null).period(new Period(2020, null, null))
                .section(new Section(null, null, List.of(), List.of(new Action(1, "First."),
                        new Action(null, "We will act.", List.of(), List.of(c), null, Extensions.NONE)))).build();
        String html = HtmlRenderer.standard().render(p);
        noNull(html);
        assertTrue(html.contains("<tr><th>Period</th><td>2020–</td></tr>"), html);
        assertTrue(html.contains("<p id=\"action-at2\"><span class=\"num\">Action.</span>We <mark"), html);
        assertTrue(html.contains("<a href=\"#action-at2\">action</a>"), html);
        String md = MarkdownRenderer.standard().render(p);
        noNull(md);
        assertTrue(md.contains("| Period | 2020– |"), md);
        assertTrue(md.contains("**Action.** We will act."), md);
        String text = TextRenderer.standard().render(p);
        noNull(text);
        assertTrue(text.contains("\nAction: We will act.\n"), text);
        assertTrue(text.startsWith("****\n"), text);
    }
}
