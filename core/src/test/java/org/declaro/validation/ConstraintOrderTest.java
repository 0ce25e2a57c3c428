package org.declaro.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.declaro.model.Commitment;
import org.declaro.model.Declaration;
import org.declaro.model.Extensions;
import org.declaro.model.Paragraph;
import org.declaro.report.Finding;
import org.declaro.report.Rule;
import org.junit.jupiter.api.Test;

/**
 * A document built in code has no positions, so its findings keep the order the validator makes them in; the
 * Bean Validation part of that order must not depend on the run (Hibernate Validator returns a set).
 */
class ConstraintOrderTest {

    /** A fresh document each time: several commitments without modality and actor. */
    static Declaration incomplete() {
        List<Commitment> cs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            cs.add(new Commitment("p1.c" + (i + 1), null, null, "We commit", 0, 9, List.of(), null));
        }
        return Declaration.builder("x", "Title")
                .paragraph(new Paragraph(1, "We commit to it.", List.of(), List.of(), cs, Extensions.NONE)).build();
    }

    @Test
    void constraintFindingsOfADocumentBuiltInCodeComeInDocumentOrderEveryTime() {
        DocumentValidator validator = DocumentValidator.builder().build();
        List<String> first = null;
        for (int run = 0; run < 40; run++) {
            List<String> seen = new ArrayList<>();
            for (Finding f : validator.validate(incomplete()).findings()) {
                if (f.rule() == Rule.REQUIRED) {
                    seen.add(f.pointer());
                }
            }
            if (first == null) {
                first = seen;
                List<String> expected = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    expected.add("/paragraphs/0/commitments/" + i + "/actor");
                    expected.add("/paragraphs/0/commitments/" + i + "/modality");
                }
                assertEquals(expected, seen);
            }
            assertEquals(first, seen, "run " + run);
        }
    }
}
