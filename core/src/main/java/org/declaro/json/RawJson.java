package org.declaro.json;

import org.declaro.internal.JsonStrings;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** Copies a JSON value from a parser as compact text, iteratively (no recursion on deep input). */
final class RawJson {
    private RawJson() {
    }

    /** Copies the value at the parser's current token; leaves the parser on the value's last token. */
    static String copy(JsonParser p) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        boolean first = true;
        JsonToken t = p.currentToken();
        while (true) {
            switch (t) {
                case START_OBJECT, START_ARRAY -> {
                    comma(out, first);
                    out.append(t == JsonToken.START_OBJECT ? '{' : '[');
                    depth++;
                    first = true;
                }
                case END_OBJECT, END_ARRAY -> {
                    out.append(t == JsonToken.END_OBJECT ? '}' : ']');
                    depth--;
                    first = false;
                }
                case PROPERTY_NAME -> {
                    comma(out, first);
                    JsonStrings.quote(out, p.currentName());
                    out.append(':');
                    first = true; // the value follows without a comma
                }
                case VALUE_STRING -> {
                    comma(out, first);
                    JsonStrings.quote(out, p.getString());
                    first = false;
                }
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                    comma(out, first);
                    out.append(p.getString());
                    first = false;
                }
                case VALUE_TRUE, VALUE_FALSE, VALUE_NULL -> {
                    comma(out, first);
                    out.append(t == JsonToken.VALUE_TRUE ? "true" : t == JsonToken.VALUE_FALSE ? "false" : "null");
                    first = false;
                }
                default -> throw new IllegalStateException("unexpected token " + t);
            }
            if (depth == 0) {
                return out.toString();
            }
            t = p.nextToken();
        }
    }

    private static void comma(StringBuilder out, boolean first) {
        if (!first) {
            out.append(',');
        }
    }
}
