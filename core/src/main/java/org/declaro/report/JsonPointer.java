package org.declaro.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An RFC 6901 JSON Pointer: where a finding is, as a path of reference tokens from the root of the JSON
 * text ({@code /paragraphs/3/text}). Immutable; equal when the tokens are equal; ordered as a reader of the
 * document meets the values (a parent before its children, array indices by number, so {@code /paragraphs/2}
 * before {@code /paragraphs/10}).
 *
 * <pre>{@code
 * JsonPointer p = JsonPointer.parse("/paragraphs/3/text");
 * p.segments();                         // [paragraphs, 3, text]
 * p.parent().child("number");           // /paragraphs/3/number
 * JsonPointer.ROOT.child("a/b");        // /a~1b
 * }</pre>
 */
public final class JsonPointer implements Comparable<JsonPointer> {
    /** The pointer to the whole document, {@code ""}. */
    public static final JsonPointer ROOT = new JsonPointer(new String[0]);

    private final String[] tokens;

    private JsonPointer(String[] tokens) {
        this.tokens = tokens;
    }

    /**
     * Parses a pointer in RFC 6901 form.
     *
     * @param pointer {@code ""} for the root, or {@code /}-separated tokens with {@code ~0} for {@code ~} and
     *                {@code ~1} for {@code /}
     * @return the pointer
     * @throws IllegalArgumentException if it does not start with {@code /} (and is not empty), or has a
     *                                  {@code ~} not followed by {@code 0} or {@code 1}
     */
    public static JsonPointer parse(String pointer) {
        Objects.requireNonNull(pointer, "pointer");
        if (pointer.isEmpty()) {
            return ROOT;
        }
        if (pointer.charAt(0) != '/') {
            throw new IllegalArgumentException("a JSON Pointer starts with '/' (or is empty for the whole document): \""
                    + pointer + "\"");
        }
        List<String> out = new ArrayList<>();
        int start = 1;
        while (true) {
            int slash = pointer.indexOf('/', start);
            int end = slash < 0 ? pointer.length() : slash;
            out.add(unescape(pointer, start, end));
            if (slash < 0) {
                break;
            }
            start = slash + 1;
        }
        return new JsonPointer(out.toArray(new String[0]));
    }

    private static String unescape(String pointer, int start, int end) {
        int tilde = pointer.indexOf('~', start);
        if (tilde < 0 || tilde >= end) {
            return pointer.substring(start, end);
        }
        StringBuilder sb = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = pointer.charAt(i);
            if (c != '~') {
                sb.append(c);
                continue;
            }
            char next = i + 1 < end ? pointer.charAt(i + 1) : 0;
            if (next != '0' && next != '1') {
                throw new IllegalArgumentException("in a JSON Pointer, '~' is written ~0 and '/' ~1: \"" + pointer + "\"");
            }
            sb.append(next == '0' ? '~' : '/');
            i++;
        }
        return sb.toString();
    }

    /**
     * @param tokens reference tokens, unescaped ({@code "a/b"} is one token)
     * @return the pointer to them
     */
    public static JsonPointer of(String... tokens) {
        for (String t : tokens) {
            Objects.requireNonNull(t, "token");
        }
        return tokens.length == 0 ? ROOT : new JsonPointer(tokens.clone());
    }

    /** @return the reference tokens, unescaped, from the root */
    public List<String> segments() {
        return Collections.unmodifiableList(Arrays.asList(tokens));
    }

    /** @return how many tokens the pointer has; 0 for the root */
    public int size() {
        return tokens.length;
    }

    /** @return whether this is the pointer to the whole document */
    public boolean isRoot() {
        return tokens.length == 0;
    }

    /**
     * @param name a member name (unescaped)
     * @return the pointer to that member of the object here
     */
    public JsonPointer child(String name) {
        Objects.requireNonNull(name, "name");
        String[] t = Arrays.copyOf(tokens, tokens.length + 1);
        t[tokens.length] = name;
        return new JsonPointer(t);
    }

    /**
     * @param index an array index
     * @return the pointer to that element of the array here
     * @throws IllegalArgumentException if the index is negative
     */
    public JsonPointer child(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("an array index is 0 or more: " + index);
        }
        return child(Integer.toString(index));
    }

    /**
     * @return the pointer to the value that holds this one
     * @throws IllegalStateException for the root, which has no parent
     */
    public JsonPointer parent() {
        if (tokens.length == 0) {
            throw new IllegalStateException("the root pointer has no parent");
        }
        return new JsonPointer(Arrays.copyOf(tokens, tokens.length - 1));
    }

    /**
     * @param prefix a pointer
     * @return whether this pointer is {@code prefix} or leads into it
     */
    public boolean startsWith(JsonPointer prefix) {
        if (prefix.tokens.length > tokens.length) {
            return false;
        }
        for (int i = 0; i < prefix.tokens.length; i++) {
            if (!prefix.tokens[i].equals(tokens[i])) {
                return false;
            }
        }
        return true;
    }

    /** @return the pointer in RFC 6901 form: {@code ""} for the root, {@code ~} as {@code ~0}, {@code /} as {@code ~1} */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (String t : tokens) {
            sb.append('/');
            if (t.indexOf('~') < 0 && t.indexOf('/') < 0) {
                sb.append(t);
            } else {
                sb.append(t.replace("~", "~0").replace("/", "~1"));
            }
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonPointer other && Arrays.equals(tokens, other.tokens);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(tokens);
    }

    /** Orders as a reader meets the values: token by token, indices by number, a parent before its children. */
    @Override
    public int compareTo(JsonPointer other) {
        int n = Math.min(tokens.length, other.tokens.length);
        for (int i = 0; i < n; i++) {
            int c = compareTokens(tokens[i], other.tokens[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(tokens.length, other.tokens.length);
    }

    /**
     * Compares two pointers in RFC 6901 form as {@link #compareTo} does, without parsing them, and without
     * failing on a malformed one (its tokens are compared as written).
     *
     * @param a a pointer
     * @param b another
     * @return negative, zero or positive as {@code a} comes before, with or after {@code b}
     */
    static int compare(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ea = a.indexOf('/', i + 1);
            int eb = b.indexOf('/', j + 1);
            ea = ea < 0 ? a.length() : ea;
            eb = eb < 0 ? b.length() : eb;
            int c = compareTokens(a.substring(Math.min(i + 1, ea), ea), b.substring(Math.min(j + 1, eb), eb));
            if (c != 0) {
                return c;
            }
            i = ea;
            j = eb;
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    /** Array indices by number and before names; names by their characters. */
    private static int compareTokens(String a, String b) {
        boolean na = isIndex(a);
        boolean nb = isIndex(b);
        if (na && nb) {
            return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
        }
        if (na != nb) {
            return na ? -1 : 1;
        }
        return a.compareTo(b);
    }

    private static boolean isIndex(String t) {
        if (t.isEmpty() || t.length() > 1 && t.charAt(0) == '0') {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
