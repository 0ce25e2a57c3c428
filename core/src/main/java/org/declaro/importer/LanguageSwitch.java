package org.declaro.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * A second language version in the same file: from some line on, every paragraph long enough to tell is in
 * another language than the text above it (an English declaration followed by its French version, say). The
 * importer keeps the two apart, the second as an annex in its own language, and never merges them.
 */
final class LanguageSwitch {

    /** the shortest paragraph whose language is asked */
    private static final int LONG_BLOCK = 100;
    /** the fewest common words that decide a paragraph's language */
    private static final int BLOCK_HITS = 6;
    /** the most characters of a paragraph read to tell its language */
    private static final int READ = 600;
    /** the fewest decided paragraphs on each side of a switch */
    private static final int SIDE = 2;

    /** Where the second language begins, and which it is. */
    record Found(int line, String language) {
    }

    private LanguageSwitch() {
    }

    /** A paragraph whose language could be told: its first and last line and its language. */
    private record Told(int first, int last, String language) {
    }

    /**
     * @param ctx  the import run; its language is the text's
     * @param from the first line to look at
     * @return the line where a second language version begins (the first line after the last paragraph in the
     *         text's language), or null when there is none
     */
    static Found find(Context ctx, int from) {
        String own = Languages.primary(ctx.language);
        if (endsInOwn(ctx, from, own)) {
            return null; // the last paragraphs are in the text's language: no second version follows them
        }
        List<Told> told = told(ctx, from);
        for (int k = SIDE; k + SIDE <= told.size(); k++) {
            String other = told.get(k).language();
            if (other.equals(own) || !allOwn(told.subList(0, k), own) || !allOf(told.subList(k, told.size()), other)) {
                continue;
            }
            int start = told.get(k - 1).last() + 1;
            while (start < ctx.src.size() && (ctx.src.blank(start) || ctx.src.placed(start))) {
                start++;
            }
            return new Found(start, other);
        }
        return null;
    }

    /**
     * Whether the last paragraphs that can be told are in the text's own language: looked at from the end, so that
     * a text in one language costs a few paragraphs, not a second reading.
     */
    private static boolean endsInOwn(Context ctx, int from, String own) {
        SourceText src = ctx.src;
        int seen = 0;
        int i = src.size() - 1;
        while (i >= from && seen < SIDE) {
            if (src.blank(i) || src.placed(i)) {
                i--;
                continue;
            }
            int last = i;
            while (i >= from && !src.blank(i)) {
                i--;
            }
            String lang = language(src, i + 1, last);
            if (lang != null) {
                if (!lang.equals(own)) {
                    return false;
                }
                seen++;
            }
        }
        return true;
    }

    /** The language of the block of lines {@code [first, last]}, or null when it is too short or cannot be told. */
    private static String language(SourceText src, int first, int last) {
        StringBuilder block = new StringBuilder();
        for (int j = first; j <= last && block.length() < READ; j++) {
            if (!src.placed(j)) {
                block.append(src.text[j]).append(' ');
            }
        }
        return block.length() < LONG_BLOCK ? null : LanguageDetector.detect(block, BLOCK_HITS).orElse(null);
    }

    private static List<Told> told(Context ctx, int from) {
        SourceText src = ctx.src;
        List<Told> out = new ArrayList<>();
        int i = from;
        while (i < src.size()) {
            if (src.blank(i) || src.placed(i)) {
                i++;
                continue;
            }
            int first = i;
            while (i < src.size() && !src.blank(i)) {
                i++;
            }
            String lang = language(src, first, i - 1);
            if (lang != null) {
                out.add(new Told(first, i - 1, lang));
            }
        }
        return out;
    }

    /** Whether the paragraphs above are in the text's own language (most of them: a quotation may be another's). */
    private static boolean allOwn(List<Told> above, String own) {
        int mine = 0;
        for (Told t : above) {
            mine += t.language().equals(own) ? 1 : 0;
        }
        return mine >= SIDE && mine * 10 >= above.size() * 8 && above.get(above.size() - 1).language().equals(own);
    }

    private static boolean allOf(List<Told> below, String other) {
        for (Told t : below) {
            if (!t.language().equals(other)) {
                return false;
            }
        }
        return true;
    }
}
