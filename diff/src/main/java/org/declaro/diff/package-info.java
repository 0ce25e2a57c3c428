/**
 * Comparing two versions of a declaration (a draft and the adopted text, two revisions):
 * {@code DocumentDiff.standard().compare(before, after)} ({@link org.declaro.diff.DocumentDiff}) aligns paragraphs even when they were renumbered,
 * inserted, deleted or moved, gives word-level changes inside changed paragraphs, and reports
 * commitment changes as negotiators speak of them (added, removed, modality weakened or strengthened,
 * actor or deadline changed), finding the commitments of a version that carries none. {@link org.declaro.diff.DiffReport} writes a comparison as text, Markdown,
 * HTML or JSON. Uses java-diff-utils (Myers) for both levels.
 */
package org.declaro.diff;
