package org.declaro.validation;

import java.util.List;
import java.util.Optional;
import org.declaro.model.Document;
import org.declaro.report.Finding;
import org.declaro.report.Findings;

/**
 * The findings for one document. {@link #hasErrors()}, {@link #errors()} and {@link #count} come from
 * {@link Findings}, the view shared with reading and importing.
 *
 * @param source   a name for the input (a file name, {@code "-"} for standard input, or the id of a
 *                 document validated in memory)
 * @param document the document, when the input could be read; empty when it was not JSON or was over a limit
 * @param findings all findings; kept in {@link Finding#BY_POSITION} order
 */
public record ValidationReport(String source, Optional<Document> document, List<Finding> findings) implements Findings {

    /**
     * Copies the findings into an unmodifiable list, {@linkplain Finding#BY_POSITION by position, then rule},
     * so that the order does not depend on how the input was given.
     */
    public ValidationReport {
        List<Finding> sorted = new java.util.ArrayList<>(findings);
        sorted.sort(Finding.BY_POSITION);
        findings = List.copyOf(sorted);
    }
}
