package org.declaro.commitments;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.declaro.model.Commitment;
import org.declaro.model.Declaration;
import org.declaro.model.Modality;

/**
 * The evaluation's figures: each annotated document scored by COMMITMENTS.md's rule, with the outcome of every unit,
 * so that the report shows classes, not totals: precision, recall and F1 per document, pooled and macro (the mean of
 * the documents' figures), and the found, matched, missed and wrong units by modality and by the cue that fired.
 */
final class CommitmentEvaluation {

    private CommitmentEvaluation() {
    }

    /**
     * The fate of one unit.
     *
     * @param gold  the annotated unit's modality, or null for a unit found wrongly
     * @param found the found unit's modality, or null for a unit missed
     * @param cue   the cue that fired, lower case (see {@link CommitmentExtractor.Unit#cue()}), or null for a unit missed
     * @param text  the unit's text (the annotated one for a unit missed)
     * @param near  for a unit found wrongly, the modality of an annotated unit left unmatched whose span it overlaps
     *              (the unit would match with that modality), else null
     */
    record Outcome(Modality gold, Modality found, String cue, String text, Modality near) {
        boolean matched() {
            return gold != null && found != null;
        }
    }

    /**
     * One document scored.
     *
     * @param name     the document
     * @param score    its counts
     * @param outcomes every unit's fate
     */
    record Scored(String name, CommitmentScore score, List<Outcome> outcomes) {
    }

    /**
     * Scores a document, as {@link CommitmentScore#of(List, List)} does, recording each unit's fate.
     *
     * @param name     the document's name
     * @param gold     the annotated units of each paragraph ({@link CommitmentScore#units})
     * @param found    the found units of each paragraph, in the same order
     * @param cueById  the cue of each found unit, by its id
     * @param notFound annotated units whose paragraph or span the import lacks: counted as missed
     * @return the scored document
     */
    static Scored score(String name, List<List<Commitment>> gold, List<List<Commitment>> found, Map<String, String> cueById,
            List<CommitmentEvaluationTest.Missing> notFound) {
        if (gold.size() != found.size()) {
            throw new IllegalArgumentException("the documents have different paragraphs");
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            List<Commitment> open = new ArrayList<>(gold.get(i));
            List<Commitment> wrong = new ArrayList<>();
            for (Commitment c : found.get(i)) {
                String cue = cueOf(cueById, c);
                Commitment hit = open.stream().filter(o -> CommitmentScore.matches(o, c)).findFirst().orElse(null);
                if (hit == null) {
                    wrong.add(c);
                } else {
                    open.remove(hit);
                    outcomes.add(new Outcome(hit.modality(), c.modality(), cue, c.text(), null));
                }
            }
            for (Commitment c : wrong) {
                Modality near = open.stream().filter(o -> o.modality() != c.modality()
                        && CommitmentScore.matches(withModality(o, c.modality()), c)).map(Commitment::modality).findFirst().orElse(null);
                outcomes.add(new Outcome(null, c.modality(), cueOf(cueById, c), c.text(), near));
            }
            open.forEach(o -> outcomes.add(new Outcome(o.modality(), null, null, o.text(), null)));
        }
        for (CommitmentEvaluationTest.Missing u : notFound) {
            outcomes.add(new Outcome(u.modality(), null, null, "(" + u.what() + ")", null));
        }
        int f = (int) outcomes.stream().filter(o -> o.found() != null).count();
        int a = (int) outcomes.stream().filter(o -> o.gold() != null).count();
        int m = (int) outcomes.stream().filter(Outcome::matched).count();
        return new Scored(name, new CommitmentScore(f, a, m), List.copyOf(outcomes));
    }

    private static String cueOf(Map<String, String> cueById, Commitment c) {
        String cue = cueById.get(c.id());
        return cue == null ? "(no cue)" : cue.toLowerCase(Locale.ROOT);
    }

    private static Commitment withModality(Commitment c, Modality m) {
        return new Commitment(c.id(), m, c.actor(), c.text(), c.start(), c.end(), c.themes(), c.deadline());
    }

    /** @return the pooled score of documents */
    static CommitmentScore pooled(List<Scored> docs) {
        return docs.stream().map(Scored::score).reduce(new CommitmentScore(0, 0, 0), CommitmentScore::plus);
    }

    /** @return the mean of the documents' F1 */
    static double macroF1(List<Scored> docs) {
        return docs.stream().mapToDouble(d -> d.score().f1()).average().orElse(0);
    }

    /**
     * The report: a line per document, pooled and macro figures, then the counts by modality and by cue.
     *
     * @param title what was scored
     * @param docs  the documents
     * @return the report's text
     */
    static String report(String title, List<Scored> docs) {
        StringBuilder out = new StringBuilder();
        int width = Math.max(20, docs.stream().mapToInt(d -> d.name().length()).max().orElse(0));
        String row = "%-" + width + "s %5s %5s %5s %6s %6s %6s%n";
        String nums = "%-" + width + "s %5d %5d %5d %6.3f %6.3f %6.3f%n";
        out.append("commitments, ").append(title).append('\n');
        out.append(String.format(Locale.ROOT, row, "document", "found", "annot", "match", "P", "R", "F1"));
        for (Scored d : docs) {
            CommitmentScore s = d.score();
            out.append(String.format(Locale.ROOT, nums, d.name(), s.found(), s.annotated(), s.matched(), s.precision(), s.recall(),
                    s.f1()));
        }
        CommitmentScore p = pooled(docs);
        out.append(String.format(Locale.ROOT, nums, "pooled", p.found(), p.annotated(), p.matched(), p.precision(), p.recall(), p.f1()));
        out.append(String.format(Locale.ROOT, "%-" + width + "s %5s %5s %5s %6.3f %6.3f %6.3f%n", "macro (" + docs.size() + " documents)",
                "", "", "", docs.stream().mapToDouble(d -> d.score().precision()).average().orElse(0),
                docs.stream().mapToDouble(d -> d.score().recall()).average().orElse(0), macroF1(docs)));
        List<Outcome> all = docs.stream().flatMap(d -> d.outcomes().stream()).toList();
        out.append("by modality: annotated, found, matched, missed (FN), wrong (FP; of which an annotated unit of another"
                + " modality overlaps)\n");
        for (Modality m : Modality.values()) {
            long annotated = all.stream().filter(o -> o.gold() == m).count();
            long found = all.stream().filter(o -> o.found() == m).count();
            if (annotated + found == 0) {
                continue;
            }
            long matched = all.stream().filter(o -> o.matched() && o.found() == m).count();
            long missed = all.stream().filter(o -> o.gold() == m && o.found() == null).count();
            List<Outcome> wrong = all.stream().filter(o -> o.found() == m && o.gold() == null).toList();
            Map<String, Integer> near = new TreeMap<>();
            wrong.stream().filter(o -> o.near() != null).forEach(o -> near.merge(o.near().jsonName(), 1, Integer::sum));
            out.append(String.format(Locale.ROOT, "  %-9s annotated %4d  found %4d  matched %4d  missed %4d  wrong %4d%s%n", m.jsonName(),
                    annotated, found, matched, missed, wrong.size(), near.isEmpty() ? "" : "  (annotated as " + near + ")"));
        }
        out.append("by cue: found, matched, wrong\n");
        Map<String, int[]> byCue = new TreeMap<>();
        for (Outcome o : all) {
            if (o.found() != null) {
                int[] c = byCue.computeIfAbsent(cueClass(o.cue()), k -> new int[2]);
                c[o.matched() ? 0 : 1]++;
            }
        }
        byCue.entrySet().stream().sorted((x, y) -> Integer.compare(y.getValue()[0] + y.getValue()[1], x.getValue()[0] + x.getValue()[1]))
                .forEach(e -> out.append(String.format(Locale.ROOT, "  %4d %4d %4d  %s%n", e.getValue()[0] + e.getValue()[1],
                        e.getValue()[0], e.getValue()[1], e.getKey())));
        return out.toString();
    }

    /**
     * The class of a cue for counting: the cue as named, with a list item's opener reduced to its modality, so that the
     * items of one list count under one name.
     */
    static String cueClass(String cue) {
        int item = cue.indexOf(": list item");
        return item < 0 ? cue : cue.substring(0, item) + ": list item";
    }

    /** @return the missed and wrong units of the documents, a line each, for reading the errors */
    static String differences(List<Scored> docs) {
        StringBuilder out = new StringBuilder();
        for (Scored d : docs) {
            for (Outcome o : d.outcomes()) {
                if (o.matched()) {
                    continue;
                }
                out.append("  ").append(d.name()).append(o.found() == null ? "  missed " + o.gold().jsonName()
                        : "  wrong  " + o.found().jsonName() + " [" + o.cue() + "]" + (o.near() == null ? "" : " (annotated "
                                + o.near().jsonName() + ")")).append(": ").append(o.text()).append('\n');
            }
        }
        return out.toString();
    }

    /** @return a map of found unit ids to their cues, from the extractor's table of a document */
    static Map<String, String> cues(Declaration bare, CommitmentExtractor extractor) {
        Map<String, String> out = new HashMap<>();
        for (CommitmentRow r : CommitmentTable.rows(bare, extractor, true)) {
            out.put(r.commitmentId(), r.cue());
        }
        return out;
    }
}
