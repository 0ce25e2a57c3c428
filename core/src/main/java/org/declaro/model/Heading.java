package org.declaro.model;

import jakarta.validation.constraints.NotNull;

/**
 * A section heading between a declaration's paragraphs.
 *
 * @param before     the index in {@code paragraphs} of the first paragraph under the heading
 * @param level      1 for the top level, 2 for a sub-heading; {@code null} when not stated
 * @param label      the label as printed, e.g. "I" or "A"
 * @param title      the heading's title
 * @param restart    (format 1.1) {@code true} when paragraph numbering starts again at 1 under this
 *                   heading; {@code null} when not stated
 * @param extensions fields the format does not define, kept from the JSON
 */
public record Heading(@NotNull Integer before, Integer level, String label, @NotNull String title,
        Boolean restart, Extensions extensions) {
    /** Normalises {@code null} extensions to {@link Extensions#NONE}. */
    public Heading {
        extensions = Lists.ext(extensions);
    }

    /** A heading that does not restart the numbering, with extension fields (the format 1.0 fields). */
    public Heading(Integer before, Integer level, String label, String title, Extensions extensions) {
        this(before, level, label, title, null, extensions);
    }

    /** A heading without extension fields. */
    public Heading(Integer before, Integer level, String label, String title) {
        this(before, level, label, title, null, Extensions.NONE);
    }

    /** @return whether paragraph numbering starts again at 1 under this heading */
    public boolean restarts() {
        return Boolean.TRUE.equals(restart);
    }
}
