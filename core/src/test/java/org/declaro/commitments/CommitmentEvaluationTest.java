package org.declaro.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.declaro.Fixtures;
import org.declaro.importer.TextImporter;
import org.declaro.json.DocumentReader;
import org.declaro.model.Commitment;
import org.declaro.model.Declaration;
import org.declaro.model.Modality;
import org.declaro.model.Paragraph;
import org.declaro.model.PartialDate;
import org.declaro.model.PreambularParagraph;
import org.declaro.report.Finding;
import org.declaro.validation.DocumentValidator;
import org.junit.jupiter.api.Test;

/**
 * The evaluation harness: for every annotated document, the corpus text is imported, the extractor runs
 * on it, and its units are scored against the annotation (COMMITMENTS.md's matching rule). Figures are
 * printed per document and pooled; each document must reach its bar.
 */
class CommitmentEvaluationTest {

    private static final String ELLIPSIS = " … ";
    private final CommitmentExtractor extractor = CommitmentExtractor.standard();

    private static Declaration imported(String name) {
        return (Declaration) TextImporter.standard().importText(Fixtures.bytes("corpus/" + name + ".txt")).document();
    }

    /** Reads an annotation file (see annotations/README.md) into the imported document. */
    static Declaration annotated(Declaration doc, String tsv) {
        Map<String, List<Commitment>> units = new LinkedHashMap<>();
        Map<String, Integer> cursor = new HashMap<>();
        for (String line : tsv.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            String key = f[0];
            String text = text(doc, key);
            int from = cursor.getOrDefault(key, 0);
            int start;
            int end;
            int cut = f[3].indexOf(ELLIPSIS);
            if (cut < 0) {
                start = text.indexOf(f[3], from);
                end = start + f[3].length();
            } else {
                start = text.indexOf(f[3].substring(0, cut), from);
                String tail = f[3].substring(cut + ELLIPSIS.length());
                int t = start < 0 ? -1 : text.indexOf(tail, start);
                end = t < 0 ? -1 : t + tail.length();
            }
            if (start < 0 || end < 0) {
                throw new AssertionError("span not found in " + key + ": " + f[3]);
            }
            cursor.put(key, end);
            List<Commitment> list = units.computeIfAbsent(key, k -> new ArrayList<>());
            PartialDate deadline = f.length > 4 ? PartialDate.parse(f[4]) : null;
            list.add(new Commitment(key + ".c" + (list.size() + 1), Modality.fromJsonName(f[1]).orElseThrow(), f[2],
                    text.substring(start, end), start, end, List.of(), deadline));
        }
        List<PreambularParagraph> pre = new ArrayList<>();
        for (int i = 0; i < doc.preamble().size(); i++) {
            PreambularParagraph p = doc.preamble().get(i);
            pre.add(new PreambularParagraph(p.text(), p.footnotes(), units.getOrDefault("pre" + (i + 1), List.of()), p.extensions()));
        }
        List<Paragraph> body = new ArrayList<>();
        for (int i = 0; i < doc.paragraphs().size(); i++) {
            Paragraph p = doc.paragraphs().get(i);
            body.add(p.withCommitments(units.getOrDefault("p" + (p.number() == null ? i + 1 : p.number()), List.of())));
        }
        return new Declaration(doc.schemaVersion(), doc.id(), doc.title(), doc.titleFootnotes(), doc.subtitle(), doc.status(),
                doc.language(), doc.originalLanguage(), doc.symbol(), doc.date(), doc.issuer(), doc.author(), doc.meeting(),
                doc.agendaItem(), pre, body, doc.headings(), doc.footnotes(), doc.adoption(), doc.references(), doc.annexes(),
                doc.extensions());
    }

    private static String text(Declaration doc, String key) {
        if (key.startsWith("pre")) {
            return doc.preamble().get(Integer.parseInt(key.substring(3)) - 1).text();
        }
        int n = Integer.parseInt(key.substring(1));
        return doc.paragraphs().stream().filter(p -> p.number() != null && p.number() == n).findFirst()
                .orElseGet(() -> doc.paragraphs().get(n - 1)).text();
    }

    private CommitmentScore score(String label, Declaration gold, Declaration bare) {
        Declaration found = (Declaration) extractor.extract(bare);
        CommitmentScore s = CommitmentScore.of(gold, found);
        System.out.println("commitments, " + label + ": " + s);
        if (Boolean.getBoolean("declaro.evaluation.details")) {
            printDifferences(gold, found);
        }
        return s;
    }

    /** With -Ddeclaro.evaluation.details=true: the units missed and the units found wrongly, per paragraph. */
    private static void printDifferences(Declaration gold, Declaration found) {
        List<List<Commitment>> g = new ArrayList<>();
        List<List<Commitment>> f = new ArrayList<>();
        gold.preamble().forEach(p -> g.add(p.commitments()));
        gold.paragraphs().forEach(p -> g.add(p.commitments()));
        found.preamble().forEach(p -> f.add(p.commitments()));
        found.paragraphs().forEach(p -> f.add(p.commitments()));
        for (int i = 0; i < g.size(); i++) {
            List<Commitment> missed = new ArrayList<>(g.get(i));
            List<Commitment> wrong = new ArrayList<>();
            for (Commitment c : f.get(i)) {
                Commitment hit = missed.stream().filter(o -> CommitmentScore.matches(o, c)).findFirst().orElse(null);
                if (hit == null) {
                    wrong.add(c);
                } else {
                    missed.remove(hit);
                }
            }
            missed.forEach(c -> System.out.println("  missed " + c.id() + " " + c.modality().jsonName() + ": " + c.text()));
            wrong.forEach(c -> System.out.println("  wrong  " + c.id() + " " + c.modality().jsonName() + ": " + c.text()));
        }
    }

    @Test
    void everyAnnotatedDocumentReachesItsBar() {
        Map<String, CommitmentScore> scores = new LinkedHashMap<>();
        // the worked example: its annotation is the JSON; the text is imported
        Declaration example = (Declaration) DocumentReader.lenient().read(Fixtures.bytes(Fixtures.SIEM_REAP)).document().orElseThrow();
        Declaration siemReap = imported("siem-reap-angkor-declaration-draft-2024");
        scores.put("siem-reap-angkor (imported text)", score("Siem Reap-Angkor, imported text", example, siemReap));
        for (String name : List.of("unga-res-80-53-nuclear-disarmament-verification-2025", "g20-bali-leaders-declaration-2022")) {
            Declaration bare = imported(name);
            Declaration gold = annotated(bare, Fixtures.text("annotations/" + name + ".tsv"));
            List<Finding> errors = DocumentValidator.standard().validate(gold).findings().stream().filter(Finding::isError).toList();
            assertEquals(List.of(), errors, "the annotation of " + name + " is a valid document");
            scores.put(name, score(name, gold, bare));
        }
        CommitmentScore pooled = scores.values().stream().reduce(CommitmentScore::plus).orElseThrow();
        System.out.println("commitments, pooled: " + pooled);
        assertTrue(scores.get("siem-reap-angkor (imported text)").f1() >= 0.95, scores::toString);
        scores.forEach((name, s) -> assertTrue(s.f1() >= 0.85, name + ": " + s));
    }
}
