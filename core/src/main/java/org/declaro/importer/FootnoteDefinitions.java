package org.declaro.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern MARKDOWN = Pattern.compile("\\[\\^([^\\]\\s]{1,12})\\]:\\s*(.*)");
    private static final Pattern SYMBOL = Pattern.compile("(\\*{1,4}|†{1,3}|‡{1,3}|§)\\s+(\\S.*)");
    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,3})\\s+(\\S.*)");

    private FootnoteDefinitions() {
    }

    static List<Def> collect(Context ctx) {
        SourceText src = ctx.src;
        List<Def> defs = new ArrayList<>();
        boolean afterSeparator = false;
        int expectedNumber = 1;
        for (int i = 0; i < src.size(); i++) {
            String t = src.text[i];
            if (t.isEmpty()) {
                continue;
            }
            if (Layout.separator(t)) {
                if (!src.placed(i)) {
                    ctx.leaveOut(i, "a separator");
                }
                afterSeparator = true;
                continue;
            }
            if (src.placed(i)) {
                continue;
            }
            Matcher m = MARKDOWN.matcher(t);
            Def def = null;
            if (m.matches()) {
                def = new Def(m.group(1), new StringBuilder(m.group(2)), i);
            } else if ((m = SYMBOL.matcher(t)).matches() && (ctx.starMarkersUsed || t.charAt(0) != '*')
                    && src.indent[i] == 0) {
                def = new Def(m.group(1), new StringBuilder(m.group(2)), i);
            } else if (afterSeparator && (m = NUMBERED.matcher(t)).matches()
                    && Integer.parseInt(m.group(1)) == expectedNumber) {
                def = new Def(m.group(1), new StringBuilder(m.group(2)), i);
            } else {
                afterSeparator = false;
            }
            if (def == null) {
                continue;
            }
            if (def.marker().chars().allMatch(Character::isDigit)) {
                expectedNumber = Integer.parseInt(def.marker()) + 1;
            }
            ctx.use(i);
            // continuation lines: until a blank line, another definition or a separator
            int j = i + 1;
            while (j < src.size() && !src.blank(j) && !src.placed(j) && !startsDefinition(ctx, j, afterSeparator)
                    && !Layout.separator(src.text[j])) {
                Joiner.append(def.text(), src.text[j], src.softBreak[j - 1], ctx.words);
                ctx.use(j);
                j++;
            }
            defs.add(def);
            i = j - 1;
        }
        return defs;
    }

    private static boolean startsDefinition(Context ctx, int i, boolean afterSeparator) {
        String t = ctx.src.text[i];
        return MARKDOWN.matcher(t).matches() || SYMBOL.matcher(t).matches() && ctx.starMarkersUsed
                || afterSeparator && NUMBERED.matcher(t).matches();
    }
}
