package org.declaro.internal;

/** HTML escaping, for the renderers. */
public final class Html {
    private Html() {
    }

    /**
     * @param s text; null (a value an invalid document lacks) escapes to {@code ""}
     * @return the text escaped for HTML content and attribute values ({@code & < > " '})
     */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
