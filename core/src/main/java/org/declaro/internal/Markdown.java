package org.declaro.internal;

/** Markdown escaping, for the renderers. */
public final class Markdown {
    private Markdown() {
    }

    /**
     * @param s text
     * @return the text with the characters Markdown reads as markup backslash-escaped, on one line
     */
    public static String escape(String s) {
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
