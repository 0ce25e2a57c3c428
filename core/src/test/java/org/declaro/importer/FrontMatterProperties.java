package org.declaro.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.declaro.report.Finding;

/**
 * YAML front matter, generated and then mutated (characters deleted, inserted or doubled, lines indented or cut): the
 * import never fails with an exception, keeps the lines where they were, and loses no word. A header that is still
 * YAML is read; one that is not stays in the text.
 */
class FrontMatterProperties {

    private static final String BODY = "\n# Joint Statement on Rivers\n\nWe, the ministers,\n\n1. We will clean the rivers.\n"
            + "2. We will report every year.\n";

    @Property(tries = 400)
    void aMutatedHeaderNeverFailsAndLosesNoWord(@ForAll("documents") String md) {
        List<Finding> findings = new ArrayList<>();
        MarkdownSource.Converted c = MarkdownSource.convert(md, findings);
        assertEquals(md.split("\n", -1).length, c.text().split("\n", -1).length, "the lines stay where they were");
        ImportResult r = TextImporter.builder().syntax(Syntax.MARKDOWN).build().importText(md);
        assertNull(Losslessness.firstMissingWord(md, r), () -> "a word is lost from\n" + md);
    }

    @Provide
    Arbitrary<String> documents() {
        Arbitrary<List<String>> entries = entry().list().ofMinSize(1).ofMaxSize(6);
        Arbitrary<List<int[]>> mutations = Combinators.combine(Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 10_000), Arbitraries.integers().between(0, MUTANTS.length() - 1))
                .as((kind, at, c) -> new int[] {kind, at, c}).list().ofMaxSize(4);
        return Combinators.combine(entries, mutations).as((e, m) -> "---\n" + mutate(String.join("\n", e), m) + "\n---\n" + BODY);
    }

    /** the characters that matter to YAML, inserted by a mutation */
    private static final String MUTANTS = ":\"'[]{}-#|>&*!%@`\t ,?\\\nx";

    private static String mutate(String header, List<int[]> mutations) {
        StringBuilder b = new StringBuilder(header);
        for (int[] m : mutations) {
            if (b.length() == 0) {
                break;
            }
            int at = m[1] % b.length();
            char c = MUTANTS.charAt(m[2]);
            switch (m[0]) {
                case 0 -> b.deleteCharAt(at);
                case 1 -> b.insert(at, c);
                case 2 -> b.insert(at, b.charAt(at));
                case 3 -> {
                    int line = b.lastIndexOf("\n", at) + 1;
                    b.insert(line, "  "); // a line indented: a continuation, or a nesting error
                }
                case 4 -> b.setLength(at); // cut short
                default -> b.insert(at, "\n");
            }
        }
        // a mutation never closes the header early with a line of its own
        return b.toString().replace("\n---", "\n-x-").replace("\n...", "\n.x.");
    }

    private static Arbitrary<String> entry() {
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(8);
        Arbitrary<String> words = word.list().ofMinSize(1).ofMaxSize(6).map(l -> String.join(" ", l));
        Arbitrary<String> key = Arbitraries.oneOf(Arbitraries.of("title", "date", "lang", "language", "symbol", "tags",
                "authors", "description", "source_url"), word);
        Arbitrary<String> value = Arbitraries.oneOf(
                words,
                words.map(w -> "\"" + w + "\""),
                words.map(w -> "'" + w.replace("a", "''") + "'"),
                words.map(w -> "[" + w.replace(" ", ", ") + "]"),
                words.map(w -> "\n  - " + w.replace(" ", "\n  - ")),
                words.map(w -> "\n  name: " + w + "\n  role: " + w),
                words.map(w -> "|\n  " + w + "\n  " + w),
                words.map(w -> ">\n  " + w + "\n\n  " + w),
                Arbitraries.of("2024-02-01", "'2025-12-01'", "2021-06-28 11:52:58-04:00", "en", "EN", "true", "42", "~"),
                words.map(w -> w + " # a comment"));
        return Combinators.combine(key, value).as((k, v) -> k + ":" + (v.startsWith("\n") ? "" : " ") + v);
    }
}
