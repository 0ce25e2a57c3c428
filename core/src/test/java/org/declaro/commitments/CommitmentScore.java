package org.declaro.commitments;

import java.util.ArrayList;
import java.util.List;
import org.declaro.model.Commitment;
import org.declaro.model.Declaration;
import org.declaro.model.Paragraph;

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

    static CommitmentScore of(Declaration gold, Declaration found) {
        int f = 0;
        int a = 0;
        int m = 0;
        for (int i = 0; i < gold.paragraphs().size(); i++) {
            Paragraph g = gold.paragraphs().get(i);
            Paragraph x = found.paragraphs().get(i);
            a += g.commitments().size();
            f += x.commitments().size();
            List<Commitment> open = new ArrayList<>(g.commitments());
            for (Commitment c : x.commitments()) {
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
