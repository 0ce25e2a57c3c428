package org.declaro.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.declaro.model.Declaration;
import org.declaro.model.Paragraph;
import org.declaro.model.Subparagraph;
import org.declaro.validation.DocumentValidator;

/** Laws of the importer: it never throws, keeps every word, and reads back what a layout wrote. */
class ImportProperties {

    @Provide
    Arbitrary<String> layoutSoup() {
        Arbitrary<String> token = Arbitraries.oneOf(
                Arbitraries.of("1.", "2.", "3.", "12.", "(a)", "(b)", "(i)", "(ii)", "a)", "-", "•", "*", "**", "***", "†",
                        "[^1]:", "[^1]", "Article", "1", "I.", "II.", "A.", "#", "##", "\n", "\n", "\n\n", "\n\n", "   ",
                        "Whereas", "The General Assembly,", "We, the Leaders,", "Adopted in Paris, 3 May 2030.",
                        "Done at", "---", "___", "###", "2/3", "25-17700 (E)", "A/RES/1/2", "imple-", "non-", "\u00AD",
                        "\u00A0", "\t", "\r\n", "“", "”", ",", ";", ":", ".", "Annex", "Action 1:", "#2", "Indicators:",
                        "Original: English", "Distr.: General", "14 August 2024", "Item 4 of the provisional agenda",
                        "42nd plenary meeting", "Preamble", "Introduction", "2025-2029", "\uFEFF", "\u0000", "\uD83D\uDE00"),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(4));
        return token.list().ofMaxSize(120).map(t -> String.join(" ", t));
    }

    @Property(tries = 1500, edgeCases = EdgeCasesMode.MIXIN)
    void neverThrowsAndKeepsEveryWord(@ForAll("layoutSoup") String text) {
        ImportResult result = TextImporter.standard().importText(text);
        assertTrue(result.document().isPresent());
        Losslessness.assertEveryWordKept(text, result);
        assertNotNull(DocumentValidator.standard().validate(result.document().orElseThrow()));
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void importingIsDeterministic(@ForAll("layoutSoup") String text) {
        assertEquals(TextImporter.standard().importText(text), TextImporter.standard().importText(text));
    }

    /** A generated declaration: title, numbered paragraphs, some with labelled sub-paragraphs. */
    record Generated(String title, List<Paragraph> paragraphs) {
    }

    private static Arbitrary<String> words(int min, int max) {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(11)
                .filter(w -> !w.matches("whereas|annex|article|adopted|done|preamble|introduction|indicators?|section|part|chapter"));
        return word.list().ofMinSize(min).ofMaxSize(max).map(ws -> {
            String s = String.join(" ", ws);
            return Character.toUpperCase(s.charAt(0)) + s.substring(1);
        });
    }

    @Provide
    Arbitrary<Generated> declarations() {
        Arbitrary<List<Subparagraph>> subs = words(1, 12).list().ofMaxSize(4).map(ts -> {
            List<Subparagraph> out = new ArrayList<>();
            for (int i = 0; i < ts.size(); i++) {
                out.add(new Subparagraph(String.valueOf((char) ('a' + i)), ts.get(i) + (i + 1 < ts.size() ? ";" : ".")));
            }
            return out;
        });
        Arbitrary<List<Paragraph>> paragraphs = Combinators.combine(words(3, 60), subs).as((t, s) -> new Object[] {t, s})
                .list().ofMinSize(1).ofMaxSize(12).map(ps -> {
                    List<Paragraph> out = new ArrayList<>();
                    for (int i = 0; i < ps.size(); i++) {
                        @SuppressWarnings("unchecked")
                        List<Subparagraph> s = (List<Subparagraph>) ps.get(i)[1];
                        String text = ps.get(i)[0] + (s.isEmpty() ? "." : ":");
                        out.add(new Paragraph(i + 1, text, s, List.of(), List.of()));
                    }
                    return out;
                });
        return Combinators.combine(words(2, 8), paragraphs).as(Generated::new);
    }

    @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
    void whatALayoutWritesIsReadBack(@ForAll("declarations") Generated g, @ForAll boolean wrap) {
        StringBuilder b = new StringBuilder("**").append(g.title()).append("**\n\n");
        for (Paragraph p : g.paragraphs()) {
            b.append(layout(p.number() + ". " + p.text(), wrap)).append('\n');
            for (Subparagraph s : p.subparagraphs()) {
                b.append(layout("(" + s.label() + ") " + s.text(), wrap)).append('\n');
            }
            b.append('\n');
        }
        Declaration d = (Declaration) TextImporter.standard().importText(b.toString()).document().orElseThrow();
        assertEquals(g.title(), d.title());
        assertEquals(g.paragraphs(), d.paragraphs());
    }

    @Provide
    Arbitrary<String> markdownSoup() {
        Arbitrary<String> markup = Arbitraries.of("---\ntitle: \"Aa bb\"\nsource_url: https://example.org/cc\n---\n", "**", "*",
                "_", "__", "\\.", "\\*", "\\", "<sup>", "</sup>", "<u>", "<br/>", "[link words](https://example.org/dd)",
                "&amp;", "&nbsp;", "&#233;", "<!--", "-->", "<!-- hidden words -->", "> ", "# ", "1\\. ", "-   ", "  \n");
        return Combinators.combine(layoutSoup(), markup.list().ofMaxSize(30), Arbitraries.integers().between(0, 1000))
                .as((text, marks, seed) -> {
                    java.util.Random random = new java.util.Random(seed);
                    StringBuilder b = new StringBuilder(text);
                    for (String m : marks) {
                        // markup goes between words, as writers put it (inside a word it would join two words
                        // into one the word check cannot see, such as a month: "Ma<sup>y" is read as "May")
                        int at = random.nextInt(b.length() + 1);
                        while (at > 0 && at < b.length() && !Character.isWhitespace(b.charAt(at - 1))) {
                            at--;
                        }
                        b.insert(at, m);
                    }
                    return b.toString();
                });
    }

    /** A sample this property once shrank to: the tag's name is markup, and the link's words are in a finding. */
    @net.jqwik.api.Example
    void aTagInsideALinkListHoldsNoWordToKeep() {
        String text = "[link words](https://example.org/dd)**[link <sup>words](https://example.org/dd)";
        ImportResult result = TextImporter.builder().syntax(Syntax.MARKDOWN).build().importText(text);
        Losslessness.assertEveryWordKept(text, result);
        assertTrue(result.findings().stream().anyMatch(f -> f.message().contains("link words (https://example.org/dd)")));
    }

    @Property(tries = 1500, edgeCases = EdgeCasesMode.MIXIN)
    void markdownNeverThrowsAndKeepsEveryWord(@ForAll("markdownSoup") String text) {
        ImportResult result = TextImporter.builder().syntax(Syntax.MARKDOWN).build().importText(text);
        assertTrue(result.document().isPresent());
        Losslessness.assertEveryWordKept(text, result);
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void markdownMarkupReadsBackTheSameDeclaration(@ForAll("declarations") Generated g, @ForAll long seed) {
        java.util.Random random = new java.util.Random(seed);
        StringBuilder b = new StringBuilder("---\ntitle: \"").append(g.title()).append("\"\n---\n\n");
        for (Paragraph p : g.paragraphs()) {
            b.append(p.number()).append(random.nextBoolean() ? ". " : "\\. ").append(emphasise(p.text(), random)).append("\n");
            for (Subparagraph s : p.subparagraphs()) {
                b.append("(").append(s.label()).append(") ").append(emphasise(s.text(), random)).append('\n');
            }
            b.append('\n');
        }
        Declaration d = (Declaration) TextImporter.standard().importText(b.toString()).document().orElseThrow();
        assertEquals(g.title(), d.title());
        assertEquals(g.paragraphs(), d.paragraphs());
    }

    /** Puts some words in bold or italics, as a Markdown writer would. */
    private static String emphasise(String text, java.util.Random random) {
        String[] words = text.split(" ");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            int end = w.length();
            while (end > 0 && !Character.isLetter(w.charAt(end - 1))) {
                end--;
            }
            if (end > 0 && random.nextInt(4) == 0) {
                String mark = List.of("**", "*", "_", "__").get(random.nextInt(4));
                words[i] = mark + w.substring(0, end) + mark + w.substring(end);
            }
        }
        return String.join(" ", words);
    }

    /** Greedy wrapping at 60 columns, as a PDF or a mail client would; or one line per paragraph. */
    private static String layout(String text, boolean wrap) {
        if (!wrap) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int col = 0;
        for (String w : text.split(" ")) {
            if (col > 0 && col + 1 + w.length() > 60) {
                out.append('\n');
                col = 0;
            } else if (col > 0) {
                out.append(' ');
                col++;
            }
            out.append(w);
            col += w.length();
        }
        return out.toString();
    }
}
