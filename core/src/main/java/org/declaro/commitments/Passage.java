package org.declaro.commitments;

import java.util.Objects;
import org.declaro.model.Paragraph;

/**
 * A text to find commitments in, with what {@link CommitmentExtractor#find(Passage)} needs to know about it,
 * each named: the prefix of the ids it gives, who the authors are and the text's language. Immutable; each
 * {@code withX} returns a changed copy.
 *
 * <pre>{@code
 * List<CommitmentExtractor.Unit> units = extractor.find(Passage.of(text)
 *         .withIdPrefix("p3")                      // ids p3.c1, p3.c2, ...
 *         .withAuthor("The General Assembly")      // the actor of the authors' own commitments
 *         .withLanguage("fr"));                    // the French cue set
 * }</pre>
 */
public final class Passage {
    /** The actor of the authors' own commitments in a first-person text (COMMITMENTS.md), the default author. */
    public static final String FIRST_PERSON = CommitmentExtractor.FIRST_PERSON_ACTOR;

    private final String text;
    private final Paragraph paragraph;
    private final String idPrefix;
    private final String author;
    private final String language;

    private Passage(String text, Paragraph paragraph, String idPrefix, String author, String language) {
        this.text = text;
        this.paragraph = paragraph;
        this.idPrefix = idPrefix;
        this.author = author;
        this.language = language;
    }

    /**
     * A paragraph's text, with the defaults: ids {@code p1.cK}, the authors speaking in the first person
     * ({@value #FIRST_PERSON}), the {@code en} cue set.
     *
     * @param text the text; null gives no commitments
     * @return the passage
     */
    public static Passage of(String text) {
        return new Passage(text, null, "p1", FIRST_PERSON, null);
    }

    /**
     * A paragraph with its sub-paragraphs at any depth, read with the list rule as
     * {@link CommitmentExtractor#extract} reads it; the defaults as {@link #of(String)}. The units are the
     * paragraph's first, then each sub-paragraph's, depth first: the second sub-paragraph's ids are
     * {@code p1.s2.cK}, and each unit's offsets are into the text its id names.
     *
     * @param paragraph the paragraph
     * @return the passage
     * @throws NullPointerException if the paragraph is null
     */
    public static Passage of(Paragraph paragraph) {
        Objects.requireNonNull(paragraph, "paragraph");
        return new Passage(paragraph.text(), paragraph, "p1", FIRST_PERSON, null);
    }

    /**
     * @param prefix the prefix of the commitments' ids: {@code "p3"} gives {@code p3.c1}, {@code p3.c2}
     * @return this passage with that prefix
     * @throws NullPointerException if the prefix is null
     */
    public Passage withIdPrefix(String prefix) {
        return new Passage(text, paragraph, Objects.requireNonNull(prefix, "prefix"), author, language);
    }

    /**
     * @param actor the actor of the commitments whose subject is the authors: {@value #FIRST_PERSON} in a
     *              first-person text (the default), the body's name in a resolution ("The General Assembly")
     * @return this passage with that author
     * @throws NullPointerException if the actor is null
     */
    public Passage withAuthor(String actor) {
        return new Passage(text, paragraph, idPrefix, Objects.requireNonNull(actor, "actor"), language);
    }

    /**
     * @param tag the text's BCP 47 language tag, whose cue set {@link CommitmentExtractor#cues(String)} gives;
     *            null (the default) for the {@code en} set
     * @return this passage in that language
     */
    public Passage withLanguage(String tag) {
        return new Passage(text, paragraph, idPrefix, author, tag);
    }

    /** @return the text; null when none */
    public String text() {
        return text;
    }

    /** @return the prefix of the ids */
    public String idPrefix() {
        return idPrefix;
    }

    /** @return the actor of the authors' own commitments */
    public String author() {
        return author;
    }

    /** @return the language tag, or null for the {@code en} cue set */
    public String language() {
        return language;
    }

    /** The paragraph, when the passage is one (its sub-paragraphs are read too), else null. */
    Paragraph paragraph() {
        return paragraph;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Passage p && Objects.equals(text, p.text) && Objects.equals(paragraph, p.paragraph)
                && idPrefix.equals(p.idPrefix) && author.equals(p.author) && Objects.equals(language, p.language);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, paragraph, idPrefix, author, language);
    }

    @Override
    public String toString() {
        return "Passage[" + (paragraph != null ? "paragraph" : "text") + ", idPrefix=" + idPrefix + ", author=" + author
                + ", language=" + (language == null ? "en" : language) + "]";
    }
}
