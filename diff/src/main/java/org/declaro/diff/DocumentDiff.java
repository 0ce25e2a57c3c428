package org.declaro.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.declaro.model.Commitment;
import org.declaro.model.Declaration;
import org.declaro.model.Modality;
import org.declaro.model.Paragraph;
import org.declaro.model.PreambularParagraph;
import org.declaro.model.Subparagraph;

/**
 * Compares two versions of a declaration.
 *
 * <p>Paragraphs are aligned in two passes: a Myers diff (java-diff-utils) of the paragraph sequences,
 * where two paragraphs are "equal" when their words are at least half the same, keeps the order and so
 * finds renumbering, insertions and deletions; then removed and added paragraphs are paired by
 * similarity, which finds moves. Inside an aligned pair a Myers diff of the words gives the changes.
 * Commitments of aligned paragraphs (with those of their sub-paragraphs, which count as the paragraph's)
 * are paired by the similarity of their texts; the modality scale for
 * "weakened" and "strengthened" is commit, pledge, decide &gt; will &gt; reaffirm &gt; aspire &gt; appeal.
 *
 * <p>The comparison uses the commitments the documents carry; run
 * {@link org.declaro.commitments.CommitmentExtractor} first on documents that have none. Stateless and
 * thread-safe.
 */
public final class DocumentDiff {

    /** Words in common, as a share of both paragraphs, for two paragraphs to count as versions of one. */
    static final double SAME_PARAGRAPH = 0.5;

    private static final Map<Modality, Integer> STRENGTH = Map.of(Modality.COMMIT, 6, Modality.PLEDGE, 6, Modality.DECIDE, 6,
            Modality.WILL, 5, Modality.REAFFIRM, 4, Modality.ASPIRE, 3, Modality.APPEAL, 2);

    private DocumentDiff() {
    }

    /**
     * @param before the old version (a draft)
     * @param after  the new version (the adopted text)
     * @return paragraph and commitment changes
     */
    public static Comparison compare(Declaration before, Declaration after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        List<ParagraphChange> paragraphs = new ArrayList<>();
        List<CommitmentChange> commitments = new ArrayList<>();
        align("preamble", texts(before.preamble()), texts(after.preamble()), null, null,
                before.preamble().stream().map(PreambularParagraph::commitments).toList(),
                after.preamble().stream().map(PreambularParagraph::commitments).toList(), paragraphs, commitments);
        align("paragraphs", before.paragraphs().stream().map(Paragraph::text).toList(),
                after.paragraphs().stream().map(Paragraph::text).toList(),
                before.paragraphs().stream().map(Paragraph::number).toList(),
                after.paragraphs().stream().map(Paragraph::number).toList(),
                before.paragraphs().stream().map(DocumentDiff::commitments).toList(),
                after.paragraphs().stream().map(DocumentDiff::commitments).toList(), paragraphs, commitments);
        return new Comparison(paragraphs, commitments);
    }

    /** A paragraph's commitments and those of its sub-paragraphs (format 1.1), which count as the paragraph's. */
    private static List<Commitment> commitments(Paragraph p) {
        if (p.subparagraphs().isEmpty()) {
            return p.commitments();
        }
        List<Commitment> all = new ArrayList<>(p.commitments());
        addAll(p.subparagraphs(), all);
        return all;
    }

    private static void addAll(List<Subparagraph> subs, List<Commitment> out) {
        for (Subparagraph s : subs) {
            out.addAll(s.commitments());
            addAll(s.subparagraphs(), out);
        }
    }

    private static List<String> texts(List<PreambularParagraph> ps) {
        return ps.stream().map(PreambularParagraph::text).toList();
    }

    private static void align(String part, List<String> a, List<String> b, List<Integer> aNumbers, List<Integer> bNumbers,
            List<List<Commitment>> aUnits, List<List<Commitment>> bUnits, List<ParagraphChange> out,
            List<CommitmentChange> units) {
        List<Bag> aBags = a.stream().map(Bag::of).toList();
        List<Bag> bBags = b.stream().map(Bag::of).toList();
        int[] match = ordered(a, b, aBags, bBags); // new index -> old index, or -1
        boolean[] oldMatched = new boolean[a.size()];
        for (int j = 0; j < b.size(); j++) {
            if (match[j] >= 0) {
                oldMatched[match[j]] = true;
            }
        }
        // moves: an unmatched new paragraph that is a version of an unmatched old one elsewhere
        boolean[] moved = new boolean[b.size()];
        for (int j = 0; j < b.size(); j++) {
            if (match[j] >= 0) {
                continue;
            }
            int best = -1;
            double bestSim = SAME_PARAGRAPH;
            for (int i = 0; i < a.size(); i++) {
                if (!oldMatched[i]) {
                    double s = aBags.get(i).similarity(bBags.get(j));
                    if (s >= bestSim) {
                        best = i;
                        bestSim = s;
                    }
                }
            }
            if (best >= 0) {
                match[j] = best;
                oldMatched[best] = true;
                moved[j] = isMove(match, j, best);
            }
        }
        // write out in the new order, each removed paragraph after the paragraph that preceded it: one pass
        // over the old order, since the pairs kept in order increase in both indexes
        int[] newOfOld = new int[a.size()];
        java.util.Arrays.fill(newOfOld, -1);
        for (int j = 0; j < b.size(); j++) {
            if (match[j] >= 0 && !moved[j]) {
                newOfOld[match[j]] = j;
            }
        }
        Map<Integer, List<Integer>> removedAfter = new HashMap<>();
        int anchor = -1;
        for (int i = 0; i < a.size(); i++) {
            if (newOfOld[i] >= 0) {
                anchor = newOfOld[i];
            } else if (!oldMatched[i]) {
                removedAfter.computeIfAbsent(anchor, k -> new ArrayList<>()).add(i);
            }
        }
        emitRemoved(part, removedAfter.get(-1), a, aNumbers, aUnits, out, units);
        for (int j = 0; j < b.size(); j++) {
            int i = match[j];
            Integer bn = bNumbers == null ? null : bNumbers.get(j);
            if (i < 0) {
                out.add(new ParagraphChange(part, ParagraphChange.Type.ADDED, null, j, null, bn,
                        List.of(new WordChange(WordChange.Op.INSERT, b.get(j)))));
                for (Commitment c : bUnits.get(j)) {
                    units.add(new CommitmentChange(CommitmentChange.Type.ADDED, null, c, null, where(part, j, bn), List.of()));
                }
            } else {
                Integer an = aNumbers == null ? null : aNumbers.get(i);
                List<WordChange> words = words(a.get(i), b.get(j));
                boolean same = a.get(i).equals(b.get(j));
                ParagraphChange.Type type = moved[j] ? ParagraphChange.Type.MOVED
                        : same ? ParagraphChange.Type.UNCHANGED : ParagraphChange.Type.CHANGED;
                out.add(new ParagraphChange(part, type, i, j, an, bn, words));
                commitments(aUnits.get(i), bUnits.get(j), where(part, i, an), where(part, j, bn), units);
            }
            emitRemoved(part, removedAfter.get(j), a, aNumbers, aUnits, out, units);
        }
    }

    /**
     * The order-preserving alignment. Paragraphs whose text occurs once in each version and is the same are
     * anchors (the longest increasing run of them, as in patience diff); between anchors, a Myers diff with
     * the similarity test aligns what was edited. Anchors keep the Myers runs short, so a revision costs
     * about linear time even when a long document has many small changes.
     */
    private static int[] ordered(List<String> a, List<String> b, List<Bag> aBags, List<Bag> bBags) {
        int[] match = new int[b.size()];
        java.util.Arrays.fill(match, -1);
        Map<String, Integer> onceA = once(a);
        Map<String, Integer> onceB = once(b);
        List<int[]> pairs = new ArrayList<>();
        for (int j = 0; j < b.size(); j++) {
            Integer i = onceA.get(b.get(j));
            if (i != null && onceB.containsKey(b.get(j))) {
                pairs.add(new int[] {i, j});
            }
        }
        List<int[]> anchors = increasing(pairs);
        int ai = 0;
        int bj = 0;
        for (int[] anchor : anchors) {
            fuzzy(ai, anchor[0], bj, anchor[1], aBags, bBags, match);
            match[anchor[1]] = anchor[0];
            ai = anchor[0] + 1;
            bj = anchor[1] + 1;
        }
        fuzzy(ai, a.size(), bj, b.size(), aBags, bBags, match);
        return match;
    }

    /** Texts that occur exactly once, with their index. */
    private static Map<String, Integer> once(List<String> texts) {
        Map<String, Integer> at = new HashMap<>();
        Map<String, Integer> count = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            at.put(texts.get(i), i);
            count.merge(texts.get(i), 1, Integer::sum);
        }
        at.keySet().removeIf(t -> count.get(t) > 1);
        return at;
    }

    /** The longest run of pairs increasing in both indexes (pairs come sorted by the new index): O(n log n). */
    private static List<int[]> increasing(List<int[]> pairs) {
        int n = pairs.size();
        int[] tails = new int[n];
        int[] prev = new int[n];
        int length = 0;
        for (int k = 0; k < n; k++) {
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (pairs.get(tails[mid])[0] < pairs.get(k)[0]) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            prev[k] = lo > 0 ? tails[lo - 1] : -1;
            tails[lo] = k;
            if (lo == length) {
                length++;
            }
        }
        List<int[]> out = new ArrayList<>();
        for (int k = length == 0 ? -1 : tails[length - 1]; k >= 0; k = prev[k]) {
            out.add(0, pairs.get(k));
        }
        return out;
    }

    /** Myers (java-diff-utils) on a[aFrom, aTo) and b[bFrom, bTo), "equal" meaning similar enough. */
    private static void fuzzy(int aFrom, int aTo, int bFrom, int bTo, List<Bag> aBags, List<Bag> bBags, int[] match) {
        if (aFrom >= aTo || bFrom >= bTo) {
            return;
        }
        List<Integer> aIdx = range(aFrom, aTo);
        List<Integer> bIdx = range(bFrom, bTo);
        Patch<Integer> patch = DiffUtils.diff(aIdx, bIdx, (i, j) -> aBags.get(i).similarity(bBags.get(j)) >= SAME_PARAGRAPH);
        int ai = 0;
        int bi = 0;
        for (AbstractDelta<Integer> d : patch.getDeltas()) {
            while (ai < d.getSource().getPosition() && bi < d.getTarget().getPosition()) {
                match[bFrom + bi++] = aFrom + ai++;
            }
            ai = d.getSource().getPosition() + d.getSource().size();
            bi = d.getTarget().getPosition() + d.getTarget().size();
        }
        while (ai < aIdx.size() && bi < bIdx.size()) {
            match[bFrom + bi++] = aFrom + ai++;
        }
    }

    private static boolean isMove(int[] match, int j, int i) {
        // a pairing found in the second pass is a move when it breaks the order of the aligned pairs
        for (int k = 0; k < match.length; k++) {
            if (k != j && match[k] >= 0 && (k < j && match[k] > i || k > j && match[k] < i)) {
                return true;
            }
        }
        return false;
    }

    private static void emitRemoved(String part, List<Integer> removed, List<String> a, List<Integer> aNumbers,
            List<List<Commitment>> aUnits, List<ParagraphChange> out, List<CommitmentChange> units) {
        if (removed == null) {
            return;
        }
        for (int i : removed) {
            Integer an = aNumbers == null ? null : aNumbers.get(i);
            out.add(new ParagraphChange(part, ParagraphChange.Type.REMOVED, i, null, an, null,
                    List.of(new WordChange(WordChange.Op.DELETE, a.get(i)))));
            for (Commitment c : aUnits.get(i)) {
                units.add(new CommitmentChange(CommitmentChange.Type.REMOVED, c, null, where(part, i, an), null, List.of()));
            }
        }
    }

    private static String where(String part, int index, Integer number) {
        return part.equals("preamble") ? "preamble " + (index + 1) : "paragraph " + (number == null ? index + 1 : number);
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> r = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            r.add(i);
        }
        return r;
    }

    /** Word-level changes: a Myers diff of the tokens (words, spaces, punctuation), merged into runs. */
    static List<WordChange> words(String a, String b) {
        if (a.equals(b)) {
            return List.of(new WordChange(WordChange.Op.EQUAL, a));
        }
        List<String> ta = tokens(a);
        List<String> tb = tokens(b);
        Patch<String> patch = DiffUtils.diff(ta, tb);
        List<WordChange> out = new ArrayList<>();
        int ai = 0;
        for (AbstractDelta<String> d : patch.getDeltas()) {
            add(out, WordChange.Op.EQUAL, ta.subList(ai, d.getSource().getPosition()));
            if (d.getType() == DeltaType.DELETE || d.getType() == DeltaType.CHANGE) {
                add(out, WordChange.Op.DELETE, d.getSource().getLines());
            }
            if (d.getType() == DeltaType.INSERT || d.getType() == DeltaType.CHANGE) {
                add(out, WordChange.Op.INSERT, d.getTarget().getLines());
            }
            ai = d.getSource().getPosition() + d.getSource().size();
        }
        add(out, WordChange.Op.EQUAL, ta.subList(ai, ta.size()));
        return out;
    }

    private static void add(List<WordChange> out, WordChange.Op op, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!out.isEmpty() && out.get(out.size() - 1).op() == op) {
            WordChange last = out.remove(out.size() - 1);
            text = last.text() + text;
        }
        out.add(new WordChange(op, text));
    }

    /** Splits into words, runs of white space, and single other characters. */
    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            int j = i + 1;
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                while (j < n && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '\'' || s.charAt(j) == '’'
                        || s.charAt(j) == '-' && j + 1 < n && Character.isLetterOrDigit(s.charAt(j + 1)))) {
                    j++;
                }
            } else if (Character.isWhitespace(c)) {
                while (j < n && Character.isWhitespace(s.charAt(j))) {
                    j++;
                }
            }
            out.add(s.substring(i, j));
            i = j;
        }
        return out;
    }

    private static void commitments(List<Commitment> a, List<Commitment> b, String whereA, String whereB,
            List<CommitmentChange> out) {
        List<Commitment> open = new ArrayList<>(a);
        List<Bag> openBags = new ArrayList<>(a.stream().map(c -> Bag.of(c.text())).toList());
        for (Commitment nb : b) {
            Bag nbBag = Bag.of(nb.text());
            int bestAt = -1;
            double bestSim = 0.4;
            for (int k = 0; k < open.size(); k++) {
                double s = openBags.get(k).similarity(nbBag);
                if (s > bestSim) {
                    bestAt = k;
                    bestSim = s;
                }
            }
            if (bestAt < 0) {
                out.add(new CommitmentChange(CommitmentChange.Type.ADDED, null, nb, null, whereB, List.of()));
                continue;
            }
            Commitment best = open.remove(bestAt);
            openBags.remove(bestAt);
            List<String> changes = new ArrayList<>();
            if (best.modality() != nb.modality()) {
                int from = STRENGTH.get(best.modality());
                int to = STRENGTH.get(nb.modality());
                String how = to < from ? " weakened to " : to > from ? " strengthened to " : " changed to ";
                changes.add("modality: " + best.modality().jsonName() + how + nb.modality().jsonName());
            }
            if (!best.actor().equalsIgnoreCase(nb.actor())) {
                changes.add("actor: " + best.actor() + " → " + nb.actor());
            }
            if (!Objects.equals(best.deadline(), nb.deadline())) {
                changes.add("deadline: " + (best.deadline() == null ? "none" : best.deadline()) + " → "
                        + (nb.deadline() == null ? "none" : nb.deadline()));
            }
            if (changes.isEmpty() && !best.text().equals(nb.text())) {
                changes.add("wording");
            }
            if (!changes.isEmpty()) {
                out.add(new CommitmentChange(CommitmentChange.Type.CHANGED, best, nb, whereA, whereB, changes));
            }
        }
        for (Commitment oa : open) {
            out.add(new CommitmentChange(CommitmentChange.Type.REMOVED, oa, null, whereA, null, List.of()));
        }
    }

    /** A multiset of lower-case words, for similarity. */
    private record Bag(Map<String, Integer> counts, int size) {
        static Bag of(String text) {
            Map<String, Integer> counts = new HashMap<>();
            int size = 0;
            for (String t : tokens(text)) {
                if (Character.isLetterOrDigit(t.charAt(0))) {
                    counts.merge(t.toLowerCase(Locale.ROOT), 1, Integer::sum);
                    size++;
                }
            }
            return new Bag(counts, size);
        }

        /** Dice coefficient of the multisets: 1 for the same words, 0 for none in common. */
        double similarity(Bag other) {
            if (size + other.size == 0) {
                return 1;
            }
            int common = 0;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                common += Math.min(e.getValue(), other.counts.getOrDefault(e.getKey(), 0));
            }
            return 2.0 * common / (size + other.size);
        }
    }
}
