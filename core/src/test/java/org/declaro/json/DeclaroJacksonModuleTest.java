package org.declaro.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.declaro.Fixtures;
import org.declaro.model.ActionPlan;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

class DeclaroJacksonModuleTest {
    private final JsonMapper mapper = JsonMapper.builder().addModule(new DeclaroJacksonModule()).build();

    @Test
    void aMapperWithTheModuleReadsAndWritesDocuments() {
        String json = Fixtures.text(Fixtures.SIEM_REAP);
        Declaration d = mapper.readValue(json, Declaration.class);
        assertEquals(13, d.paragraphs().size());
        Document asDocument = mapper.readValue(json, Document.class);
        assertEquals(d, asDocument);
        assertEquals(DocumentReader.standard().read(json).document().orElseThrow(), d);
        // compact output, same content
        assertEquals(d, mapper.readValue(mapper.writeValueAsString(d), Declaration.class));
    }

    @Test
    void documentsNestedInUserTypesWork() {
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("received", "2026-11-27");
        envelope.put("document", DocumentReader.standard().read(Fixtures.text("action-plan-example.json")).document().orElseThrow());
        String json = mapper.writeValueAsString(envelope);
        assertTrue(json.startsWith("{\"received\":\"2026-11-27\",\"document\":{\"schemaVersion\":\"1.0\",\"kind\":\"actionPlan\""), json);
        record Envelope(String received, ActionPlan document) {
        }
        assertEquals(envelope.get("document"), mapper.readValue(json, Envelope.class).document());
    }

    @Test
    void theModuleLeavesOtherTypesAlone() {
        JsonMapper plain = JsonMapper.builder().build();
        Map<String, Object> value = Map.of("title", "x", "paragraphs", List.of(1, 2));
        assertEquals(plain.writeValueAsString(value), mapper.writeValueAsString(value));
        record Note(String kind, int number) {
        }
        assertEquals(plain.writeValueAsString(new Note("a", 1)), mapper.writeValueAsString(new Note("a", 1)));
    }

    @Test
    void malformedDocumentsFailWithTheFindings() {
        DatabindException e = assertThrows(DatabindException.class, () -> mapper.readValue(
                "{\"schemaVersion\":\"1.0\",\"kind\":\"declaration\",\"status\":\"final\",\"paragraphs\":[]}", Declaration.class));
        assertTrue(e.getMessage().contains("json.enum /status"), e.getMessage());
        DatabindException wrongKind = assertThrows(DatabindException.class,
                () -> mapper.readValue(Fixtures.text(Fixtures.SIEM_REAP), ActionPlan.class));
        assertTrue(wrongKind.getMessage().contains("kind is \"declaration\""), wrongKind.getMessage());
    }

    @Test
    void theModuleIsDiscoverableThroughServiceLoader() {
        assertTrue(ServiceLoader.load(JacksonModule.class).stream()
                .anyMatch(p -> p.type() == DeclaroJacksonModule.class));
        JsonMapper found = JsonMapper.builder().findAndAddModules().build();
        assertInstanceOf(Declaration.class, found.readValue(Fixtures.text(Fixtures.SIEM_REAP), Document.class));
    }
}
