package org.declaro.model;

import java.util.Optional;

/** The status of a document; {@link #DRAFT} when none is given. */
public enum Status {
    /** Not yet adopted. */
    DRAFT("draft"),
    /** Adopted. */
    ADOPTED("adopted"),
    /** Withdrawn. */
    WITHDRAWN("withdrawn");

    private final String jsonName;

    Status(String jsonName) {
        this.jsonName = jsonName;
    }

    /** @return the name used in JSON */
    public String jsonName() {
        return jsonName;
    }

    /**
     * @param name a JSON name
     * @return the status with that JSON name, if any
     */
    public static Optional<Status> fromJsonName(String name) {
        return Lists.byJsonName(values(), Status::jsonName, name);
    }

    /** @return the name as the format and the CLI spell it, e.g. {@code draft}: the same as {@link #jsonName()} */
    @Override
    public String toString() {
        return jsonName();
    }
}
