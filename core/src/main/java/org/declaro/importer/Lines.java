package org.declaro.importer;

import java.util.Arrays;
import java.util.List;

/**
 * The classified line stream: every line of the source, classified once ({@link Line}), and the record of
 * which stage owns each line. The stages after the layout read only this; none reads the raw text again.
 * A line is owned by one stage, recorded once and never reassigned ({@link #claim}).
 */
final class Lines {

    private final Line[] lines;
    private final Stage[] owner;
    private final int wrapWidth;
    private final boolean blankSeparated;
    /** for each line, the characters from it to the end of its block (a line feed counted after each line) */
    private final int[] blockRest;
    /** for each line, the last line of its block */
    private final int[] blockEnd;

    private Lines(Line[] lines, Stage[] owner, int wrapWidth, boolean blankSeparated) {
        this.lines = lines;
        this.owner = owner;
        this.wrapWidth = wrapWidth;
        this.blankSeparated = blankSeparated;
        // measured once, from the end, so that asking at every line of a long block costs nothing more
        blockRest = new int[lines.length];
        blockEnd = new int[lines.length];
        for (int i = lines.length - 1; i >= 0; i--) {
            boolean last = i + 1 == lines.length || blank(i + 1);
            blockEnd[i] = last ? i : blockEnd[i + 1];
            long rest = blank(i) ? 0 : lines[i].text().length() + 1L + (last ? 0 : blockRest[i + 1]);
            blockRest[i] = (int) Math.min(Integer.MAX_VALUE, rest);
        }
    }

    /**
     * The tokeniser: classifies each line of the laid-out source once, with the profile of the language part it
     * stands in.
     *
     * @param src            the source after the layout stage
     * @param owner          the owners the layout recorded (taken over: the stream records the rest)
     * @param pages          each line's page evidence
     * @param profiles       the profile of each language part
     * @param partStarts     the first line of each language part after the first
     * @param blankSeparated whether paragraphs are separated by blank lines
     */
    static Lines tokenise(SourceText src, Stage[] owner, Line.Page[] pages, List<LayoutProfile> profiles,
            int[] partStarts, boolean blankSeparated) {
        Line[] out = new Line[src.size()];
        int part = 0;
        LineClassifier classifier = new LineClassifier(profiles.get(0));
        int blanks = 0;
        for (int i = 0; i < out.length; i++) {
            if (part < partStarts.length && i == partStarts[part]) {
                part++;
                classifier = new LineClassifier(profiles.get(part));
            }
            String t = src.text[i];
            out[i] = new Line(i, t, src.indent[i], blanks, src.softBreak[i], src.softWrap(i), src.emphasised.get(i),
                    pages[i], src.block(i), src.evidence(i), classifier.classify(t));
            blanks = t.isEmpty() ? blanks + 1 : 0;
        }
        return new Lines(out, owner, src.wrapWidth, blankSeparated);
    }

    int size() {
        return lines.length;
    }

    Line get(int i) {
        return lines[i];
    }

    String text(int i) {
        return lines[i].text();
    }

    int indent(int i) {
        return lines[i].indent();
    }

    boolean blank(int i) {
        return lines[i].text().isEmpty();
    }

    boolean softBreak(int i) {
        return lines[i].softBreak();
    }

    boolean softWrap(int i) {
        return lines[i].softWrap();
    }

    boolean emphasised(int i) {
        return lines[i].emphasised();
    }

    LineClassifier.Token token(int i) {
        return lines[i].token();
    }

    boolean is(int i, LineClassifier.Kind kind) {
        return lines[i].is(kind);
    }

    /** @return the width the text was hard-wrapped at, or 0 when lines are paragraphs */
    int wrapWidth() {
        return wrapWidth;
    }

    /** @return whether paragraphs are separated by blank lines, so a break inside a block is a wrap */
    boolean blankSeparated() {
        return blankSeparated;
    }

    /** @return whether a stage owns line {@code i} */
    boolean placed(int i) {
        return owner[i] != null;
    }

    /** @return the stage that owns line {@code i}, or null */
    Stage owner(int i) {
        return owner[i];
    }

    /**
     * Records that a stage placed line {@code i}. A line's owner is recorded once: a second claim by another
     * stage is a defect of the stages (the line would be read twice), caught by assertions in the tests and
     * otherwise ignored, the first owner kept.
     */
    void claim(int i, Stage stage) {
        claim(owner, i, stage);
    }

    static void claim(Stage[] owner, int i, Stage stage) {
        assert owner[i] == null || owner[i] == stage : "line " + (i + 1) + " is owned by " + owner[i] + ", claimed by " + stage;
        if (owner[i] == null) {
            owner[i] = stage;
        }
    }

    /** @return whether line {@code i} is a rule ({@code ***}, {@code ---}) a stage left out: it ends a block */
    boolean rule(int i) {
        return owner[i] != null && Layout.separator(lines[i].text());
    }

    /**
     * The characters from line {@code i} to the end of its block (the next blank line), measured once for all lines:
     * a question asked of every line of a long block costs nothing more.
     */
    int blockLength(int i) {
        return blockRest[i];
    }

    /** The lines of the block that starts at line {@code i}, joined by spaces. */
    String blockText(int i) {
        StringBuilder b = new StringBuilder();
        for (int j = i; j < lines.length && !blank(j); j++) {
            b.append(j > i ? " " : "").append(text(j));
        }
        return b.toString();
    }

    /** The last line of the block that starts at line {@code i}. */
    int blockEnd(int i) {
        return blockEnd[i];
    }

    @Override
    public String toString() {
        return "Lines" + Arrays.asList(lines).subList(0, Math.min(lines.length, 3)) + (lines.length > 3 ? "..." : "");
    }
}
