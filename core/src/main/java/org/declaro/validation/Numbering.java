package org.declaro.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.declaro.model.Action;
import org.declaro.model.ActionPlan;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.declaro.model.Heading;
import org.declaro.model.Paragraph;
import org.declaro.model.Subparagraph;
import org.declaro.report.Rule;

/**
 * Numbers and positions: {@code paragraph.number.*}, {@code action.number.*}, {@code heading.position},
 * {@code subparagraph.label.sequence}.
 */
final class Numbering implements RuleFamily {

    @Override
    public void check(Document doc, String base, Checks c) {
        if (doc instanceof Declaration d) {
            paragraphs(d, restarts(d), base, c);
            headings(d, base, c);
            for (int i = 0; i < d.paragraphs().size(); i++) {
                List<Subparagraph> subs = d.paragraphs().get(i).subparagraphs();
                if (!subs.isEmpty()) {
                    labels(subs, base + "/paragraphs/" + i, c);
                }
            }
        } else if (doc instanceof ActionPlan a) {
            actions(a, base, c);
        }
    }

    /** @return the indices of the paragraphs under a heading with {@code restart}, in range, in order */
    private static java.util.BitSet restarts(Declaration d) {
        java.util.BitSet starts = new java.util.BitSet();
        for (Heading h : d.headings()) {
            if (h.restarts() && h.before() != null && h.before() > 0 && h.before() < d.paragraphs().size()) {
                starts.set(h.before());
            }
        }
        return starts;
    }

    /**
     * Numbers run 1, 2, 3, ... from the first paragraph, and again from each paragraph under a heading
     * with {@code restart}; a number may repeat only in another run. Numbering that starts again at 1 where
     * no heading says {@code restart} breaks the sequence (FORMAT.md), once: the message suggests
     * {@code restart}, and the numbers after it are followed as a new run, so that its 2, 3, ... are not
     * reported again as duplicates.
     */
    private static void paragraphs(Declaration d, java.util.BitSet restarts, String base, Checks c) {
        List<Paragraph> paragraphs = d.paragraphs();
        int numbered = 0;
        for (Paragraph p : paragraphs) {
            if (p.number() != null) {
                numbered++;
            }
        }
        if (numbered > 0 && numbered < paragraphs.size()) {
            for (int i = 0; i < paragraphs.size(); i++) {
                if (paragraphs.get(i).number() == null) {
                    c.add(Rule.PARAGRAPH_NUMBER_MISSING, base + "/paragraphs/" + i + "/number", "Paragraph " + (i + 1)
                            + " has no number while " + numbered + " others have; number all paragraphs, or none.");
                }
            }
            return;
        }
        Sequence seq = new Sequence();
        for (int i = 0; i < paragraphs.size(); i++) {
            if (restarts.get(i)) {
                seq = new Sequence();
            }
            Integer n = paragraphs.get(i).number();
            if (n == null) {
                continue;
            }
            Sequence.Verdict verdict = seq.next(n);
            if (verdict == Sequence.Verdict.OK) {
                continue; // no pointer built for the common case
            }
            String pointer = base + "/paragraphs/" + i + "/number";
            if (n == 1 && seq.previousReported >= 2) { // numbering starts again without a restart heading
                c.add(Rule.PARAGRAPH_NUMBER_SEQUENCE, pointer, "Paragraph number 1 follows " + seq.previousReported
                        + "; expected " + (seq.previousReported + 1) + ". If numbering starts again at 1 here, "
                        + restartHint(d, i, base) + ".");
                seq = new Sequence();
                seq.next(1);
                continue;
            }
            switch (verdict) {
                case DUPLICATE -> c.add(Rule.PARAGRAPH_NUMBER_DUPLICATE, pointer, "Paragraph number " + n
                        + " is used twice" + (restarts.isEmpty() ? "" : " in the same run") + "; give each paragraph its own number.");
                case OUT_OF_SEQUENCE -> c.add(Rule.PARAGRAPH_NUMBER_SEQUENCE, pointer, seq.count == 1 && restarts.get(i)
                        ? "Paragraph number " + n + " is the first under a heading with \"restart\"; expected 1."
                        : "Paragraph number " + n + " follows " + seq.previousReported + "; expected "
                                + (seq.previousReported + 1) + ".");
                default -> { }
            }
        }
    }

    /** @return how to say that numbering starts again at paragraph {@code i}: the heading there, or a new one */
    private static String restartHint(Declaration d, int i, String base) {
        for (int k = 0; k < d.headings().size(); k++) {
            Heading h = d.headings().get(k);
            if (h.before() != null && h.before() == i) {
                return "give the heading above it (" + base + "/headings/" + k + ") \"restart\": true (format 1.1)";
            }
        }
        return "put a heading with \"restart\": true above it (format 1.1)";
    }

    /**
     * Follows a run of numbers that should be 1, 2, 3, ...: a gap is reported once where it opens, and a
     * single wrong number once, not again at the number after it.
     */
    private static final class Sequence {
        enum Verdict { OK, DUPLICATE, OUT_OF_SEQUENCE }

        /** Numbers seen: a bit set for the usual small positive numbers, a hash set for the rest. */
        private final java.util.BitSet small = new java.util.BitSet();
        private final Set<Integer> large = new HashSet<>();
        private int previous;
        private int count;
        private boolean lastWasOutlier;
        int previousReported;

        Verdict next(int n) {
            count++;
            Verdict v;
            if (!firstTime(n)) {
                v = Verdict.DUPLICATE;
            } else if (n == previous + 1 || lastWasOutlier && n == count) {
                v = Verdict.OK;
            } else {
                v = Verdict.OUT_OF_SEQUENCE;
            }
            previousReported = previous;
            lastWasOutlier = v == Verdict.OUT_OF_SEQUENCE;
            previous = n;
            return v;
        }

        private boolean firstTime(int n) {
            if (n >= 0 && n < 1 << 20) {
                boolean was = small.get(n);
                small.set(n);
                return !was;
            }
            return large.add(n);
        }
    }

    private static void actions(ActionPlan plan, String base, Checks c) {
        Sequence seq = new Sequence();
        for (int i = 0; i < plan.sections().size(); i++) {
            List<Action> actions = plan.sections().get(i).actions();
            for (int j = 0; j < actions.size(); j++) {
                Integer n = actions.get(j).number();
                if (n == null) {
                    continue;
                }
                Sequence.Verdict verdict = seq.next(n);
                if (verdict == Sequence.Verdict.OK) {
                    continue;
                }
                String pointer = base + "/sections/" + i + "/actions/" + j + "/number";
                switch (verdict) {
                    case DUPLICATE -> c.add(Rule.ACTION_NUMBER_DUPLICATE, pointer, "Action number " + n
                            + " is used twice; give each action its own number.");
                    case OUT_OF_SEQUENCE -> c.add(Rule.ACTION_NUMBER_SEQUENCE, pointer, "Action number " + n
                            + " follows " + seq.previousReported + "; actions are numbered across the plan, so expected "
                            + (seq.previousReported + 1) + ".");
                    default -> { }
                }
            }
        }
    }

    private static void headings(Declaration d, String base, Checks c) {
        int previous = -1;
        int size = d.paragraphs().size();
        for (int i = 0; i < d.headings().size(); i++) {
            Heading h = d.headings().get(i);
            if (h.before() == null) {
                continue;
            }
            int b = h.before();
            String pointer = base + "/headings/" + i + "/before";
            if (b < 0 || b >= size) {
                c.add(Rule.HEADING_POSITION, pointer, "Heading \"before\" is " + b + " but the document has "
                        + size + " paragraphs; use an index from 0 to " + (size - 1) + ".");
            } else if (b < previous) {
                c.add(Rule.HEADING_POSITION, pointer, "Heading \"before\" is " + b + ", before the previous heading's "
                        + previous + "; list headings in document order.");
            } else {
                previous = b;
            }
        }
    }

    private static void labels(List<Subparagraph> subs, String owner, Checks c) {
        if (subs.isEmpty()) {
            return;
        }
        String first = subs.get(0).label();
        boolean anyLabel = false;
        boolean anyBullet = false;
        for (Subparagraph s : subs) {
            anyLabel |= s.label() != null;
            anyBullet |= s.label() == null;
        }
        if (anyLabel && anyBullet) {
            for (int k = 0; k < subs.size(); k++) {
                if (subs.get(k).label() == null) {
                    c.add(Rule.SUBPARAGRAPH_LABEL_SEQUENCE, owner + "/subparagraphs/" + k,
                            "This sub-paragraph has no label while others have; label all of them, or none.");
                    break;
                }
            }
        } else if (anyLabel) {
            Scheme scheme = Scheme.of(first);
            for (int k = 0; k < subs.size(); k++) {
                String expected = scheme == null ? "a" : scheme.label(k + 1, first);
                if (!subs.get(k).label().equals(expected)) {
                    String hint = scheme == null ? "labels run a, b, c, ... or i, ii, iii, ... or 1, 2, 3, ..."
                            : "expected \"" + expected + "\"";
                    c.add(Rule.SUBPARAGRAPH_LABEL_SEQUENCE, owner + "/subparagraphs/" + k + "/label",
                            "Label \"" + subs.get(k).label() + "\" is out of sequence; " + hint + ".");
                    break;
                }
            }
        }
        for (int k = 0; k < subs.size(); k++) {
            labels(subs.get(k).subparagraphs(), owner + "/subparagraphs/" + k, c);
        }
    }

    /** The labelling schemes of sub-paragraphs. */
    private enum Scheme {
        LETTERS, ROMAN, DIGITS;

        static Scheme of(String first) {
            return switch (first) {
                case "a", "A" -> LETTERS;
                case "i", "I" -> ROMAN;
                case "1" -> DIGITS;
                default -> null;
            };
        }

        String label(int n, String first) {
            String s = switch (this) {
                case LETTERS -> letters(n);
                case ROMAN -> roman(n);
                case DIGITS -> Integer.toString(n);
            };
            return Character.isUpperCase(first.charAt(0)) ? s.toUpperCase(Locale.ROOT) : s;
        }

        /** a..z, then aa, bb, ... as in UN documents. */
        private static String letters(int n) {
            char letter = (char) ('a' + (n - 1) % 26);
            return String.valueOf(letter).repeat((n - 1) / 26 + 1);
        }

        private static String roman(int n) {
            int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
            String[] symbols = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < values.length; i++) {
                while (n >= values[i]) {
                    sb.append(symbols[i]);
                    n -= values[i];
                }
            }
            return sb.toString();
        }
    }
}
