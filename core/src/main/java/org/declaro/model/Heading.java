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
    @Unstable
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

    /**
     * @param before the index in {@code paragraphs} of the first paragraph under the heading
     * @return a copy with that {@code before}
     */
    public Heading withBefore(Integer before) {
        return new Heading(before, level, label, title, restart, extensions);
    }

    /**
     * @param level 1 for the top level, 2 for a sub-heading; {@code null} when not stated
     * @return a copy with that {@code level}
     */
    public Heading withLevel(Integer level) {
        return new Heading(before, level, label, title, restart, extensions);
    }

    /**
     * @param label the label as printed, e.g. "I" or "A"
     * @return a copy with that {@code label}
     */
    public Heading withLabel(String label) {
        return new Heading(before, level, label, title, restart, extensions);
    }

    /**
     * @param title the heading's title
     * @return a copy with that {@code title}
     */
    public Heading withTitle(String title) {
        return new Heading(before, level, label, title, restart, extensions);
    }

    /**
     * @param restart (format 1.1) {@code true} when paragraph numbering starts again at 1 under this heading; {@code null} when not stated
     * @return a copy with that {@code restart}
     */
    public Heading withRestart(Boolean restart) {
        return new Heading(before, level, label, title, restart, extensions);
    }

    /**
     * @param extensions fields the format does not define, kept from the JSON
     * @return a copy with that {@code extensions}
     */
    public Heading withExtensions(Extensions extensions) {
        return new Heading(before, level, label, title, restart, extensions);
    }

    /** @return a builder with no values set: lists empty, {@link Extensions#NONE} */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this heading's values */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.before = before;
        b.level = level;
        b.label = label;
        b.title = title;
        b.restart = restart;
        b.extensions = extensions;
        return b;
    }

    /**
     * Collects a heading's values; not thread-safe. Builders are the supported way to construct a heading:
     * the canonical constructor gains a parameter whenever the format gains a field.
     */
    public static final class Builder {
        private Integer before;
        private Integer level;
        private String label;
        private String title;
        private Boolean restart;
        private Extensions extensions = Extensions.NONE;

        private Builder() {
        }

        /**
         * @param v the index in {@code paragraphs} of the first paragraph under the heading
         * @return this builder
         */
        public Builder before(Integer v) {
            before = v;
            return this;
        }

        /**
         * @param v 1 for the top level, 2 for a sub-heading; {@code null} when not stated
         * @return this builder
         */
        public Builder level(Integer v) {
            level = v;
            return this;
        }

        /**
         * @param v the label as printed, e.g. "I" or "A"
         * @return this builder
         */
        public Builder label(String v) {
            label = v;
            return this;
        }

        /**
         * @param v the heading's title
         * @return this builder
         */
        public Builder title(String v) {
            title = v;
            return this;
        }

        /**
         * @param v (format 1.1) {@code true} when paragraph numbering starts again at 1 under this heading; {@code null} when not stated
         * @return this builder
         */
        public Builder restart(Boolean v) {
            restart = v;
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

        /** @return the heading; never throws for missing values (validation reports them) */
        public Heading build() {
            return new Heading(before, level, label, title, restart, extensions);
        }
    }
}
