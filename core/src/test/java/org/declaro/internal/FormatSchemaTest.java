package org.declaro.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.declaro.internal.Format.Constraint;
import org.declaro.internal.Format.Field;
import org.declaro.internal.Format.Shape;
import org.declaro.json.JsonSchemas;
import org.declaro.model.Document;
import org.declaro.model.FormatVersion;
import org.declaro.model.Json;
import org.declaro.model.Since;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The records, the table of {@link Format} and the shipped JSON Schema say the same of every field: read from the
 * compiled records by reflection and from the schema as JSON, apart from the generator that makes both, so a
 * generator's mistake fails here too.
 */
class FormatSchemaTest {
    private static final JsonNode DEFS = JsonMapper.builder().build().readTree(JsonSchemas.document()).get("$defs");

    @Test
    void everyFieldOfTheTableIsInTheSchemaWithTheConstraintsOfItsComponent() {
        int minimums = 0;
        for (Shape<?> shape : Format.SHAPES) {
            JsonNode def = DEFS.get(shape.schemaName());
            assertNotNull(def, "no $defs/" + shape.schemaName());
            Set<String> required = new HashSet<>();
            if (def.has("required")) {
                def.get("required").forEach(n -> required.add(n.asString()));
            }
            Set<String> properties = new HashSet<>(def.get("properties").propertyNames());
            assertEquals(new HashSet<>(Format.names(shape)), properties, shape.schemaName());
            for (Field<?> f : shape.fields()) {
                String where = shape.schemaName() + "." + f.name();
                JsonNode p = def.get("properties").get(f.name());
                if (isDocumentKind(shape, f)) {
                    assertEquals(shape.schemaName(), p.get("const").asString(), where);
                    assertTrue(required.contains("kind"), where);
                    continue;
                }
                RecordComponent c = component(shape, f.name());
                assertEquals(f.presence() != null, required.contains(f.name()), where + " required");
                assertEquals(f.presence() == Constraint.NON_EMPTY, p.has("minItems") && p.get("minItems").asInt() == 1,
                        where + " minItems");
                Json json = c.getAnnotation(Json.class);
                long minimum = json == null ? Json.NO_MINIMUM : json.minimum();
                assertEquals(minimum == Json.NO_MINIMUM ? null : minimum, p.has("minimum") ? p.get("minimum").asLong() : null,
                        where + " minimum");
                minimums += minimum == Json.NO_MINIMUM ? 0 : 1;
                String pattern = json == null ? "" : json.pattern();
                assertEquals(pattern.isEmpty() ? null : pattern, p.has("pattern") ? p.get("pattern").asString() : null,
                        where + " pattern");
                String ref = p.has("$ref") ? p.get("$ref").asString().replace("#/$defs/", "") : null;
                assertEquals(f.syntax() == Constraint.SLUG, "slug".equals(ref), where + " slug");
                assertEquals(f.syntax() == Constraint.LANGUAGE_TAG, "languageTag".equals(ref), where + " languageTag");
                assertEquals(json != null && json.notBlank(), "notBlank".equals(ref), where + " notBlank");
                assertType(f, p, ref, where);
            }
        }
        assertTrue(minimums >= 7, "minimums found: " + minimums);
    }

    private static void assertType(Field<?> f, JsonNode p, String ref, String where) {
        switch (f.type()) {
            case STRING -> assertTrue(p.has("type") ? p.get("type").asString().equals("string")
                    : ref.equals("schemaVersion") || DEFS.get(ref).get("type").asString().equals("string"), where);
            case INTEGER -> assertEquals("integer", p.get("type").asString(), where);
            case BOOLEAN -> assertEquals("boolean", p.get("type").asString(), where);
            case DATE -> assertEquals("partialDate", ref, where);
            case ENUM -> {
                List<String> values = new ArrayList<>();
                DEFS.get(ref).get("enum").forEach(v -> values.add(v.asString()));
                List<String> expected = new ArrayList<>();
                f.enumeration().values().forEach(v -> expected.add(f.enumeration().nameOf(v)));
                assertEquals(expected, values, where);
            }
            case STRINGS -> assertEquals("string", (ref == null ? p : DEFS.get(ref)).get("items").get("type").asString(), where);
            case OBJECT -> assertEquals(f.shape().schemaName(), ref, where);
            case OBJECTS -> assertEquals("#/$defs/" + f.shape().schemaName(), p.get("items").get("$ref").asString(), where);
            case DOCUMENTS -> assertEquals("#/$defs/document", p.get("items").get("$ref").asString(), where);
        }
    }

    /**
     * Every field that a version after {@code v} added is refused in the schema of a document that says {@code v}, at
     * its place, and the schema reaches every object that may hold one.
     */
    @Test
    void everyNewerFieldIsRefusedInAnOlderDocumentWhereverItCanBe() {
        int refused = 0;
        for (FormatVersion v : FormatVersion.values()) {
            for (Shape<?> shape : Format.SHAPES) {
                JsonNode older = DEFS.get(shape.schemaName() + "-" + v.jsonName());
                assertEquals(v != FormatVersion.current() && shape.mayHoldNewerThan(v), older != null, shape.schemaName() + " " + v);
                for (Field<?> f : shape.fields()) {
                    Since since = isDocumentKind(shape, f) ? null : component(shape, f.name()).getAnnotation(Since.class);
                    assertEquals(since == null ? FormatVersion.V1_0 : FormatVersion.fromJsonName(since.value()).orElseThrow(),
                            f.since(), shape.schemaName() + "." + f.name());
                    if (older == null) {
                        continue;
                    }
                    JsonNode p = older.get("properties").get(f.name());
                    if (!v.isAtLeast(f.since())) {
                        boolean list = f.type() == Format.Type.OBJECTS || f.type() == Format.Type.STRINGS
                                || f.type() == Format.Type.DOCUMENTS;
                        assertEquals(list ? "{\"maxItems\":0}" : "false", p.toString(), shape.schemaName() + "." + f.name());
                        refused++;
                    } else if (f.shape() != null && f.shape().mayHoldNewerThan(v)) {
                        JsonNode r = f.type() == Format.Type.OBJECT ? p : p.get("items");
                        assertEquals("#/$defs/" + f.shape().schemaName() + "-" + v.jsonName(), r.get("$ref").asString(),
                                shape.schemaName() + "." + f.name());
                    } else {
                        assertEquals(null, p, shape.schemaName() + "." + f.name());
                    }
                }
            }
        }
        int newer = 0;
        for (FormatVersion v : FormatVersion.values()) {
            for (Shape<?> shape : Format.SHAPES) {
                newer += shape.fieldsNewerThan(v).size();
            }
        }
        assertEquals(newer, refused, "every newer field is refused once");
        assertTrue(refused >= 4, "the fields 1.1 adds: " + refused);
    }

    /** @return whether the field is a document's {@code kind}, which is its class, not a component */
    private static boolean isDocumentKind(Shape<?> shape, Field<?> f) {
        return f.name().equals("kind") && Document.class.isAssignableFrom(shape.type());
    }

    private static RecordComponent component(Shape<?> shape, String name) {
        for (RecordComponent c : shape.type().getRecordComponents()) {
            if (c.getName().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no component " + name + " in " + shape.type());
    }
}
