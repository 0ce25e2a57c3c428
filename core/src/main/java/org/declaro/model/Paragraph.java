package org.declaro.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A paragraph of a declaration's body.
 *
 * @param number        its number, from 1; {@code null} in documents whose paragraphs are not numbered
 * @param text          its text, without number and footnote markers
 * @param subparagraphs its sub-paragraphs
 * @param footnotes     markers of the footnotes attached to it
 * @param commitments   the commitment units found in {@code text}
 * @param extensions    fields the format does not define, kept from the JSON
 */
public record Paragraph(Integer number, @NotNull String text, List<@Valid Subparagraph> subparagraphs,
        List<String> footnotes, List<@Valid Commitment> commitments, Extensions extensions) {
    /** Normalises {@code null} lists and extensions. */
    @Unstable
    public Paragraph {
        subparagraphs = Lists.copy(subparagraphs);
        footnotes = Lists.copy(footnotes);
        commitments = Lists.copy(commitments);
        extensions = Lists.ext(extensions);
    }

    /** A paragraph without extension fields. */
    public Paragraph(Integer number, String text, List<Subparagraph> subparagraphs, List<String> footnotes,
            List<Commitment> commitments) {
        this(number, text, subparagraphs, footnotes, commitments, Extensions.NONE);
    }

    /** A numbered paragraph with text only. */
    public Paragraph(Integer number, String text) {
        this(number, text, List.of(), List.of(), List.of(), Extensions.NONE);
    }

    /** @return a copy with the given commitments */
    public Paragraph withCommitments(List<Commitment> newCommitments) {
        return new Paragraph(number, text, subparagraphs, footnotes, newCommitments, extensions);
    }

    /**
     * @param number its number, from 1; {@code null} in documents whose paragraphs are not numbered
     * @return a copy with that {@code number}
     */
    public Paragraph withNumber(Integer number) {
        return new Paragraph(number, text, subparagraphs, footnotes, commitments, extensions);
    }

    /**
     * @param text its text, without number and footnote markers
     * @return a copy with that {@code text}
     */
    public Paragraph withText(String text) {
        return new Paragraph(number, text, subparagraphs, footnotes, commitments, extensions);
    }

    /**
     * @param subparagraphs its sub-paragraphs
     * @return a copy with that {@code subparagraphs}
     */
    public Paragraph withSubparagraphs(List<Subparagraph> subparagraphs) {
        return new Paragraph(number, text, subparagraphs, footnotes, commitments, extensions);
    }

    /**
     * @param footnotes markers of the footnotes attached to it
     * @return a copy with that {@code footnotes}
     */
    public Paragraph withFootnotes(List<String> footnotes) {
        return new Paragraph(number, text, subparagraphs, footnotes, commitments, extensions);
    }

    /**
     * @param extensions fields the format does not define, kept from the JSON
     * @return a copy with that {@code extensions}
     */
    public Paragraph withExtensions(Extensions extensions) {
        return new Paragraph(number, text, subparagraphs, footnotes, commitments, extensions);
    }

    /** @return a builder with no values set: lists empty, {@link Extensions#NONE} */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this paragraph's values */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.number = number;
        b.text = text;
        b.subparagraphs = subparagraphs;
        b.footnotes = footnotes;
        b.commitments = commitments;
        b.extensions = extensions;
        return b;
    }

    /**
     * Collects a paragraph's values; not thread-safe. Builders are the supported way to construct a paragraph:
     * the canonical constructor gains a parameter whenever the format gains a field.
     */
    public static final class Builder {
        private Integer number;
        private String text;
        private List<Subparagraph> subparagraphs = List.of();
        private List<String> footnotes = List.of();
        private List<Commitment> commitments = List.of();
        private Extensions extensions = Extensions.NONE;

        private Builder() {
        }

        /**
         * @param v its number, from 1; {@code null} in documents whose paragraphs are not numbered
         * @return this builder
         */
        public Builder number(Integer v) {
            number = v;
            return this;
        }

        /**
         * @param v its text, without number and footnote markers
         * @return this builder
         */
        public Builder text(String v) {
            text = v;
            return this;
        }

        /**
         * @param v its sub-paragraphs
         * @return this builder
         */
        public Builder subparagraphs(List<Subparagraph> v) {
            subparagraphs = v;
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

        /** @return the paragraph; never throws for missing values (validation reports them) */
        public Paragraph build() {
            return new Paragraph(number, text, subparagraphs, footnotes, commitments, extensions);
        }
    }
}
