package org.declaro.render;

import java.util.ArrayList;
import java.util.List;
import org.declaro.internal.Views;
import org.declaro.model.ActionPlan;
import org.declaro.model.Commitment;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.declaro.model.Heading;
import org.declaro.model.Paragraph;
import org.declaro.model.PreambularParagraph;
import org.declaro.model.Section;
import org.declaro.model.Subparagraph;

/** The commitments of a document (not of its annexes, which have tables of their own), with where they are. */
final class Units {

    /** A commitment and the anchor and label of the paragraph holding it. */
    record Located(Commitment commitment, String anchor, String where) {
    }

    private Units() {
    }

    static List<Located> of(Document doc, String prefix) {
        List<Located> out = new ArrayList<>();
        if (doc instanceof Declaration d) {
            for (int i = 0; i < d.preamble().size(); i++) {
                PreambularParagraph p = d.preamble().get(i);
                for (Commitment c : p.commitments()) {
                    out.add(new Located(c, prefix + "pre-" + (i + 1), "preamble " + (i + 1)));
                }
            }
            boolean restarts = restarts(d);
            for (int i = 0; i < d.paragraphs().size(); i++) {
                Paragraph p = d.paragraphs().get(i);
                String anchor = prefix + "para-" + key(d, i, restarts);
                String where = "paragraph " + printed(d, i, restarts);
                for (Commitment c : p.commitments()) {
                    out.add(new Located(c, anchor, where));
                }
                subparagraphs(p.subparagraphs(), anchor, where + " ", out);
            }
        } else {
            ActionPlan plan = (ActionPlan) doc;
            for (Section s : plan.sections()) {
                s.actions().forEach(a -> a.commitments().forEach(c -> out.add(new Located(c,
                        prefix + "action-" + Views.actionKey(plan, a), a.number() == null ? "action" : "action " + a.number()))));
            }
        }
        return out;
    }

    /** Commitments of sub-paragraphs (format 1.1) belong to their paragraph, labelled "paragraph 5 (b)(ii)". */
    private static void subparagraphs(List<Subparagraph> subs, String anchor, String where, List<Located> out) {
        for (int k = 0; k < subs.size(); k++) {
            Subparagraph s = subs.get(k);
            String label = s.label() == null ? "\u2022" + (k + 1) : "(" + s.label() + ")";
            for (Commitment c : s.commitments()) {
                out.add(new Located(c, anchor, where + label));
            }
            subparagraphs(s.subparagraphs(), anchor, where + label, out);
        }
    }

    /** @return whether paragraph numbering starts again under some heading, so that numbers repeat */
    static boolean restarts(Declaration d) {
        return d.headings().stream().anyMatch(Heading::restarts);
    }

    /**
     * @return what tells paragraph {@code i} apart in an anchor: its number, or its position (from 1) in a
     *         document whose numbering restarts under headings or whose paragraphs are not numbered
     */
    static String key(Declaration d, int i, boolean restarts) {
        Integer n = d.paragraphs().get(i).number();
        return n == null || restarts ? String.valueOf(i + 1) : String.valueOf(n);
    }

    /** @return the paragraph's number as a reader finds it: "3", or "II.3" under a restarting heading labelled II */
    static String printed(Declaration d, int i, boolean restarts) {
        Integer n = d.paragraphs().get(i).number();
        if (n == null) {
            return String.valueOf(i + 1);
        }
        if (restarts) {
            Heading under = null;
            for (Heading h : d.headings()) {
                if (h.restarts() && h.before() != null && h.before() <= i) {
                    under = h;
                }
            }
            if (under != null && under.label() != null) {
                return under.label() + "." + n;
            }
        }
        return String.valueOf(n);
    }
}
