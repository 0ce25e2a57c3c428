package org.declaro.commitments;

import java.util.ArrayList;
import java.util.List;
import org.declaro.model.Commitment;
import org.declaro.model.Declaration;
import org.declaro.model.Paragraph;
import org.declaro.model.Subparagraph;

/**
 * Scores found commitment units against annotated ones by the rule of COMMITMENTS.md: a found unit
 * matches an annotated one in the same paragraph with the same modality whose span overlaps it by at
 * least half of the shorter span; each annotated unit matches at most once.
 */
record CommitmentScore(int found, int annotated, int matched) {

    double precision() {
        return found == 0 ? 1 : (double) matched / found;
    }

    double recall() {
        return annotated == 0 ? 1 : (double) matched / annotated;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Scores the preambular and body paragraphs of two versions of one document (same paragraphs, in order). */
    static CommitmentScore of(Declaration gold, Declaration found) {
        return of(units(gold), units(found));
    }

    /**
     * @return the units of each preambular paragraph, then of each body paragraph, in order; the units of a
     *         paragraph's sub-paragraphs (format 1.1) count as the paragraph's, their offsets moved past the
     *         paragraph's text as if its sub-paragraphs followed it, depth first, each after a line break
     *         (the convention of {@code CommitmentEvaluationTest.annotated})
     */
    static List<List<Commitment>> units(Declaration doc) {
        List<List<Commitment>> units = new ArrayList<>();
        doc.preamble().forEach(p -> units.add(p.commitments()));
        for (Paragraph p : doc.paragraphs()) {
            List<Commitment> all = new ArrayList<>(p.commitments());
            subparagraphs(p.subparagraphs(), new int[] {p.text().length() + 1}, all);
            units.add(all);
        }
        return units;
    }

    private static void subparagraphs(List<Subparagraph> subs, int[] base, List<Commitment> out) {
        for (Subparagraph s : subs) {
            for (Commitment c : s.commitments()) {
                out.add(new Commitment(c.id(), c.modality(), c.actor(), c.text(), base[0] + c.start(), base[0] + c.end(),
                        c.themes(), c.deadline()));
            }
            base[0] += s.text().length() + 1;
            subparagraphs(s.subparagraphs(), base, out);
        }
    }

    /** Scores units paragraph by paragraph: the lists of both sides name the same paragraphs, in order. */
    static CommitmentScore of(List<List<Commitment>> goldUnits, List<List<Commitment>> foundUnits) {
        if (goldUnits.size() != foundUnits.size()) {
            throw new IllegalArgumentException("the documents have different paragraphs");
        }
        int f = 0;
        int a = 0;
        int m = 0;
        for (int i = 0; i < goldUnits.size(); i++) {
            a += goldUnits.get(i).size();
            f += foundUnits.get(i).size();
            List<Commitment> open = new ArrayList<>(goldUnits.get(i));
            for (Commitment c : foundUnits.get(i)) {
                for (Commitment o : open) {
                    if (matches(o, c)) {
                        open.remove(o);
                        m++;
                        break;
                    }
                }
            }
        }
        return new CommitmentScore(f, a, m);
    }

    /** @return the sum of two scores (pooled over documents) */
    CommitmentScore plus(CommitmentScore other) {
        return new CommitmentScore(found + other.found, annotated + other.annotated, matched + other.matched);
    }

    static boolean matches(Commitment gold, Commitment found) {
        if (gold.modality() != found.modality()) {
            return false;
        }
        int overlap = Math.min(gold.end(), found.end()) - Math.max(gold.start(), found.start());
        int shorter = Math.min(gold.end() - gold.start(), found.end() - found.start());
        return overlap * 2 >= shorter && overlap > 0;
    }

    @Override
    public String toString() {
        return String.format("found %d, annotated %d, matched %d: precision %.3f, recall %.3f, F1 %.3f",
                found, annotated, matched, precision(), recall(), f1());
    }
}
