package org.declaro.json;

import java.util.List;
import java.util.Optional;
import org.declaro.model.ActionPlan;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.declaro.model.DocumentKind;
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

    /**
     * The document as a declaration, without a cast: {@code reader.read(file).declaration()}.
     *
     * @return the declaration read (check {@link #hasErrors()} before trusting it)
     * @throws IllegalStateException if no document was read (the message names the first error) or the
     *                               document is an action plan
     */
    public Declaration declaration() {
        return as(Declaration.class, DocumentKind.DECLARATION);
    }

    /**
     * The document as an action plan, without a cast: {@code reader.read(file).actionPlan()}.
     *
     * @return the action plan read (check {@link #hasErrors()} before trusting it)
     * @throws IllegalStateException if no document was read (the message names the first error) or the
     *                               document is a declaration
     */
    public ActionPlan actionPlan() {
        return as(ActionPlan.class, DocumentKind.ACTION_PLAN);
    }

    private <T extends Document> T as(Class<T> type, DocumentKind wanted) {
        Document doc = document.orElseThrow(() -> new IllegalStateException("No document was read; check document() or "
                + "findings() first" + findings.stream().filter(Finding::isError).findFirst().map(f -> ". The first error: " + f)
                .orElse("")));
        if (!type.isInstance(doc)) {
            throw new IllegalStateException(kindMismatch(wanted, doc.kind()));
        }
        return type.cast(doc);
    }

    private static String kindMismatch(DocumentKind wanted, DocumentKind actual) {
        return "Expected " + article(wanted) + " (\"kind\": \"" + wanted.jsonName() + "\"), but the document is "
                + article(actual) + " (\"kind\": \"" + actual.jsonName() + "\"); read it with "
                + (actual == DocumentKind.DECLARATION ? "declaration()" : "actionPlan()") + " or document()";
    }

    private static String article(DocumentKind kind) {
        return kind == DocumentKind.DECLARATION ? "a declaration" : "an action plan";
    }
}
