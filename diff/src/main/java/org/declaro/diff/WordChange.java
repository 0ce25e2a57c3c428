package org.declaro.diff;

import java.util.Objects;

/**
 * A run of words in a changed paragraph: kept, deleted from the old text, or inserted in the new one.
 * The texts of the runs, in order, rebuild the old text (EQUAL + DELETE) and the new text (EQUAL + INSERT).
 *
 * @param op   what happened to the run
 * @param text the run, with its white space
 */
public record WordChange(Op op, String text) {

    /** What happened to a run of words. */
    public enum Op {
        /** in both versions */
        EQUAL,
        /** only in the old version */
        DELETE,
        /** only in the new version */
        INSERT
    }

    /** Checks the fields. */
    public WordChange {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(text, "text");
    }
}
