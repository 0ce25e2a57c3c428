package org.declaro.diff;

import java.util.List;
import java.util.Objects;

/**
 * One paragraph of either version, aligned with its counterpart.
 *
 * @param part         {@code "preamble"} or {@code "paragraphs"}
 * @param type         what happened to it
 * @param beforeIndex  its index (from 0) in the old version's list, or null if added
 * @param afterIndex   its index in the new version's list, or null if removed
 * @param beforeNumber its number in the old version, if numbered
 * @param afterNumber  its number in the new version, if numbered
 * @param words        the word-level changes (all EQUAL when unchanged; one run when added or removed)
 */
public record ParagraphChange(String part, Type type, Integer beforeIndex, Integer afterIndex, Integer beforeNumber,
        Integer afterNumber, List<WordChange> words) {

    /** What happened to a paragraph. */
    public enum Type {
        /** same text, same place in the order (possibly renumbered) */
        UNCHANGED,
        /** text changed in place */
        CHANGED,
        /** only in the new version */
        ADDED,
        /** only in the old version */
        REMOVED,
        /** found elsewhere in the order (its text may have changed too) */
        MOVED
    }

    /** Copies the list. */
    public ParagraphChange {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(type, "type");
        words = List.copyOf(words);
    }

    /** @return whether both versions number it, differently */
    public boolean renumbered() {
        return beforeNumber != null && afterNumber != null && !beforeNumber.equals(afterNumber);
    }

    /** @return whether the text differs between the versions */
    public boolean textChanged() {
        return words.stream().anyMatch(w -> w.op() != WordChange.Op.EQUAL);
    }
}
