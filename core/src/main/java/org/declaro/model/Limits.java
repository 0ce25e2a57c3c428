package org.declaro.model;

/**
 * The limits that keep reading safe on untrusted input, for every way a document comes in: JSON read by
 * {@code DocumentReader} or {@code DocumentValidator}, and text imported by {@code TextImporter}. One object
 * configures them all, as Jackson's {@code StreamReadConstraints} does for a parser.
 *
 * <p>Input over a limit yields a {@code limit.exceeded} finding, never an exception or unbounded memory use:
 * input is counted while it is read, and reading stops at {@link #maxInputBytes()}, so a file of any size
 * costs at most about twice that limit in memory.
 *
 * <p>The defaults ({@link #DEFAULTS}) fit any real declaration with a wide margin: 64 MiB of input, nesting
 * 64 deep, strings of 1,000,000 characters, 100,000 paragraphs, 100,000 commitments and 500 pages.
 *
 * <pre>{@code
 * Limits limits = Limits.DEFAULTS.withMaxInputBytes(1 << 20);   // 1 MiB, for a public service
 * DocumentValidator validator = DocumentValidator.builder().limits(limits).build();
 * TextImporter importer = TextImporter.builder().limits(limits).build();
 * }</pre>
 *
 * @param maxInputBytes   the largest input, in bytes of UTF-8 (JSON or text; characters given as a
 *                        {@code String} or {@code Reader} count as their UTF-8 encoding)
 * @param maxDepth        the deepest nesting of JSON arrays and objects
 * @param maxStringLength the longest JSON string value or field name, in characters
 * @param maxParagraphs   the most paragraphs (numbered and preambular, all annexes together)
 * @param maxCommitments  the most commitments (all annexes together)
 * @param maxPages        the most pages of a paged source (a PDF read by {@code declaro-pdf}); checked before any
 *                        page is read
 */
public record Limits(long maxInputBytes, int maxDepth, int maxStringLength, int maxParagraphs, int maxCommitments,
        int maxPages) {

    /** The default page limit, {@value}. */
    public static final int DEFAULT_MAX_PAGES = 500;

    /** The default limits. */
    public static final Limits DEFAULTS = new Limits(64L * 1024 * 1024, 64, 1_000_000, 100_000, 100_000,
            DEFAULT_MAX_PAGES);

    /** @throws IllegalArgumentException if a limit is not positive */
    public Limits {
        if (maxInputBytes <= 0 || maxDepth <= 0 || maxStringLength <= 0 || maxParagraphs <= 0 || maxCommitments <= 0
                || maxPages <= 0) {
            throw new IllegalArgumentException("every limit must be positive; got maxInputBytes=" + maxInputBytes
                    + ", maxDepth=" + maxDepth + ", maxStringLength=" + maxStringLength + ", maxParagraphs="
                    + maxParagraphs + ", maxCommitments=" + maxCommitments + ", maxPages=" + maxPages);
        }
    }

    /**
     * The limits of version 0.1, before {@link #maxPages()}: the page limit is {@link #DEFAULT_MAX_PAGES}.
     *
     * @throws IllegalArgumentException if a limit is not positive
     */
    public Limits(long maxInputBytes, int maxDepth, int maxStringLength, int maxParagraphs, int maxCommitments) {
        this(maxInputBytes, maxDepth, maxStringLength, maxParagraphs, maxCommitments, DEFAULT_MAX_PAGES);
    }

    /** @param v bytes @return a copy with that input size limit */
    public Limits withMaxInputBytes(long v) {
        return new Limits(v, maxDepth, maxStringLength, maxParagraphs, maxCommitments, maxPages);
    }

    /** @param v depth @return a copy with that nesting limit */
    public Limits withMaxDepth(int v) {
        return new Limits(maxInputBytes, v, maxStringLength, maxParagraphs, maxCommitments, maxPages);
    }

    /** @param v characters @return a copy with that string length limit */
    public Limits withMaxStringLength(int v) {
        return new Limits(maxInputBytes, maxDepth, v, maxParagraphs, maxCommitments, maxPages);
    }

    /** @param v count @return a copy with that paragraph limit */
    public Limits withMaxParagraphs(int v) {
        return new Limits(maxInputBytes, maxDepth, maxStringLength, v, maxCommitments, maxPages);
    }

    /** @param v count @return a copy with that commitment limit */
    public Limits withMaxCommitments(int v) {
        return new Limits(maxInputBytes, maxDepth, maxStringLength, maxParagraphs, v, maxPages);
    }

    /** @param v pages @return a copy with that page limit */
    public Limits withMaxPages(int v) {
        return new Limits(maxInputBytes, maxDepth, maxStringLength, maxParagraphs, maxCommitments, v);
    }
}
