package org.declaro.validation;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * One JSON text to validate with others ({@link DocumentValidator#validateTexts}), under a name that its
 * report carries as its source. Two inputs may have the same name (the same file given twice).
 *
 * @param name a name for the input: a file name, {@code "-"} for standard input
 * @param json the UTF-8 JSON text; not copied, and not modified by validation
 */
public record JsonInput(String name, byte[] json) {

    /** @throws NullPointerException if name or json is null */
    public JsonInput {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(json, "json");
    }

    /**
     * @param name a name for the input
     * @param json JSON text
     * @return the input, encoded as UTF-8
     */
    public static JsonInput of(String name, String json) {
        return new JsonInput(name, json.getBytes(StandardCharsets.UTF_8));
    }

    /** Equal when the names and the bytes are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof JsonInput other && name.equals(other.name) && Arrays.equals(json, other.json);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(json);
    }

    /** @return the name and the size, not the text */
    @Override
    public String toString() {
        return "JsonInput[name=" + name + ", " + json.length + " bytes]";
    }
}
