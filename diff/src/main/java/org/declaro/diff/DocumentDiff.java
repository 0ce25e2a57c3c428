package org.declaro.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import com.github.difflib.patch.Patch;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.declaro.commitments.CommitmentExtractor;
import org.declaro.model.Commitment;
import org.declaro.model.Declaration;
import org.declaro.model.Modality;
import org.declaro.model.Paragraph;
import org.declaro.model.PreambularParagraph;
import org.declaro.model.Subparagraph;

/**
 * Compares two versions of a declaration.
 *
 * <p>Paragraphs are aligned in two passes. The first keeps the order: paragraphs with the same text at the
 * start and at the end of both versions are paired first, then the paragraphs whose text occurs once in
 * each version (the longest run of them in order, as in patience diff); between those, a Myers diff
 * (java-diff-utils) of the paragraph sequences, where two paragraphs are "equal" when their words are at
 * least half the same, finds renumbering, insertions and deletions. The second pass pairs removed and
 * added paragraphs, by the same text first and then by similarity; of all the pairs, the fewest that break
 * the order of the rest are the moves (a paragraph moved past edited ones is the one reported as moved). Inside an aligned
 * pair a Myers diff of the words, after the text the two have in common at the start and at the end,
 * gives the changes. Commitments of aligned paragraphs (with those of their sub-paragraphs, which count
 * as the paragraph's) are paired when equal, then by the similarity of their texts; the modality scale
 * for "weakened" and "strengthened" is commit, pledge, decide &gt; will &gt; reaffirm &gt; aspire &gt;
 * appeal.
 *
 * <p><b>Time and memory</b> grow linearly with the size of the documents, because the costly steps are
 * bounded: a stretch of more than {@value #MAX_STRETCH} paragraphs (both versions together) between two
 * paired paragraphs is aligned in windows of at most that size, taken in proportion in both versions;
 * moves are looked for by similarity only while the unpaired paragraphs make at most
 * {@value #MAX_MOVE_PAIRS} pairs (otherwise only moved paragraphs with the same text are found); a
 * changed stretch of more than {@value #MAX_WORD_TOKENS} words, spaces and signs, or
 * {@value #MAX_WORD_CHARS} characters, is shown as one deleted and one inserted run; and commitments are
 * paired by similarity only while a paragraph's make at most {@value #MAX_COMMITMENT_PAIRS} pairs. Real
 * revisions stay far below these bounds; they only make huge or unrelated documents cheaper to compare,
 * with a coarser result.
 *
 * <p>Any document the reader produces can be compared, valid or not: a missing text counts as empty, and a
 * commitment without modality or actor is compared and reported as such ({@code "(no modality)"},
 * {@code "(no actor)"}).
 *
 * <p><b>Commitments.</b> A version that carries commitments (annotated, in any paragraph, sub-paragraph or
 * preambular paragraph) is compared with those. A version that carries none has them found in its text by
 * the {@linkplain Builder#extractor extractor}, {@link CommitmentExtractor#standard()} unless configured;
 * {@code DocumentDiff.builder().extractor(null).build()} compares the carried commitments only.
 *
 * <pre>{@code
 * Comparison c = DocumentDiff.standard().compare(draft, adopted);
 * System.out.print(DiffReport.text(c));
 * }</pre>
 *
 * <p>Immutable and thread-safe: build one and share it.
 */
public final class DocumentDiff {

    /** Words in common, as a share of both paragraphs, for two paragraphs to count as versions of one. */
    static final double SAME_PARAGRAPH = 0.5;

    /** The longest stretch of paragraphs (both versions together) that one Myers diff aligns. */
    public static final int MAX_STRETCH = 1_000;

    /** The most pairs of unpaired paragraphs compared by similarity to find moves. */
    public static final long MAX_MOVE_PAIRS = 1_000_000;

    /** The most tokens (both versions together) of a changed stretch of text that a word diff compares. */
    public static final int MAX_WORD_TOKENS = 4_000;

    /** The most characters (both versions together) of a changed stretch of text that is split in words. */
    public static final int MAX_WORD_CHARS = 100_000;

    /** The most pairs of one paragraph's commitments compared by similarity. */
    public static final long MAX_COMMITMENT_PAIRS = 100_000;

    /** What {@link #describe} says for a commitment without modality. */
    static final String NO_MODALITY = "(no modality)";

    /** What {@link #describe} says for a commitment without actor. */
    static final String NO_ACTOR = "(no actor)";

    private static final Map<Modality, Integer> STRENGTH = Map.of(Modality.COMMIT, 6, Modality.PLEDGE, 6, Modality.DECIDE, 6,
            Modality.WILL, 5, Modality.REAFFIRM, 4, Modality.ASPIRE, 3, Modality.APPEAL, 2);

    private static final DocumentDiff STANDARD = new DocumentDiff(CommitmentExtractor.standard());

    /** Finds the commitments of a version that carries none; null to compare the carried ones only. */
    private final CommitmentExtractor extractor;

    private DocumentDiff(CommitmentExtractor extractor) {
        this.extractor = extractor;
    }

    /**
     * @return the comparison that finds the commitments of a version carrying none with
     *         {@link CommitmentExtractor#standard()}
     */
    public static DocumentDiff standard() {
        return STANDARD;
    }

    /** @return a builder that starts as {@link #standard()} */
    public static Builder builder() {
        return new Builder(CommitmentExtractor.standard());
    }

    /** @return a builder holding this comparison's settings, to change them */
    public Builder toBuilder() {
        return new Builder(extractor);
    }

    /** Configures a {@link DocumentDiff}. Not thread-safe; the comparisons it builds are. */
    public static final class Builder {
        private CommitmentExtractor extractor;

        private Builder(CommitmentExtractor extractor) {
            this.extractor = extractor;
        }

        /**
         * @param value the extractor that finds the commitments of a version carrying none (default
         *              {@link CommitmentExtractor#standard()}); null to compare only the commitments the versions
         *              carry, so that a version without any has no commitment changes
         * @return this builder
         */
        public Builder extractor(CommitmentExtractor value) {
            extractor = value;
            return this;
        }

        /** @return the comparison */
        public DocumentDiff build() {
            return new DocumentDiff(extractor);
        }
    }

    /**
     * Compares two versions, with their commitments: those each carries, or, for a version carrying none, those
     * the extractor finds in its text (see the class comment).
     *
     * @param before the old version (a draft)
     * @param after  the new version (the adopted text)
     * @return paragraph and commitment changes
     * @throws NullPointerException if either version is null
     */
    public Comparison compare(Declaration before, Declaration after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        return compareCarried(withCommitments(before), withCommitments(after));
    }

    /** The version as compared: as it is when it carries commitments or there is no extractor, else with those found. */
    private Declaration withCommitments(Declaration d) {
        return extractor == null || carriesCommitments(d) ? d : extractor.extract(d);
    }

    /** Whether a declaration carries a commitment in a preambular paragraph, a paragraph or a sub-paragraph. */
    static boolean carriesCommitments(Declaration d) {
        for (PreambularParagraph p : d.preamble()) {
            if (!p.commitments().isEmpty()) {
                return true;
            }
        }
        for (Paragraph p : d.paragraphs()) {
            if (!commitments(p).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Compares the versions with the commitments they carry. */
    private static Comparison compareCarried(Declaration before, Declaration after) {
        List<ParagraphChange> paragraphs = new ArrayList<>();
        List<CommitmentChange> commitments = new ArrayList<>();
        align("preamble", texts(before.preamble().stream().map(PreambularParagraph::text).toList()),
                texts(after.preamble().stream().map(PreambularParagraph::text).toList()), null, null,
                before.preamble().stream().map(PreambularParagraph::commitments).toList(),
                after.preamble().stream().map(PreambularParagraph::commitments).toList(), paragraphs, commitments);
        align("paragraphs", texts(before.paragraphs().stream().map(Paragraph::text).toList()),
                texts(after.paragraphs().stream().map(Paragraph::text).toList()),
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

    /** The texts, a missing one (in an invalid document) as empty. */
    private static List<String> texts(List<String> texts) {
        return texts.stream().map(DocumentDiff::text).toList();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static void align(String part, List<String> a, List<String> b, List<Integer> aNumbers, List<Integer> bNumbers,
            List<List<Commitment>> aUnits, List<List<Commitment>> bUnits, List<ParagraphChange> out,
            List<CommitmentChange> units) {
        Bags aBags = new Bags(a);
        Bags bBags = new Bags(b);
        int[] match = ordered(a, b, aBags, bBags); // new index -> old index, or -1
        boolean[] moved = moves(a, b, aBags, bBags, match);
        boolean[] oldMatched = new boolean[a.size()];
        for (int i : match) {
            if (i >= 0) {
                oldMatched[i] = true;
            }
        }
        // write out in the new order, each removed paragraph after the paragraph that preceded it: one pass
        // over the old order, since the pairs kept in order increase in both indexes
        int[] newOfOld = new int[a.size()];
        Arrays.fill(newOfOld, -1);
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
                out.add(new ParagraphChange(part, ParagraphChange.Type.ADDED, null, j, null, bn, run(WordChange.Op.INSERT, b.get(j))));
                for (Commitment c : bUnits.get(j)) {
                    units.add(new CommitmentChange(CommitmentChange.Type.ADDED, null, c, null, where(part, j, bn), List.of()));
                }
            } else {
                Integer an = aNumbers == null ? null : aNumbers.get(i);
                boolean same = a.get(i).equals(b.get(j));
                ParagraphChange.Type type = moved[j] ? ParagraphChange.Type.MOVED
                        : same ? ParagraphChange.Type.UNCHANGED : ParagraphChange.Type.CHANGED;
                out.add(new ParagraphChange(part, type, i, j, an, bn, words(a.get(i), b.get(j))));
                commitments(aUnits.get(i), bUnits.get(j), where(part, i, an), where(part, j, bn), b.get(j), units);
            }
            emitRemoved(part, removedAfter.get(j), a, aNumbers, aUnits, out, units);
        }
    }

    /** A paragraph added or removed whole: one run, none for an empty text. */
    private static List<WordChange> run(WordChange.Op op, String text) {
        return text.isEmpty() ? List.of() : List.of(new WordChange(op, text));
    }

    /**
     * The order-preserving alignment. Paragraphs with the same text at both ends are paired first; then the
     * paragraphs whose text occurs once in each version and is the same are anchors (the longest increasing
     * run of them, as in patience diff); between anchors, a Myers diff with the similarity test aligns what
     * was edited. Anchors keep the Myers runs short, so a revision costs about linear time even when a long
     * document has many small changes; {@link #stretch} bounds the runs that are still long.
     */
    private static int[] ordered(List<String> a, List<String> b, Bags aBags, Bags bBags) {
        int[] match = new int[b.size()];
        Arrays.fill(match, -1);
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            match[start] = start;
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            match[--endB] = --endA;
        }
        Map<String, Integer> onceA = once(a, start, endA);
        Map<String, Integer> onceB = once(b, start, endB);
        List<int[]> pairs = new ArrayList<>();
        for (int j = start; j < endB; j++) {
            Integer i = onceA.get(b.get(j));
            if (i != null && onceB.containsKey(b.get(j))) {
                pairs.add(new int[] {i, j});
            }
        }
        int ai = start;
        int bj = start;
        for (int[] anchor : increasing(pairs)) {
            stretch(ai, anchor[0], bj, anchor[1], a, b, aBags, bBags, match);
            match[anchor[1]] = anchor[0];
            ai = anchor[0] + 1;
            bj = anchor[1] + 1;
        }
        stretch(ai, endA, bj, endB, a, b, aBags, bBags, match);
        return match;
    }

    /** Texts of texts[from, to) that occur exactly once there, with their index. */
    private static Map<String, Integer> once(List<String> texts, int from, int to) {
        Map<String, Integer> at = new HashMap<>();
        Map<String, Integer> count = new HashMap<>();
        for (int i = from; i < to; i++) {
            at.put(texts.get(i), i);
            count.merge(texts.get(i), 1, Integer::sum);
        }
        at.keySet().removeIf(t -> count.get(t) > 1);
        return at;
    }

    /** The longest run of pairs increasing in both indexes (pairs come sorted by the new index): O(n log n). */
    static List<int[]> increasing(List<int[]> pairs) {
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
        List<int[]> out = new ArrayList<>(length);
        for (int k = length == 0 ? -1 : tails[length - 1]; k >= 0; k = prev[k]) {
            out.add(pairs.get(k));
        }
        java.util.Collections.reverse(out);
        return out;
    }

    /**
     * Aligns a[aFrom, aTo) with b[bFrom, bTo): with one Myers diff when the stretch holds at most
     * {@link #MAX_STRETCH} paragraphs, else in that many windows, cut in proportion in both versions.
     */
    static void stretch(int aFrom, int aTo, int bFrom, int bTo, List<String> a, List<String> b, Bags aBags, Bags bBags,
            int[] match) {
        long la = aTo - aFrom;
        long lb = bTo - bFrom;
        if (la <= 0 || lb <= 0) {
            return;
        }
        long windows = (la + lb + MAX_STRETCH - 1) / MAX_STRETCH;
        for (long w = 0; w < windows; w++) {
            fuzzy(aFrom + (int) (la * w / windows), aFrom + (int) (la * (w + 1) / windows), bFrom + (int) (lb * w / windows),
                    bFrom + (int) (lb * (w + 1) / windows), a, b, aBags, bBags, match);
        }
    }

    /** Myers (java-diff-utils) on a[aFrom, aTo) and b[bFrom, bTo), "equal" meaning the same text or similar enough. */
    private static void fuzzy(int aFrom, int aTo, int bFrom, int bTo, List<String> a, List<String> b, Bags aBags, Bags bBags,
            int[] match) {
        if (aFrom >= aTo || bFrom >= bTo) {
            return;
        }
        List<Integer> aIdx = range(aFrom, aTo);
        List<Integer> bIdx = range(bFrom, bTo);
        Patch<Integer> patch = DiffUtils.diff(aIdx, bIdx,
                (i, j) -> a.get(i).equals(b.get(j)) || aBags.get(i).similarity(bBags.get(j)) >= SAME_PARAGRAPH);
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

    /**
     * The second pass: each new paragraph left unpaired is paired with an unpaired old one of the same text,
     * else with the most similar (at least {@link #SAME_PARAGRAPH}) while the unpaired make at most
     * {@link #MAX_MOVE_PAIRS} pairs. The moves are then the fewest pairs that break the order of the rest.
     *
     * @return for each new index, whether it was moved
     */
    private static boolean[] moves(List<String> a, List<String> b, Bags aBags, Bags bBags, int[] match) {
        boolean[] moved = new boolean[b.size()];
        boolean[] oldMatched = new boolean[a.size()];
        int unmatchedB = 0;
        for (int i : match) {
            if (i >= 0) {
                oldMatched[i] = true;
            } else {
                unmatchedB++;
            }
        }
        if (unmatchedB == 0) {
            return moved;
        }
        List<Integer> open = new ArrayList<>();
        Map<String, ArrayDeque<Integer>> byText = new HashMap<>();
        for (int i = 0; i < a.size(); i++) {
            if (!oldMatched[i]) {
                open.add(i);
                byText.computeIfAbsent(a.get(i), t -> new ArrayDeque<>()).add(i);
            }
        }
        boolean bySimilarity = (long) open.size() * unmatchedB <= MAX_MOVE_PAIRS;
        for (int j = 0; j < b.size(); j++) {
            if (match[j] < 0) {
                int best = sameText(byText.get(b.get(j)), oldMatched);
                if (best < 0 && bySimilarity) {
                    double bestSim = SAME_PARAGRAPH;
                    for (int i : open) {
                        if (!oldMatched[i]) {
                            double s = aBags.get(i).similarity(bBags.get(j));
                            if (s >= bestSim) {
                                best = i;
                                bestSim = s;
                            }
                        }
                    }
                }
                if (best >= 0) {
                    match[j] = best;
                    oldMatched[best] = true;
                }
            }
        }
        return outOfOrder(match);
    }

    /**
     * The paired paragraphs that moved: those outside the longest run of pairs kept in order. The first pass may
     * have paired a paragraph that kept its text while the paragraphs it passed were edited; counting the fewest
     * paragraphs as moved names that one, not the ones it passed.
     */
    private static boolean[] outOfOrder(int[] match) {
        List<int[]> pairs = new ArrayList<>();
        for (int j = 0; j < match.length; j++) {
            if (match[j] >= 0) {
                pairs.add(new int[] {match[j], j});
            }
        }
        boolean[] moved = new boolean[match.length];
        for (int[] p : pairs) {
            moved[p[1]] = true;
        }
        for (int[] kept : increasing(pairs)) {
            moved[kept[1]] = false;
        }
        return moved;
    }

    /** The first old paragraph of that text not yet paired, or -1. */
    private static int sameText(ArrayDeque<Integer> candidates, boolean[] oldMatched) {
        if (candidates == null) {
            return -1;
        }
        while (!candidates.isEmpty() && oldMatched[candidates.peekFirst()]) {
            candidates.pollFirst();
        }
        return candidates.isEmpty() ? -1 : candidates.pollFirst();
    }

    private static void emitRemoved(String part, List<Integer> removed, List<String> a, List<Integer> aNumbers,
            List<List<Commitment>> aUnits, List<ParagraphChange> out, List<CommitmentChange> units) {
        if (removed == null) {
            return;
        }
        for (int i : removed) {
            Integer an = aNumbers == null ? null : aNumbers.get(i);
            out.add(new ParagraphChange(part, ParagraphChange.Type.REMOVED, i, null, an, null, run(WordChange.Op.DELETE, a.get(i))));
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

    /**
     * Word-level changes: the text both have at the start and at the end (cut at a boundary between words)
     * is kept; a Myers diff of the tokens (words, spaces, punctuation) in between gives the changes, merged
     * into runs; a stretch in between longer than {@link #MAX_WORD_CHARS} characters or
     * {@link #MAX_WORD_TOKENS} tokens is one deleted and one inserted run.
     */
    static List<WordChange> words(String a, String b) {
        if (a.equals(b)) {
            return run(WordChange.Op.EQUAL, a);
        }
        int n = a.length();
        int m = b.length();
        int p = 0;
        while (p < n && p < m && a.charAt(p) == b.charAt(p)) {
            p++;
        }
        while (p > 0 && !(startsToken(a, p) && startsToken(b, p))) {
            p--;
        }
        int s = 0;
        while (s < n - p && s < m - p && a.charAt(n - 1 - s) == b.charAt(m - 1 - s)) {
            s++;
        }
        while (s > 0 && !(startsToken(a, n - s) && startsToken(b, m - s))) {
            s--;
        }
        List<WordChange> out = new ArrayList<>();
        add(out, WordChange.Op.EQUAL, a.substring(0, p));
        String ma = a.substring(p, n - s);
        String mb = b.substring(p, m - s);
        List<String> ta = ma.length() + mb.length() <= MAX_WORD_CHARS ? tokens(ma) : null;
        List<String> tb = ta != null ? tokens(mb) : null;
        if (ta == null || ta.size() + tb.size() > MAX_WORD_TOKENS) {
            add(out, WordChange.Op.DELETE, ma);
            add(out, WordChange.Op.INSERT, mb);
        } else {
            Patch<String> patch = DiffUtils.diff(ta, tb);
            int ai = 0;
            for (AbstractDelta<String> d : patch.getDeltas()) {
                add(out, WordChange.Op.EQUAL, String.join("", ta.subList(ai, d.getSource().getPosition())));
                if (d.getType() == DeltaType.DELETE || d.getType() == DeltaType.CHANGE) {
                    add(out, WordChange.Op.DELETE, String.join("", d.getSource().getLines()));
                }
                if (d.getType() == DeltaType.INSERT || d.getType() == DeltaType.CHANGE) {
                    add(out, WordChange.Op.INSERT, String.join("", d.getTarget().getLines()));
                }
                ai = d.getSource().getPosition() + d.getSource().size();
            }
            add(out, WordChange.Op.EQUAL, String.join("", ta.subList(ai, ta.size())));
        }
        add(out, WordChange.Op.EQUAL, a.substring(n - s));
        return out;
    }

    /**
     * Whether {@link #tokens} starts a token at {@code q} (or the text ends there), from what is on either
     * side: a sign (a character that is a token of its own) on either side, or white space on one side only.
     */
    static boolean startsToken(String s, int q) {
        if (q == 0 || q == s.length()) {
            return true;
        }
        char before = s.charAt(q - 1);
        char at = s.charAt(q);
        return isSign(at) || isSign(before) || Character.isWhitespace(at) != Character.isWhitespace(before);
    }

    /** A character that is a token of its own: neither a letter or digit, nor white space, nor what joins a word. */
    private static boolean isSign(char c) {
        return !Character.isLetterOrDigit(c) && !Character.isWhitespace(c) && c != '\'' && c != '’' && c != '-';
    }

    private static void add(List<WordChange> out, WordChange.Op op, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!out.isEmpty() && out.get(out.size() - 1).op() == op) {
            text = out.remove(out.size() - 1).text() + text;
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
            String afterText, List<CommitmentChange> out) {
        // equal commitments first: they pair without a change, whatever else is similar
        Map<Commitment, ArrayDeque<Integer>> equal = new HashMap<>();
        for (int k = 0; k < a.size(); k++) {
            equal.computeIfAbsent(a.get(k), c -> new ArrayDeque<>()).add(k);
        }
        boolean[] paired = new boolean[a.size()];
        List<Commitment> rest = new ArrayList<>();
        for (Commitment nb : b) {
            ArrayDeque<Integer> same = equal.get(nb);
            if (same != null && !same.isEmpty()) {
                paired[same.pollFirst()] = true;
            } else {
                rest.add(nb);
            }
        }
        List<Commitment> open = new ArrayList<>();
        for (int k = 0; k < a.size(); k++) {
            if (!paired[k]) {
                open.add(a.get(k));
            }
        }
        boolean bySimilarity = (long) open.size() * rest.size() <= MAX_COMMITMENT_PAIRS;
        List<Bag> openBags = new ArrayList<>(bySimilarity ? open.stream().map(c -> Bag.of(text(c.text()))).toList() : List.of());
        for (Commitment nb : rest) {
            int bestAt = -1;
            if (bySimilarity) {
                Bag nbBag = Bag.of(text(nb.text()));
                double bestSim = 0.4;
                for (int k = 0; k < open.size(); k++) {
                    double s = openBags.get(k).similarity(nbBag);
                    if (s > bestSim) {
                        bestAt = k;
                        bestSim = s;
                    }
                }
            }
            if (bestAt < 0) {
                out.add(new CommitmentChange(CommitmentChange.Type.ADDED, null, nb, null, whereB, List.of()));
                continue;
            }
            Commitment best = open.remove(bestAt);
            openBags.remove(bestAt);
            List<String> changes = changes(best, nb);
            if (!changes.isEmpty()) {
                out.add(new CommitmentChange(CommitmentChange.Type.CHANGED, best, nb, whereA, whereB, changes));
            }
        }
        for (Commitment oa : open) {
            String weakened = weakened(oa, afterText);
            out.add(weakened == null ? new CommitmentChange(CommitmentChange.Type.REMOVED, oa, null, whereA, null, List.of())
                    : new CommitmentChange(CommitmentChange.Type.WEAKENED, oa, null, whereA, whereB, List.of("modality: "
                            + describe(oa.modality()) + " weakened to \"" + weakened + "\" (no longer a commitment)")));
        }
    }

    /**
     * The verbs that, put in place of a commitment's own ("will", "shall", "commit"), leave its words without a
     * commitment: a possibility, a wish or an invitation. English only, for now.
     */
    private static final Set<String> WEAKER = Set.of("may", "might", "could", "can", "should", "would", "consider",
            "considers", "encourage", "encourages", "invite", "invites", "hope", "hopes", "wish", "wishes");

    /**
     * Whether the new paragraph holds a removed commitment's words with one of its first words replaced by a
     * weaker verb ("The States Parties will clear" → "The States Parties may clear").
     *
     * @return the weaker verb, or null
     */
    static String weakened(Commitment removed, String after) {
        if (removed.text() == null || after == null) {
            return null;
        }
        String[] w = removed.text().strip().split("\\s+");
        for (int k = 0; k < w.length && k < 8; k++) {
            String before = String.join(" ", java.util.Arrays.copyOfRange(w, Math.max(0, k - 3), k));
            String rest = String.join(" ", java.util.Arrays.copyOfRange(w, k + 1, Math.min(w.length, k + 4)));
            java.util.regex.Matcher m = java.util.regex.Pattern.compile((before.isEmpty() ? "" : quoted(before) + "\\s+")
                    + "(\\p{L}+)" + (rest.isEmpty() ? "" : "\\s+" + quoted(rest))).matcher(after);
            while (m.find()) {
                String verb = m.group(1);
                if (!verb.equalsIgnoreCase(w[k]) && WEAKER.contains(verb.toLowerCase(java.util.Locale.ROOT))) {
                    return verb;
                }
            }
        }
        return null;
    }

    /** The words, quoted for a pattern, with any white space between them. */
    private static String quoted(String words) {
        return java.util.Arrays.stream(words.split(" ")).map(java.util.regex.Pattern::quote)
                .collect(java.util.stream.Collectors.joining("\\s+"));
    }

    /** What differs between two versions of a commitment, in a few words each. */
    static List<String> changes(Commitment before, Commitment after) {
        List<String> changes = new ArrayList<>();
        if (before.modality() != after.modality()) {
            int from = strength(before.modality());
            int to = strength(after.modality());
            String how = from == 0 || to == 0 ? " changed to " : to < from ? " weakened to " : to > from ? " strengthened to " : " changed to ";
            changes.add("modality: " + describe(before.modality()) + how + describe(after.modality()));
        }
        if (before.actor() == null ? after.actor() != null : !before.actor().equalsIgnoreCase(after.actor())) {
            changes.add("actor: " + describe(before.actor()) + " → " + describe(after.actor()));
        }
        if (!Objects.equals(before.deadline(), after.deadline())) {
            changes.add("deadline: " + (before.deadline() == null ? "none" : before.deadline()) + " → "
                    + (after.deadline() == null ? "none" : after.deadline()));
        }
        if (changes.isEmpty() && !Objects.equals(before.text(), after.text())) {
            changes.add("wording");
        }
        return changes;
    }

    private static int strength(Modality m) {
        return m == null ? 0 : STRENGTH.get(m);
    }

    /** @return the modality's name in the format, or {@value #NO_MODALITY} */
    static String describe(Modality m) {
        return m == null ? NO_MODALITY : m.jsonName();
    }

    /** @return the actor, or {@value #NO_ACTOR} */
    static String describe(String actor) {
        return actor == null ? NO_ACTOR : actor;
    }

    /** Lazily made bags of words of a version's paragraphs: only those compared by similarity get one. */
    static final class Bags {
        private final List<String> texts;
        private final Bag[] bags;

        Bags(List<String> texts) {
            this.texts = texts;
            this.bags = new Bag[texts.size()];
        }

        Bag get(int i) {
            Bag bag = bags[i];
            if (bag == null) {
                bag = Bag.of(texts.get(i));
                bags[i] = bag;
            }
            return bag;
        }
    }

    /** A multiset of lower-case words, as their sorted 64-bit hashes (compact, and compared by one merge). */
    record Bag(long[] words) {
        static Bag of(String text) {
            List<String> tokens = tokens(text);
            long[] words = new long[tokens.size()];
            int size = 0;
            for (String t : tokens) {
                if (Character.isLetterOrDigit(t.charAt(0))) {
                    words[size++] = hash(t.toLowerCase(Locale.ROOT));
                }
            }
            words = Arrays.copyOf(words, size);
            Arrays.sort(words);
            return new Bag(words);
        }

        /** FNV-1a, 64 bits. */
        private static long hash(String s) {
            long h = 0xcbf29ce484222325L;
            for (int i = 0; i < s.length(); i++) {
                h ^= s.charAt(i);
                h *= 0x100000001b3L;
            }
            return h;
        }

        /** Dice coefficient of the multisets: 1 for the same words, 0 for none in common. */
        double similarity(Bag other) {
            long[] x = words;
            long[] y = other.words;
            if (x.length + y.length == 0) {
                return 1;
            }
            int common = 0;
            int i = 0;
            int j = 0;
            while (i < x.length && j < y.length) {
                if (x[i] == y[j]) {
                    common++;
                    i++;
                    j++;
                } else if (x[i] < y[j]) {
                    i++;
                } else {
                    j++;
                }
            }
            return 2.0 * common / (x.length + y.length);
        }
    }
}
