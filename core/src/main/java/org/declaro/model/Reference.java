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
    @Unstable
    public Reference {
        extensions = Lists.ext(extensions);
    }

    /** A reference without extension fields. */
    public Reference(String kind, String title, String id, Integer paragraph) {
        this(kind, title, id, paragraph, Extensions.NONE);
    }

    /**
     * @param kind the kind of the referenced document, e.g. "actionPlan"
     * @return a copy with that {@code kind}
     */
    public Reference withKind(String kind) {
        return new Reference(kind, title, id, paragraph, extensions);
    }

    /**
     * @param title its title
     * @return a copy with that {@code title}
     */
    public Reference withTitle(String title) {
        return new Reference(kind, title, id, paragraph, extensions);
    }

    /**
     * @param id its id, when it is available as a document; resolved when documents are validated together (rule {@code reference.unresolved})
     * @return a copy with that {@code id}
     */
    public Reference withId(String id) {
        return new Reference(kind, title, id, paragraph, extensions);
    }

    /**
     * @param paragraph the number of the paragraph that names it
     * @return a copy with that {@code paragraph}
     */
    public Reference withParagraph(Integer paragraph) {
        return new Reference(kind, title, id, paragraph, extensions);
    }

    /**
     * @param extensions fields the format does not define, kept from the JSON
     * @return a copy with that {@code extensions}
     */
    public Reference withExtensions(Extensions extensions) {
        return new Reference(kind, title, id, paragraph, extensions);
    }

    /** @return a builder with no values set: lists empty, {@link Extensions#NONE} */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this reference's values */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.kind = kind;
        b.title = title;
        b.id = id;
        b.paragraph = paragraph;
        b.extensions = extensions;
        return b;
    }

    /**
     * Collects a reference's values; not thread-safe. Builders are the supported way to construct a reference:
     * the canonical constructor gains a parameter whenever the format gains a field.
     */
    public static final class Builder {
        private String kind;
        private String title;
        private String id;
        private Integer paragraph;
        private Extensions extensions = Extensions.NONE;

        private Builder() {
        }

        /**
         * @param v the kind of the referenced document, e.g. "actionPlan"
         * @return this builder
         */
        public Builder kind(String v) {
            kind = v;
            return this;
        }

        /**
         * @param v its title
         * @return this builder
         */
        public Builder title(String v) {
            title = v;
            return this;
        }

        /**
         * @param v its id, when it is available as a document; resolved when documents are validated together (rule {@code reference.unresolved})
         * @return this builder
         */
        public Builder id(String v) {
            id = v;
            return this;
        }

        /**
         * @param v the number of the paragraph that names it
         * @return this builder
         */
        public Builder paragraph(Integer v) {
            paragraph = v;
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

        /** @return the reference; never throws for missing values (validation reports them) */
        public Reference build() {
            return new Reference(kind, title, id, paragraph, extensions);
        }
    }
}
