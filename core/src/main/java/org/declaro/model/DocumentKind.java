package org.declaro.model;

import java.util.Optional;

/** The two kinds of document, with their JSON names ({@code kind} field). */
public enum DocumentKind {
    /** Declarations, resolutions, communiqués: {@code "declaration"}. */
    DECLARATION("declaration"),
    /** Action plans with numbered actions: {@code "actionPlan"}. */
    ACTION_PLAN("actionPlan");

    private final String jsonName;

    DocumentKind(String jsonName) {
        this.jsonName = jsonName;
    }

    /** @return the name used in JSON */
    public String jsonName() {
        return jsonName;
    }

    /**
     * @param name a JSON name
     * @return the kind with that JSON name, if any
     */
    public static Optional<DocumentKind> fromJsonName(String name) {
        return Lists.byJsonName(values(), DocumentKind::jsonName, name);
    }

    /** @return the name as the format and the CLI spell it, e.g. {@code actionPlan}: the same as {@link #jsonName()} */
    @Override
    public String toString() {
        return jsonName();
    }
}
