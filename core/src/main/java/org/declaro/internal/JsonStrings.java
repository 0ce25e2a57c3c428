package org.declaro.internal;

/** JSON string escaping and JSON Pointer building, written once for the writer, copier and findings. */
public final class JsonStrings {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonStrings() {
    }

    /**
     * Appends {@code s} as a JSON string literal: quotes, backslashes and control characters are escaped,
     * other characters are written as they are, except unpaired surrogates, which are written as
     * {@code \\uXXXX} escapes so that no text is lost.
     *
     * @param out the builder
     * @param s   the string
     */
    public static void quote(StringBuilder out, String s) {
        out.append('"');
        int n = s.length();
        int run = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String esc = null;
            if (c == '"') {
                esc = "\\\"";
            } else if (c == '\\') {
                esc = "\\\\";
            } else if (c < 0x20) {
                esc = switch (c) {
                    case '\n' -> "\\n";
                    case '\r' -> "\\r";
                    case '\t' -> "\\t";
                    case '\b' -> "\\b";
                    case '\f' -> "\\f";
                    default -> unicodeEscape(c);
                };
            } else if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) ? i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))
                        : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
                if (!paired) {
                    esc = unicodeEscape(c);
                }
            }
            if (esc != null) {
                out.append(s, run, i).append(esc);
                run = i + 1;
            }
        }
        out.append(s, run, n).append('"');
    }

    /** The most characters of input a message quotes before it abbreviates with "...". */
    public static final int MESSAGE_QUOTE_LENGTH = 60;

    /**
     * Quotes input for a message that a person reads in a terminal or a log: in double quotes, cut to
     * {@value #MESSAGE_QUOTE_LENGTH} characters with "..." (never inside a surrogate pair), and escaped as in
     * a JSON string, so that nothing in it can act on the terminal: quotes, backslashes, control characters
     * (C0, DEL, C1), format characters (bidirectional controls, zero-width characters), line and paragraph
     * separators and unpaired surrogates become {@code \\"}, {@code \\\\}, {@code \\n} or {@code \\uXXXX}.
     *
     * @param s the input
     * @return the quoted text
     */
    public static String quoteForMessage(String s) {
        String cut = s;
        if (s.length() > MESSAGE_QUOTE_LENGTH) {
            int end = MESSAGE_QUOTE_LENGTH - 3;
            if (Character.isHighSurrogate(s.charAt(end - 1)) && Character.isLowSurrogate(s.charAt(end))) {
                end--;
            }
            cut = s.substring(0, end) + "...";
        }
        return "\"" + escapeForMessage(cut) + "\"";
    }

    /**
     * Escapes text for a message as {@link #quoteForMessage} does, without quoting or cutting it.
     *
     * @param s the text
     * @return the escaped text
     */
    public static String escapeForMessage(String s) {
        StringBuilder json = new StringBuilder(s.length() + 8);
        quote(json, s);
        StringBuilder out = new StringBuilder(json.length());
        for (int i = 1; i < json.length() - 1; i++) {
            char c = json.charAt(i);
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                out.append(unicodeEscape(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String unicodeEscape(char c) {
        return new String(new char[] {'\\', 'u', HEX[c >> 12 & 0xF], HEX[c >> 8 & 0xF], HEX[c >> 4 & 0xF], HEX[c & 0xF]});
    }

    /**
     * @param token a reference token
     * @return the token escaped for a JSON Pointer: {@code ~} as {@code ~0}, {@code /} as {@code ~1}
     */
    public static String escapePointerToken(String token) {
        if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
            return token;
        }
        return token.replace("~", "~0").replace("/", "~1");
    }
}
