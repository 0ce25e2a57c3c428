package org.declaro.diff;

import java.util.List;
import java.util.Objects;
import org.declaro.model.Commitment;

/**
 * A commitment that differs between the versions, in the terms negotiators use.
 *
 * @param type            added, removed, changed, or weakened out of being a commitment
 * @param before          the old commitment, or null if added
 * @param after           the new commitment, or null if removed or weakened
 * @param beforeParagraph where it was, e.g. {@code "paragraph 3"}, or null
 * @param afterParagraph  where it is, or null
 * @param changes         for a changed commitment, each change in a few words: {@code "modality: commit
 *                        weakened to aspire"}, {@code "actor: we → all States"}, {@code "deadline: 2029 →
 *                        2030"}, {@code "wording"}
 */
public record CommitmentChange(Type type, Commitment before, Commitment after, String beforeParagraph,
        String afterParagraph, List<String> changes) {

    /** What happened to a commitment. */
    public enum Type {
        /** only in the new version */
        ADDED,
        /** only in the old version */
        REMOVED,
        /** in both, with a different modality, actor, deadline or wording */
        CHANGED,
        /**
         * in the old version; in the new, the same words with a weaker verb ("will" → "may"), which makes no
         * commitment: {@code after} is null, {@code afterParagraph} says where the words are
         */
        WEAKENED
    }

    /** Copies the list. */
    public CommitmentChange {
        Objects.requireNonNull(type, "type");
        changes = List.copyOf(changes);
    }

    /**
     * @return one line for people, e.g. {@code "paragraph 3: commitment changed: modality: commit weakened to aspire"};
     *         a missing modality or actor (in an invalid document) reads {@code "(no modality)"} or {@code "(no actor)"}
     */
    public String summary() {
        return switch (type) {
            case ADDED -> afterParagraph + ": " + DocumentDiff.describe(after.modality()) + " added " + actor(after) + ": "
                    + text(after);
            case REMOVED -> beforeParagraph + ": " + DocumentDiff.describe(before.modality()) + " removed " + actor(before) + ": "
                    + text(before);
            case CHANGED -> afterParagraph + ": " + String.join("; ", changes) + ": " + text(after);
            case WEAKENED -> afterParagraph + ": " + String.join("; ", changes) + ": " + text(before);
        };
    }

    /** The actor in brackets, or {@code "(no actor)"}. */
    private static String actor(Commitment c) {
        return c.actor() == null ? DocumentDiff.NO_ACTOR : "(" + c.actor() + ")";
    }

    /** The commitment's text, empty when missing. */
    static String text(Commitment c) {
        return c.text() == null ? "" : c.text();
    }
}
