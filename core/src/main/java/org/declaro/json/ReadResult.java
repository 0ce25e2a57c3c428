package org.declaro.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.declaro.model.ActionPlan;
import org.declaro.model.Declaration;
import org.declaro.internal.IndexMap;
import org.declaro.model.Document;
import org.declaro.model.DocumentKind;
import org.declaro.report.Finding;
import org.declaro.report.Findings;
import org.declaro.report.JsonPointer;

/**
 * What reading JSON gave: the document, when the text was well-formed JSON within the limits, and the
 * findings met while binding it ({@code json.*}, {@code required} for a missing {@code kind},
 * {@code date.format}, {@code limit.exceeded}), located by line and column. Immutable; equal when document
 * and findings are.
 *
 * <p>A document is returned even when some of its values were of the wrong type: those values are left
 * out and reported. Check {@link #hasErrors()} before trusting it. {@link #hasErrors()}, {@link #errors()} and
 * {@link #count} come from {@link Findings}, the view shared with validating and importing.
 */
public final class ReadResult implements Findings {
    private final Optional<Document> document;
    private final List<Finding> findings;
    private final IndexMap indexMap;

    /**
     * A result whose document, if any, holds every list element of its JSON text.
     *
     * @param document the document, empty when the text could not be read as a whole
     * @param findings what reading found; copied
     */
    public ReadResult(Optional<Document> document, List<Finding> findings) {
        this(document, findings, IndexMap.IDENTITY);
    }

    ReadResult(Optional<Document> document, List<Finding> findings, IndexMap indexMap) {
        this.document = Objects.requireNonNull(document, "document");
        this.findings = List.copyOf(findings);
        this.indexMap = indexMap;
    }

    /** @return the document, empty when the text could not be read as a whole */
    public Optional<Document> document() {
        return document;
    }

    /** @return what reading found, in {@link Finding#BY_POSITION} order */
    @Override
    public List<Finding> findings() {
        return findings;
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

    /**
     * Maps a pointer into the {@linkplain #document() document} to the same value in the JSON text it was
     * read from. The two differ only where reading left list elements out (a {@code null} or a number where
     * a paragraph object belongs): the model's paragraph 3 is then the text's paragraph 4. Use it to locate
     * findings of checks of your own with {@link JsonLocator}.
     *
     * @param modelPointer a pointer into the document
     * @return the pointer into the JSON text
     */
    public JsonPointer toJsonPointer(JsonPointer modelPointer) {
        return JsonPointer.parse(indexMap.toJson(modelPointer.toString()));
    }

    /**
     * As {@link #toJsonPointer(JsonPointer)}, for a pointer in RFC 6901 form, as {@link Finding#pointer()} holds.
     *
     * @param modelPointer a pointer into the document
     * @return the pointer into the JSON text
     */
    public String toJsonPointer(String modelPointer) {
        return indexMap.toJson(modelPointer);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReadResult r && document.equals(r.document) && findings.equals(r.findings);
    }

    @Override
    public int hashCode() {
        return document.hashCode() * 31 + findings.hashCode();
    }

    @Override
    public String toString() {
        return "ReadResult[document=" + document.map(d -> d.kind().jsonName() + " " + d.id()).orElse("none")
                + ", findings=" + findings + "]";
    }
}
