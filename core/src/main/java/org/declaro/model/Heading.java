package org.declaro.model;

import jakarta.validation.constraints.NotNull;

/**
 * A section heading between a declaration's paragraphs.
 *
 * @param before     the index in {@code paragraphs} of the first paragraph under the heading
 * @param level      1 for the top level, 2 for a sub-heading; {@code null} when not stated
 * @param label      the label as printed, e.g. "I" or "A"
 * @param title      the heading's title
 * @param extensions fields the format does not define, kept from the JSON
 */
public record Heading(@NotNull Integer before, Integer level, String label, @NotNull String title,
        Extensions extensions) {
    /** Normalises {@code null} extensions to {@link Extensions#NONE}. */
    public Heading {
        extensions = Lists.ext(extensions);
    }

    /** A heading without extension fields. */
    public Heading(Integer before, Integer level, String label, String title) {
        this(before, level, label, title, Extensions.NONE);
    }
}
