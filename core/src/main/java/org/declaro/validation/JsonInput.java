package org.declaro.validation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import org.declaro.internal.BoundedInput;

/**
 * One JSON text to validate with others ({@link DocumentValidator#validateInputs}), under a name that its
 * report carries as its source. Two inputs may have the same name (the same file given twice).
 *
 * <p>Files and streams are read when validated, by the validator, no further than its
 * {@linkplain org.declaro.model.Limits#maxInputBytes() size limit}: a larger input gives a
 * {@code limit.exceeded} finding in its report, and memory stays bounded whatever the input's size.
 *
 * <pre>{@code
 * List<ValidationReport> reports = validator.validateInputs(List.of(
 *         JsonInput.of(Path.of("declaration.json")),
 *         JsonInput.of("-", System.in)));            // references between the two resolve
 * }</pre>
 */
public final class JsonInput {
    private final String name;
    private final byte[] bytes;
    private final Path file;
    private final InputStream stream;

    private JsonInput(String name, byte[] bytes, Path file, InputStream stream) {
        this.name = Objects.requireNonNull(name, "name");
        this.bytes = bytes;
        this.file = file;
        this.stream = stream;
    }

    /**
     * @param name a name for the input: a file name, {@code "-"} for standard input
     * @param json UTF-8 JSON; not copied, and not modified by validation
     * @return the input
     */
    public static JsonInput of(String name, byte[] json) {
        return new JsonInput(name, Objects.requireNonNull(json, "json"), null, null);
    }

    /**
     * @param name a name for the input
     * @param json JSON text
     * @return the input, encoded as UTF-8
     */
    public static JsonInput of(String name, String json) {
        return of(name, json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param file a JSON file, read when validated; its name is the report's source
     * @return the input
     */
    public static JsonInput of(Path file) {
        return new JsonInput(file.toString(), null, file, null);
    }

    /**
     * @param name a name for the input, such as {@code "-"}
     * @param in   UTF-8 JSON, read to its end when validated (not closed); one validation only
     * @return the input
     */
    public static JsonInput of(String name, InputStream in) {
        return new JsonInput(name, null, null, Objects.requireNonNull(in, "in"));
    }

    /** @return the name the report carries as its source */
    public String name() {
        return name;
    }

    /** Reads the text, no further than the limit. */
    /** @return the file, for an input made of one; else null */
    Path file() {
        return file;
    }

    byte[] read(long maxBytes) throws IOException {
        if (bytes != null) {
            BoundedInput.check(bytes, maxBytes);
            return bytes;
        }
        return file != null ? BoundedInput.readAll(file, maxBytes) : BoundedInput.readAll(stream, maxBytes);
    }

    /** @return the name and where the text comes from, not the text */
    @Override
    public String toString() {
        return "JsonInput[" + name + ", " + (bytes != null ? bytes.length + " bytes" : file != null ? "file" : "stream") + "]";
    }
}
