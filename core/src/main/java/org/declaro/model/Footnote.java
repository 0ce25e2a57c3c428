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
    @Unstable
    public Footnote {
        extensions = Lists.ext(extensions);
    }

    /** A footnote without extension fields. */
    public Footnote(String marker, String text) {
        this(marker, text, Extensions.NONE);
    }

    /**
     * @param marker the marker as printed: {@code *}, {@code **}, {@code 1}
     * @return a copy with that {@code marker}
     */
    public Footnote withMarker(String marker) {
        return new Footnote(marker, text, extensions);
    }

    /**
     * @param text the footnote's text
     * @return a copy with that {@code text}
     */
    public Footnote withText(String text) {
        return new Footnote(marker, text, extensions);
    }

    /**
     * @param extensions fields the format does not define, kept from the JSON
     * @return a copy with that {@code extensions}
     */
    public Footnote withExtensions(Extensions extensions) {
        return new Footnote(marker, text, extensions);
    }

    /** @return a builder with no values set: lists empty, {@link Extensions#NONE} */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this footnote's values */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.marker = marker;
        b.text = text;
        b.extensions = extensions;
        return b;
    }

    /**
     * Collects a footnote's values; not thread-safe. Builders are the supported way to construct a footnote:
     * the canonical constructor gains a parameter whenever the format gains a field.
     */
    public static final class Builder {
        private String marker;
        private String text;
        private Extensions extensions = Extensions.NONE;

        private Builder() {
        }

        /**
         * @param v the marker as printed: {@code *}, {@code **}, {@code 1}
         * @return this builder
         */
        public Builder marker(String v) {
            marker = v;
            return this;
        }

        /**
         * @param v the footnote's text
         * @return this builder
         */
        public Builder text(String v) {
            text = v;
            return this;
        }

        /**
         * @param v fields the format does not define, kept from the JSON
         * @return this builder
         */
        public Builder extensions(Extensions v) {
            extensions = v;
            return this;
        }

        /** @return the footnote; never throws for missing values (validation reports them) */
        public Footnote build() {
            return new Footnote(marker, text, extensions);
        }
    }
}
