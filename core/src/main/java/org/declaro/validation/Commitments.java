package org.declaro.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
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
        Map<String, Supplier<String>> ids = new HashMap<>(capacity(doc));
        if (doc instanceof Declaration d) {
            for (int i = 0; i < d.preamble().size(); i++) {
                int at = i;
                host(d.preamble().get(i).text(), d.preamble().get(i).commitments(), () -> base + "/preamble/" + at,
                        "paragraph", ids, c);
            }
            for (int i = 0; i < d.paragraphs().size(); i++) {
                int at = i;
                Paragraph p = d.paragraphs().get(i);
                Supplier<String> owner = () -> base + "/paragraphs/" + at;
                host(p.text(), p.commitments(), owner, "paragraph", ids, c);
                if (!p.subparagraphs().isEmpty()) {
                    subparagraphs(p.subparagraphs(), owner, ids, c);
                }
            }
        } else if (doc instanceof ActionPlan a) {
            for (int i = 0; i < a.sections().size(); i++) {
                var actions = a.sections().get(i).actions();
                for (int j = 0; j < actions.size(); j++) {
                    int si = i;
                    int aj = j;
                    host(actions.get(j).text(), actions.get(j).commitments(),
                            () -> base + "/sections/" + si + "/actions/" + aj, "action", ids, c);
                }
            }
        }
    }

    /** The commitments of sub-paragraphs (format 1.1), at any depth, with spans into their own text. */
    private static void subparagraphs(List<Subparagraph> subs, Supplier<String> owner, Map<String, Supplier<String>> ids,
            Checks c) {
        for (int k = 0; k < subs.size(); k++) {
            int at = k;
            Subparagraph s = subs.get(k);
            Supplier<String> pointer = () -> owner.get() + "/subparagraphs/" + at;
            host(s.text(), s.commitments(), pointer, "sub-paragraph", ids, c);
            if (!s.subparagraphs().isEmpty()) {
                subparagraphs(s.subparagraphs(), pointer, ids, c);
            }
        }
    }

    /** @return the number of commitments of sub-paragraphs at any depth */
    static int count(List<Subparagraph> subs) {
        int n = 0;
        for (Subparagraph s : subs) {
            n += s.commitments().size() + count(s.subparagraphs());
        }
        return n;
    }

    private static int capacity(Document doc) {
        int n = 0;
        if (doc instanceof Declaration d) {
            for (var p : d.paragraphs()) {
                n += p.commitments().size() + count(p.subparagraphs());
            }
            for (var p : d.preamble()) {
                n += p.commitments().size();
            }
        } else if (doc instanceof ActionPlan a) {
            for (var s : a.sections()) {
                for (var act : s.actions()) {
                    n += act.commitments().size();
                }
            }
        }
        return n * 4 / 3 + 1;
    }

    /**
     * Checks the commitments of one paragraph or action, whose text is {@code text}. Pointers are built
     * only for findings: most documents have none, and building them for every commitment costs more
     * than the checks.
     */
    private static void host(String text, List<Commitment> commitments, Supplier<String> owner, String what,
            Map<String, Supplier<String>> ids, Checks c) {
        if (commitments.isEmpty()) {
            return;
        }
        List<int[]> spans = new ArrayList<>(commitments.size()); // {start, end, index}
        for (int j = 0; j < commitments.size(); j++) {
            Commitment cm = commitments.get(j);
            int at = j;
            Supplier<String> p = () -> owner.get() + "/commitments/" + at;
            if (cm.id() != null) {
                Supplier<String> first = ids.putIfAbsent(cm.id(), p);
                if (first != null) {
                    c.add(Rule.COMMITMENT_ID_DUPLICATE, p.get() + "/id", "Commitment id \"" + cm.id()
                            + "\" is already used at " + first.get() + "; give each commitment its own id.");
                }
            }
            if (text != null && cm.start() != null && cm.end() != null && span(text, cm, p, what, c)) {
                spans.add(new int[] {cm.start(), cm.end(), j});
            }
            if (c.themes != null) {
                for (int k = 0; k < cm.themes().size(); k++) {
                    if (!c.themes.contains(cm.themes().get(k))) {
                        c.add(Rule.COMMITMENT_THEME_UNKNOWN, p.get() + "/themes/" + k, "Theme \"" + cm.themes().get(k)
                                + "\" is not in the theme vocabulary; use one of its themes or add it there.");
                    }
                }
            }
        }
        spans.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(x[2], y[2]));
        int reach = -1;
        int reachIndex = -1;
        for (int[] s : spans) {
            if (s[0] < reach) {
                c.add(Rule.COMMITMENT_OVERLAP, owner.get() + "/commitments/" + s[2], "This commitment's span "
                        + s[0] + ".." + s[1] + " overlaps commitment " + (reachIndex + 1) + " of the same " + what + ".");
            }
            if (s[1] > reach) {
                reach = s[1];
                reachIndex = s[2];
            }
        }
    }

    /** @return whether the span is a valid range of the text */
    private static boolean span(String text, Commitment cm, Supplier<String> pointer, String what, Checks c) {
        int start = cm.start();
        int end = cm.end();
        if (start >= 0 && end <= text.length() && start < end && (cm.text() == null
                || cm.text().length() == end - start && text.substring(start, end).equals(cm.text()))) {
            return true; // the common case, with no pointer built
        }
        String p = pointer.get();
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
