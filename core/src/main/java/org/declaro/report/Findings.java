package org.declaro.report;

import java.util.ArrayList;
import java.util.List;

/**
 * What reading, validating or importing a document found: the one view shared by
 * {@link org.declaro.json.ReadResult}, {@link org.declaro.validation.ValidationReport} and
 * {@link org.declaro.importer.ImportResult}, so that the same three calls work on each.
 *
 * <pre>{@code
 * Findings result = DocumentValidator.standard().validate(Path.of("declaration.json"));
 * if (result.hasErrors()) {
 *     result.errors().forEach(System.err::println);
 * }
 * }</pre>
 *
 * <p>Each of those results also has {@code document()}, typed {@code Optional<Document>} in all three: reading
 * and validating JSON can give no document (text that is not JSON, or over a limit), so the type says it
 * may be absent; an import always gives one (its {@code Optional} is never empty), and reads the same way.
 */
public interface Findings {

    /** @return every finding, in the order the result documents (by position for JSON, by line for text) */
    List<Finding> findings();

    /** @return whether any finding is an {@linkplain Severity#ERROR error}; false when there are none */
    default boolean hasErrors() {
        for (Finding f : findings()) { // a loop, not a stream: nothing to spin up at start-up
            if (f.isError()) {
                return true;
            }
        }
        return false;
    }

    /** @return the findings that are {@linkplain Severity#ERROR errors}, in the order of {@link #findings()} */
    default List<Finding> errors() {
        List<Finding> errors = new ArrayList<>();
        for (Finding f : findings()) {
            if (f.isError()) {
                errors.add(f);
            }
        }
        return List.copyOf(errors);
    }

    /**
     * @param severity a severity
     * @return how many findings have it
     */
    default long count(Severity severity) {
        long n = 0;
        for (Finding f : findings()) {
            if (f.severity() == severity) {
                n++;
            }
        }
        return n;
    }
}
