package org.declaro.validation;

import java.util.List;
import java.util.Optional;
import org.declaro.model.Document;
import org.declaro.report.Finding;
import org.declaro.report.Severity;

/**
 * The findings for one document.
 *
 * @param source   a name for the input (a file name, {@code "-"} for standard input, or the id of a
 *                 document validated in memory)
 * @param document the document, when the input could be read
 * @param findings all findings; kept in {@link Finding#BY_POSITION} order
 */
public record ValidationReport(String source, Optional<Document> document, List<Finding> findings) {

    /**
     * Copies the findings into an unmodifiable list, {@linkplain Finding#BY_POSITION by position, then rule},
     * so that the order does not depend on how the input was given.
     */
    public ValidationReport {
        List<Finding> sorted = new java.util.ArrayList<>(findings);
        sorted.sort(Finding.BY_POSITION);
        findings = List.copyOf(sorted);
    }

    /** @return whether no finding is an error */
    public boolean isValid() {
        return count(Severity.ERROR) == 0;
    }

    /** @return the errors */
    public List<Finding> errors() {
        List<Finding> errors = new java.util.ArrayList<>();
        for (Finding f : findings) { // loops, not streams, here and below: nothing to spin up at start-up
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
    public long count(Severity severity) {
        long n = 0;
        for (Finding f : findings) {
            if (f.severity() == severity) {
                n++;
            }
        }
        return n;
    }
}
