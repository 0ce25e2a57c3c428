package org.declaro.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.declaro.model.Declaration;
import org.declaro.model.PartialDate;
import org.declaro.report.Finding;
import org.declaro.report.Severity;
import org.junit.jupiter.api.Test;

/** The Markdown source stage: markup off, line for line; front matter read; what is left out is named. */
class MarkdownSourceTest {

    private static MarkdownSource.Converted convert(String md, List<Finding> findings) {
        return MarkdownSource.convert(md, findings);
    }

    private static String plain(String md) {
        return convert(md, new ArrayList<>()).text();
    }

    @Test
    void emphasisGoesAlsoAcrossLinesButBulletsAndInnerUnderscoresStay() {
        assertEquals("We commit to act.", plain("We **commit** to *act*."));
        assertEquals("In the 21st\ncentury, nations.", plain("*In the 21<sup>st</sup>\ncentury, nations.*"));
        assertEquals("*   a bullet stays", plain("*   a bullet stays"));
        assertEquals("snake_case and a * b", plain("snake_case and a * b"));
        assertEquals("bold words", plain("__bold__ _words_"));
    }

    @Test
    void emphasisOnASignGluedToAWordIsMarkupToo() {
        // a converter set the full stop in italics; CommonMark keeps the marks as text
        assertEquals("on crisis responses. Then", plain("on crisis responses*.* Then"));
        assertEquals("the Agency”; and", plain("the Agency”_;_ and"));
        assertEquals("on UHC.\u00a0We", plain("on UHC*.*\u00a0We"), "before a no-break space");
        assertEquals("the Agency.", plain("the Agency*<u>.</u>*  "), "the sign in a tag");
        assertEquals("a*.* b", plain("a\\*.\\* b"), "escaped marks are text");
        assertEquals("In 2024*, we act.", plain("In 2024*, we act."), "a footnote symbol stays");
        assertEquals("y*.*z", plain("y*.*z"), "inside a word the marks stay");
        assertEquals("a,* b", plain("a,* b"), "one mark alone stays");
        assertEquals("a . b", plain("a *.* b"), "spaced, it is CommonMark's own emphasis");
    }

    @Test
    void escapesHardBreaksEntitiesTagsAndLinks() {
        assertEquals("1. Trusted Technology", plain("1\\. Trusted Technology\\"));
        assertEquals("###", plain("\\###"));
        assertEquals("R&D — 5 < 6", plain("R&amp;D &mdash; 5 &lt; 6"));
        List<Finding> findings = new ArrayList<>();
        assertEquals("see the charter here", convert("see [the charter](https://example.org/c) here", findings).text());
        assertTrue(findings.stream().anyMatch(f -> f.message().contains("https://example.org/c")), findings.toString());
    }

    @Test
    void lineCountIsKeptSoFindingsKeepTheirLineNumbers() {
        String md = "---\ntitle: \"A\"\n---\n\n<!-- a comment -->\n**Heading**\n\ntext\n";
        assertEquals(md.split("\n", -1).length, plain(md).split("\n", -1).length);
    }

    @Test
    void commentsAreBlankAndTheirWordsNamed() {
        List<Finding> findings = new ArrayList<>();
        String out = convert("before\n<!-- hidden\nwords -->\nafter", findings).text();
        assertEquals("before\n\n\nafter", out);
        assertTrue(findings.stream().anyMatch(f -> f.message().contains("hidden")), findings.toString());
        // found by the Markdown property: a soft hyphen inside a comment that never closes
        String broken = "1. <!--A\u00ADA";
        Losslessness.assertEveryWordKept(broken, TextImporter.builder().syntax(Syntax.MARKDOWN).build().importText(broken));
    }

    @Test
    void frontMatterGivesTitleSymbolDateAndLanguageAndNamesTheRest() {
        List<Finding> findings = new ArrayList<>();
        String md = "---\nsymbol: A/RES/80/11\ntitle: \"Review of the\\_architecture :\"\ndate: '2025-12-01'\n"
                + "language: EN\nsource_url: https://example.org/x\n---\nBody\n";
        MarkdownSource.Converted c = convert(md, findings);
        assertEquals("Review of the architecture", c.metadata().title());
        assertEquals("A/RES/80/11", c.metadata().symbol());
        assertEquals(PartialDate.parse("2025-12-01"), c.metadata().date());
        assertEquals("en", c.metadata().language());
        assertTrue(c.text().startsWith("\n\n\n\n\n\n\nBody"), c.text());
        assertTrue(findings.stream().allMatch(f -> f.severity() == Severity.INFO));
        assertTrue(findings.stream().anyMatch(f -> f.line() == 6 && f.message().contains("source_url: https://example.org/x")),
                findings.toString());
    }

    /** @return the title of a header of these lines, as the YAML parser reads it */
    private static String yamlTitle(String... header) {
        List<String> lines = new ArrayList<>(List.of("---"));
        lines.addAll(List.of(header));
        lines.add("---");
        FrontMatterYaml.Header h = FrontMatterYaml.read(lines, FrontMatterYaml.end(lines));
        assertFalse(h.malformed(), h::error);
        return FrontMatterYaml.scalar(h.entries().stream().filter(e -> e.key().equals("title")).findFirst().orElseThrow().value());
    }

    @Test
    void yamlScalarsFoldAndUnescape() {
        assertEquals("Quad Leaders’ “The Spirit”", yamlTitle("title: \"Quad Leaders\\u2019 \\u201CThe Spirit\\u201D\""));
        assertEquals("Economic\u00A0Partnership", yamlTitle("title: \"Economic\\_\\", "  Partnership\""));
        assertEquals("it's here", yamlTitle("title: 'it''s", "  here'"));
        assertEquals("plain value", yamlTitle("title: plain", "  value # comment"));
        assertEquals("one\ntwo\n", yamlTitle("title: |", "  one", "  two"));
        assertEquals(-1, FrontMatterYaml.end(List.of("---", "not yaml", "---")));
        assertEquals(2, FrontMatterYaml.end(List.of("---", "a: b", "---")));
    }

    @Test
    void nestedMapsAndListsAreYamlAndEachEntryIsNamedAtItsLine() {
        List<Finding> findings = new ArrayList<>();
        String md = "---\n# a comment\ntitle: Rivers\nauthors:\n  - name: A\n  - name: B\ntags: [x, y]\n---\nBody\n";
        MarkdownSource.Converted c = convert(md, findings);
        assertEquals("Rivers", c.metadata().title());
        assertTrue(c.text().startsWith("\n\n\n\n\n\n\n\nBody"), c.text());
        assertTrue(findings.stream().anyMatch(f -> f.line() == 2 && f.message().contains("a comment")), findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.line() == 4 && f.message().contains("authors: - name: A - name: B")),
                findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.line() == 7 && f.message().contains("tags: [x, y]")), findings.toString());
    }

    @Test
    void aMalformedHeaderIsOneWarningAtItsLineAndStaysText() {
        List<Finding> findings = new ArrayList<>();
        String md = "---\ntitle: Rivers\ndate: [2024\nnote: kept words\n---\nBody\n";
        MarkdownSource.Converted c = convert(md, findings);
        assertNull(c.metadata().title());
        List<Finding> warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).toList();
        assertEquals(1, warnings.size(), findings.toString());
        assertTrue(warnings.get(0).line() >= 3 && warnings.get(0).line() <= 5, warnings.toString());
        assertTrue(c.text().contains("kept words") && c.text().contains("title: Rivers"), c.text());
        assertEquals(md.split("\n", -1).length, c.text().split("\n", -1).length);
    }

    @Test
    void detection() {
        assertTrue(MarkdownSource.looksLikeMarkdown("---\ntitle: x\n---\ntext"));
        assertTrue(MarkdownSource.looksLikeMarkdown("# Title\n\nSome **bold** text"));
        assertFalse(MarkdownSource.looksLikeMarkdown("# Title\n\nplain text"), "one kind of markup is not enough");
        assertFalse(MarkdownSource.looksLikeMarkdown("Title\n\n1. We will act by 2024*.\n\n* A footnote"));
    }

    @Test
    void aMarkdownFileImportsLikeItsPlainText() {
        String md = "---\ntitle: \"Joint Statement on Rivers\"\ndate: '2024-02-01'\n---\n\n**February 1, 2024**\n\n"
                + "1.  We **commit** to clean the rivers by 2030.\n2.  We *will* report\n    every year.\n";
        ImportResult r = TextImporter.standard().importText(md);
        Declaration d = (Declaration) r.document().orElseThrow();
        assertEquals("Joint Statement on Rivers", d.title());
        assertEquals(2, d.paragraphs().size());
        assertEquals("We commit to clean the rivers by 2030.", d.paragraphs().get(0).text());
        assertEquals("We will report every year.", d.paragraphs().get(1).text());
        assertTrue(r.findings().stream().noneMatch(f -> f.severity() != Severity.INFO), r.findings().toString());
        Losslessness.assertEveryWordKept(md, r);
    }

    @Test
    void theSyntaxCanBeForced() {
        String text = "Title\n\n1. We **commit** to act.\n";
        Declaration asText = (Declaration) TextImporter.builder().syntax(Syntax.TEXT).build().importText(text).document().orElseThrow();
        Declaration asMd = (Declaration) TextImporter.builder().syntax(Syntax.MARKDOWN).build().importText(text).document().orElseThrow();
        assertEquals("We **commit** to act.", asText.paragraphs().get(0).text());
        assertEquals("We commit to act.", asMd.paragraphs().get(0).text());
        assertEquals(Syntax.MARKDOWN, Syntax.fromName("md").orElseThrow());
        assertNull(Syntax.fromName("pdf").orElse(null));
    }
}
