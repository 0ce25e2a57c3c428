package org.declaro.importer;

/**
 * One line of the normalised source, classified once: what every stage after the layout reads. A line never
 * changes; which stage placed it is recorded beside it, in {@link Lines}.
 *
 * @param index       the 0-based line number in the source (findings say {@code index + 1})
 * @param text        the line, normalised, without its indentation
 * @param indent      the columns of indentation before the text
 * @param blanksBefore the blank lines right above it
 * @param softBreak   the line ended with a soft hyphen: it joins the next without one
 * @param softWrap    the break after it was made by a wrapper (the next word would not have fitted)
 * @param emphasised  it belongs to a block a Markdown source set entirely in italics
 * @param page        the page evidence at this line
 * @param markdown    the Markdown block the parser put it in, or null for text (no parser's evidence)
 * @param format      what a file format (PDF, Word) said of the line; {@code LineEvidence.NONE} for text
 * @param token       its kind and captures, and the evidence that decided them
 */
record Line(int index, String text, int indent, int blanksBefore, boolean softBreak, boolean softWrap,
        boolean emphasised, Page page, MarkdownSource.Block markdown, org.declaro.importer.spi.LineEvidence format,
        LineClassifier.Token token) {

    /**
     * Where a line stands on its page, from the page evidence the layout found (page numbers, job numbers,
     * running heads next to them).
     *
     * @param number      the page, counted from 1 at the top of the file
     * @param position    the line's place among the content lines of its page, from 1
     * @param breakBefore a page break lies between this line and the content line above it
     * @param furniture   what the layout read the line as (a page number, a running head), or null for content
     */
    record Page(int number, int position, boolean breakBefore, String furniture) {
        static final Page NONE = new Page(1, 0, false, null);
    }

    boolean blank() {
        return text.isEmpty();
    }

    boolean is(LineClassifier.Kind kind) {
        return token.kind() == kind;
    }

    /** @return captured group {@code k} of the token (1-based), or null */
    String group(int k) {
        return token.group(k);
    }
}
