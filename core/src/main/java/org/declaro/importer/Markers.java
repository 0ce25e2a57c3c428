package org.declaro.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Takes footnote markers out of paragraph text: {@code [^10]}, asterisks and daggers glued to a word
 * ({@code 2024*}), and numbers where a PDF put superscripts ({@code issues,6}, {@code verification, 1},
 * {@code of 1990 3 and}). Numbers are taken only in footnote order, the next expected one at a time, and
 * only in the positions superscripts take, so that "21 members" or "resolution 62/21" stay text.
 */
final class Markers {

    /** A text without its markers, and the markers, in order. */
    record Stripped(String text, List<String> markers) {
    }

    private final Set<String> all = new HashSet<>();
    private final TreeSet<Integer> numbers = new TreeSet<>();

    Markers(List<String> defined) {
        for (String m : defined) {
            all.add(m);
            if (!m.isEmpty() && m.length() <= 3 && m.chars().allMatch(Character::isDigit)) {
                numbers.add(Integer.parseInt(m));
            }
        }
    }

    boolean isEmpty() {
        return all.isEmpty();
    }

    Stripped strip(String text) {
        if (all.isEmpty() || text.isEmpty()) {
            return new Stripped(text, List.of());
        }
        List<String> found = new ArrayList<>();
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        int i = 0;
        boolean changed = false;
        while (i < n) {
            char c = text.charAt(i);
            int after = c == '[' ? reference(text, i, found) : symbol(text, i, found);
            if (after >= 0) {
                i = after;
                changed = true;
                continue;
            }
            if (Character.isDigit(c) && !numbers.isEmpty() && (i == 0 || !Character.isDigit(text.charAt(i - 1)))) {
                int e = i;
                while (e < n && e - i < 4 && Character.isDigit(text.charAt(e))) {
                    e++;
                }
                if (e - i <= 3 && Integer.parseInt(text.substring(i, e)) == numbers.first() && superscript(text, i, e)) {
                    found.add(text.substring(i, e));
                    numbers.pollFirst();
                    if (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                        out.setLength(out.length() - 1);
                    }
                    i = e;
                    changed = true;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        if (!changed) {
            return new Stripped(text, List.of());
        }
        return new Stripped(tidy(out), found);
    }

    /** @return the index after a Markdown reference ("[^2]") of a defined footnote at {@code i}, taken; or -1 */
    private int reference(String text, int i, List<String> found) {
        int n = text.length();
        if (i + 2 < n && text.charAt(i + 1) == '^') {
            int close = -1; // the first ']' after the caret, looked for no further than a marker can reach
            for (int j = i + 2, end = Math.min(n, i + 15); j < end && close < 0; j++) {
                close = text.charAt(j) == ']' ? j : -1;
            }
            if (close > 0 && close - i <= 14 && all.contains(text.substring(i + 2, close))) {
                String marker = text.substring(i + 2, close);
                found.add(marker);
                Integer number = parse(marker);
                if (number != null) { // a label such as [^note] has no number to use up
                    numbers.remove(number);
                }
                return close + 1;
            }
        }
        return -1;
    }

    /** @return the index after a defined symbol marker ("*", "††") glued to a word at {@code i}, taken; or -1 */
    private int symbol(String text, int i, List<String> found) {
        int n = text.length();
        char c = text.charAt(i);
        if ((c == '*' || c == '†' || c == '‡') && i > 0 && text.charAt(i - 1) != ' ' && text.charAt(i - 1) != c) {
            int e = i;
            while (e < n && text.charAt(e) == c) {
                e++;
            }
            if ((e == n || " ,.;:)".indexOf(text.charAt(e)) >= 0) && all.contains(text.substring(i, e))) {
                found.add(text.substring(i, e));
                return e;
            }
        }
        return -1;
    }

    private static Integer parse(String s) {
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Where a superscript number sits: after punctuation or a lower-case letter, or spaced after punctuation or a
     * number; never in a decimal ("3.1") or a part's designation ("A.2").
     */
    private static boolean superscript(String t, int s, int e) {
        int n = t.length();
        boolean after = e == n || " ,.;:)".indexOf(t.charAt(e)) >= 0 && !(e + 1 < n && t.charAt(e) != ' '
                && Character.isDigit(t.charAt(e + 1)));
        if (!after) {
            return false;
        }
        if (s == 0) {
            return e + 1 < n && t.charAt(e) == ' ' && Character.isUpperCase(t.charAt(e + 1));
        }
        char p = t.charAt(s - 1);
        if (p == '.' && s >= 2 && Character.isDigit(t.charAt(s - 2))) {
            return false; // a decimal
        }
        if (p == '.' && s >= 2 && Character.isLetter(t.charAt(s - 2)) && (s == 2 || t.charAt(s - 3) == ' ' || t.charAt(s - 3) == '(')) {
            return false; // a part's designation after a single letter: "A.2", "b.1"
        }
        if (",.;:)”’\"".indexOf(p) >= 0 || Character.isLowerCase(p)) {
            return true;
        }
        if (p == ' ' && s >= 2) {
            char q = t.charAt(s - 2);
            return ",;:)”’\"".indexOf(q) >= 0 || Character.isDigit(q);
        }
        return false;
    }

    private static String tidy(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' && (b.length() == 0 || b.charAt(b.length() - 1) == ' ')) {
                continue;
            }
            if (" ,;.".indexOf(c) > 0 && b.length() > 0 && b.charAt(b.length() - 1) == ' ' && c == ',') {
                b.setLength(b.length() - 1);
            }
            b.append(c);
        }
        int end = b.length();
        while (end > 0 && b.charAt(end - 1) == ' ') {
            end--;
        }
        b.setLength(end);
        return b.toString();
    }
}
