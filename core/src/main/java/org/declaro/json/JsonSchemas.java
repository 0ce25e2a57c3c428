package org.declaro.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.declaro.model.DocumentKind;
import org.declaro.model.FormatVersion;

/**
 * The JSON Schemas (draft 2020-12) of the format, for systems that validate Declaro documents without
 * Java. They say what FORMAT.md says about structure: types, required fields, enumerations, the id and
 * date patterns, and no field of a newer format version than the document's {@code schemaVersion}; fields
 * the format does not define are allowed. The schema of the current version accepts documents of every
 * older version. The semantic rules of the catalogue
 * (numbering, footnotes, spans, date order, references, ...) are checked by
 * {@link org.declaro.validation.DocumentValidator} only; the README lists them.
 *
 * <p>Each schema is self-contained (no external references) and has its own {@code $id}.
 */
public final class JsonSchemas {

    /** The format version the schemas describe; they accept every older version too. */
    private static final String VERSION = FormatVersion.current().jsonName();
    private static final String RESOURCE = "declaro-" + VERSION + ".schema.json";
    private static final String ROOT_REF = "\n  \"$ref\": \"#/$defs/document\",\n";
    private static final String ROOT_ID = "\"$id\": \"https://declaro.org/schema/" + VERSION + "/document.json\"";
    private static final String DOCUMENT = load();

    private JsonSchemas() {
    }

    private static String load() {
        try (InputStream in = JsonSchemas.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the schema resource " + RESOURCE + " is missing from the jar");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (!text.contains(ROOT_REF) || !text.contains(ROOT_ID)) {
                throw new IllegalStateException("the schema resource " + RESOURCE + " lacks its root $ref or $id");
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the schema of any document: a declaration or an action plan ({@code oneOf}, told apart by {@code kind}) */
    public static String document() {
        return DOCUMENT;
    }

    /**
     * @param kind a document kind
     * @return the schema of documents of that kind; a declaration's annexes may be of either kind
     */
    public static String of(DocumentKind kind) {
        Objects.requireNonNull(kind, "kind");
        String def = kind == DocumentKind.DECLARATION ? "declaration" : "actionPlan";
        String file = kind == DocumentKind.DECLARATION ? "declaration" : "action-plan";
        return DOCUMENT.replace(ROOT_REF, "\n  \"$ref\": \"#/$defs/" + def + "\",\n")
                .replace(ROOT_ID, "\"$id\": \"https://declaro.org/schema/" + VERSION + "/" + file + ".json\"")
                .replaceFirst("\"title\": \"Declaro document, format " + VERSION + "\"",
                        "\"title\": \"Declaro " + (kind == DocumentKind.DECLARATION ? "declaration" : "action plan")
                                + ", format " + VERSION + "\"");
    }
}
