package org.declaro.internal;

import org.declaro.report.Finding;
import org.declaro.report.Rule;

/** Checks on text handed over as Java characters, before it is encoded as UTF-8. */
public final class Unicode {
    private Unicode() {
    }

    /**
     * An unpaired surrogate cannot be encoded in UTF-8: encoding would silently replace it with '?'.
     * JSON text that holds one (not as a {@code \\u} escape) is reported instead.
     *
     * @param text JSON text
     * @return a located {@code json.syntax} finding, or null when the text is well-formed UTF-16
     */
    public static Finding unpairedSurrogate(String text) {
        int line = 1;
        int column = 1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                column += 2;
                continue;
            }
            if (Character.isSurrogate(c)) {
                return new Finding(Rule.JSON_SYNTAX, Rule.JSON_SYNTAX.defaultSeverity(), "", line, column,
                        "The text holds an unpaired surrogate (U+" + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)
                                + "), which is not Unicode; write it as a \\\\u escape or remove it.");
            }
            if (c == '\n' || c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n')) {
                line++;
                column = 1;
            } else if (c != '\r') {
                column++;
            }
        }
        return null;
    }
}
