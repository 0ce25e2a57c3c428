package org.declaro.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.declaro.model.Paragraph;
import org.declaro.model.Subparagraph;
import org.declaro.report.Finding;
import org.junit.jupiter.api.Test;

/**
 * Markdown's blocks, as the parser reads them, become the model's structure: the evidence on each line
 * ({@link MarkdownSource.Block}) and what the importer makes of it (lists, nested lists, "Annex" headings).
 */
class MarkdownStructureTest {

    private static MarkdownSource.Converted convert(String md) {
        return MarkdownSource.convert(md, new ArrayList<>());
    }

    private static Declaration importMarkdown(String md) {
        ImportResult r = TextImporter.builder().syntax(Syntax.MARKDOWN).build().importText(md);
        Losslessness.assertEveryWordKept(md, r);
        return (Declaration) r.document().orElseThrow();
    }

    @Test
    void everyLineCarriesItsBlock() {
        String md = "## Heading\n\nText of a\nparagraph.\n\n1. First\n   - nested\n2. Second\n\n> quoted\n\n---\n\n"
                + "[^1]: A note.\n\n<div>html</div>\n\n    code\n\n| a | b |\n|---|---|\n| c | d |\n";
        MarkdownSource.Converted c = convert(md);
        List<MarkdownSource.Block> b = c.blocks();
        assertEquals(md.split("\n", -1).length, b.size());
        assertEquals(md.split("\n", -1).length, c.text().split("\n", -1).length);
        assertEquals(MarkdownSource.Kind.HEADING, b.get(0).kind());
        assertEquals(2, b.get(0).level());
        assertEquals(MarkdownSource.Kind.BLANK, b.get(1).kind());
        assertEquals(MarkdownSource.Kind.PARAGRAPH, b.get(2).kind());
        assertTrue(b.get(2).start());
        assertFalse(b.get(3).start());
        assertEquals(new MarkdownSource.Block(MarkdownSource.Kind.LIST_ITEM, 0, 1, 1, true, null), b.get(5));
        assertEquals(new MarkdownSource.Block(MarkdownSource.Kind.LIST_ITEM, 0, null, 2, true, null), b.get(6));
        assertEquals(new MarkdownSource.Block(MarkdownSource.Kind.LIST_ITEM, 0, 2, 1, true, null), b.get(7));
        assertEquals(MarkdownSource.Kind.BLOCK_QUOTE, b.get(9).kind());
        assertEquals(MarkdownSource.Kind.THEMATIC_BREAK, b.get(11).kind());
        assertEquals(MarkdownSource.Kind.FOOTNOTE_DEFINITION, b.get(13).kind());
        assertEquals("1", b.get(13).label());
        assertEquals(MarkdownSource.Kind.HTML_BLOCK, b.get(15).kind());
        assertEquals(MarkdownSource.Kind.CODE, b.get(17).kind());
        assertEquals(MarkdownSource.Kind.TABLE_ROW, b.get(19).kind());
        assertEquals(MarkdownSource.Kind.TABLE_ROW, b.get(20).kind());
        String[] lines = c.text().split("\n", -1);
        assertEquals("## Heading", lines[0]);
        assertEquals("1. First", lines[5]);
        assertEquals("   - nested", lines[6]);
        assertEquals("quoted", lines[9]);
        assertEquals("---", lines[11]);
        assertEquals("[^1]: A note.", lines[13]);
        assertEquals("html", lines[15]);
        assertEquals("    code", lines[17]);
        assertEquals("| c | d |", lines[21]);
    }

    @Test
    void aListNumberedOneOneOneShowsTheNumbersItDisplaysAndRisingNumbersStayTheAuthors() {
        String[] lazy = convert("1. a\n1. b\n1. c\n").text().split("\n");
        assertEquals(List.of("1. a", "2. b", "3. c"), List.of(lazy));
        String[] rising = convert("1. a\n2. b\n4. c\n").text().split("\n");
        assertEquals(List.of("1. a", "2. b", "4. c"), List.of(rising));
        assertEquals(4, convert("1. a\n2. b\n4. c\n").blocks().get(2).number());
        assertEquals(3, convert("1. a\n1. b\n1. c\n").blocks().get(2).number());
    }

    @Test
    void anHtmlLineIsMarkupNotText() {
        List<Finding> findings = new ArrayList<>();
        MarkdownSource.Converted c = MarkdownSource.convert("<meta name=\"author\" content=\"Someone\">\n\n# Title\n", findings);
        assertEquals("", c.text().split("\n", -1)[0]);
        assertTrue(findings.stream().anyMatch(f -> f.line() == 1 && f.message().contains("content='Someone'")), findings.toString());
    }

    @Test
    void markdownListsAndNestedListsBecomeParagraphsAndSubparagraphs() {
        String md = "# Joint Statement on Rivers\n\nWe, the ministers,\n\n1. We will clean the rivers:\n"
                + "    a. by 2030, the largest;\n    b. by 2035, the others.\n2. We will report every year.\n"
                + "3. We will meet again.\n";
        Declaration d = importMarkdown(md);
        assertEquals(3, d.paragraphs().size(), d.paragraphs().toString());
        Paragraph first = d.paragraphs().get(0);
        assertEquals(1, first.number());
        assertEquals(List.of("a", "b"), first.subparagraphs().stream().map(Subparagraph::label).toList());
        assertEquals(List.of(2, 3), d.paragraphs().subList(1, 3).stream().map(Paragraph::number).toList());
    }

    @Test
    void bulletsNestedInANumberedItemAreItsSubparagraphs() {
        String md = "# Joint Statement on Rivers\n\n1. We will clean the rivers:\n\n    - the largest by 2030;\n"
                + "    - the others by 2035.\n\n2. We will report every year.\n";
        Declaration d = importMarkdown(md);
        assertEquals(2, d.paragraphs().size(), d.paragraphs().toString());
        assertEquals(2, d.paragraphs().get(0).subparagraphs().size(), d.paragraphs().toString());
    }

    @Test
    void anAnnexHeadingStartsAnAnnex() {
        String md = "# Declaration on rivers\n\nThe General Assembly,\n\n*Recalling* its resolutions on water,\n\n"
                + "1. *Adopts* the declaration annexed to the present resolution.\n\n## Annex\n\n"
                + "### Declaration of the ministers on rivers\n\n*Recognizing* the value of rivers,\n\n"
                + "1. We commit to clean the rivers.\n2. We commit to report every year.\n";
        Document doc = TextImporter.builder().syntax(Syntax.MARKDOWN).build().importText(md).document().orElseThrow();
        Declaration d = (Declaration) doc;
        assertEquals(1, d.paragraphs().size(), d.paragraphs().toString());
        assertEquals(1, d.annexes().size(), d.toString());
        Declaration annex = (Declaration) d.annexes().get(0);
        assertEquals(2, annex.paragraphs().size(), annex.toString());
        assertNull(d.headings().stream().filter(h -> h.title().contains("Annex")).findFirst().orElse(null));
    }

    @Test
    void aNumberedListNestedInANumberedItemGivesSubparagraphsNotParagraphs() {
        String md = "# Declaration on rivers\n\nWe, the ministers,\n\n1. We will clean the rivers:\n"
                + "    1. the largest by 2030;\n    2. the others by 2035.\n2. We will report every year.\n3. We will meet again.\n";
        Declaration d = importMarkdown(md);
        assertEquals(List.of(1, 2, 3), d.paragraphs().stream().map(Paragraph::number).toList(), d.paragraphs().toString());
        assertEquals(List.of("1", "2"), d.paragraphs().get(0).subparagraphs().stream().map(Subparagraph::label).toList());
        assertEquals("the largest by 2030;", d.paragraphs().get(0).subparagraphs().get(0).text());
    }

    @Test
    void aLazilyNumberedListKeepsItsParagraphs() {
        String md = "# Declaration on rivers\n\nWe, the ministers,\n\n1. We will clean the rivers:\n   - the largest by 2030;\n"
                + "   - the others by 2035.\n1. We will report every year.\n1. We will meet again.\n";
        Declaration d = importMarkdown(md);
        assertEquals(List.of(1, 2, 3), d.paragraphs().stream().map(Paragraph::number).toList(), d.paragraphs().toString());
        assertEquals(2, d.paragraphs().get(0).subparagraphs().size());
    }

    @Test
    void aListOfLinksAfterTheLastParagraphIsNotItsText() {
        String md = "<meta name=\"author\" content=\"Office of the Spokesperson\">\n\n# Joint Statement on Rivers\n\n"
                + "We, the ministers,\n\n1. We will clean the rivers.\n2. We will report every year.\n\n"
                + "- [Read more](https://example.org/a)\n- [Press release](https://example.org/b)\n";
        Declaration d = importMarkdown(md);
        assertNull(d.issuer(), "an HTML line is no issuer");
        assertEquals(2, d.paragraphs().size());
        assertTrue(d.paragraphs().get(1).subparagraphs().isEmpty(), d.paragraphs().toString());
        assertEquals("We will report every year.", d.paragraphs().get(1).text());
        String links = "[Read more](https://example.org/a) | [Press release](https://example.org/b)";
        assertEquals("", convert("Text.\n\n" + links + "\n").text().split("\n", -1)[2]);
        assertEquals("See the charter here.", convert("See [the charter](https://example.org/c) here.").text());
    }
}
