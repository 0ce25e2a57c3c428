package org.declaro.importer;

import java.util.List;
import java.util.Objects;
import org.declaro.model.Document;
import org.declaro.report.Finding;

/**
 * What an import gives: the document, and the findings about the text. Every non-blank line of the input
 * is either in the document or named in a finding ({@code import.unplaced}).
 *
 * @param document the imported document; never null (a placeholder title when none was found, with a finding)
 * @param findings findings of the {@code import.*} rules (and {@code limit.exceeded}), by line
 */
public record ImportResult(Document document, List<Finding> findings) {

    /** Copies the findings. */
    public ImportResult {
        Objects.requireNonNull(document, "document");
        findings = List.copyOf(findings);
    }

    /** @return true when a finding is an error: the input was not usable text, or held no paragraph */
    public boolean hasErrors() {
        return findings.stream().anyMatch(Finding::isError);
    }
}
