package org.declaro.examples.cli;

import static org.declaro.examples.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

class SchemaCommandTest {
    @Test
    void printsTheSchemaOfEachKind() {
        JsonMapper mapper = JsonMapper.builder().build();
        JsonNode any = mapper.readTree(run("", "schema").out());
        assertEquals("https://json-schema.org/draft/2020-12/schema", any.get("$schema").asString());
        assertEquals("#/$defs/document", any.get("$ref").asString());
        assertEquals("#/$defs/declaration", mapper.readTree(run("", "schema", "declaration").out()).get("$ref").asString());
        assertEquals("#/$defs/actionPlan", mapper.readTree(run("", "schema", "action-plan").out()).get("$ref").asString());
        assertEquals(2, run("", "schema", "memo").code());
        assertTrue(run("", "schema", "--help").out().startsWith("Usage: declaro schema"));
    }
}
