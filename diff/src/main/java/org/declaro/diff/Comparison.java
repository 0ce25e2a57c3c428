package org.declaro.diff;

import java.util.List;

/**
 * The result of comparing two versions of a declaration.
 *
 * @param paragraphs  every paragraph of either version (preamble first, then the body), in the new
 *                    version's order, with removed ones where they stood
 * @param commitments the commitments added, removed or changed, in the new version's order
 */
public record Comparison(List<ParagraphChange> paragraphs, List<CommitmentChange> commitments) {

    /** Copies the lists. */
    public Comparison {
        paragraphs = List.copyOf(paragraphs);
        commitments = List.copyOf(commitments);
    }

    /** @return the number of paragraphs of the given type */
    public long count(ParagraphChange.Type type) {
        return paragraphs.stream().filter(p -> p.type() == type).count();
    }

    /** @return whether the versions have the same text and commitments (numbering aside) */
    public boolean identical() {
        return commitments.isEmpty() && paragraphs.stream().allMatch(p -> p.type() == ParagraphChange.Type.UNCHANGED);
    }
}
