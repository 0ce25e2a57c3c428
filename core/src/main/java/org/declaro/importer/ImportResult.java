package org.declaro.importer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.declaro.model.Document;
import org.declaro.report.Finding;
import org.declaro.report.Findings;

/**
 * What an import gives: the document, and the findings about the text. Every non-blank line of the input
 * is either in the document or named in a finding ({@code import.unplaced}). {@link #hasErrors()} (true when
 * the input was not usable text, or held no paragraph), {@link #errors()} and {@link #count} come from
 * {@link Findings}, the view shared with reading and validating.
 *
 * <p>{@link #document()} is an {@link Optional} as in the other results, but an import always gives a
 * document: a placeholder title when none was found, with a finding. Its {@code Optional} is never empty.
 *
 * @param document the imported document; never empty
 * @param findings findings of the {@code import.*} rules (and {@code limit.exceeded}), by line
 */
public record ImportResult(Optional<Document> document, List<Finding> findings) implements Findings {

    /**
     * Copies the findings.
     *
     * @throws IllegalArgumentException if the document is empty
     */
    public ImportResult {
        Objects.requireNonNull(document, "document");
        if (document.isEmpty()) {
            throw new IllegalArgumentException("an import always gives a document");
        }
        findings = List.copyOf(findings);
    }

    /**
     * A result of the given document.
     *
     * @param document the imported document
     * @param findings the findings, by line
     */
    public ImportResult(Document document, List<Finding> findings) {
        this(Optional.of(Objects.requireNonNull(document, "document")), findings);
    }
}
