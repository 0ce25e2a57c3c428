package org.declaro.model;

import java.util.Optional;

/**
 * The versions of the format, oldest first: what {@code schemaVersion} may say. A reader of a version
 * reads every older one unchanged; which fields each version adds is recorded with the fields themselves
 * (one table, shared by reading, writing and validation).
 */
public enum FormatVersion {
    /** The first version. */
    V1_0("1.0"),
    /** Adds {@code restart} on headings, {@code commitments} on sub-paragraphs, {@code source} on documents. */
    V1_1("1.1");

    private final String jsonName;

    FormatVersion(String jsonName) {
        this.jsonName = jsonName;
    }

    /** @return the version new documents get, {@value Document#CURRENT_SCHEMA_VERSION} */
    public static FormatVersion current() {
        return fromJsonName(Document.CURRENT_SCHEMA_VERSION).orElseThrow();
    }

    /** @return the value of {@code schemaVersion}, e.g. {@code "1.1"} */
    public String jsonName() {
        return jsonName;
    }

    /**
     * @param name a value of {@code schemaVersion}
     * @return the version, if this library reads it
     */
    public static Optional<FormatVersion> fromJsonName(String name) {
        for (FormatVersion v : values()) { // a loop, not a method reference: nothing to spin up at start-up
            if (v.jsonName().equals(name)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /**
     * @param other another version
     * @return whether this version is {@code other} or a later one
     */
    public boolean isAtLeast(FormatVersion other) {
        return compareTo(other) >= 0;
    }

    /** @return the name as the format and the CLI spell it, e.g. {@code 1.1}: the same as {@link #jsonName()} */
    @Override
    public String toString() {
        return jsonName();
    }
}
