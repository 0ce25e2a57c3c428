package org.declaro.model;

import jakarta.validation.constraints.NotNull;

/**
 * A footnote of a document.
 *
 * @param marker     the marker as printed: {@code *}, {@code **}, {@code 1}
 * @param text       the footnote's text
 * @param extensions fields the format does not define, kept from the JSON
 */
public record Footnote(@NotNull String marker, @NotNull String text, Extensions extensions) {
    /** Normalises {@code null} extensions to {@link Extensions#NONE}. */
    public Footnote {
        extensions = Lists.ext(extensions);
    }

    /** A footnote without extension fields. */
    public Footnote(String marker, String text) {
        this(marker, text, Extensions.NONE);
    }
}
