package org.declaro.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.declaro.model.Action;
import org.declaro.model.ActionPlan;
import org.declaro.model.Adoption;
import org.declaro.model.AgendaItem;
import org.declaro.model.Commitment;
import org.declaro.model.Declaration;
import org.declaro.model.Extensions;
import org.declaro.model.Footnote;
import org.declaro.model.Heading;
import org.declaro.model.Meeting;
import org.declaro.model.Modality;
import org.declaro.model.Paragraph;
import org.declaro.model.PartialDate;
import org.declaro.model.Period;
import org.declaro.model.PreambularParagraph;
import org.declaro.model.Section;
import org.declaro.model.Status;
import org.declaro.model.Subparagraph;
import org.junit.jupiter.api.Test;

/** Each part of a document shows in each view: metadata rows, preamble, headings, lists, footnotes, annexes, plans. */
class RenderedPartsTest {

    static final String PRE = "We reaffirm our resolve.";

    /** Every part a declaration can have; paragraph 5 comes first (numbers need not start at 1). */
    static Declaration rich() {
        Commitment pre = new Commitment("pre1.c1", Modality.REAFFIRM, "we", "reaffirm our resolve", 3, 23, List.of(), null);
        Commitment sub = new Commitment("p5.s1.c1", Modality.WILL, "we", "will act", 3, 11, List.of(), null);
        Declaration annex = Declaration.builder("annex", "Annexed").paragraph("Annex text.").build();
        return Declaration.builder("rich", "Title").titleFootnotes("*", "**").subtitle("Sub").status(Status.ADOPTED).language("fr")
                .originalLanguage("en").symbol("A/RES/1").date(PartialDate.ofDay(2024, 8, 14)).issuer("The Issuer")
                .author("The Assembly").meeting(new Meeting("Plenary", "Geneva", PartialDate.ofMonth(2024, 9)))
                .agendaItem(new AgendaItem("4(d)", "Agenda title", true)).adoption(new Adoption("Paris", PartialDate.ofYear(2025)))
                .preamble(new PreambularParagraph(PRE, List.of("*"), List.of(pre), Extensions.NONE))
                .heading(new Heading(0, null, "I", "First"))
                .heading(new Heading(1, 2, null, "Second"))
                .paragraph(new Paragraph(5, "Fifth.", List.of(new Subparagraph(null, "We will act.", List.of(
                        new Subparagraph("i", "Nested.")), List.of(sub), Extensions.NONE)), List.of("**"), List.of(), Extensions.NONE))
                .paragraph(new Paragraph(null, "Unnumbered.", List.of(new Subparagraph("a", "Item.")), List.of(), List.of(),
                        Extensions.NONE))
                .footnote(new Footnote("*", "One star.")).footnote(new Footnote("**", "Two stars."))
                .annex(annex).build();
    }

    static ActionPlan plan() {
        Commitment c = new Commitment("a1.c1", Modality.WILL, "we", "will act", 3, 11, List.of(), null);
        return ActionPlan.builder("plan", "The Plan").symbol("AP/1").issuer("The Issuer").period(new Period(2025, 2029))
                .introduction("Intro one.").section(new Section("I", "Aims", List.of("Aim text."), List.of(
                        new Action(1, "We will act.", List.of("Indicator A", "Indicator B"), List.of(c), PartialDate.ofYear(2027),
                                Extensions.NONE), new Action(2, "Second."))))
                .section(new Section(null, "Unnumbered section", List.of(), List.of()))
                .footnote(new Footnote("1", "Plan note.")).build();
    }

    @Test
    void htmlShowsEveryMetadataRowPreambleHeadingsListsFootnotesAndAnnexes() {
        String html = HtmlRenderer.standard().render(rich());
        assertTrue(html.contains("<html lang=\"fr\">"), html);
        assertTrue(html.contains("<h1>Title<sup>*, **</sup></h1>\n<p><em>Sub</em></p>\n"), html);
        for (String row : List.of("Status</th><td>adopted", "Symbol</th><td>A/RES/1", "Date</th><td>14 August 2024",
                "Issuer</th><td>The Issuer", "Meeting</th><td>Plenary, Geneva, September 2024", "Adoption</th><td>Paris, 2025")) {
            assertTrue(html.contains("<tr><th>" + row + "</td></tr>\n"), row + " in " + html);
        }
        assertTrue(html.contains("<p><em>The Assembly,</em></p>\n<p id=\"pre-1\" class=\"preamble\">We <mark class=\"m-reaffirm\" "
                + "title=\"reaffirm: we\">reaffirm our resolve</mark>.<sup>*</sup></p>\n"), html);
        assertTrue(html.contains("<h2>I. First</h2>\n<p id=\"para-5\"><span class=\"num\">5.</span>Fifth.<sup>**</sup></p>\n"
                + "<ul class=\"sub\">\n<li>We <mark class=\"m-will\" title=\"will: we\">will act</mark>.<ul class=\"sub\">\n"
                + "<li>(i) Nested.</li>\n</ul>\n</li>\n</ul>\n<h3>Second</h3>\n<p id=\"para-2\">Unnumbered.</p>\n"), html);
        assertTrue(html.contains("<tr><td><a href=\"#pre-1\">preamble 1</a></td>"), html);
        assertTrue(html.contains("<tr><td><a href=\"#para-5\">paragraph 5 \u20221</a></td>"), html);
        assertTrue(html.contains("<li id=\"fn-1\"><sup>*</sup> One star.</li>\n<li id=\"fn-2\"><sup>**</sup> Two stars.</li>\n"), html);
        assertTrue(html.contains("<section class=\"annex\" id=\"annex-1\">\n<p>Annex 1</p>\n<header>\n<h1>Annexed</h1>"), html);
        assertTrue(html.contains("<p id=\"annex-1-para-1\"><span class=\"num\">1.</span>Annex text.</p>"), html);
    }

    @Test
    void htmlOfAPlanShowsPeriodIssuerIntroductionSectionsIndicatorsAndFootnotes() {
        String html = HtmlRenderer.standard().render(plan());
        assertTrue(html.contains("<h1>The Plan</h1>\n<table class=\"meta\">\n<tr><th>Status</th><td>draft</td></tr>\n"
                + "<tr><th>Period</th><td>2025\u20132029</td></tr>\n<tr><th>Issuer</th><td>The Issuer</td></tr>\n"), html);
        assertTrue(html.contains("<main>\n<p>Intro one.</p>\n<h2>I. Aims</h2>\n<p>Aim text.</p>\n<p id=\"action-1\"><span class=\"num\">"
                + "Action 1.</span>We <mark class=\"m-will\" title=\"will: we\">will act</mark>.</p>\n<ul class=\"sub\"><li>Indicator: "
                + "Indicator A</li><li>Indicator: Indicator B</li></ul>\n<p id=\"action-2\"><span class=\"num\">Action 2.</span>Second.</p>\n"
                + "<h2>Unnumbered section</h2>\n</main>\n"), html);
        assertTrue(html.contains("<li id=\"fn-1\"><sup>1</sup> Plan note.</li>"), html);
        assertTrue(html.contains("<a href=\"#action-1\">action 1</a>"), html);
    }

    @Test
    void htmlWithoutLanguageSaysEnglishAndWithoutSubtitleOrAuthorHasNoEmptyParts() {
        String html = HtmlRenderer.standard().render(Declaration.builder("x", "T").language(null).paragraph("P.").build());
        assertTrue(html.contains("<html lang=\"en\">"), html);
        assertFalse(html.contains("<em>"), html);
        assertFalse(html.contains("<footer>"), html);
        assertFalse(html.contains("<sup>"), html);
        assertFalse(html.contains("<table class=\"commitments\">"), html);
    }

    @Test
    void markdownShowsEveryMetadataRowPreambleHeadingsListsFootnotesAndAnnexes() {
        String md = MarkdownRenderer.standard().render(rich());
        assertTrue(md.startsWith("# Title[^*][^**]\n\n*Sub*\n\n| | |\n|---|---|\n| Kind | declaration |\n| Status | adopted |\n"
                + "| Symbol | A/RES/1 |\n| Date | 14 August 2024 |\n| Issuer | The Issuer |\n| Language | fr (original: en) |\n"
                + "| Meeting | Plenary, Geneva, September 2024 |\n| Agenda item | 4(d) (provisional), Agenda title |\n"
                + "| Adoption | Paris, 2025 |\n\n*The Assembly,*\n\n" + PRE + "[^*]\n\n## I. First\n\n5. Fifth.[^**]\n"
                + "   - We will act.\n     - (i) Nested.\n\n### Second\n\nUnnumbered.\n- (a) Item.\n\n"), md);
        assertTrue(md.contains("| preamble 1 | reaffirm | we |  | reaffirm our resolve |\n"), md);
        assertTrue(md.contains("\n[^*]: One star.\n[^**]: Two stars.\n\n---\n\n## Annex 1\n\n## Annexed\n"), md);
    }

    @Test
    void markdownOfAPlanShowsPeriodIntroductionSectionsIndicatorsCommitmentsAndFootnotes() {
        String md = MarkdownRenderer.standard().render(plan());
        assertEquals("# The Plan\n\n| | |\n|---|---|\n| Kind | action plan |\n| Status | draft |\n| Period | 2025\u20132029 |\n"
                + "| Symbol | AP/1 |\n| Issuer | The Issuer |\n\nIntro one.\n\n## I. Aims\n\nAim text.\n\n"
                + "**Action 1.** We will act. *(by 2027)*\n\n- Indicator: Indicator A\n- Indicator: Indicator B\n\n"
                + "**Action 2.** Second.\n\n## Unnumbered section\n\n**Commitments**\n\n| where | modality | actor | deadline | text |\n"
                + "|---|---|---|---|---|\n| action 1 | will | we |  | will act |\n\n[^1]: Plan note.\n\n", md);
    }

    @Test
    void textShowsAdoptionFootnotesAndThePartsOfAPlan() {
        String text = TextRenderer.standard().render(rich());
        assertTrue(text.contains("\nAdopted in Paris, 2025.\n\n---\n\n[^*]: One star.\n\n[^**]: Two stars.\n\nAnnex\n\n"), text);
        String onlyDate = TextRenderer.standard().render(rich().toBuilder().adoption(new Adoption(null, PartialDate.ofYear(2025))).build());
        assertTrue(onlyDate.contains("\nAdopted on 2025.\n"), onlyDate);
        String onlyPlace = TextRenderer.standard().render(rich().toBuilder().adoption(new Adoption("Paris", null)).build());
        assertTrue(onlyPlace.contains("\nAdopted in Paris.\n"), onlyPlace);
        String neither = TextRenderer.standard().render(rich().toBuilder().adoption(new Adoption(null, null)).build());
        assertFalse(neither.contains("Adopted"), neither);
        assertEquals("**The Plan**\n\nIntro one.\n\nSection I: Aims\n\nAim text.\n\nAction 1: We will act.\nIndicators:\n"
                + "- Indicator A\n- Indicator B\n\nAction 2: Second.\n\nUnnumbered section\n\n---\n\n[^1]: Plan note.\n",
                TextRenderer.standard().render(plan()));
    }

    @Test
    void whereNumberingRestartsACommitmentIsPlacedUnderItsHeadingsLabelAndAnchoredByPosition() {
        Commitment c = new Commitment("p2.c1", Modality.WILL, "we", "will act", 3, 11, List.of(), null);
        Declaration d = Declaration.builder("x", "T").heading(new Heading(0, 1, "I", "A"))
                .heading(new Heading(1, 1, "II", "B", true, Extensions.NONE)).paragraph(new Paragraph(1, "One."))
                .paragraph(new Paragraph(1, "We will act.", List.of(), List.of(), List.of(c), Extensions.NONE))
                .paragraph(new Paragraph(null, "We will act.", List.of(), List.of(), List.of(c), Extensions.NONE)).build();
        String html = HtmlRenderer.standard().render(d);
        assertTrue(html.contains("<tr><td><a href=\"#para-2\">paragraph II.1</a></td>"), html);
        assertTrue(html.contains("<tr><td><a href=\"#para-3\">paragraph 3</a></td>"), html);
        Declaration unlabelled = d.toBuilder().headings(List.of(new Heading(0, 1, "I", "A"),
                new Heading(1, 1, null, "B", true, Extensions.NONE))).build();
        assertTrue(MarkdownRenderer.standard().render(unlabelled).contains("| paragraph 1 | will |"));
    }
}
