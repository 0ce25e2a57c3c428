package org.declaro.report;

/** How serious a finding is. A document is valid when no finding is an {@link #ERROR}. */
public enum Severity {
    /** The document breaks the format. */
    ERROR,
    /** Probably a mistake, but the document is valid. */
    WARNING,
    /** For information. */
    INFO;

    /** @return the lower-case name used in reports: {@code error}, {@code warning}, {@code info} */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** @return the name as the format and the CLI spell it, e.g. {@code error}: the same as {@link #label()} */
    @Override
    public String toString() {
        return label();
    }
}
