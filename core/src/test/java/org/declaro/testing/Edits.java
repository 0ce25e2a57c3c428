package org.declaro.testing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checked edits of test fixtures: each fails when the text to replace is not there, so that a fixture that
 * changes cannot turn an edit into a silent no-op (and a test of a broken document into a test of a valid one).
 */
public final class Edits {
    private Edits() {
    }

    /**
     * @param text the fixture
     * @param from literal text it must contain
     * @param to   its replacement
     * @return the text with its first {@code from} replaced
     * @throws IllegalArgumentException when the text does not contain {@code from}
     */
    public static String replace(String text, String from, String to) {
        int at = text.indexOf(from);
        if (at < 0) {
            throw new IllegalArgumentException("the fixture lacks the text to replace: " + from);
        }
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    /**
     * @param text the fixture
     * @param from literal text it must contain
     * @param to   its replacement
     * @return the text with every {@code from} replaced
     * @throws IllegalArgumentException when the text does not contain {@code from}
     */
    public static String replaceAll(String text, String from, String to) {
        if (!text.contains(from)) {
            throw new IllegalArgumentException("the fixture lacks the text to replace: " + from);
        }
        return text.replace(from, to);
    }

    /**
     * @param text        the fixture
     * @param regex       a regular expression that must match somewhere in it
     * @param replacement its replacement ({@code $1} for groups, as {@link Matcher#replaceFirst(String)})
     * @return the text with the first match replaced
     * @throws IllegalArgumentException when nothing matches
     */
    public static String replaceRegex(String text, String regex, String replacement) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalArgumentException("the fixture has no match for: " + regex);
        }
        return m.replaceFirst(replacement);
    }
}
