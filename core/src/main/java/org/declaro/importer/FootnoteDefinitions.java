package org.declaro.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Finds footnote texts wherever the layout put them: Markdown definitions ({@code [^3]: text}), asterisk
 * and dagger footnotes ({@code * text}, when the document uses such markers), and numbered notes after a
 * separator line ({@code ---} then {@code 1 text}). Page breaks drop footnotes into the middle of
 * paragraphs; taking them out first lets the paragraph join up again around them.
 */
final class FootnoteDefinitions {

    /** One footnote found: its marker, text, and first line (0-based). */
    record Def(String marker, StringBuilder text, int line) {
    }

    private FootnoteDefinitions() {
    }

    static List<Def> collect(Context ctx) {
        SourceText src = ctx.src;
        List<Def> defs = new ArrayList<>();
        boolean afterSeparator = false;
        int expectedNumber = 1;
        int lastEnd = -1; // the line after the last definition's text
        for (int i = 0; i < src.size(); i++) {
            String t = src.text[i];
            if (t.isEmpty()) {
                continue;
            }
            if (Layout.separator(t)) {
                if (!src.placed(i)) {
                    ctx.leaveOut(i, Stage.FOOTNOTES, "a separator");
                }
                afterSeparator = true;
                continue;
            }
            if (src.placed(i)) {
                continue;
            }
            Def def = definition(ctx, i, afterSeparator, expectedNumber);
            if (def == null) {
                afterSeparator = false;
                continue;
            }
            if (i == lastEnd && wrappedNumber(defs, def)) {
                // "[^10]: Report ..., 5–13 September" / "[^1994]: (United Nations ...)": a year or page number at the
                // start of a wrapped line, which the conversion took for a marker; the text goes on
                Def previous = defs.get(defs.size() - 1);
                Joiner.append(previous.text(), def.marker() + " " + def.text(), false, ctx.words);
                def = previous;
                defs.remove(defs.size() - 1);
            }
            if (def.marker().chars().allMatch(Character::isDigit)) {
                expectedNumber = Integer.parseInt(def.marker()) + 1;
            }
            ctx.use(i, Stage.FOOTNOTES);
            int j = continuation(ctx, def, i, afterSeparator);
            defs.add(def);
            lastEnd = j;
            i = j - 1;
        }
        return defs;
    }

    /** A numbered marker far out of sequence right under a note that has not ended its sentence: a wrapped number. */
    private static boolean wrappedNumber(List<Def> defs, Def def) {
        if (defs.isEmpty() || !def.marker().chars().allMatch(Character::isDigit) || def.marker().length() > 4) {
            return false;
        }
        Def previous = defs.get(defs.size() - 1);
        if (!previous.marker().chars().allMatch(Character::isDigit) || previous.marker().length() > 4) {
            return false;
        }
        int n = Integer.parseInt(def.marker());
        int p = Integer.parseInt(previous.marker());
        return (n > p + 10 || n < p) && !Clauses.endsSentence(previous.text());
    }

    /** @return the definition that line {@code i} opens, by its marker's shape, or null */
    private static Def definition(Context ctx, int i, boolean afterSeparator, int expectedNumber) {
        String t = ctx.src.text[i];
        Matcher m = Shapes.FOOTNOTE_MARKDOWN.matcher(t);
        if (m.matches()) {
            return new Def(m.group(1), new StringBuilder(m.group(2)), i);
        } else if ((m = Shapes.FOOTNOTE_SYMBOL.matcher(t)).matches() && (ctx.starMarkersUsed || t.charAt(0) != '*')
                && ctx.src.indent[i] == 0) {
            return new Def(m.group(1), new StringBuilder(m.group(2)), i);
        } else if (afterSeparator && (m = Shapes.FOOTNOTE_NUMBERED.matcher(t)).matches()
                && Integer.parseInt(m.group(1)) == expectedNumber) {
            return new Def(m.group(1), new StringBuilder(m.group(2)), i);
        }
        return null;
    }

    /**
     * The continuation lines of the definition opened on line {@code i}: until a blank line, another definition or
     * a separator; they are joined to its text and used.
     *
     * @return the line after the definition's text
     */
    private static int continuation(Context ctx, Def def, int i, boolean afterSeparator) {
        SourceText src = ctx.src;
        int j = i + 1;
        while (j < src.size() && !src.blank(j) && !src.placed(j) && !startsDefinition(ctx, j, afterSeparator)
                && !Layout.separator(src.text[j])) {
            Joiner.append(def.text(), src.text[j], src.softBreak[j - 1], ctx.words);
            ctx.use(j, Stage.FOOTNOTES);
            j++;
        }
        return j;
    }

    private static boolean startsDefinition(Context ctx, int i, boolean afterSeparator) {
        String t = ctx.src.text[i];
        return Shapes.FOOTNOTE_MARKDOWN.matcher(t).matches() || Shapes.FOOTNOTE_SYMBOL.matcher(t).matches() && ctx.starMarkersUsed
                || afterSeparator && Shapes.FOOTNOTE_NUMBERED.matcher(t).matches();
    }
}
