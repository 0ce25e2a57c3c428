package org.declaro.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.declaro.properties.JsonMutations;
import org.declaro.report.Finding;
import org.declaro.report.Rule;

/**
 * JSON's field constraints are checked by the reader, where each value is read, and no longer by Hibernate
 * Validator on the model: both paths give the same findings, in the same order, for generated valid documents
 * and for the same documents broken (fields removed, nulled, emptied, of another type, malformed ids and
 * language tags).
 */
class JsonConstraintPathsProperties {
    private static final DocumentValidator VALIDATOR = DocumentValidator.standard();

    @Provide
    Arbitrary<String> valid() {
        return JsonMutations.validDocuments();
    }

    @Provide
    Arbitrary<String> mutated() {
        return JsonMutations.mutatedDocuments();
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void validDocumentsGiveTheSameFindingsOnBothPaths(@ForAll("valid") String json) {
        sameFindings(json);
    }

    @Property(tries = 600, edgeCases = EdgeCasesMode.NONE)
    void brokenDocumentsGiveTheSameFindingsOnBothPaths(@ForAll("mutated") String json) {
        sameFindings(json);
        // the property means something only if many broken documents break a field constraint
        Statistics.label("a constraint finding").coverage(c -> c.check(true).percentage(p -> p >= 20.0));
    }

    private static void sameFindings(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        ValidationReport fast = VALIDATOR.validate(bytes);
        ValidationReport reference = VALIDATOR.validateJsonWithBeanValidation(bytes).get(0);
        java.util.List<Finding> onlyReference = new java.util.ArrayList<>(reference.findings());
        onlyReference.removeAll(fast.findings());
        java.util.List<Finding> onlyFast = new java.util.ArrayList<>(fast.findings());
        onlyFast.removeAll(reference.findings());
        assertEquals(reference.findings(), fast.findings(), () -> "only on the reference path: " + onlyReference
                + "\nonly on the JSON path: " + onlyFast + "\nin " + json);
        assertEquals(reference.document(), fast.document());
        boolean constraint = false;
        for (Finding f : fast.findings()) {
            constraint |= f.rule() == Rule.REQUIRED || f.rule() == Rule.ID_FORMAT || f.rule() == Rule.LANGUAGE_TAG;
        }
        Statistics.label("a constraint finding").collect(constraint);
    }
}
