package org.declaro.internal;

/** Markdown escaping, for the renderers. */
public final class Markdown {
    private Markdown() {
    }

    /**
     * @param s text; null (a value an invalid document lacks) escapes to {@code ""}
     * @return the text with the characters Markdown reads as markup backslash-escaped, on one line
     */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\\`*_[]<>#|~".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c == '\n' ? ' ' : c);
        }
        return b.toString();
    }
}
