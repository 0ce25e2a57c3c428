package org.declaro.model;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * One commitment unit of a paragraph (see COMMITMENTS.md): who undertakes or asks for what.
 *
 * <p>{@code text} is the exact substring of the enclosing text from {@code start} (inclusive) to
 * {@code end} (exclusive), offsets in UTF-16 code units.
 *
 * @param id         unique in the document, e.g. "p3.c2"
 * @param modality   how the commitment is made
 * @param actor      "we" for the authors, or the addressee of an appeal as written
 * @param text       the clause, exactly as in the paragraph
 * @param start      offset of the clause in the paragraph text
 * @param end        offset just after the clause
 * @param themes     tags from a vocabulary the caller may supply
 * @param deadline   the time the clause names, if any
 * @param extensions fields the format does not define, kept from the JSON
 */
public record Commitment(@NotNull String id, @NotNull Modality modality, @NotNull String actor,
        @NotNull String text, @NotNull Integer start, @NotNull Integer end, List<String> themes,
        PartialDate deadline, Extensions extensions) {
    /** Normalises {@code null} lists and extensions. */
    public Commitment {
        themes = Lists.copy(themes);
        extensions = Lists.ext(extensions);
    }

    /** A commitment without extension fields. */
    public Commitment(String id, Modality modality, String actor, String text, Integer start, Integer end,
            List<String> themes, PartialDate deadline) {
        this(id, modality, actor, text, start, end, themes, deadline, Extensions.NONE);
    }
}
