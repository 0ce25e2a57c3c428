package org.declaro.json;

import java.util.function.Supplier;

/**
 * Told of each object of the format as the reader builds it, while its values are fresh in the processor's
 * caches: a check that looks at every paragraph costs much less here than in a walk over the finished
 * model, which no longer fits them for a large document. Objects come children before their parent
 * (a paragraph's commitments, then the paragraph; the document last), in the order of the JSON text.
 * Only objects read whole are passed; a value that could not be read is absent from its record, as in the
 * finished model.
 *
 * <p>A listener is used by one read on one thread; it may keep state for that read.
 *
 * <pre>{@code
 * List<String> lengthy = new ArrayList<>();
 * DocumentReader.standard().read(json, (record, pointer) -> {
 *     if (record instanceof Paragraph p && p.text() != null && p.text().length() > 2000) lengthy.add(pointer.get());
 * });
 * }</pre>
 */
@FunctionalInterface
public interface ReadListener {
    /**
     * @param record  the record just built: a {@link org.declaro.model.Paragraph}, a
     *                {@link org.declaro.model.Commitment}, a {@link org.declaro.model.Document} (an annex or the
     *                document itself), ...
     * @param pointer the JSON Pointer of the object in the text, built when asked for
     */
    void read(Object record, Supplier<String> pointer);
}
