package org.declaro.importer;

/**
 * What the declaration and action-plan parsers share: the walk over the lines of a body (blank lines are
 * gaps, placed lines are skipped), where a block starts, and the lines a heading may span.
 */
abstract class LineWalker {

    final Context ctx;
    final Lines lines;
    /** a blank line came since the last line read */
    boolean gap = true;
    /** the last line read, or -1 */
    int lastLine = -1;
    /** lines up to this one were read as part of a block (a heading) and are not read again */
    int skipThrough = -1;

    LineWalker(Context ctx) {
        this.ctx = ctx;
        this.lines = ctx.lines;
    }

    /** Reads the lines {@code [from, to)} that are not blank and not placed yet. */
    final void parse(int from, int to) {
        gap = true;
        for (int i = from; i < to; i++) {
            if (lines.blank(i)) {
                gap = true;
                continue;
            }
            if (lines.placed(i) || i <= skipThrough) {
                continue;
            }
            line(i, to);
            gap = false;
            lastLine = i;
        }
    }

    /** Reads one line. */
    abstract void line(int i, int to);

    /**
     * @param open the text of the element the previous line went to, or null
     * @return whether the next line starts a block: after a gap, or after a line that ended a clause where
     *         the next word would have fitted (a real break, not a wrap)
     */
    final boolean blockStart(CharSequence open) {
        return open == null || gap || lastLine >= 0 && !lines.softWrap(lastLine) && Clauses.endsClause(open);
    }

    /** A heading candidate: the block's first lines joined, and the last line it took. */
    record Candidate(String text, int last, int lines) {
    }

    /**
     * @return the block starting at line {@code i}, up to four lines joined, or null when its first line is
     *         longer than any heading (most paragraph lines stop here, cheaply)
     */
    final Candidate candidate(int i, int to) {
        if (lines.text(i).length() > 200) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        int last = i;
        int count = 0;
        for (int j = i; j < to && !lines.blank(j) && !lines.rule(j) && count <= 3; j++) {
            if (!lines.placed(j)) {
                Joiner.append(b, lines.text(j), j > 0 && lines.softBreak(j - 1), ctx.words);
                last = j;
                count++;
            }
        }
        return new Candidate(b.toString(), last, count);
    }

    /** @return the text without enclosing bold markers ({@code **Title**}), or the text */
    static String unbold(String t) {
        return t.startsWith("**") && t.endsWith("**") && t.length() > 4 ? t.substring(2, t.length() - 2).trim() : t;
    }
}
