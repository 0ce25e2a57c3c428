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
    @Unstable
    public Commitment {
        themes = Lists.copy(themes);
        extensions = Lists.ext(extensions);
    }

    /** A commitment without extension fields. */
    public Commitment(String id, Modality modality, String actor, String text, Integer start, Integer end,
            List<String> themes, PartialDate deadline) {
        this(id, modality, actor, text, start, end, themes, deadline, Extensions.NONE);
    }

    /**
     * @param id unique in the document, e.g. "p3.c2"
     * @return a copy with that {@code id}
     */
    public Commitment withId(String id) {
        return new Commitment(id, modality, actor, text, start, end, themes, deadline, extensions);
    }

    /**
     * @param modality how the commitment is made
     * @return a copy with that {@code modality}
     */
    public Commitment withModality(Modality modality) {
        return new Commitment(id, modality, actor, text, start, end, themes, deadline, extensions);
    }

    /**
     * @param actor "we" for the authors, or the addressee of an appeal as written
     * @return a copy with that {@code actor}
     */
    public Commitment withActor(String actor) {
        return new Commitment(id, modality, actor, text, start, end, themes, deadline, extensions);
    }

    /**
     * @param text the clause, exactly as in the paragraph
     * @return a copy with that {@code text}
     */
    public Commitment withText(String text) {
        return new Commitment(id, modality, actor, text, start, end, themes, deadline, extensions);
    }

    /**
     * @param start offset of the clause in the paragraph text
     * @return a copy with that {@code start}
     */
    public Commitment withStart(Integer start) {
        return new Commitment(id, modality, actor, text, start, end, themes, deadline, extensions);
    }

    /**
     * @param end offset just after the clause
     * @return a copy with that {@code end}
     */
    public Commitment withEnd(Integer end) {
        return new Commitment(id, modality, actor, text, start, end, themes, deadline, extensions);
    }

    /**
     * @param themes tags from a vocabulary the caller may supply
     * @return a copy with that {@code themes}
     */
    public Commitment withThemes(List<String> themes) {
        return new Commitment(id, modality, actor, text, start, end, themes, deadline, extensions);
    }

    /**
     * @param deadline the time the clause names, if any
     * @return a copy with that {@code deadline}
     */
    public Commitment withDeadline(PartialDate deadline) {
        return new Commitment(id, modality, actor, text, start, end, themes, deadline, extensions);
    }

    /**
     * @param extensions fields the format does not define, kept from the JSON
     * @return a copy with that {@code extensions}
     */
    public Commitment withExtensions(Extensions extensions) {
        return new Commitment(id, modality, actor, text, start, end, themes, deadline, extensions);
    }

    /** @return a builder with no values set: lists empty, {@link Extensions#NONE} */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this commitment's values */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.modality = modality;
        b.actor = actor;
        b.text = text;
        b.start = start;
        b.end = end;
        b.themes = themes;
        b.deadline = deadline;
        b.extensions = extensions;
        return b;
    }

    /**
     * Collects a commitment's values; not thread-safe. Builders are the supported way to construct a commitment:
     * the canonical constructor gains a parameter whenever the format gains a field.
     */
    public static final class Builder {
        private String id;
        private Modality modality;
        private String actor;
        private String text;
        private Integer start;
        private Integer end;
        private List<String> themes = List.of();
        private PartialDate deadline;
        private Extensions extensions = Extensions.NONE;

        private Builder() {
        }

        /**
         * @param v unique in the document, e.g. "p3.c2"
         * @return this builder
         */
        public Builder id(String v) {
            id = v;
            return this;
        }

        /**
         * @param v how the commitment is made
         * @return this builder
         */
        public Builder modality(Modality v) {
            modality = v;
            return this;
        }

        /**
         * @param v "we" for the authors, or the addressee of an appeal as written
         * @return this builder
         */
        public Builder actor(String v) {
            actor = v;
            return this;
        }

        /**
         * @param v the clause, exactly as in the paragraph
         * @return this builder
         */
        public Builder text(String v) {
            text = v;
            return this;
        }

        /**
         * @param v offset of the clause in the paragraph text
         * @return this builder
         */
        public Builder start(Integer v) {
            start = v;
            return this;
        }

        /**
         * @param v offset just after the clause
         * @return this builder
         */
        public Builder end(Integer v) {
            end = v;
            return this;
        }

        /**
         * @param v tags from a vocabulary the caller may supply
         * @return this builder
         */
        public Builder themes(List<String> v) {
            themes = v;
            return this;
        }

        /**
         * @param v the time the clause names, if any
         * @return this builder
         */
        public Builder deadline(PartialDate v) {
            deadline = v;
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

        /** @return the commitment; never throws for missing values (validation reports them) */
        public Commitment build() {
            return new Commitment(id, modality, actor, text, start, end, themes, deadline, extensions);
        }
    }
}
