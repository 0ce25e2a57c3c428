package org.declaro.commitments;

import java.util.ArrayList;
import java.util.List;
import org.declaro.model.Commitment;
import org.declaro.model.Declaration;

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

    /** @return the units of each preambular paragraph, then of each body paragraph, in order */
    static List<List<Commitment>> units(Declaration doc) {
        List<List<Commitment>> units = new ArrayList<>();
        doc.preamble().forEach(p -> units.add(p.commitments()));
        doc.paragraphs().forEach(p -> units.add(p.commitments()));
        return units;
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
