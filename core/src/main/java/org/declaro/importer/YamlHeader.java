package org.declaro.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The YAML front matter of a Markdown file, read as far as documents use it: top-level {@code key: value}
 * pairs whose value is a plain, single-quoted or double-quoted scalar, folded over indented continuation
 * lines, or a block scalar ({@code |}, {@code >}). Nested maps and lists are kept as their raw text. This is
 * not a YAML parser; it never fails, and what it cannot read stays raw.
 */
final class YamlHeader {

    /** One top-level entry: key, value as read, and the 0-based lines it spans. */
    record Entry(String key, String value, int first, int last) {
    }

    private YamlHeader() {
    }

    /**
     * The line that closes front matter opened on line 0, or -1 when the text has none.
     *
     * @param lines the lines of the text
     */
    static int end(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return -1;
        }
        int max = Math.min(lines.size(), 500);
        for (int i = 1; i < max; i++) {
            String t = lines.get(i).strip();
            if (t.equals("---") || t.equals("...")) {
                return i > 1 && lines.get(1).contains(":") ? i : -1;
            }
        }
        return -1;
    }

    /** Reads the entries of lines {@code (0, end)}. */
    static List<Entry> entries(List<String> lines, int end) {
        List<Entry> out = new ArrayList<>();
        int i = 1;
        while (i < end) {
            String line = lines.get(i);
            int colon = keyEnd(line);
            if (colon < 0) {
                out.add(new Entry("", line.strip(), i, i));
                i++;
                continue;
            }
            int j = i + 1;
            while (j < end && (lines.get(j).isEmpty() || Character.isWhitespace(lines.get(j).charAt(0)))) {
                j++;
            }
            List<String> rest = new ArrayList<>();
            rest.add(line.substring(colon + 1).strip());
            for (int k = i + 1; k < j; k++) {
                rest.add(lines.get(k));
            }
            out.add(new Entry(line.substring(0, colon).strip(), scalar(rest), i, j - 1));
            i = j;
        }
        return out;
    }

    /** The position of the colon after a top-level key, or -1. */
    private static int keyEnd(String line) {
        if (line.isEmpty() || Character.isWhitespace(line.charAt(0)) || line.startsWith("#") || line.startsWith("-")) {
            return -1;
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ':' && (i + 1 == line.length() || line.charAt(i + 1) == ' ')) {
                return i;
            }
            if (c == '"' || c == '\'') {
                return -1;
            }
        }
        return -1;
    }

    /** The value of a scalar whose first line (after the key) and continuation lines are given. */
    static String scalar(List<String> parts) {
        String first = parts.get(0);
        if (first.startsWith("\"")) {
            return doubleQuoted(String.join("\n", parts).substring(1));
        }
        if (first.startsWith("'")) {
            String all = fold(String.join("\n", parts).substring(1));
            int close = -1;
            for (int i = 0; i < all.length(); i++) {
                if (all.charAt(i) == '\'') {
                    if (i + 1 < all.length() && all.charAt(i + 1) == '\'') {
                        i++;
                    } else {
                        close = i;
                        break;
                    }
                }
            }
            return (close < 0 ? all : all.substring(0, close)).replace("''", "'");
        }
        if (first.equals("|") || first.equals(">") || Shapes.BLOCK_SCALAR.matcher(first).matches()) {
            List<String> body = new ArrayList<>();
            for (String p : parts.subList(1, parts.size())) {
                body.add(p.strip());
            }
            return String.join(first.startsWith("|") ? "\n" : " ", body).strip();
        }
        String plain = fold(String.join("\n", parts));
        int comment = plain.indexOf(" #");
        return (comment >= 0 ? plain.substring(0, comment) : plain).strip();
    }

    /** Line folding: a line break and the indentation after it become one space. */
    private static String fold(String s) {
        return Shapes.LINE_FOLD.matcher(s).replaceAll(" ");
    }

    private static String doubleQuoted(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '"') {
                break;
            }
            if (c == '\n') {
                // folding: trailing blanks go, the next line's indentation goes, the break is a space
                while (b.length() > 0 && b.charAt(b.length() - 1) == ' ') {
                    b.setLength(b.length() - 1);
                }
                while (i + 1 < n && (s.charAt(i + 1) == ' ' || s.charAt(i + 1) == '\t')) {
                    i++;
                }
                b.append(' ');
                continue;
            }
            if (c != '\\' || i + 1 >= n) {
                b.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case '_' -> b.append('\u00A0');
                case 'N' -> b.append('\u0085');
                case 'L' -> b.append('\u2028');
                case 'P' -> b.append('\u2029');
                case '0' -> b.append('\0');
                case 'x', 'u', 'U' -> {
                    int len = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    if (i + len < n && Shapes.HEX_DIGITS.matcher(s.substring(i + 1, i + 1 + len)).matches()) {
                        b.appendCodePoint(Integer.parseInt(s.substring(i + 1, i + 1 + len), 16));
                        i += len;
                    } else {
                        b.append('\\').append(e);
                    }
                }
                case '\n' -> {
                    // an escaped line break: the lines join without a space
                    while (i + 1 < n && (s.charAt(i + 1) == ' ' || s.charAt(i + 1) == '\t')) {
                        i++;
                    }
                }
                default -> b.append(e);
            }
        }
        return b.toString();
    }

    /** @return the entries as a map, the first of each key */
    static Map<String, String> map(List<Entry> entries) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Entry e : entries) {
            if (!e.key().isEmpty()) {
                m.putIfAbsent(e.key().toLowerCase(java.util.Locale.ROOT), e.value());
            }
        }
        return m;
    }
}
