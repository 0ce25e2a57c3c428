package org.declaro.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.declaro.testing.Edits;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.declaro.Fixtures;
import org.declaro.importer.TextImporter;
import org.declaro.internal.Format;
import org.declaro.json.CanonicalJsonWriter;
import org.declaro.json.JsonSchemas;
import org.declaro.model.DocumentKind;
import org.declaro.model.FormatVersion;
import org.declaro.report.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped JSON Schemas, checked with networknt json-schema-validator: valid documents are accepted,
 * and every document of the rule catalogue broken in a structural rule is rejected.
 */
public class JsonSchemaAgreementTest {

    /** The rules a JSON Schema can express; the others are Java-only (README). */
    static final Set<Rule> STRUCTURAL = EnumSet.of(Rule.REQUIRED, Rule.JSON_TYPE, Rule.JSON_ENUM, Rule.ID_FORMAT,
            Rule.DATE_FORMAT, Rule.SCHEMA_VERSION, Rule.SOURCE_DIGEST);

    /**
     * @param rule a rule
     * @return whether the JSON Schema can express it
     */
    public static boolean isStructural(Rule rule) {
        return STRUCTURAL.contains(rule);
    }

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    /** The schema of any document, compiled once. */
    public static final Schema DOCUMENT = REGISTRY.getSchema(JsonSchemas.document());

    /** @return the schema's complaints about a JSON text */
    public static List<Error> errors(Schema schema, String json) {
        JsonNode node = MAPPER.readTree(json);
        return schema.validate(node);
    }

    @Test
    void theSchemasAreValidDraft202012Schemas() {
        Schema meta = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        for (String s : List.of(JsonSchemas.document(), JsonSchemas.of(DocumentKind.DECLARATION),
                JsonSchemas.of(DocumentKind.ACTION_PLAN))) {
            assertEquals(List.of(), errors(meta, s).stream().map(Error::getMessage).toList());
        }
        assertTrue(JsonSchemas.of(DocumentKind.ACTION_PLAN).contains("\"$id\": \"https://declaro.org/schema/1.1/action-plan.json\""));
    }

    @Test
    void theFixturesAreAcceptedByTheirSchemas() {
        assertEquals(List.of(), errors(DOCUMENT, RuleCatalogueTest.DECLARATION));
        assertEquals(List.of(), errors(DOCUMENT, RuleCatalogueTest.PLAN));
        assertEquals(List.of(), errors(REGISTRY.getSchema(JsonSchemas.of(DocumentKind.DECLARATION)), RuleCatalogueTest.DECLARATION));
        assertEquals(List.of(), errors(REGISTRY.getSchema(JsonSchemas.of(DocumentKind.ACTION_PLAN)), RuleCatalogueTest.PLAN));
        assertFalse(errors(REGISTRY.getSchema(JsonSchemas.of(DocumentKind.ACTION_PLAN)), RuleCatalogueTest.DECLARATION).isEmpty(),
                "a declaration is not an action plan");
    }

    @Test
    void format11DocumentsAreAcceptedAndTheir11FieldsRefusedInA10Document() {
        String v11 = Fixtures.text("declaration-1.1.json");
        assertEquals(List.of(), errors(DOCUMENT, v11));
        assertEquals(List.of(), errors(REGISTRY.getSchema(JsonSchemas.of(DocumentKind.DECLARATION)), v11));
        String v10 = Edits.replace(v11, "\"schemaVersion\": \"1.1\"", "\"schemaVersion\": \"1.0\"");
        assertFalse(errors(DOCUMENT, v10).isEmpty());
        // each new field on its own makes a 1.0 document invalid; without them it is valid
        String bare = RuleCatalogueTest.DECLARATION;
        assertEquals(List.of(), errors(DOCUMENT, bare));
        for (String field : List.of(
                "\"source\": {\"format\": \"text\"},",
                "\"headings\": [{\"before\": 1, \"title\": \"H\", \"restart\": true}],",
                "\"paragraphs\": [{\"text\": \"P\", \"subparagraphs\": [{\"text\": \"a\", \"subparagraphs\": [{\"text\": \"b\", "
                        + "\"commitments\": [{\"id\": \"c\", \"modality\": \"will\", \"actor\": \"we\", \"text\": \"b\", \"start\": 0, \"end\": 1}]}]}]}],")) {
            String json = "{\"schemaVersion\": \"1.0\", \"kind\": \"declaration\", \"id\": \"t\", \"title\": \"T\", \"language\": \"en\", "
                    + field.replace("\"paragraphs\"", "\"x\"") + " \"paragraphs\": [{\"text\": \"P\"}]}";
            if (field.startsWith("\"paragraphs\"")) {
                json = "{\"schemaVersion\": \"1.0\", \"kind\": \"declaration\", \"id\": \"t\", \"title\": \"T\", \"language\": \"en\", "
                        + field.substring(0, field.length() - 1) + "}";
            }
            assertFalse(errors(DOCUMENT, json).isEmpty(), "accepted in 1.0: " + field);
            assertEquals(List.of(), errors(DOCUMENT, Edits.replace(json, "\"1.0\"", "\"1.1\"")).stream().map(Error::getMessage).toList(),
                    "refused in 1.1: " + field);
        }
        String plan = Edits.replaceRegex(RuleCatalogueTest.PLAN, "\"kind\": \"actionPlan\",", "\"kind\": \"actionPlan\", \"source\": {\"name\": \"p.txt\"},");
        assertFalse(errors(DOCUMENT, plan).isEmpty(), "the plan fixture says 1.0");
        assertEquals(List.of(), errors(DOCUMENT, Edits.replace(plan, "\"schemaVersion\": \"1.0\"", "\"schemaVersion\": \"1.1\"")));
    }

    /** The schema describes the fields of {@link Format}, the table the reader and writer use, and its versions. */
    @Test
    void theSchemaHasTheFieldsOfTheFormatTableAndItsVersions() {
        JsonNode defs = MAPPER.readTree(JsonSchemas.document()).get("$defs");
        for (Format.Shape<?> shape : Format.SHAPES) {
            JsonNode def = defs.get(shape.schemaName());
            assertTrue(def != null, "no $defs/" + shape.schemaName());
            assertEquals(Set.copyOf(Format.names(shape)), Set.copyOf(def.get("properties").propertyNames()), shape.schemaName());
        }
        List<String> versions = new java.util.ArrayList<>();
        defs.get("schemaVersion").get("enum").forEach(v -> versions.add(v.asString()));
        assertEquals(java.util.Arrays.stream(FormatVersion.values()).map(FormatVersion::jsonName).toList(), versions);
    }

    @Test
    void unknownFieldsAreAllowed() {
        String withExtra = Edits.replaceRegex(RuleCatalogueTest.DECLARATION, "\"number\": 1,", "\"number\": 1, \"x-note\": {\"a\": [1]},");
        assertEquals(List.of(), errors(DOCUMENT, withExtra));
    }

    @ParameterizedTest
    @ValueSource(strings = {"siem-reap-angkor-declaration-draft-2024", "unga-res-80-53-nuclear-disarmament-verification-2025",
            "g20-bali-leaders-declaration-2022", "g7-hiroshima-action-statement-food-security-2023", "udhr-1948-unicode-plaintext"})
    void importedCorpusDocumentsAreAccepted(String name) {
        var doc = TextImporter.standard().importText(Fixtures.bytes("corpus/" + name + ".txt")).document().orElseThrow();
        assertEquals(List.of(), errors(DOCUMENT, CanonicalJsonWriter.standard().write(doc)));
    }

    @Test
    void everyStructurallyBrokenDocumentOfTheCatalogueIsRejected() {
        int checked = 0;
        for (RuleCatalogueTest.Case c : RuleCatalogueTest.cases()) {
            if (!STRUCTURAL.contains(c.rule())) {
                continue;
            }
            String broken = c.edit().apply(c.base());
            assertFalse(errors(DOCUMENT, broken).isEmpty(), "the schema accepts a document broken in " + c);
            checked++;
        }
        assertTrue(checked >= 9, "cases checked: " + checked);
    }
}
