package org.declaro.importer;

import java.util.Locale;
import java.util.Set;

/**
 * Joins the lines of one paragraph: one space between lines, and line-break hyphenation undone only
 * where the joined word is not a hyphenated word. The evidence is, in order: the document itself (the
 * hyphenated or the joined form occurs elsewhere in it), then prefixes and second parts that make
 * hyphenated compounds in English ({@code non-}, {@code self-}, {@code -based}, {@code -term}), then
 * capitals ({@code UN-} + {@code brokered}). Otherwise the word was broken by the line and is joined.
 */
final class Joiner {

    private static final Set<String> PREFIXES = Set.of("non", "self", "anti", "cross", "well", "co", "ex", "all",
            "half", "quasi", "semi", "multi", "inter", "post", "pre", "pro", "counter", "mid", "low", "high",
            "long", "short", "medium", "small", "large", "full", "open", "public", "private", "gender", "human",
            "rights", "country", "climate", "nature", "evidence", "people", "results", "community", "market",
            "state", "sub", "ultra", "over", "under", "cost", "time", "risk", "age", "child", "women", "youth");
    private static final Set<String> SECONDS = Set.of("based", "term", "related", "making", "building", "led",
            "owned", "free", "scale", "level", "wide", "specific", "sensitive", "responsive", "friendly",
            "oriented", "up", "income", "sustaining", "centred", "centered", "resilient", "smart", "being",
            "operation", "ordination", "affected", "driven", "bound", "focused", "inclusive", "lasting");

    private Joiner() {
    }

    /** Appends one line to the text of an element. */
    static void append(StringBuilder text, String line, boolean softBreak, Set<String> words) {
        if (line.isEmpty()) {
            return;
        }
        int n = text.length();
        if (n == 0) {
            text.append(line);
            return;
        }
        if (softBreak) {
            text.append(line);
            return;
        }
        char last = text.charAt(n - 1);
        if (last == '-' && n >= 2 && Character.isLetter(text.charAt(n - 2)) && Character.isLetter(line.charAt(0))) {
            int s = n - 2;
            // a word is looked at back to its start, or 60 letters (no word is longer; a run of fragments is not read
            // again at every line)
            while (s > 0 && n - s < 60 && Character.isLetter(text.charAt(s - 1))) {
                s--;
            }
            String first = text.substring(s, n - 1);
            int e = 0;
            while (e < line.length() && Character.isLetter(line.charAt(e))) {
                e++;
            }
            String second = line.substring(0, e);
            if (!keepHyphen(first, second, words)) {
                text.setLength(n - 1);
            }
            text.append(line);
            return;
        }
        if (last != ' ') {
            text.append(' ');
        }
        text.append(line);
    }

    static boolean keepHyphen(String first, String second, Set<String> words) {
        if (second.isEmpty() || Character.isUpperCase(second.charAt(0))) {
            return true;
        }
        String f = first.toLowerCase(Locale.ROOT);
        String s = second.toLowerCase(Locale.ROOT);
        if (words.contains(f + "-" + s)) {
            return true;
        }
        if (words.contains(f + s)) {
            return false;
        }
        if (Character.isUpperCase(first.charAt(first.length() - 1))) {
            return true; // "UN-" + "brokered", "G20-" + "led"
        }
        return PREFIXES.contains(f) || SECONDS.contains(s);
    }
}
