package org.declaro.report;

import java.util.Objects;

/**
 * One thing a reader or validator found in a document, like a compiler's diagnostic.
 *
 * @param rule     the rule it breaks
 * @param severity how serious it is
 * @param pointer  RFC 6901 JSON Pointer to the value concerned ({@code ""} for the whole document); for
 *                 a missing field, the pointer the field would have
 * @param line     1-based line in the JSON text, or 0 when unknown (validated in memory)
 * @param column   1-based column in UTF-16 code units, or 0 when unknown
 * @param message  one sentence a person can act on
 */
public record Finding(Rule rule, Severity severity, String pointer, int line, int column, String message) {

    /**
     * Orders findings by position, then rule: line, column (findings without a location, 0, come first, in
     * the order they were made: the validator's walk through the document), then, at one location, pointer
     * ({@linkplain JsonPointer#compareTo in document order}), rule id, severity and message. Located findings
     * are in a total order, so that a report lists them in the same order however the input was given.
     */
    public static final java.util.Comparator<Finding> BY_POSITION = new ByPosition();

    /** {@link #BY_POSITION}: a class, not a lambda, which would cost start-up time. */
    private static final class ByPosition implements java.util.Comparator<Finding>, java.io.Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public int compare(Finding a, Finding b) {
        int c = Integer.compare(a.line, b.line);
        if (c == 0) {
            c = Integer.compare(a.column, b.column);
        }
        if (c != 0 || !a.hasLocation()) {
            return c;
        }
        c = JsonPointer.compare(a.pointer, b.pointer);
        if (c == 0) {
            c = a.rule.id().compareTo(b.rule.id());
        }
        if (c == 0) {
            c = a.severity.compareTo(b.severity);
        }
        return c != 0 ? c : a.message.compareTo(b.message);
        }
    }

    /** @throws NullPointerException if rule, severity, pointer or message is null */
    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
    }

    /**
     * A finding at the rule's default severity, without location.
     *
     * @param rule    the rule
     * @param pointer the JSON Pointer
     * @param message the message
     * @return the finding
     */
    public static Finding of(Rule rule, String pointer, String message) {
        return new Finding(rule, rule.defaultSeverity(), pointer, 0, 0, message);
    }

    /**
     * A finding at the rule's default severity, without location.
     *
     * @param rule    the rule
     * @param pointer where
     * @param message the message
     * @return the finding
     */
    public static Finding of(Rule rule, JsonPointer pointer, String message) {
        return of(rule, pointer.toString(), message);
    }

    /**
     * @return the pointer as a {@link JsonPointer}
     * @throws IllegalArgumentException if {@link #pointer()} is not in RFC 6901 form
     */
    public JsonPointer jsonPointer() {
        return JsonPointer.parse(pointer);
    }

    /** @return whether line and column are known */
    public boolean hasLocation() {
        return line > 0;
    }

    /** @return whether this finding is an error */
    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * @param newLine   line
     * @param newColumn column
     * @return a copy at that location
     */
    public Finding at(int newLine, int newColumn) {
        return new Finding(rule, severity, pointer, newLine, newColumn, message);
    }

    /**
     * @return the compiler-like form {@code LINE:COLUMN: severity rule pointer: message} (without line and column
     *         when the finding has none); the pointer to the whole document is written {@code ""}, its RFC 6901
     *         spelling, since {@code /} is the pointer to the member named by the empty string
     */
    @Override
    public String toString() {
        String where = hasLocation() ? line + ":" + column + ": " : "";
        return where + severity.label() + " " + rule.id() + " " + (pointer.isEmpty() ? "\"\"" : pointer) + ": " + message;
    }
}
