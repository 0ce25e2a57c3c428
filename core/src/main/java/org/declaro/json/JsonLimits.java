package org.declaro.json;

/**
 * Limits that keep reading safe on untrusted input. Input over a limit yields a
 * {@code limit.exceeded} finding, never an exception or unbounded memory use.
 *
 * <p>The defaults ({@link #DEFAULTS}) fit any real declaration with a wide margin: 64 MiB of JSON,
 * nesting 64 deep, strings of 1,000,000 characters, 100,000 paragraphs and 100,000 commitments.
 *
 * @param maxDocumentBytes the largest document, in bytes of UTF-8
 * @param maxDepth         the deepest nesting of arrays and objects
 * @param maxStringLength  the longest string value or field name, in characters
 * @param maxParagraphs    the most paragraphs (numbered and preambular, all annexes together)
 * @param maxCommitments   the most commitments (all annexes together)
 */
public record JsonLimits(long maxDocumentBytes, int maxDepth, int maxStringLength, int maxParagraphs,
        int maxCommitments) {

    /** The default limits. */
    public static final JsonLimits DEFAULTS = new JsonLimits(64L * 1024 * 1024, 64, 1_000_000, 100_000, 100_000);

    /** @throws IllegalArgumentException if a limit is not positive */
    public JsonLimits {
        if (maxDocumentBytes <= 0 || maxDepth <= 0 || maxStringLength <= 0 || maxParagraphs <= 0 || maxCommitments <= 0) {
            throw new IllegalArgumentException("limits must be positive: " + this);
        }
    }

    /** @param v bytes @return a copy with that document size limit */
    public JsonLimits withMaxDocumentBytes(long v) {
        return new JsonLimits(v, maxDepth, maxStringLength, maxParagraphs, maxCommitments);
    }

    /** @param v depth @return a copy with that nesting limit */
    public JsonLimits withMaxDepth(int v) {
        return new JsonLimits(maxDocumentBytes, v, maxStringLength, maxParagraphs, maxCommitments);
    }

    /** @param v characters @return a copy with that string length limit */
    public JsonLimits withMaxStringLength(int v) {
        return new JsonLimits(maxDocumentBytes, maxDepth, v, maxParagraphs, maxCommitments);
    }

    /** @param v count @return a copy with that paragraph limit */
    public JsonLimits withMaxParagraphs(int v) {
        return new JsonLimits(maxDocumentBytes, maxDepth, maxStringLength, v, maxCommitments);
    }

    /** @param v count @return a copy with that commitment limit */
    public JsonLimits withMaxCommitments(int v) {
        return new JsonLimits(maxDocumentBytes, maxDepth, maxStringLength, maxParagraphs, v);
    }
}
