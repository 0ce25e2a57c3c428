package org.declaro.json;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.declaro.internal.JsonStrings;

/**
 * Turns the parser's error messages into one plain sentence each: no parser vocabulary (token names,
 * feature names, "REDACTED" source descriptions, byte offsets), input quoted with its control characters
 * escaped. The position is not in the sentence: the finding carries it as line and column.
 */
final class JsonMessages {
    private static final String VALUES = "a string in double quotes, a number, an object, an array, true, false or null";
    private static final Pattern UNEXPECTED_CHAR = Pattern.compile(
            "Unexpected character \\((.+?)\\)( in numeric value)?: (.*)");
    private static final Pattern CHAR_DESC = Pattern.compile(
            "\\(CTRL-CHAR, code (\\d+)\\)|'.*' \\(code (\\d+)(?: / 0x[0-9a-fA-F]+)?\\)");
    private static final Pattern CLOSE_MISMATCH = Pattern.compile("Unexpected close marker '(.)': expected '(.)'.*");
    private static final Pattern CLOSE_NOTHING = Pattern.compile("Unexpected close marker '(.)': no open .*");
    private static final Pattern UNQUOTED_CONTROL = Pattern.compile(
            "Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*in (name|string value).*");
    private static final Pattern CONTROL_BETWEEN = Pattern.compile("Illegal character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*");
    private static final Pattern TOKEN = Pattern.compile("(?:Unrecognized|Non-standard) token '(.*)'(?::.*)?", Pattern.DOTALL);
    private static final Pattern ESCAPE = Pattern.compile("Unrecognized character escape (.+?)(?: \\(code (\\d+)\\))?");
    private static final Pattern UTF8 = Pattern.compile("Invalid UTF-8 .*?(0x[0-9a-fA-F]{1,2})?");
    private static final Pattern SOURCE = Pattern.compile("\\s*\\((?:for [A-Za-z]+ starting|start marker) at \\[Source:[^\\]]*\\]\\)"
            + "|\\s*at \\[Source:[^\\]]*\\]|`[^`]*`");

    private JsonMessages() {
    }

    /**
     * @param original the parser's message (without location)
     * @return one sentence that says what is wrong and what to do
     */
    static String syntax(String original) {
        String m = firstLine(original);
        if (m.startsWith("Unexpected end-of-input")) {
            return endOfInput(m);
        }
        Matcher x;
        if ((x = UNEXPECTED_CHAR.matcher(m)).matches()) {
            String what = character(x.group(1));
            if (x.group(2) != null) {
                return "Not valid JSON: unexpected " + what + " in a number; write digits with an optional sign, "
                        + "decimal point and exponent, such as -1.5e3.";
            }
            return "Not valid JSON: unexpected " + what + "; " + expectation(x.group(3)) + ".";
        }
        if ((x = CLOSE_MISMATCH.matcher(m)).matches()) {
            return "Not valid JSON: '" + x.group(1) + "' cannot close the open " + container(x.group(2)) + "; close it with '"
                    + x.group(2) + "'.";
        }
        if ((x = CLOSE_NOTHING.matcher(m)).matches()) {
            return "Not valid JSON: '" + x.group(1) + "' closes nothing; remove the extra bracket.";
        }
        if ((x = UNQUOTED_CONTROL.matcher(m)).matches()) {
            String u = codePoint(Integer.parseInt(x.group(1)));
            return "Not valid JSON: the control character " + u + " must be escaped in a "
                    + (x.group(2).equals("name") ? "field name" : "string") + "; write it as \\u" + u.substring(2) + ".";
        }
        if ((x = CONTROL_BETWEEN.matcher(m)).matches()) {
            return "Not valid JSON: the control character " + codePoint(Integer.parseInt(x.group(1)))
                    + " cannot stand between values; is this a binary file rather than JSON text?";
        }
        if ((x = TOKEN.matcher(m)).matches()) {
            return "Not valid JSON: " + JsonStrings.quoteForMessage(x.group(1)) + " is not a value; write " + VALUES + ".";
        }
        if ((x = ESCAPE.matcher(m)).matches()) {
            String c = x.group(2) != null ? String.valueOf((char) Integer.parseInt(x.group(2))) : x.group(1).replace("'", "");
            return "Not valid JSON: \\" + JsonStrings.escapeForMessage(c) + " is not an escape; use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX.";
        }
        if (m.startsWith("Invalid numeric value")) {
            String why = m.substring(m.indexOf(':') + 1).strip();
            return "Not valid JSON: a number is malformed (" + clean(why).toLowerCase(Locale.ROOT) + ").";
        }
        if ((x = UTF8.matcher(m)).matches()) {
            return "The input is not valid UTF-8" + (x.group(1) == null ? "" : " (byte " + x.group(1).toUpperCase(Locale.ROOT)
                    .replace("0X", "0x") + ")") + "; save the file as UTF-8.";
        }
        return "Not valid JSON: " + clean(m) + ".";
    }

    private static String endOfInput(String m) {
        String where;
        String missing;
        if (m.contains("VALUE_STRING") || m.contains("String value")) {
            where = "inside a string";
            missing = "a closing '\"'";
        } else if (m.contains("property name")) {
            where = "inside a field name";
            missing = "a closing '\"'";
        } else if (m.contains("for Array") || m.contains("Array entries")) {
            where = "before an array is closed";
            missing = "a ']'";
        } else if (m.contains("for Object") || m.contains("Object entries")) {
            where = "before an object is closed";
            missing = "a '}'";
        } else {
            return "The JSON ends too early; is the document truncated?";
        }
        return "The JSON ends " + where + "; is the document truncated, or " + missing + " missing?";
    }

    private static String expectation(String comment) {
        if (comment.contains("colon")) {
            return "a ':' must follow a field name";
        }
        if (comment.contains("comma to separate Object")) {
            return "a ',' must separate the fields of an object";
        }
        if (comment.contains("comma to separate Array")) {
            return "a ',' must separate the elements of an array";
        }
        if (comment.contains("double-quote to start")) {
            return "a field name in double quotes must come here";
        }
        if (comment.contains("comment")) {
            return "JSON has no comments";
        }
        if (comment.contains("hex-digit")) {
            return "a \\u escape needs four hexadecimal digits";
        }
        if (comment.startsWith("expected a valid value") || comment.startsWith("expected a value")) {
            return "write " + VALUES;
        }
        return clean(comment);
    }

    /** The parser's description of a character ("'x' (code 120)", "(CTRL-CHAR, code 1)") as plain text. */
    private static String character(String desc) {
        Matcher d = CHAR_DESC.matcher(desc);
        if (!d.matches()) {
            return "character";
        }
        int c = Integer.parseInt(d.group(1) != null ? d.group(1) : d.group(2));
        if (c >= 0x21 && c < 0x7F) {
            return c == '\'' ? "\"'\"" : "'" + (char) c + "'";
        }
        int type = Character.getType(c);
        if (c < 0x20 || type == Character.CONTROL || type == Character.FORMAT) {
            return "control character " + codePoint(c);
        }
        return "character " + codePoint(c) + " " + JsonStrings.quoteForMessage(Character.toString(c));
    }

    private static String container(String close) {
        return close.equals("]") ? "array" : "object";
    }

    private static String codePoint(int c) {
        return String.format(Locale.ROOT, "U+%04X", c);
    }

    /** Removes the parser's source descriptions and feature names, and escapes what cannot be shown. */
    static String clean(String m) {
        String s = SOURCE.matcher(m).replaceAll("").replace("end-of-input", "end of input").strip();
        while (s.endsWith(".") || s.endsWith(":") || s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        String body = JsonStrings.escapeForMessage(s).replace("\\\"", "\"");
        return body.isEmpty() ? "unreadable input" : body;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
