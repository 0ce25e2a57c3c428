/**
 * Text analysis of declarations: {@link org.declaro.commitments.CommitmentExtractor} finds the commitment units
 * of a document's paragraphs (see COMMITMENTS.md), deterministically and with the cue that matched, with the
 * {@link org.declaro.commitments.CommitmentCues cue set} of the document's language (English, French and Spanish come
 * with it; others can be added).
 * Import of plain text into the model will live here too.
 */
package org.declaro.commitments;
