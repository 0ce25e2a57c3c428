package org.declaro.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Fields of a JSON object that the format does not define, kept so that a lenient read followed by a
 * write loses nothing (a user's {@code "x-tracking"} object, say).
 *
 * <p>Each value is held as compact JSON text, so the model stays independent of any JSON library;
 * names keep the order in which they were read. Two instances are equal when they hold the same names
 * with the same JSON text, whatever the order.
 */
public final class Extensions {
    /** No extension fields. */
    public static final Extensions NONE = new Extensions(Map.of());

    private final Map<String, String> fields;

    private Extensions(Map<String, String> fields) {
        this.fields = fields;
    }

    /**
     * Extension fields from a map of name to compact JSON text; iteration order is kept.
     *
     * @param fields names and their values as JSON text (not null, no null names or values)
     * @return the extensions, {@link #NONE} when the map is empty
     */
    public static Extensions of(Map<String, String> fields) {
        if (fields.isEmpty()) {
            return NONE;
        }
        LinkedHashMap<String, String> copy = new LinkedHashMap<>();
        fields.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "name"), Objects.requireNonNull(v, "json")));
        return new Extensions(Collections.unmodifiableMap(copy));
    }

    /** @return the names and compact JSON values, in reading order; unmodifiable */
    public Map<String, String> asMap() {
        return fields;
    }

    /** @return the field names, in reading order */
    public Set<String> names() {
        return fields.keySet();
    }

    /** @return whether there is no extension field */
    public boolean isEmpty() {
        return fields.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Extensions other && fields.equals(other.fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    @Override
    public String toString() {
        return "Extensions" + fields;
    }
}
