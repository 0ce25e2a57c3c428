package org.declaro.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.declaro.Fixtures;
import org.declaro.json.DocumentReader;
import org.declaro.model.ActionPlan;
import org.declaro.model.Commitment;
import org.declaro.model.Declaration;
import org.declaro.model.Modality;
import org.declaro.model.Paragraph;
import org.junit.jupiter.api.Test;

class RenderersTest {

    static Declaration example() {
        return (Declaration) DocumentReader.standard().read(Fixtures.bytes(Fixtures.SIEM_REAP)).document().orElseThrow();
    }

    static int count(String haystack, String regex) {
        Matcher m = Pattern.compile(regex).matcher(haystack);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void markdownHasTitleBlockMetadataParagraphsFootnotesAndCommitments() {
        String md = MarkdownRenderer.standard().render(example());
        assertTrue(md.startsWith("# Draft Siem Reap-Angkor Declaration on a Mine-Free World 2024[^*][^**]\n\n*A Renewed Commitment for a Safer Future*\n"), md);
        assertTrue(md.contains("| Date | 14 August 2024 |"), md);
        assertTrue(md.contains("| Meeting | Second Preparatory Meeting, Geneva, 18 September 2024 |"), md);
        assertTrue(md.contains("| Agenda item | 4(d) (provisional), Draft elements"), md);
        assertTrue(md.contains("\n6. Recalling that the rights and needs of survivors"), md);
        assertTrue(md.contains("\n[^*]: The present document is being issued without formal editing.\n"), md);
        assertEquals(23, count(md, "\\| paragraph \\d+ \\| (commit|pledge|will|reaffirm|aspire|decide|appeal) \\|"));
    }

    @Test
    void annexCommitmentsAreListedOnceInTheirOwnTable() {
        Declaration r = (Declaration) org.declaro.commitments.CommitmentExtractor.standard().extract(
                org.declaro.importer.TextImporter.standard().importText(Fixtures.text("import/resolution-with-annex.txt")).document().orElseThrow());
        long units = r.paragraphs().stream().mapToLong(p -> p.commitments().size()).sum() + r.annexes().stream()
                .mapToLong(a -> ((Declaration) a).paragraphs().stream().mapToLong(p -> p.commitments().size()).sum()).sum();
        assertTrue(units > 3, "the fixture has units in both documents");
        String md = MarkdownRenderer.standard().render(r);
        assertEquals(units, count(md, "\\| paragraph \\d+ \\| (commit|pledge|will|reaffirm|aspire|decide|appeal) \\|"));
        assertEquals(units, count(HtmlRenderer.standard().render(r), "<tr><td><a href=\"#"));
    }

    @Test
    void markdownEscapesMarkup() {
        Declaration d = Declaration.builder("x", "A *bold* | title").paragraph("Use <b>tags</b> and [links](http://x) _here_.").build();
        String md = MarkdownRenderer.standard().render(d);
        assertTrue(md.startsWith("# A \\*bold\\* \\| title\n"), md);
        assertTrue(md.contains("1. Use \\<b\\>tags\\</b\\> and \\[links\\](http://x) \\_here\\_."), md);
    }

    @Test
    void markdownOfAnActionPlanListsSectionsActionsAndIndicators() {
        ActionPlan plan = (ActionPlan) DocumentReader.standard().read(Fixtures.bytes("action-plan-example.json")).document().orElseThrow();
        String md = MarkdownRenderer.standard().render(plan);
        assertTrue(md.startsWith("# " + MarkdownRenderer.escape(plan.title())), md);
        assertEquals(plan.actions().size(), count(md, "\\*\\*Action \\d+\\.\\*\\*"));
    }

    @Test
    void htmlIsSelfContainedWithHighlightsLegendAndTable() {
        Declaration d = example();
        String html = HtmlRenderer.standard().render(d);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
        assertFalse(html.contains("<script"), "no script");
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find(), "no external assets");
        assertFalse(html.contains("<link"), "no external style sheets");
        assertEquals(23, count(html, "<mark class=\"m-"));
        assertEquals(23, count(html, "<tr><td><a href=\"#para-\\d+\">"));
        for (Modality m : Modality.values()) {
            assertTrue(html.contains(".m-" + m.jsonName() + "{background:" + HtmlRenderer.colour(m) + "}"), m.jsonName());
        }
        Matcher links = Pattern.compile("href=\"#([^\"]+)\"").matcher(html);
        while (links.find()) {
            assertTrue(html.contains("id=\"" + links.group(1) + "\""), "every link has its target: " + links.group(1));
        }
        Paragraph p6 = d.paragraphs().get(5);
        Commitment c = p6.commitments().get(1);
        assertTrue(html.contains("<mark class=\"m-will\" title=\"will: we\">" + HtmlRenderer.esc(c.text()) + "</mark>"), html);
    }

    @Test
    void htmlEscapesTextAndSkipsOverlappingOrBrokenSpans() {
        String text = "We will <script>alert(1)</script> & commit to \"x\".";
        List<Commitment> cs = List.of(new Commitment("a", Modality.WILL, "we", "We will", 0, 7, List.of(), null),
                new Commitment("b", Modality.COMMIT, "we", "will <", 3, 9, List.of(), null),
                new Commitment("c", Modality.COMMIT, "we", "x", 90, 99, List.of(), null));
        String html = HtmlRenderer.highlighted(text, cs);
        assertEquals("<mark class=\"m-will\" title=\"will: we\">We will</mark> &lt;script&gt;alert(1)&lt;/script&gt; &amp; commit to &quot;x&quot;.", html);
    }
}
