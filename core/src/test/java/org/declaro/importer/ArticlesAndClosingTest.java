package org.declaro.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.declaro.model.Declaration;
import org.declaro.model.Paragraph;
import org.declaro.report.Finding;
import org.declaro.report.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Articles however the source marks them (a line, a Markdown heading, bold), a text adopted inline that prints no
 * title, and the closing formula of a treaty.
 */
class ArticlesAndClosingTest {

    private static final String ARTICLES = "The General Assembly,\n\nRecalling its resolution 98/4,\n\n"
            + "%1$sArticle 1%2$s\n\nEvery river has the right to flow.\n\n%1$sArticle 2%2$s\n\nStates shall protect rivers.\n\n"
            + "%1$sArticle 3%2$s\n\nNothing here may be read as a right to dam a river.\n";

    @ParameterizedTest
    @ValueSource(strings = {"|", "## |", "**|**"})
    void anArticleNumberIsTheParagraphsNumberHoweverItIsMarked(String marks) {
        String[] m = marks.split("\\|", -1);
        ImportResult r = TextImporter.standard().importText("# Declaration on Rivers\n\n" + String.format(ARTICLES, m[0], m[1]));
        Declaration d = (Declaration) r.document().orElseThrow();
        assertEquals(List.of(1, 2, 3), d.paragraphs().stream().map(Paragraph::number).toList());
        assertEquals("States shall protect rivers.", d.paragraphs().get(1).text());
        assertTrue(d.headings().isEmpty(), d.headings().toString());
        assertTrue(r.findings().stream().allMatch(f -> f.severity() == Severity.INFO), r.findings().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "## "})
    void aTextAdoptedInlineWithoutATitleTakesTheAdoptingTextsTitle(String marks) {
        String text = "Declaration on Rivers\n\nThe General Assembly,\n\nRecalling its resolution 98/4,\n\n"
                + "Proclaims the following Declaration:\n\n" + marks + "Article 1\n\nEvery river has the right to flow.\n\n"
                + marks + "Article 2\n\nStates shall protect rivers.\n";
        ImportResult r = TextImporter.standard().importText(text);
        Declaration d = (Declaration) r.document().orElseThrow();
        assertEquals(List.of("Proclaims the following Declaration:"), d.paragraphs().stream().map(Paragraph::text).toList());
        Declaration annex = (Declaration) d.annexes().get(0);
        assertEquals("Declaration on Rivers", annex.title());
        assertEquals(List.of(1, 2), annex.paragraphs().stream().map(Paragraph::number).toList());
        assertTrue(annex.issuer() == null, annex.issuer());
        assertTrue(r.findings().stream().allMatch(f -> f.severity() == Severity.INFO), r.findings().toString());
        assertTrue(r.findings().stream().map(Finding::message).anyMatch(s -> s.contains("prints no title of its own")));
    }

    @Test
    void theClosingFormulaIsNoArticlesText() {
        String text = "Convention on Rivers\n\nThe States Parties to this Convention,\n\nRecalling the principles of"
                + " cooperation,\n\nHave agreed as follows:\n\nArticle 1\n\nRivers are protected.\n\nArticle 2\n\n"
                + "Nothing here may be read as a right to dam a river.\n\nIN WITNESS WHEREOF the undersigned, being duly"
                + " authorized thereto,\nhave signed this Convention.\n\nDONE at Arcadia, on 3 May 2030.\n";
        ImportResult r = TextImporter.standard().importText(text);
        Declaration d = (Declaration) r.document().orElseThrow();
        assertEquals("Nothing here may be read as a right to dam a river.", d.paragraphs().get(1).text());
        List<Integer> closing = r.findings().stream().filter(f -> f.message().contains("closing formula"))
                .map(Finding::line).toList();
        assertEquals(List.of(17, 18), closing);
        assertEquals("Arcadia", d.adoption().place());
    }
}
