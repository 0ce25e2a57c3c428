package org.declaro.validation;

import java.util.List;
import java.util.Set;
import org.declaro.model.ActionPlan;
import org.declaro.model.Commitment;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.declaro.model.Paragraph;
import org.declaro.model.Subparagraph;
import org.declaro.report.Rule;

/**
 * {@code commitment.id.duplicate}, {@code commitment.span.range}, {@code commitment.span.text},
 * {@code commitment.overlap}, {@code commitment.theme.unknown}.
 */
final class Commitments implements RuleFamily {

    @Override
    public void check(Document doc, String base, Checks c) {
        FirstUse ids = new FirstUse();
        if (doc instanceof Declaration d) {
            String preamble = base + "/preamble/";
            for (int i = 0; i < d.preamble().size(); i++) {
                host(d.preamble().get(i).text(), d.preamble().get(i).commitments(), preamble, i, "paragraph", ids, c);
            }
            String paragraphs = base + "/paragraphs/";
            for (int i = 0; i < d.paragraphs().size(); i++) {
                Paragraph p = d.paragraphs().get(i);
                host(p.text(), p.commitments(), paragraphs, i, "paragraph", ids, c);
                if (!p.subparagraphs().isEmpty()) {
                    subparagraphs(p.subparagraphs(), paragraphs + i, ids, c);
                }
            }
        } else if (doc instanceof ActionPlan a) {
            for (int i = 0; i < a.sections().size(); i++) {
                var actions = a.sections().get(i).actions();
                String prefix = base + "/sections/" + i + "/actions/";
                for (int j = 0; j < actions.size(); j++) {
                    host(actions.get(j).text(), actions.get(j).commitments(), prefix, j, "action", ids, c);
                }
            }
        }
    }

    private static void subparagraphs(List<Subparagraph> subs, String owner, FirstUse ids, Checks c) {
        String prefix = owner + "/subparagraphs/";
        for (int k = 0; k < subs.size(); k++) {
            Subparagraph s = subs.get(k);
            host(s.text(), s.commitments(), prefix, k, "sub-paragraph", ids, c);
            if (!s.subparagraphs().isEmpty()) {
                subparagraphs(s.subparagraphs(), prefix + k, ids, c);
            }
        }
    }

    static int count(List<Subparagraph> subs) {
        int n = 0;
        for (Subparagraph s : subs) {
            n += s.commitments().size() + count(s.subparagraphs());
        }
        return n;
    }

    /**
     * Checks the commitments of one host (paragraph, sub-paragraph, action), whose pointer is {@code prefix}
     * followed by {@code index}; pointers are built only for findings.
     */
    private static void host(String text, List<Commitment> commitments, String prefix, int index, String what,
            FirstUse ids, Checks c) {
        int n = commitments.size();
        if (n == 0) {
            return;
        }
        // the usable spans, as start then position (both at least 0), and the end of each by position
        long[] spans = n == 1 ? null : new long[n];
        int[] ends = n == 1 ? null : new int[n];
        int count = 0;
        for (int j = 0; j < n; j++) {
            Commitment cm = commitments.get(j);
            if (cm.id() != null) {
                int first = ids.putIfAbsent(cm.id(), prefix, index, j);
                if (first >= 0) {
                    c.add(Rule.COMMITMENT_ID_DUPLICATE, pointer(prefix, index, j) + "/id", "Commitment id \"" + cm.id()
                            + "\" is already used at " + ids.pointer(first) + "; give each commitment its own id.");
                }
            }
            if (text != null && cm.start() != null && cm.end() != null && span(text, cm, prefix, index, j, what, c)
                    && spans != null) {
                spans[count++] = (long) cm.start() << 32 | j;
                ends[j] = cm.end();
            }
            if (c.themes != null) {
                for (int k = 0; k < cm.themes().size(); k++) {
                    if (!c.themes.contains(cm.themes().get(k))) {
                        c.add(Rule.COMMITMENT_THEME_UNKNOWN, pointer(prefix, index, j) + "/themes/" + k, "Theme \""
                                + cm.themes().get(k) + "\" is not in the theme vocabulary; use one of its themes or add it there.");
                    }
                }
            }
        }
        if (count > 1) {
            overlaps(spans, count, ends, prefix, index, what, c);
        }
    }

    /** Reports each span that starts before the furthest end of the spans that start before it. */
    private static void overlaps(long[] spans, int count, int[] ends, String prefix, int index, String what, Checks c) {
        sort(spans, count);
        int reach = -1;
        int reachIndex = -1;
        for (int i = 0; i < count; i++) {
            int start = (int) (spans[i] >>> 32);
            int j = (int) spans[i];
            int end = ends[j];
            if (start < reach) {
                c.add(Rule.COMMITMENT_OVERLAP, pointer(prefix, index, j), "This commitment's span "
                        + start + ".." + end + " overlaps commitment " + (reachIndex + 1) + " of the same " + what + ".");
            }
            if (end > reach) {
                reach = end;
                reachIndex = j;
            }
        }
    }

    /**
     * Whether the commitments of one host could give no finding but a duplicate id (which
     * {@link FirstUse} finds): every span inside the text and matching it, no two overlapping, every theme
     * in the vocabulary.
     */
    static boolean clean(String text, List<Commitment> commitments, Set<String> themes) {
        int n = commitments.size();
        long[] spans = null; // start, then position, for the overlap check when spans come out of order
        int[] ends = null;
        int count = 0;
        int reach = -1;
        int previousStart = -1;
        for (int j = 0; j < n; j++) {
            Commitment cm = commitments.get(j);
            if (themes != null) {
                for (int k = 0; k < cm.themes().size(); k++) {
                    if (!themes.contains(cm.themes().get(k))) {
                        return false;
                    }
                }
            }
            if (text == null || cm.start() == null || cm.end() == null) {
                continue;
            }
            int start = cm.start();
            int end = cm.end();
            if (start < 0 || end > text.length() || start >= end
                    || cm.text() != null && (cm.text().length() != end - start || !text.startsWith(cm.text(), start))) {
                return false;
            }
            if (spans == null && start < previousStart) { // out of order: collect the spans so far and sort
                spans = new long[n];
                ends = new int[n];
                for (int i = 0; i < j; i++) {
                    Commitment earlier = commitments.get(i);
                    if (earlier.start() != null && earlier.end() != null) {
                        spans[count++] = (long) earlier.start() << 32 | i;
                        ends[i] = earlier.end();
                    }
                }
            }
            if (spans != null) {
                spans[count++] = (long) start << 32 | j;
                ends[j] = end;
            } else if (start < reach) {
                return false;
            }
            previousStart = start;
            reach = Math.max(reach, end);
        }
        return spans == null || !overlapping(spans, count, ends);
    }

    private static boolean overlapping(long[] spans, int count, int[] ends) {
        sort(spans, count);
        int reach = -1;
        for (int i = 0; i < count; i++) {
            if ((int) (spans[i] >>> 32) < reach) {
                return true;
            }
            reach = Math.max(reach, ends[(int) spans[i]]);
        }
        return false;
    }

    /** Sorts the first {@code count} values: an insertion sort for the few commitments most hosts have. */
    private static void sort(long[] values, int count) {
        if (count > 16) {
            java.util.Arrays.sort(values, 0, count);
            return;
        }
        for (int i = 1; i < count; i++) {
            long x = values[i];
            int k = i - 1;
            while (k >= 0 && values[k] > x) {
                values[k + 1] = values[k];
                k--;
            }
            values[k + 1] = x;
        }
    }

    static String pointer(String prefix, int index, int commitment) {
        return prefix + index + "/commitments/" + commitment;
    }

    private static boolean span(String text, Commitment cm, String prefix, int index, int j, String what, Checks c) {
        int start = cm.start();
        int end = cm.end();
        if (start >= 0 && end <= text.length() && start < end && (cm.text() == null
                || cm.text().length() == end - start && text.substring(start, end).equals(cm.text()))) {
            return true; // the common case, with no pointer built
        }
        String p = pointer(prefix, index, j);
        if (start < 0 || start > text.length()) {
            c.add(Rule.COMMITMENT_SPAN_RANGE, p + "/start", "Start " + start + " is outside the text, which has "
                    + text.length() + " characters; use an offset from 0 to " + text.length() + ".");
            return false;
        }
        if (end > text.length()) {
            c.add(Rule.COMMITMENT_SPAN_RANGE, p + "/end", "End " + end + " is past the end of the text, which has "
                    + text.length() + " characters.");
            return false;
        }
        if (start >= end) {
            c.add(Rule.COMMITMENT_SPAN_RANGE, p + "/end", "End " + end + " is not after start " + start
                    + "; a span needs start < end.");
            return false;
        }
        if (cm.text() != null && !text.regionMatches(start, cm.text(), 0, cm.text().length())
                || cm.text() != null && cm.text().length() != end - start) {
            String actual = text.substring(start, end);
            c.add(Rule.COMMITMENT_SPAN_TEXT, p + "/text", "The text differs from the " + what + "'s text at " + start
                    + ".." + end + ", which reads \"" + abbreviate(actual) + "\"; correct the text or the offsets.");
        }
        return true;
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
