package org.declaro.importer;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.declaro.json.CanonicalJsonWriter;
import org.declaro.report.Finding;

/** Checks the importer's promise: every word of the input is in the model or in a finding. */
final class Losslessness {

    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    /** words the importer turns into structure rather than text: month names (dates), labels of fields */
    private static final java.util.Set<String> STRUCTURAL = java.util.Set.of("january", "february", "march", "april",
            "may", "june", "july", "august", "september", "october", "november", "december", "st", "nd", "rd", "th",
            "original", "english", "french", "spanish", "russian", "arabic", "chinese", "item", "agenda", "provisional",
            "indicators", "indicator", "action", "resolution", "adopted", "by", "on", "at", "in", "the", "done", "of",
            "plenary", "meeting", "annex", "article", "section");

    private static final java.util.regex.Pattern HTML_TAG = java.util.regex.Pattern.compile("</?[A-Za-z][A-Za-z0-9]*\\s*/?>");
    /** a named character reference: "&nbsp;" is one character, no word "nbsp" */
    private static final java.util.regex.Pattern ENTITY = java.util.regex.Pattern.compile("&[A-Za-z][A-Za-z0-9]*;");

    private Losslessness() {
    }

    static void assertEveryWordKept(String input, ImportResult result) {
        String missing = firstMissingWord(input, result);
        if (missing != null) {
            fail("the word \"" + missing + "\" of the input is neither in the model nor in a finding");
        }
    }

    /** @return a word of the input found nowhere in the output, or null */
    static String firstMissingWord(String input, ImportResult result) {
        // JSON escapes aside, the output holds the words as they were; soft hyphens and joins are undone
        StringBuilder out = new StringBuilder(unescape(CanonicalJsonWriter.standard().write(result.document().orElseThrow())));
        for (Finding f : result.findings()) {
            out.append('\n').append(f.message()); // messages are text, not JSON: nothing to unescape
        }
        String haystack = out.toString();
        // an HTML tag or a character reference is markup, not words ("<sup>" holds no word "sup", "&nbsp;" no
        // "nbsp"), wherever a writer put it
        String source = ENTITY.matcher(HTML_TAG.matcher(input.replace("\u00AD", "")).replaceAll(" ")).replaceAll(" ");
        Matcher m = WORD.matcher(source);
        while (m.find()) {
            if (!haystack.contains(m.group()) && !STRUCTURAL.contains(m.group().toLowerCase(java.util.Locale.ROOT))) {
                return m.group();
            }
        }
        return null;
    }

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
