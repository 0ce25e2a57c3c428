package org.declaro.json;

import java.util.List;
import java.util.Optional;
import org.declaro.model.Document;
import org.declaro.report.Finding;

/**
 * What reading JSON gave: the document, when the text was well-formed JSON within the limits, and the
 * findings met while binding it ({@code json.*}, {@code required} for a missing {@code kind},
 * {@code date.format}, {@code limit.exceeded}), located by line and column.
 *
 * <p>A document is returned even when some of its values were of the wrong type: those values are left
 * out and reported. Check {@link #hasErrors()} before trusting it.
 *
 * @param document the document, empty when the text could not be read as a whole
 * @param findings what reading found, in document order
 * @param indexMap maps pointers into the model back to the JSON text
 */
public record ReadResult(Optional<Document> document, List<Finding> findings, IndexMap indexMap) {

    /** Copies the findings into an unmodifiable list. */
    public ReadResult {
        findings = List.copyOf(findings);
    }

    /** @return whether any finding is an error */
    public boolean hasErrors() {
        for (Finding f : findings) {
            if (f.isError()) {
                return true;
            }
        }
        return false;
    }
}
