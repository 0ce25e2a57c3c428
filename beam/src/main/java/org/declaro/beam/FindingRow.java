package org.declaro.beam;

import java.util.Objects;
import org.declaro.report.Finding;

/**
 * One finding, in plain values that any Beam runner can encode (see {@link Coders#FINDING}).
 *
 * @param rule     the rule's id, e.g. {@code paragraph.number.sequence}
 * @param severity {@code error}, {@code warning} or {@code info}
 * @param pointer  RFC 6901 JSON Pointer to the value concerned ({@code ""} for the whole document)
 * @param line     1-based line in the input (JSON for a validation, the text for an import), or 0 when unknown
 * @param column   1-based column, or 0 when unknown
 * @param message  the message
 */
public record FindingRow(String rule, String severity, String pointer, int line, int column, String message) {

    /** @throws NullPointerException if a text field is null */
    public FindingRow {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
    }

    /**
     * @param f a finding of the library
     * @return the same finding as a row
     */
    public static FindingRow of(Finding f) {
        return new FindingRow(f.rule().id(), f.severity().label(), f.pointer(), f.line(), f.column(), f.message());
    }

    /** @return whether this finding is an error */
    public boolean isError() {
        return severity.equals(org.declaro.report.Severity.ERROR.label());
    }
}
