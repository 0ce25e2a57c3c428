package org.declaro.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.declaro.report.Finding;
import org.declaro.report.Rule;
import org.declaro.report.Severity;

/**
 * The parts stage: where the text's parts begin. The main document comes first; an annex starts at a line
 * "Annex" / "Annex II" of its own (which this stage owns and leaves out), at "Annex: Title", or at a plan's
 * heading printed after the body's prose; a second language version ({@link LanguageSwitch}) is a part of its
 * own, read with its language's words.
 */
final class Parts {

    /**
     * One part of the text.
     *
     * @param from      its first line
     * @param previousEnd the end (exclusive) of the part before it
     * @param titleLine the line that gives the part's title inline ("Annex: Title"), or -1
     * @param ctx       the context to read it in (the second language's for a second language version)
     * @param adopted   the text was adopted inline by the part before it ("Adopts the following declaration:")
     */
    record Part(int from, int previousEnd, int titleLine, Context ctx, boolean adopted) {
    }

    private Parts() {
    }

    /**
     * @param ctx    the import run, tokenised
     * @param second where a second language version begins, or null
     * @return the parts, in order; the first is the main document
     */
    static List<Part> find(Context ctx, LanguageSwitch.Found second) {
        List<int[]> found = annexes(ctx);
        Context other = secondLanguage(ctx, second, found);
        List<Part> parts = new ArrayList<>(found.size());
        for (int[] p : found) {
            parts.add(new Part(p[0], p[1], p[2], other != null && p[0] >= other.firstLine ? other : ctx, p[3] >= 0));
        }
        return parts;
    }

    /**
     * Where the annexes start: a line "Annex" / "Annex II" of its own (left out, the annex starts after it);
     * "Annex: Title" (the title is the annex's); a heading naming a plan of action ("Action Plan for ...",
     * "Plan of Action") printed as a block of its own after the body's prose (the heading is the annex's
     * title).
     */
    private static List<int[]> annexes(Context ctx) {
        Lines lines = ctx.lines;
        List<int[]> parts = new ArrayList<>();
        parts.add(new int[] {0, 0, -1, -1});
        boolean prose = false;
        boolean text = false; // an annex needs a text before it to be annexed to
        for (int i = 0; i < lines.size(); i++) {
            if (lines.placed(i) || lines.blank(i)) {
                continue;
            }
            boolean blockStart = i == 0 || lines.blank(i - 1);
            String t = lines.text(i);
            boolean before = text;
            text = true;
            if (!before) {
                continue;
            }
            if (!blockStart) {
                prose |= t.length() > 200;
                continue;
            }
            int length = lines.blockLength(i); // the block's length and last line, measured once
            String end = lines.text(lines.blockEnd(i));
            String bare = bare(t);
            int adopted = length <= 400 ? adoptedText(ctx, i) : -1;
            if (adopted > 0) {
                parts.add(new int[] {adopted, adopted, -1, i}); // "Adopts the following declaration:", then its text
                prose = false;
            } else if (ctx.profile.annexLine.matcher(bare).matches()) {
                ctx.leaveOut(i, Stage.PARTS, "the start of an annex (the annex is in `annexes`)");
                parts.add(new int[] {i + 1, i, -1, -1});
                prose = false;
            } else if (length <= 200 && ctx.profile.annexTitled.matcher(bare).matches()) {
                parts.add(new int[] {i, i, i, -1});
                prose = false;
            } else if (prose && length <= 150 && ctx.profile.planHeading.matcher(t).find() && !Clauses.endsClause(end)
                    && !Shapes.BULLET.matcher(t).matches()) {
                parts.add(new int[] {i, i, -1, -1});
                prose = false;
            } else if (length > 200 || length >= 80 && Clauses.endsSentence(end)) {
                prose = true;
            }
        }
        return parts;
    }

    /**
     * Where the text a resolution adopts inline begins: after a block of its own that opens with an adopting verb and
     * ends with a colon ("Adopts the following political declaration:"), when the next block opens a text (a title
     * on a line of its own, or an author's formula) rather than the paragraph's own items.
     *
     * @return the first line of the adopted text, or -1
     */
    private static int adoptedText(Context ctx, int i) {
        Lines lines = ctx.lines;
        if (!ctx.profile.adoptsFollowing.matcher(lines.blockText(i)).matches()) {
            return -1;
        }
        int next = lines.blockEnd(i) + 1;
        while (next < lines.size() && (lines.blank(next) || lines.placed(next))) {
            next++;
        }
        if (next >= lines.size()) {
            return -1;
        }
        String t = lines.text(next);
        boolean title = lines.blockLengthAtMost(next, 200) && !Clauses.endsClause(lines.text(lines.blockEnd(next)))
                && lines.is(next, LineClassifier.Kind.TEXT) && !Shapes.BULLET.matcher(t).matches();
        return title || lines.is(next, LineClassifier.Kind.AUTHOR) ? next : -1;
    }

    /**
     * A second language version in the file ({@link LanguageSwitch}): it becomes a part of its own, read with its
     * language's words, and a warning says where it begins. Returns the run's context for that part, or null.
     */
    private static Context secondLanguage(Context ctx, LanguageSwitch.Found found, List<int[]> parts) {
        if (found == null) {
            return null;
        }
        int at = 0;
        while (at < parts.size() && parts.get(at)[0] < found.line()) {
            at++;
        }
        if (at == parts.size() || parts.get(at)[0] != found.line()) {
            parts.add(at, new int[] {found.line(), found.line(), -1, -1});
        }
        ctx.findings.add(new Finding(Rule.IMPORT_LANGUAGES, Severity.WARNING, "", found.line() + 1, 1, "From line "
                + (found.line() + 1) + " (\"" + ctx.lines.text(found.line()) + "\") the text is in another language ("
                + found.language() + "): a second language version, kept apart as an annex in that language and not"
                + " merged with the text above."));
        return ctx.inLanguage(LayoutProfile.inLanguage(ctx.profile, found.language()), found.language(), found.line());
    }

    /** A line without the Markdown that may dress a heading: "## Annex II" and "**Annex II**" are "Annex II". */
    static String bare(String line) {
        if (line.isEmpty() || line.charAt(0) != '#' && line.charAt(0) != '*' && line.charAt(0) != '_') {
            return line; // most lines: no markup to take off
        }
        String t = Shapes.MARKDOWN_HEADING.matcher(line).matches() ? Shapes.HEADING_MARKS.matcher(line).replaceFirst("") : line;
        return LineWalker.unbold(t);
    }

    /**
     * The title of an annex given on its line: "Annex: Plan of Action" gives "Plan of Action"; a line with the
     * annex's label keeps it, as printed ("Annex II. Terms of reference"), since an annex has no field of its
     * own for the label.
     */
    static String inlineAnnexTitle(LayoutProfile profile, String line) {
        Matcher m = profile.annexTitled.matcher(line);
        if (!m.matches()) {
            return null;
        }
        return m.group(1) == null ? m.group(2).strip() : line.strip();
    }
}
