package org.declaro.model;

import jakarta.validation.constraints.NotNull;

/**
 * A document that a declaration names, such as the action plan adopted with it.
 *
 * @param kind       the kind of the referenced document, e.g. "actionPlan"
 * @param title      its title
 * @param id         its id, when it is available as a document; resolved when documents are
 *                   validated together (rule {@code reference.unresolved})
 * @param paragraph  the number of the paragraph that names it
 * @param extensions fields the format does not define, kept from the JSON
 */
public record Reference(@NotNull String kind, @NotNull String title, @Slug String id, Integer paragraph,
        Extensions extensions) {
    /** Normalises {@code null} extensions to {@link Extensions#NONE}. */
    public Reference {
        extensions = Lists.ext(extensions);
    }

    /** A reference without extension fields. */
    public Reference(String kind, String title, String id, Integer paragraph) {
        this(kind, title, id, paragraph, Extensions.NONE);
    }
}
