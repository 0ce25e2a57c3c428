package org.declaro.importer;

/**
 * How a line or a text ends: a clause, a sentence, a lead-in, looked at through a trailing footnote marker and
 * closing quotes or brackets ({@code issues,6}, {@code 2024*}, {@code "...".}). The stages ask it where a
 * paragraph, a clause or a heading may end.
 */
final class Clauses {

    private Clauses() {
    }

    /** Ends a clause: a sentence end, or the comma or semicolon that ends a preambular or operative paragraph. */
    static boolean endsClause(CharSequence t) {
        int n = withoutMarker(t);
        return n > 0 && Shapes.CLAUSE_ENDS.indexOf(t.charAt(n - 1)) >= 0;
    }

    /** The length of the text without closing quotes and brackets and a trailing footnote marker ({@code issues,6}, {@code 2024*}). */
    private static int withoutMarker(CharSequence t) {
        int n = t.length();
        while (n > 0 && t.charAt(n - 1) == ']') { // "[^1][^2]": every marker of a run
            int open = n - 1;
            while (open > 0 && n - open < 14 && t.charAt(open) != '[') {
                open--;
            }
            if (t.charAt(open) != '[' || open + 1 >= n || t.charAt(open + 1) != '^') {
                break;
            }
            n = open;
        }
        int d = n;
        while (d > 0 && n - d < 4 && Character.isDigit(t.charAt(d - 1))) {
            d--;
        }
        if (d < n && n - d <= 3 && d > 0) {
            char p = t.charAt(d - 1);
            if (",;:)”’\"".indexOf(p) >= 0 || p == ' ' && d > 1 && ",;:)”’\"".indexOf(t.charAt(d - 2)) >= 0) {
                n = p == ' ' ? d - 1 : d;
            }
        }
        while (n > 0 && "”’\")]*† ".indexOf(t.charAt(n - 1)) >= 0) {
            n--;
        }
        return n;
    }

    /** Whether a line ends, but for a footnote marker, with a colon or semicolon: it leads into what follows. */
    static boolean leadsIn(CharSequence t) {
        int n = withoutMarker(t);
        return n > 0 && (t.charAt(n - 1) == ':' || t.charAt(n - 1) == ';');
    }

    /** Whether a text ends, but for a footnote marker, with a question mark (in any script). */
    static boolean asksQuestion(CharSequence t) {
        int n = withoutMarker(t);
        return n > 0 && "?？؟".indexOf(t.charAt(n - 1)) >= 0;
    }

    /** Ends a sentence: a full stop, colon, semicolon, question or exclamation mark (and their full-width forms). */
    static boolean endsSentence(CharSequence t) {
        int n = withoutMarker(t);
        return n > 0 && Shapes.SENTENCE_ENDS.indexOf(t.charAt(n - 1)) >= 0;
    }

    /** @return the text without one full stop at its end: "14 December 1985." is the date "14 December 1985" */
    static String withoutFinalStop(String t) {
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }
}
