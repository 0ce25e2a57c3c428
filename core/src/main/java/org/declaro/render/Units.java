package org.declaro.render;

import java.util.ArrayList;
import java.util.List;
import org.declaro.model.ActionPlan;
import org.declaro.model.Commitment;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.declaro.model.Paragraph;
import org.declaro.model.PreambularParagraph;
import org.declaro.model.Section;

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
            for (int i = 0; i < d.paragraphs().size(); i++) {
                Paragraph p = d.paragraphs().get(i);
                String n = p.number() == null ? String.valueOf(i + 1) : String.valueOf(p.number());
                for (Commitment c : p.commitments()) {
                    out.add(new Located(c, prefix + "para-" + n, "paragraph " + n));
                }
            }
        } else {
            for (Section s : ((ActionPlan) doc).sections()) {
                s.actions().forEach(a -> a.commitments().forEach(c -> out.add(new Located(c, prefix + "action-" + a.number(),
                        "action " + a.number()))));
            }
        }
        return out;
    }
}
