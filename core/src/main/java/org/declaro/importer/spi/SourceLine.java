package org.declaro.importer.spi;

import java.util.Objects;

/**
 * One line of a source, with the evidence its format gave. A footnote reference stands in the text as
 * {@code [^label]} where its superscript was.
 *
 * @param text     the line's text, without its automatic number (that is in {@link LineEvidence#number()}); empty
 *                 for a paragraph break
 * @param evidence what the format says about the line
 */
public record SourceLine(String text, LineEvidence evidence) {

    private static final SourceLine BLANK = new SourceLine("", LineEvidence.NONE);

    /** @throws NullPointerException if an argument is null */
    public SourceLine {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(evidence, "evidence");
    }

    /**
     * @param text the text
     * @return a line with no evidence, read as plain text would be
     */
    public static SourceLine of(String text) {
        return new SourceLine(text, LineEvidence.NONE);
    }

    /** @return a blank line: the end of a paragraph */
    public static SourceLine blank() {
        return BLANK;
    }

    /** @return whether the line is blank */
    public boolean isBlank() {
        return text.isBlank();
    }
}
