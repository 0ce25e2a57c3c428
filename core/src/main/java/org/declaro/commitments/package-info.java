/**
 * Text analysis of declarations: {@link org.declaro.commitments.CommitmentExtractor} finds the commitment units
 * of a document's paragraphs (see COMMITMENTS.md), deterministically and with the cue that matched.
 * Import of plain text into the model will live here too.
 */
package org.declaro.commitments;
