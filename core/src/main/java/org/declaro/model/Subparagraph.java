package org.declaro.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A sub-paragraph: {@code (a)}, {@code (ii)}, or a bullet when it has no label.
 *
 * @param label         "a", "b", ... or "i", "ii", ...; {@code null} for a bullet
 * @param text          its text
 * @param subparagraphs nested sub-paragraphs
 * @param commitments   (format 1.1) the commitment units found in {@code text}, offsets into it
 * @param extensions    fields the format does not define, kept from the JSON
 */
public record Subparagraph(String label, @NotNull String text, List<@Valid Subparagraph> subparagraphs,
        List<@Valid Commitment> commitments, Extensions extensions) {
    /** Normalises {@code null} lists and extensions. */
    public Subparagraph {
        subparagraphs = Lists.copy(subparagraphs);
        commitments = Lists.copy(commitments);
        extensions = Lists.ext(extensions);
    }

    /** A sub-paragraph without commitments (the format 1.0 fields). */
    public Subparagraph(String label, String text, List<Subparagraph> subparagraphs, Extensions extensions) {
        this(label, text, subparagraphs, List.of(), extensions);
    }

    /** A sub-paragraph without nested sub-paragraphs or extension fields. */
    public Subparagraph(String label, String text) {
        this(label, text, List.of(), List.of(), Extensions.NONE);
    }

    /** @return a copy with the given commitments */
    public Subparagraph withCommitments(List<Commitment> newCommitments) {
        return new Subparagraph(label, text, subparagraphs, newCommitments, extensions);
    }
}
