package org.declaro.json;

import java.util.ArrayList;
import java.util.List;
import org.declaro.model.ActionPlan;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.declaro.model.Limits;
import org.declaro.report.Finding;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.Version;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.module.SimpleSerializers;

/**
 * Lets a Jackson 3 {@code ObjectMapper} read and write Declaro's {@link Document}, {@link Declaration}
 * and {@link ActionPlan} in the format, with the same binding as {@link DocumentReader#standard()} and
 * the same field order as {@link CanonicalJsonWriter}. It registers serializers and deserializers for
 * those three types only and changes no mapper-wide setting.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new DeclaroJacksonModule()).build();
 * Declaration d = mapper.readValue(json, Declaration.class);
 * }</pre>
 *
 * <p>Also found by {@code ServiceLoader} ({@code MapperBuilder.findAndAddModules()}). Reading fails with
 * a {@link DatabindException} listing the findings when the document has errors at the JSON level
 * ({@code json.*}, {@code date.format}, {@code limit.exceeded}); semantic rules are the business of
 * {@code DocumentValidator}. Use {@link DocumentReader} directly to get findings instead of an exception.
 */
public final class DeclaroJacksonModule extends JacksonModule {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    /** Creates the module. */
    public DeclaroJacksonModule() {
        // stateless
    }

    @Override
    public String getModuleName() {
        return "declaro";
    }

    @Override
    public Version version() {
        return new Version(0, 1, 0, "SNAPSHOT", "org.declaro", "declaro-core");
    }

    @Override
    public void setupModule(SetupContext context) {
        SimpleSerializers serializers = new SimpleSerializers();
        serializers.addSerializer(Document.class, new DocumentSerializer<>());
        serializers.addSerializer(Declaration.class, new DocumentSerializer<>());
        serializers.addSerializer(ActionPlan.class, new DocumentSerializer<>());
        context.addSerializers(serializers);
        SimpleDeserializers deserializers = new SimpleDeserializers();
        deserializers.addDeserializer(Document.class, new DocumentDeserializer<>(Document.class));
        deserializers.addDeserializer(Declaration.class, new DocumentDeserializer<>(Declaration.class));
        deserializers.addDeserializer(ActionPlan.class, new DocumentDeserializer<>(ActionPlan.class));
        context.addDeserializers(deserializers);
    }

    private static final class DocumentSerializer<T extends Document> extends ValueSerializer<T> {
        @Override
        public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
            try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(),
                    CanonicalJsonWriter.standard().write(value))) {
                p.nextToken();
                gen.copyCurrentStructure(p);
            }
        }
    }

    private static final class DocumentDeserializer<T extends Document> extends ValueDeserializer<T> {
        private final Class<T> type;

        DocumentDeserializer(Class<T> type) {
            this.type = type;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw DatabindException.from(p, "Expected a JSON object for a Declaro document but found "
                        + p.currentToken());
            }
            DocumentBinder binder = new DocumentBinder(p, FACTORY, false, Limits.DEFAULTS, new JsonPath(), false);
            Document doc;
            try {
                doc = binder.document();
            } catch (DocumentBinder.LimitAbort e) {
                doc = null;
            }
            List<String> errors = new ArrayList<>();
            for (Finding f : binder.findings()) {
                if (f.isError()) {
                    errors.add(f.rule().id() + " " + f.pointer() + ": " + f.message());
                }
            }
            if (!errors.isEmpty() || doc == null) {
                throw DatabindException.from(p, "Not a valid Declaro document: " + String.join("; ", errors));
            }
            if (!type.isInstance(doc)) {
                throw DatabindException.from(p, "Expected a " + type.getSimpleName() + " but the document's kind is \""
                        + doc.kind().jsonName() + "\"");
            }
            return type.cast(doc);
        }
    }
}
