package org.declaro.importer;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Page furniture: page numbers ({@code 4/18}, {@code - 3 -}, {@code Page 2 of 5}), job numbers
 * ({@code 25-17700 (E)}, {@code GE.24-14750}), separators ({@code ---}, {@code ###}) and running headers
 * or footers (a short line repeated on three or more pages). Each is left out with an info finding.
 */
final class Layout {


    private Layout() {
    }

    static boolean separator(String t) {
        return Shapes.SEPARATOR.matcher(t).matches();
    }

    /** How many lines of furniture a page break carries at most, next to the line that proves it. */
    private static final int PAGE_HEAD_LINES = 6;

    /**
     * Finds the furniture; separators are marked but stay visible to the footnote scanner. A line is furniture
     * only on page evidence: a page number, a job number, a barcode or a symbol with its page number proves a page
     * break, and the short lines that repeat elsewhere in the text (running heads: the symbol, the title) are
     * furniture only when they stand next to such a proof, with nothing but blank lines and other furniture
     * between. A line that repeats inside the flow of the text (a label, a sub-heading, a word on its own
     * line) is content.
     */
    static Line.Page[] markFurniture(Context ctx) {
        SourceText src = ctx.src;
        fileHeader(ctx);
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < src.size(); i++) {
            String t = src.text[i];
            if (!t.isEmpty() && t.length() <= 80) {
                counts.merge(t, 1, Integer::sum);
            }
        }
        java.util.Set<Integer> titleHeads = titleRepeats(src, ctx.profile);
        String[] proof = new String[src.size()];
        for (int i = 0; i < src.size(); i++) {
            proof[i] = pageProof(src, i);
        }
        boolean[] furniture = new boolean[src.size()];
        for (int i = 0; i < src.size(); i++) {
            if (proof[i] == null) {
                continue;
            }
            for (int step = -1; step <= 1; step += 2) {
                int lines = 0;
                for (int j = i + step; j >= 0 && j < src.size() && lines < PAGE_HEAD_LINES; j += step) {
                    String t = src.text[j];
                    if (t.isEmpty() || proof[j] != null) {
                        continue;
                    }
                    boolean head = titleHeads.contains(j) || counts.getOrDefault(t, 0) >= 2 && runningHeadShaped(t);
                    boolean symbol = t.length() <= 80 && Shapes.SYMBOL.matcher(t).matches();
                    if (!head && !symbol) {
                        break;
                    }
                    furniture[j] |= head && !symbol; // a symbol alone is left to the front matter and the body
                    lines++;
                }
            }
        }
        for (int i : titleHeads) {
            // the title where a page broke a sentence is its running head; so is a long title on a line of its own
            // between two blocks of the text, where an extraction kept the head and dropped the page's number
            furniture[i] |= splitsSentence(src, i) || src.text[i].length() >= 20 && ownLine(src, i);
        }
        String[] what = new String[src.size()];
        for (int i = 0; i < src.size(); i++) {
            if (src.evidence(i).role() == org.declaro.importer.spi.LineEvidence.Role.FURNITURE && !src.blank(i)) {
                what[i] = "page furniture (its place on the page, as the file gives it)";
            } else if (proof[i] != null && !proof[i].isEmpty()) {
                what[i] = proof[i];
            } else if (furniture[i]) {
                what[i] = titleHeads.contains(i) ? "a running head (the title repeated at the top of a page)"
                        : "a running header or footer (it repeats, next to a page break)";
            }
            if (what[i] != null) {
                ctx.leaveOut(i, Stage.LAYOUT, what[i]);
            }
        }
        return pages(src, proof, what);
    }

    /**
     * The page evidence of each line: a page ends at a line that proves a page break (a page number, a job number,
     * a barcode, a symbol with its page), and the content lines of a page are counted from its top.
     */
    private static Line.Page[] pages(SourceText src, String[] proof, String[] what) {
        Line.Page[] pages = new Line.Page[src.size()];
        int page = 1;
        int position = 0;
        boolean broke = false;
        boolean lastWasProof = false;
        for (int i = 0; i < src.size(); i++) {
            boolean isProof = proof[i] != null;
            int given = src.evidence(i).page();
            if (given > page && !src.blank(i)) { // the file's own page: the best evidence there is
                page = given;
                position = 0;
                broke = true;
            } else if (isProof && !lastWasProof && position > 0 && src.evidence == null) {
                page++; // a page's foot (or the next page's head): what follows is on a new page
                position = 0;
                broke = true;
            }
            if (!src.blank(i)) {
                lastWasProof = isProof;
            }
            if (what[i] != null || src.blank(i) || isProof) {
                pages[i] = new Line.Page(page, 0, false, what[i]);
                continue;
            }
            pages[i] = new Line.Page(page, ++position, broke, null);
            broke = false;
        }
        return pages;
    }

    /**
     * A paragraph number or label alone on its line (PDF text sets it in the margin) is joined to the text on the
     * next line, across one blank line at most or a page break with its furniture: "1." / "Forty years ago, ..." is read as "1. Forty years ago, ...".
     * The text's line is then placed: it is read as part of the marker's line.
     */
    static void attachLoneMarkers(Context ctx) {
        SourceText src = ctx.src;
        for (int i = 0; i < src.size(); i++) {
            if (src.placed(i) || src.blank(i) || src.text[i].length() > 8 || !Shapes.LONE_MARKER.matcher(src.text[i]).matches()) {
                continue;
            }
            // the text is on the next line, across one blank line, or across a page break and its furniture
            int j = i + 1;
            int blanks = 0;
            boolean pageBreak = false;
            while (j < src.size() && (src.blank(j) || src.placed(j) || pageBreak && runningSymbol(src.text[j]))) {
                blanks += src.blank(j) ? 1 : 0;
                pageBreak |= src.placed(j);
                j++;
            }
            if (j >= src.size() || blanks > 1 && !pageBreak || Shapes.LONE_MARKER.matcher(src.text[j]).matches()
                    || Shapes.NUMBERED.matcher(src.text[j]).matches()) {
                continue;
            }
            src.text[i] = src.text[i] + " " + src.text[j];
            ctx.use(j, Stage.LAYOUT);
        }
    }

    /** A document symbol alone on its line: at a page break, the page's running head (the body leaves it out). */
    private static boolean runningSymbol(String t) {
        return t.length() <= 80 && Shapes.SYMBOL.matcher(t).matches();
    }

    /** The most lines a file's own header holds above its separator. */
    private static final int FILE_HEADER_LINES = 8;

    /**
     * A file's own header: a few lines at the top, closed by a separator ({@code ---}), one of which says where
     * the file comes from (a copyright, a web address). A collection of texts puts one above each text; it is the
     * file's, not the document's, and is left out with its lines in findings.
     */
    private static void fileHeader(Context ctx) {
        SourceText src = ctx.src;
        boolean provenance = false;
        int lines = 0;
        for (int i = 0; i < src.size() && lines <= FILE_HEADER_LINES; i++) {
            String t = src.text[i];
            if (t.isEmpty()) {
                continue;
            }
            if (Shapes.SEPARATOR.matcher(t).matches() && lines > 0) {
                if (provenance) {
                    for (int j = 0; j <= i; j++) {
                        if (!src.blank(j)) {
                            ctx.leaveOut(j, Stage.LAYOUT, j == i ? "the separator under the file's header" : "the file's header");
                        }
                    }
                }
                return;
            }
            provenance |= Shapes.PROVENANCE.matcher(t).matches();
            lines++;
        }
    }

    /**
     * What proves a page break at line {@code i}: the finding's words for a page number, job number, barcode or
     * symbol with page; "" for a proof left in place (a document symbol alone on its line, which the front matter
     * may want); null for none.
     */
    private static String pageProof(SourceText src, int i) {
        String t = src.text[i];
        if (t.isEmpty() || t.length() > 80) {
            return null; // every proof is a short line
        }
        if (Shapes.PAGE_NUMBER.matcher(t).matches() && isolated(src, i)) {
            return "a page number";
        } else if (t.length() <= 40 && Shapes.JOB_NUMBER.matcher(t).matches()) {
            return "a job number";
        } else if (Shapes.BARCODE.matcher(t).matches()) {
            return "a barcode";
        } else if (t.length() <= 80 && Shapes.SYMBOL_AND_PAGE.matcher(t).matches()) {
            return "a running header (symbol and page number)";
        }
        return null;
    }

    /** Whether the line stands between two parts of one sentence: the text above it does not end a clause. */
    private static boolean splitsSentence(SourceText src, int i) {
        int before = i - 1;
        while (before >= 0 && src.blank(before)) {
            before--;
        }
        int after = i + 1;
        while (after < src.size() && src.blank(after)) {
            after++;
        }
        return before >= 0 && after < src.size() && !Clauses.endsClause(src.text[before]);
    }

    /** A line that may be a running head: short, no list marker, no clause punctuation at its end. */
    private static boolean runningHeadShaped(String t) {
        return !Shapes.LABELLED.matcher(t).matches() && !Shapes.LONE_MARKER.matcher(t).matches() && !t.endsWith(".") && !t.endsWith(",") && !t.endsWith(";") && !t.endsWith(":");
    }

    /**
     * Lines that repeat the title further down: a PDF prints the title as the running head of every other
     * page, often once only in a short text. The title is a line of its own near the top (after a resolution
     * number such as {@code 12/34.}, if any); a later line of its own with the same text is a running head,
     * unless it opens an annex (an annex often repeats the title of the text that adopts it).
     */
    private static java.util.Set<Integer> titleRepeats(SourceText src, LayoutProfile profile) {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        Map<String, Integer> top = new HashMap<>();
        int seen = 0;
        int topEnd = src.size();
        // the top: the lines above the body, which starts at the author's formula, a clause or a long line
        for (int i = 0; i < src.size() && seen < 12; i++) {
            if (!src.blank(i) && (src.text[i].length() > 200 || src.text[i].endsWith(",")
                    || Character.isDigit(src.text[i].charAt(0)) && Shapes.NUMBERED.matcher(src.text[i]).matches())) {
                break; // the body has begun: an author's formula, a long line, a numbered paragraph
            }
            if (ownLine(src, i)) {
                seen++;
                Matcher r = Shapes.RESOLUTION_TITLE.matcher(src.text[i]);
                String t = titleKey(r.matches() ? r.group(2) : src.text[i]);
                if (t.length() >= 4 && t.length() <= 200 && !endsClause(t)) { // a repeat counts only next to a page break
                    top.putIfAbsent(t, i);
                }
                topEnd = i + 1;
            }
        }
        if (top.isEmpty()) {
            return out;
        }
        int lastAnnex = -10;
        for (int i = topEnd; i < src.size(); i++) {
            String t = src.text[i];
            if (t.isEmpty()) {
                continue;
            }
            if (t.length() <= 40 && profile.annexLine.matcher(t).matches()) {
                lastAnnex = i;
            } else if (t.length() <= 210 && top.containsKey(titleKey(t)) && i - lastAnnex > 4) {
                out.add(i);
            }
        }
        return out;
    }

    /**
     * A title line as a running head repeats it: without bold or heading markup and footnote markers, in one case
     * ("**Title***" at the top, "Title" or "TITLE" at the head of a page).
     */
    private static String titleKey(String line) {
        String t = line.strip();
        if (t.startsWith("#")) {
            t = Shapes.HEADING_MARKS.matcher(t).replaceFirst("");
        }
        if (t.startsWith("**")) {
            t = t.substring(2);
        }
        int end = t.length();
        while (end > 0 && "*†‡".indexOf(t.charAt(end - 1)) >= 0) {
            end--;
        }
        t = t.substring(0, end).strip();
        return t.toLowerCase(java.util.Locale.ROOT);
    }

    private static boolean ownLine(SourceText src, int i) {
        return !src.blank(i) && (i == 0 || src.blank(i - 1)) && (i + 1 >= src.size() || src.blank(i + 1));
    }

    private static boolean endsClause(String t) {
        char c = t.charAt(t.length() - 1);
        return Shapes.CLAUSE_ENDS.indexOf(c) >= 0 && "!?！？؟".indexOf(c) < 0; // a clause's end, not a question's
    }

    /** A bare number counts as a page number only on a line of its own, between blank lines or at an end. */
    private static boolean isolated(SourceText src, int i) {
        if (src.text[i].indexOf('/') >= 0 || !Character.isDigit(src.text[i].charAt(0))) {
            return true;
        }
        boolean before = i == 0 || src.blank(i - 1);
        boolean after = i == src.size() - 1 || src.blank(i + 1);
        return before && after;
    }
}
