package org.declaro.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * An unnumbered paragraph of a preamble ("Recalling ...", "Whereas ...").
 *
 * @param text        its text
 * @param footnotes   markers of the footnotes attached to it
 * @param commitments the commitment units found in {@code text}
 * @param extensions  fields the format does not define, kept from the JSON
 */
public record PreambularParagraph(@NotNull String text, List<String> footnotes,
        List<@Valid Commitment> commitments, Extensions extensions) {
    /** Normalises {@code null} lists and extensions. */
    @Unstable
    public PreambularParagraph {
        footnotes = Lists.copy(footnotes);
        commitments = Lists.copy(commitments);
        extensions = Lists.ext(extensions);
    }

    /** A preambular paragraph with text only. */
    public PreambularParagraph(String text) {
        this(text, List.of(), List.of(), Extensions.NONE);
    }

    /**
     * @param text its text
     * @return a copy with that {@code text}
     */
    public PreambularParagraph withText(String text) {
        return new PreambularParagraph(text, footnotes, commitments, extensions);
    }

    /**
     * @param footnotes markers of the footnotes attached to it
     * @return a copy with that {@code footnotes}
     */
    public PreambularParagraph withFootnotes(List<String> footnotes) {
        return new PreambularParagraph(text, footnotes, commitments, extensions);
    }

    /**
     * @param commitments the commitment units found in {@code text}
     * @return a copy with that {@code commitments}
     */
    public PreambularParagraph withCommitments(List<Commitment> commitments) {
        return new PreambularParagraph(text, footnotes, commitments, extensions);
    }

    /**
     * @param extensions fields the format does not define, kept from the JSON
     * @return a copy with that {@code extensions}
     */
    public PreambularParagraph withExtensions(Extensions extensions) {
        return new PreambularParagraph(text, footnotes, commitments, extensions);
    }

    /** @return a builder with no values set: lists empty, {@link Extensions#NONE} */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this preambular paragraph's values */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.text = text;
        b.footnotes = footnotes;
        b.commitments = commitments;
        b.extensions = extensions;
        return b;
    }

    /**
     * Collects a preambular paragraph's values; not thread-safe. Builders are the supported way to construct a preambular paragraph:
     * the canonical constructor gains a parameter whenever the format gains a field.
     */
    public static final class Builder {
        private String text;
        private List<String> footnotes = List.of();
        private List<Commitment> commitments = List.of();
        private Extensions extensions = Extensions.NONE;

        private Builder() {
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
         * @param v markers of the footnotes attached to it
         * @return this builder
         */
        public Builder footnotes(List<String> v) {
            footnotes = v;
            return this;
        }

        /**
         * @param v the commitment units found in {@code text}
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

        /** @return the preambular paragraph; never throws for missing values (validation reports them) */
        public PreambularParagraph build() {
            return new PreambularParagraph(text, footnotes, commitments, extensions);
        }
    }
}
