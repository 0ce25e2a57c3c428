package org.declaro.importer.layout;

import java.util.Random;
import java.util.Set;

/**
 * One thing a real source (a PDF's text layer, a web page, a pandoc conversion) does to the text of a
 * declaration. A transform takes the text a renderer wrote and gives the text as that source would show it;
 * the words and the structure stay, only the layout changes (or, for a transform that says so in
 * {@link #degradations()}, a part of the structure is lost on purpose).
 */
interface LayoutTransform {

    /** Which rendering of a document a transform applies to. */
    enum Rendering {
        /** {@link org.declaro.render.TextRenderer}: the plain text of a PDF's text layer */
        TEXT,
        /** {@link org.declaro.render.MarkdownRenderer}: a Markdown page */
        MARKDOWN
    }

    /** A part of the structure that a transform takes away, so that the round trip cannot give it back. */
    enum Degradation {
        /**
         * The sub-paragraph labels are gone: the round trip compares each paragraph's words (its text and its
         * sub-paragraphs' texts, read in order) and not the labels or the number of sub-paragraphs.
         */
        SUB_LABELS_LOST
    }

    /**
     * When a transform runs in a combination: the text's content first, then the lines, then the pages, then
     * the characters. A combination is applied in this order, whatever order it was drawn in.
     */
    enum Phase {
        /** what the text says and how it is marked up: labels, emphasis, Markdown syntax */
        CONTENT,
        /** how paragraphs are cut into lines: wrapping, hyphens, numbers alone on their line */
        LINES,
        /** how lines are cut into pages: running heads, footers, footnotes at the foot of the page */
        PAGES,
        /** which characters stand for spaces and line ends */
        CHARACTERS
    }

    /** @return the transform's name, as {@code -Dlayout.transforms} names it */
    String name();

    /** @return the renderings the transform applies to */
    Set<Rendering> renderings();

    /** @return when the transform runs in a combination */
    Phase phase();

    /**
     * @param text the text of a document, as a renderer (and the transforms before this one) wrote it
     * @param random where the transform's choices come from
     * @return the text as the source would show it
     */
    String apply(String text, Random random);

    /** @return the structure the transform takes away (none for most) */
    default Set<Degradation> degradations() {
        return Set.of();
    }

    /**
     * @return words the transform may add that are text and must be kept by the importer (in the document or
     *         in a finding), such as a cue word in a second language; not page furniture
     */
    default Set<String> wordsToKeep() {
        return Set.of();
    }
}
