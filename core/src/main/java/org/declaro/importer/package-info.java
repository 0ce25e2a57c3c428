/**
 * Plain-text import: the text of a declaration or action plan, as copied out of a PDF or a web page,
 * becomes a {@link org.declaro.model.Declaration} or {@link org.declaro.model.ActionPlan}.
 *
 * <p>Start with {@link org.declaro.importer.TextImporter}. The importer recognises the layout of real
 * documents (UN mastheads, numbered paragraphs, sub-paragraphs and bullets, headings, footnotes moved by
 * page breaks, hyphenation across lines, running headers and page numbers, annexes) and never drops text
 * silently: whatever it cannot place is reported as an {@code import.unplaced} finding with its line.
 * Commitments are found in a separate step, with {@link org.declaro.commitments.CommitmentExtractor}.
 */
package org.declaro.importer;
