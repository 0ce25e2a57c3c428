package org.declaro.importer.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.declaro.importer.ImportResult;
import org.declaro.importer.TextImporter;
import org.declaro.json.CanonicalJsonWriter;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.declaro.model.Footnote;
import org.declaro.model.Heading;
import org.declaro.model.Paragraph;
import org.declaro.model.PreambularParagraph;
import org.declaro.model.Subparagraph;
import org.declaro.render.MarkdownRenderer;
import org.declaro.render.TextRenderer;
import org.declaro.report.Finding;

/**
 * One layout-varied round trip: a declaration is rendered, a combination of {@link LayoutTransform}s changes
 * its layout, the importer reads it back, and the result is compared with the declaration: the same kind, as
 * many preambular paragraphs and paragraphs, the same paragraph numbers and sub-paragraph labels, the same
 * paragraph texts up to whitespace, and no word lost (each word of the declaration's texts is in the imported
 * document or in a finding). Shared by the property and the measuring report.
 */
final class RoundTrip {

    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F\\u2007\\uFEFF]+");

    private RoundTrip() {
    }

    /**
     * What a round trip gave: each problem null when there was none.
     *
     * @param combination the transforms, in the order they were applied
     * @param rendering the rendering they were applied to
     * @param seed the seed of the transforms' choices
     * @param transformed the text the importer read
     * @param result what it read
     * @param structure what differs in the structure (kind, counts, numbers, labels)
     * @param text what differs in the paragraphs' texts
     * @param lostWord a word of the declaration (or one a transform added to be kept) found nowhere
     */
    record Outcome(List<LayoutTransform> combination, LayoutTransform.Rendering rendering, long seed, String transformed,
            ImportResult result, String structure, String text, String lostWord) {

        boolean passed() {
            return structure == null && text == null && lostWord == null;
        }

        /** @return the problems in one line, or "" */
        String problems() {
            List<String> p = new ArrayList<>();
            if (structure != null) {
                p.add("structure: " + structure);
            }
            if (text != null) {
                p.add("text: " + text);
            }
            if (lostWord != null) {
                p.add("word lost: \"" + lostWord + "\"");
            }
            return String.join("; ", p);
        }

        /** @return a failure message: the combination, the rendering and the seed first, then the text read */
        String describe() {
            return "[" + names(combination) + "] on the " + rendering.name().toLowerCase(Locale.ROOT)
                    + " rendering, transform seed " + seed + ": " + problems() + "\n--- text read (line numbers as in the"
                    + " findings; CR and FF shown as \\r and \\f) ---\n" + abbreviate(numbered(transformed), 6000)
                    + "\n--- findings ---\n"
                    + result.findings().stream().limit(12).map(Finding::toString).collect(Collectors.joining("\n"));
        }
    }

    /** @return the names of the transforms, joined by "+" */
    static String names(List<LayoutTransform> combination) {
        return combination.stream().map(LayoutTransform::name).collect(Collectors.joining("+"));
    }

    /** @return the text with a line number before each line (so that blank lines show too) and CR, FF visible */
    static String numbered(String text) {
        String[] lines = text.split("\n", -1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i == lines.length - 1 && lines[i].isEmpty()) {
                break;
            }
            b.append(String.format("%3d| ", i + 1)).append(lines[i].replace("\r", "\\r").replace("\f", "\\f")).append('\n');
        }
        return b.toString().stripTrailing();
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "\n[... " + (s.length() - max) + " more characters]";
    }

    /** @return the text a renderer writes for a declaration */
    static String render(Declaration d, LayoutTransform.Rendering rendering) {
        return rendering == LayoutTransform.Rendering.TEXT ? TextRenderer.standard().render(d) : MarkdownRenderer.standard().render(d);
    }

    /**
     * @param combination transforms in any order: they are applied phase by phase
     * @return the combination in the order it is applied
     */
    static List<LayoutTransform> ordered(List<LayoutTransform> combination) {
        return combination.stream().sorted(Comparator.comparing(LayoutTransform::phase)
                .thenComparing(t -> Transforms.ALL.indexOf(t))).toList();
    }

    /**
     * Renders, transforms, imports and compares.
     *
     * @param d the declaration
     * @param rendering its rendering
     * @param combination the transforms
     * @param seed the seed of the transforms' choices
     * @return what the round trip gave
     */
    static Outcome run(Declaration d, LayoutTransform.Rendering rendering, List<LayoutTransform> combination, long seed) {
        List<LayoutTransform> order = ordered(combination);
        String rendered = render(d, rendering);
        Random random = new Random(seed);
        String text = rendered;
        for (LayoutTransform t : order) {
            text = t.apply(text, random);
        }
        ImportResult result = TextImporter.standard().importText(text);
        boolean labelsLost = order.stream().anyMatch(t -> t.degradations().contains(LayoutTransform.Degradation.SUB_LABELS_LOST));
        String structure = structure(d, result.document().orElseThrow(), labelsLost);
        String texts = structure == null || structure.startsWith("sub-paragraph labels") ? texts(d, (Declaration) result.document().orElseThrow(), labelsLost) : null;
        Set<String> kept = words(haystack(result));
        Set<String> toKeep = new LinkedHashSet<>(words(d));
        Set<String> before = lowerWords(rendered);
        Set<String> after = lowerWords(text);
        for (LayoutTransform t : order) {
            for (String w : t.wordsToKeep()) {
                String lw = w.toLowerCase(Locale.ROOT);
                if (after.contains(lw) && !before.contains(lw)) {
                    toKeep.add(w);
                }
            }
        }
        String lost = null;
        for (String w : toKeep) {
            if (!kept.contains(w.toLowerCase(Locale.ROOT))) {
                lost = w;
                break;
            }
        }
        return new Outcome(order, rendering, seed, text, result, structure, texts, lost);
    }

    /** @return what differs in kind, counts, numbers or labels, or null */
    private static String structure(Declaration d, Document read, boolean labelsLost) {
        if (!(read instanceof Declaration r)) {
            return "kind " + read.kind() + " instead of " + d.kind();
        }
        if (d.preamble().size() != r.preamble().size()) {
            return "preamble count " + r.preamble().size() + " instead of " + d.preamble().size();
        }
        if (d.paragraphs().size() != r.paragraphs().size()) {
            return "paragraph count " + r.paragraphs().size() + " instead of " + d.paragraphs().size();
        }
        List<Integer> numbers = d.paragraphs().stream().map(Paragraph::number).toList();
        List<Integer> readNumbers = r.paragraphs().stream().map(Paragraph::number).toList();
        if (!numbers.equals(readNumbers)) {
            return "paragraph numbers " + readNumbers + " instead of " + numbers;
        }
        if (!labelsLost) {
            List<List<String>> labels = d.paragraphs().stream().map(p -> labels(p.subparagraphs())).toList();
            List<List<String>> readLabels = r.paragraphs().stream().map(p -> labels(p.subparagraphs())).toList();
            if (!labels.equals(readLabels)) {
                return "sub-paragraph labels " + readLabels + " instead of " + labels;
            }
        }
        return null;
    }

    private static List<String> labels(List<Subparagraph> subs) {
        List<String> out = new ArrayList<>();
        for (Subparagraph s : subs) {
            out.add(String.valueOf(s.label()));
            out.addAll(labels(s.subparagraphs()));
        }
        return out;
    }

    /** @return the first paragraph whose text (or sub-paragraph texts) differ beyond whitespace, or null */
    private static String texts(Declaration d, Declaration r, boolean labelsLost) {
        int n = Math.min(d.paragraphs().size(), r.paragraphs().size());
        for (int i = 0; i < n; i++) {
            Paragraph p = d.paragraphs().get(i);
            Paragraph q = r.paragraphs().get(i);
            List<String> expected = labelsLost ? List.of(squash(allText(p))) : texts(p);
            List<String> actual = labelsLost ? List.of(squash(allText(q))) : texts(q);
            if (!expected.equals(actual)) {
                return "paragraph " + p.number() + " reads " + actual + " instead of " + expected;
            }
        }
        return null;
    }

    private static List<String> texts(Paragraph p) {
        List<String> out = new ArrayList<>();
        out.add(squash(p.text()));
        subTexts(p.subparagraphs(), out);
        return out;
    }

    private static void subTexts(List<Subparagraph> subs, List<String> out) {
        for (Subparagraph s : subs) {
            out.add(squash(s.text()));
            subTexts(s.subparagraphs(), out);
        }
    }

    private static String allText(Paragraph p) {
        return String.join(" ", texts(p));
    }

    /** @return the text with each run of white space (no-break spaces too) one space, and stripped */
    static String squash(String s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** @return the words of the declaration's texts, in order, each once */
    static Set<String> words(Declaration d) {
        List<String> texts = new ArrayList<>();
        texts.add(d.title());
        texts.add(d.subtitle());
        texts.add(d.issuer());
        texts.add(d.author());
        d.preamble().stream().map(PreambularParagraph::text).forEach(texts::add);
        for (Paragraph p : d.paragraphs()) {
            texts.addAll(texts(p));
        }
        d.headings().stream().map(Heading::title).forEach(texts::add);
        d.footnotes().stream().map(Footnote::text).forEach(texts::add);
        Set<String> out = new LinkedHashSet<>();
        for (String t : texts) {
            if (t != null) {
                Matcher m = WORD.matcher(t);
                while (m.find()) {
                    out.add(m.group());
                }
            }
        }
        return out;
    }

    private static Set<String> words(String text) {
        return lowerWords(text);
    }

    private static Set<String> lowerWords(String text) {
        Set<String> out = new java.util.HashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** The imported document's text (its canonical JSON, unescaped) and the findings' messages. */
    private static String haystack(ImportResult result) {
        StringBuilder out = new StringBuilder(unescape(CanonicalJsonWriter.standard().write(result.document().orElseThrow())));
        for (Finding f : result.findings()) {
            out.append('\n').append(f.message());
        }
        return out.toString();
    }

    /** Undoes JSON string escapes (as {@code org.declaro.importer.Losslessness} does). */
    private static String unescape(String json) {
        StringBuilder b = new StringBuilder(json.length());
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '\\' && i + 1 < json.length()) {
                char n = json.charAt(++i);
                switch (n) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    default -> b.append(n);
                }
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
