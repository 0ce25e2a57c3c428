package org.declaro.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.declaro.model.Action;
import org.declaro.model.ActionPlan;
import org.declaro.model.Commitment;
import org.declaro.model.Heading;
import org.declaro.model.Modality;
import org.declaro.model.Period;

/**
 * What the views of a document (the renderers, the Akoma Ntoso writer) show for values that an invalid
 * document lacks: the one place that decides it, so that a view renders what is there and never prints
 * {@code null}. A missing text or name shows as nothing, a missing modality as no modality, a heading
 * without a position is not placed, a commitment without a span is not highlighted.
 */
public final class Views {
    private Views() {
    }

    /**
     * @param s a text, may be null
     * @return the text, or {@code ""} when it is absent
     */
    public static String text(String s) {
        return s == null ? "" : s;
    }

    /**
     * @param m a modality, may be null
     * @return its JSON name, or {@code ""} when it is absent
     */
    public static String modality(Modality m) {
        return m == null ? "" : m.jsonName();
    }

    /**
     * @param headings a declaration's headings
     * @param i        a paragraph's position, from 0
     * @return the headings that stand before that paragraph, in their order; a heading without a position is
     *         not placed
     */
    public static List<Heading> before(List<Heading> headings, int i) {
        List<Heading> out = new ArrayList<>();
        for (Heading h : headings) {
            if (h.before() != null && h.before() == i) {
                out.add(h);
            }
        }
        return out;
    }

    /**
     * @param h a heading
     * @return its level, 1 when absent, and kept within 1..6 (the levels a view can print) when it is out of range
     */
    public static int headingLevel(Heading h) {
        Integer level = h.level();
        return level == null ? 1 : Math.max(1, Math.min(6, level));
    }

    /**
     * @param p a period
     * @return {@code "2020–2024"}; an absent year shows as nothing ({@code "2020–"})
     */
    public static String period(Period p) {
        return (p.from() == null ? "" : String.valueOf(p.from())) + "\u2013" + (p.to() == null ? "" : String.valueOf(p.to()));
    }

    /**
     * What tells an action apart in an anchor or an id: its number, or, when it has none, its position
     * (from 1) among the plan's actions prefixed with {@code "at"} so that it cannot clash with a number.
     *
     * @param plan the plan holding the action
     * @param a    one of its actions
     * @return the key
     */
    public static String actionKey(ActionPlan plan, Action a) {
        if (a.number() != null) {
            return String.valueOf(a.number());
        }
        return "at" + (plan.actions().indexOf(a) + 1);
    }

    /**
     * The commitments of a text that can be marked in it, in text order: those whose span lies within the
     * text and is not empty; of overlapping spans, the first keeps its place. A missing text has none.
     *
     * @param text        the text, may be null
     * @param commitments its commitments
     * @return the spans to mark
     */
    public static List<Commitment> spans(String text, List<Commitment> commitments) {
        List<Commitment> placed = new ArrayList<>();
        if (text == null) {
            return placed;
        }
        for (Commitment c : commitments) {
            if (c.start() != null && c.end() != null && c.start() >= 0 && c.end() <= text.length() && c.start() < c.end()) {
                placed.add(c);
            }
        }
        placed.sort(Comparator.comparingInt(Commitment::start));
        List<Commitment> out = new ArrayList<>();
        int at = 0;
        for (Commitment c : placed) {
            if (c.start() >= at) {
                out.add(c);
                at = c.end();
            }
        }
        return out;
    }
}
