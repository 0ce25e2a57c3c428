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
    @Unstable
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

    /**
     * @param label "a", "b", ... or "i", "ii", ...; {@code null} for a bullet
     * @return a copy with that {@code label}
     */
    public Subparagraph withLabel(String label) {
        return new Subparagraph(label, text, subparagraphs, commitments, extensions);
    }

    /**
     * @param text its text
     * @return a copy with that {@code text}
     */
    public Subparagraph withText(String text) {
        return new Subparagraph(label, text, subparagraphs, commitments, extensions);
    }

    /**
     * @param subparagraphs nested sub-paragraphs
     * @return a copy with that {@code subparagraphs}
     */
    public Subparagraph withSubparagraphs(List<Subparagraph> subparagraphs) {
        return new Subparagraph(label, text, subparagraphs, commitments, extensions);
    }

    /**
     * @param extensions fields the format does not define, kept from the JSON
     * @return a copy with that {@code extensions}
     */
    public Subparagraph withExtensions(Extensions extensions) {
        return new Subparagraph(label, text, subparagraphs, commitments, extensions);
    }

    /** @return a builder with no values set: lists empty, {@link Extensions#NONE} */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this sub-paragraph's values */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.label = label;
        b.text = text;
        b.subparagraphs = subparagraphs;
        b.commitments = commitments;
        b.extensions = extensions;
        return b;
    }

    /**
     * Collects a sub-paragraph's values; not thread-safe. Builders are the supported way to construct a sub-paragraph:
     * the canonical constructor gains a parameter whenever the format gains a field.
     */
    public static final class Builder {
        private String label;
        private String text;
        private List<Subparagraph> subparagraphs = List.of();
        private List<Commitment> commitments = List.of();
        private Extensions extensions = Extensions.NONE;

        private Builder() {
        }

        /**
         * @param v "a", "b", ... or "i", "ii", ...; {@code null} for a bullet
         * @return this builder
         */
        public Builder label(String v) {
            label = v;
            return this;
        }

        /**
         * @param v its text
         * @return this builder
         */
        public Builder text(String v) {
            text = v;
            return this;
        }

        /**
         * @param v nested sub-paragraphs
         * @return this builder
         */
        public Builder subparagraphs(List<Subparagraph> v) {
            subparagraphs = v;
            return this;
        }

        /**
         * @param v (format 1.1) the commitment units found in {@code text}, offsets into it
         * @return this builder
         */
        public Builder commitments(List<Commitment> v) {
            commitments = v;
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

        /** @return the sub-paragraph; never throws for missing values (validation reports them) */
        public Subparagraph build() {
            return new Subparagraph(label, text, subparagraphs, commitments, extensions);
        }
    }
}
