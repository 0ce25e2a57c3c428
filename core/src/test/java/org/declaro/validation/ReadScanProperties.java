package org.declaro.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.declaro.json.DocumentReader;
import org.declaro.json.ReadResult;
import org.declaro.model.Document;
import org.declaro.properties.JsonMutations;
import org.declaro.report.Finding;

/**
 * The look the validator takes at JSON while reading it ({@link ReadScan}) never clears a family that would
 * find something: for any document, valid or broken, a family the scan clears reports nothing when run in
 * full. And the text check that looks at every other character agrees with one that looks at every
 * character.
 */
class ReadScanProperties {

    @Provide
    Arbitrary<String> mutated() {
        return JsonMutations.mutatedDocuments();
    }

    @Provide
    Arbitrary<String> spacedTexts() {
        return Arbitraries.strings().withChars('a', 'b', ' ', '\n', '\t', '\r', '\u000B', '\u001C', '\u00A0', '\u2003',
                '\u3000', '\u0085', '\u007F', 'é', '\u201C').ofMaxLength(12);
    }

    @Property(tries = 2000)
    void theHalfScanFindsWhatAFullScanFinds(@ForAll("spacedTexts") String text) {
        assertEquals(naive(text), Texts.spacingProblem(text), text.chars().mapToObj(Integer::toHexString).toList()::toString);
        Statistics.label("clean").collect(naive(text) == Texts.CLEAN);
    }

    /** Every character, in order: the definition the fast check must meet. */
    private static int naive(String text) {
        if (text.isEmpty()) {
            return Texts.CLEAN;
        }
        if (Texts.isSpace(text.charAt(0)) || Texts.isSpace(text.charAt(text.length() - 1))) {
            return Texts.EDGE;
        }
        for (int i = 1; i < text.length(); i++) {
            if (Texts.isSpace(text.charAt(i - 1)) && Texts.isSpace(text.charAt(i))) {
                return i - 1;
            }
        }
        return Texts.CLEAN;
    }

    @Property(tries = 600, edgeCases = EdgeCasesMode.NONE)
    void aClearedFamilyFindsNothing(@ForAll("mutated") String mutated, @ForAll("spacing") String spacing,
            @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 40) int which) {
        String json = respace(mutated, spacing, which);
        ReadScan scan = new ReadScan(Set.of("clearance", "compliance", "universalization", "victim-assistance"));
        ReadResult r = DocumentReader.standard().read(json.getBytes(StandardCharsets.UTF_8), scan);
        if (r.document().isEmpty()) {
            return;
        }
        Document doc = r.document().get();
        Checks checks = new Checks(new java.util.ArrayList<>(), Set.of("clearance", "compliance", "universalization",
                "victim-assistance"), Set.of());
        if (!scan.texts()) {
            new Texts().check(doc, "", checks);
            annexes(doc, new Texts(), checks);
        }
        if (!scan.commitments()) {
            new Commitments().check(doc, "", checks);
            annexes(doc, new Commitments(), checks);
        }
        assertEquals(List.<Finding>of(), checks.findings);
        Statistics.label("texts suspect").collect(scan.texts());
        Statistics.label("commitments suspect").collect(scan.commitments());
        Statistics.label("texts suspect").coverage(c -> c.check(true).percentage(p -> p >= 3.0));
        Statistics.label("commitments suspect").coverage(c -> c.check(true).percentage(p -> p >= 5.0));
        Statistics.label("commitments suspect").coverage(c -> c.check(false).percentage(p -> p >= 5.0));
    }

    @Provide
    Arbitrary<String> spacing() {
        return Arbitraries.of("", "", " ", "  ", "\\n\\n", " \\u00A0", "\\t");
    }

    /** Puts {@code spacing} at the start of the {@code which}-th text value of the JSON, if it has that many. */
    private static String respace(String json, String spacing, int which) {
        int at = -1;
        for (int i = 0; i <= which; i++) {
            at = json.indexOf("\"text\":\"", at + 1);
            if (at < 0) {
                return json;
            }
        }
        int value = at + "\"text\":\"".length();
        return json.substring(0, value) + spacing + json.substring(value);
    }

    private static void annexes(Document doc, RuleFamily family, Checks checks) {
        if (doc instanceof org.declaro.model.Declaration d) {
            for (int i = 0; i < d.annexes().size(); i++) {
                family.check(d.annexes().get(i), "/annexes/" + i, checks);
                annexes(d.annexes().get(i), family, checks);
            }
        }
    }

    @Provide
    Arbitrary<String> valid() {
        return JsonMutations.validDocuments();
    }

    /**
     * What makes validation fast: a document in which a family finds nothing clears it, so the family's walk
     * over the model is skipped (for the commitment rules: when the input has no annexes, since an id used
     * in two of its documents, which is allowed, sends it to the full rule).
     */
    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void aDocumentInWhichAFamilyFindsNothingClearsIt(@ForAll("valid") String json) {
        ReadScan scan = new ReadScan(null);
        ReadResult r = DocumentReader.standard().read(json.getBytes(StandardCharsets.UTF_8), scan);
        List<Finding> findings = DocumentValidator.standard().validate(json.getBytes(StandardCharsets.UTF_8)).findings();
        boolean texts = findings.stream().anyMatch(f -> f.rule().id().startsWith("text."));
        boolean commitments = findings.stream().anyMatch(f -> f.rule().id().startsWith("commitment."));
        boolean annexes = r.document().orElseThrow() instanceof org.declaro.model.Declaration d && !d.annexes().isEmpty();
        if (!texts) {
            assertFalse(scan.texts(), json);
        }
        if (!commitments && !annexes) {
            assertFalse(scan.commitments(), json);
        }
        Statistics.label("commitment rules cleared").collect(!scan.commitments());
        Statistics.label("commitment rules cleared").coverage(c -> c.check(true).percentage(p -> p >= 30.0));
    }
}
