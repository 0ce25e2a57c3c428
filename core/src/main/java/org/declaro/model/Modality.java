package org.declaro.model;

import java.util.Optional;

/** How strongly, and by whom, a commitment is made (see COMMITMENTS.md). */
public enum Modality {
    /** "we commit to", "we undertake to", "we are determined to". */
    COMMIT("commit"),
    /** "we pledge to". */
    PLEDGE("pledge"),
    /** "we will", "will strive to", "we intend to". */
    WILL("will"),
    /** "we reaffirm our commitment to", "we renew our dedication to". */
    REAFFIRM("reaffirm"),
    /** "we aspire to", "we aim to", "we seek to". */
    ASPIRE("aspire"),
    /** "decides to" in a resolution's operative paragraph. */
    DECIDE("decide"),
    /** A call made to others: "call upon X to", "urge X to"; the actor is X. */
    APPEAL("appeal");

    private final String jsonName;

    Modality(String jsonName) {
        this.jsonName = jsonName;
    }

    /** @return the name used in JSON */
    public String jsonName() {
        return jsonName;
    }

    /**
     * @param name a JSON name
     * @return the modality with that JSON name, if any
     */
    public static Optional<Modality> fromJsonName(String name) {
        return Lists.byJsonName(values(), Modality::jsonName, name);
    }

    /** @return the name as the format and the CLI spell it, e.g. {@code will}: the same as {@link #jsonName()} */
    @Override
    public String toString() {
        return jsonName();
    }
}
