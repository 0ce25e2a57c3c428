package org.declaro.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A paragraph of a declaration's body.
 *
 * @param number        its number, from 1; {@code null} in documents whose paragraphs are not numbered
 * @param text          its text, without number and footnote markers
 * @param subparagraphs its sub-paragraphs
 * @param footnotes     markers of the footnotes attached to it
 * @param commitments   the commitment units found in {@code text}
 * @param extensions    fields the format does not define, kept from the JSON
 */
public record Paragraph(Integer number, @NotNull String text, List<@Valid Subparagraph> subparagraphs,
        List<String> footnotes, List<@Valid Commitment> commitments, Extensions extensions) {
    /** Normalises {@code null} lists and extensions. */
    public Paragraph {
        subparagraphs = Lists.copy(subparagraphs);
        footnotes = Lists.copy(footnotes);
        commitments = Lists.copy(commitments);
        extensions = Lists.ext(extensions);
    }

    /** A paragraph without extension fields. */
    public Paragraph(Integer number, String text, List<Subparagraph> subparagraphs, List<String> footnotes,
            List<Commitment> commitments) {
        this(number, text, subparagraphs, footnotes, commitments, Extensions.NONE);
    }

    /** A numbered paragraph with text only. */
    public Paragraph(Integer number, String text) {
        this(number, text, List.of(), List.of(), List.of(), Extensions.NONE);
    }

    /** @return a copy with the given commitments */
    public Paragraph withCommitments(List<Commitment> newCommitments) {
        return new Paragraph(number, text, subparagraphs, footnotes, newCommitments, extensions);
    }
}
