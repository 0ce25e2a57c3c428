package org.declaro.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Plain-text inputs for the importer: the Siem Reap-Angkor text, and texts of N numbered paragraphs made from it. */
final class TextCorpus {
    private TextCorpus() {
    }

    static String example() {
        try (InputStream in = TextCorpus.class.getResourceAsStream("/siem-reap-angkor-declaration-draft-2024.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param size "example", or a number of paragraphs: the example's front matter, then its 13 paragraphs
     *             repeated and renumbered, with its footnotes and page break in every thirteen
     * @return the text as UTF-8
     */
    static byte[] text(String size) {
        String example = example();
        if (size.equals("example")) {
            return example.getBytes(StandardCharsets.UTF_8);
        }
        int n = Integer.parseInt(size);
        int bodyStart = example.indexOf("\n1. ") + 1;
        int bodyEnd = example.indexOf("\nAdopted in");
        String[] paragraphs = example.substring(bodyStart, bodyEnd).split("\n(?=\\d{1,2}\\. )");
        StringBuilder b = new StringBuilder(example.length() * (n / 13 + 1));
        b.append(example, 0, bodyStart);
        for (int i = 0; i < n; i++) {
            String p = paragraphs[i % paragraphs.length];
            b.append(i + 1).append(p.substring(p.indexOf('.'))).append('\n');
        }
        b.append(example.substring(bodyEnd + 1));
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Adversarial texts for the regular expressions and the line scanner: one kind of pattern fragment
     * repeated to {@code chars} characters.
     */
    /**
     * The text of {@link #text} as Markdown: YAML front matter naming the title and date, and the first word
     * of every numbered paragraph in bold, so that the Markdown source stage has markup to take off.
     *
     * @param size as for {@link #text}
     * @return the Markdown as UTF-8
     */
    static byte[] markdown(String size) {
        String plain = new String(text(size), StandardCharsets.UTF_8);
        StringBuilder b = new StringBuilder("---\ntitle: \"Draft Siem Reap-Angkor Declaration\"\ndate: '2024-08-14'\n---\n\n");
        for (String line : plain.split("\n", -1)) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,5}\\.\\s+)(\\S+)(.*)").matcher(line);
            b.append(m.matches() ? m.group(1) + "**" + m.group(2) + "**" + m.group(3) : line).append('\n');
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] adversarial(String kind, int chars) {
        String unit = switch (kind) {
            case "numbers" -> "1. 2. 3. ";
            case "labels" -> "(a) (i) (";
            case "markers" -> "[^1 *, ** ";
            case "lines" -> "1.\n-\n(a)\n";
            case "dates" -> "Adopted in 1-2 May ";
            case "clauses" -> "Whereas,\n"; // one block of preambular lines: a look to the block's end at each was quadratic
            default -> throw new IllegalArgumentException(kind);
        };
        StringBuilder b = new StringBuilder(chars + unit.length());
        while (b.length() < chars) {
            b.append(unit);
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }
}
