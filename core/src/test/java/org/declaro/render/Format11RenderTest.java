package org.declaro.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.declaro.Fixtures;
import org.declaro.json.DocumentReader;
import org.declaro.model.Declaration;
import org.junit.jupiter.api.Test;

/** Views of a format 1.1 document: sub-paragraph commitments shown like paragraph ones, numbers as printed. */
class Format11RenderTest {
    static Declaration fixture() {
        return (Declaration) DocumentReader.standard().read(Fixtures.bytes("declaration-1.1.json")).document().orElseThrow();
    }

    @Test
    void markdownListsSubparagraphCommitmentsUnderTheirParagraph() {
        String md = MarkdownRenderer.standard().render(fixture());
        assertTrue(md.contains("| paragraph 2 (a) | will | we | 2030 | clear all mined areas by 2030 |"), md);
        assertTrue(md.contains("| paragraph 2 (b)(i) | will | we |  | provide rehabilitation |"), md);
        assertTrue(md.contains("| paragraph II.1 | commit | we |"), "a number under a restart heading is told apart: " + md);
        assertTrue(md.contains("\n1. We commit to report every year."), "numbers are printed as they are: " + md);
    }

    @Test
    void htmlMarksSubparagraphCommitmentsAndKeepsIdsUnique() {
        String html = HtmlRenderer.standard().render(fixture());
        assertTrue(html.contains("<li>(a) <mark class=\"m-will\" title=\"will: we, by 2030\">clear all mined areas by 2030</mark>;"), html);
        assertTrue(html.contains("<li>(i) <mark class=\"m-will\" title=\"will: we\">provide rehabilitation</mark>;</li>"), html);
        assertTrue(html.contains("<tr><td><a href=\"#para-2\">paragraph 2 (b)(i)</a></td>"), html);
        Matcher m = Pattern.compile(" id=\"([^\"]+)\"").matcher(html);
        Set<String> ids = new HashSet<>();
        while (m.find()) {
            assertTrue(ids.add(m.group(1)), "unique id " + m.group(1));
        }
        assertTrue(ids.containsAll(Set.of("para-1", "para-2", "para-3", "para-4")), ids.toString());
    }

    @Test
    void plainTextShowsTheDocumentAsPrinted() {
        String text = TextRenderer.standard().render(fixture());
        assertTrue(text.contains("\nII. Follow-up\n\n1. We commit to report every year.\n"), text);
        assertTrue(text.contains("\n    (i) provide rehabilitation;\n"), text);
    }

    @Test
    void aFormat10DocumentRendersAsBefore() {
        Declaration d = RenderersTest.example();
        assertEquals(MarkdownRenderer.standard().render(d), MarkdownRenderer.standard().render(d.toBuilder().schemaVersion("1.1").build()));
        assertTrue(HtmlRenderer.standard().render(d).contains("<p id=\"para-7\">"));
    }
}
