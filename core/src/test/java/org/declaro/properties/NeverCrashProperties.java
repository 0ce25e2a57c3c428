package org.declaro.properties;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.declaro.Declaro;
import org.declaro.akn.AknWriter;
import org.declaro.commitments.CommitmentExtractor;
import org.declaro.json.CanonicalJsonWriter;
import org.declaro.json.DocumentReader;
import org.declaro.json.ReadResult;
import org.declaro.model.Document;
import org.declaro.render.HtmlRenderer;
import org.declaro.render.MarkdownRenderer;
import org.declaro.render.TextRenderer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * No public entry point that takes a {@link Document} throws on a document the reader produces, valid or
 * not: valid documents are written to JSON, the JSON tree is mutated (fields removed, set to null, given
 * another type, emptied, huge or negative numbers, odd Unicode), read back leniently, and whatever model
 * comes out goes through every renderer, the Akoma Ntoso writer, the extractor and the facade.
 */
class NeverCrashProperties {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Replacement values: other types, empty containers, extreme numbers, odd Unicode (none spells "null"). */
    private static final List<JsonNode> VALUES = List.of(
            NODES.numberNode(0), NODES.numberNode(-1), NODES.numberNode(Integer.MAX_VALUE), NODES.numberNode(Integer.MIN_VALUE),
            NODES.numberNode(Long.MAX_VALUE), NODES.numberNode(new java.math.BigInteger("123456789012345678901234567890")),
            NODES.numberNode(1e300), NODES.numberNode(-0.5), NODES.numberNode(2.5),
            NODES.booleanNode(true), NODES.booleanNode(false),
            NODES.stringNode(""), NODES.stringNode(" "), NODES.stringNode("\u0000\u0007"), NODES.stringNode("\uD800"),
            NODES.stringNode("\uDC00x\uD83C"), NODES.stringNode("\u202Eevil\u202C"), NODES.stringNode("e\u0301\u0301\u0301"),
            NODES.stringNode("\uFFFE\uFFFF"), NODES.stringNode("<b>&amp;\"'</b>"), NODES.stringNode("*_[x](y)|#"),
            NODES.stringNode("\n\r\t"), NODES.stringNode("x".repeat(5000)), NODES.stringNode("2024-02-30"),
            NODES.stringNode("commit"), NODES.stringNode("declaration"), NODES.stringNode("actionPlan"), NODES.stringNode("9999"),
            NODES.arrayNode(), NODES.objectNode(), NODES.arrayNode().add(NODES.nullNode()).add(1).add("x"),
            NODES.objectNode().put("x", 1));

    /** One change at a node chosen by {@code where} (modulo the number of nodes). */
    record Mutation(int where, int kind, int value) {
    }

    @Provide
    Arbitrary<String> mutatedJson() {
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, VALUES.size() - 1)).as(Mutation::new);
        return Combinators.combine(Documents.document(), one.list().ofMinSize(1).ofMaxSize(6))
                .as((doc, mutations) -> mutate(CanonicalJsonWriter.get().writeString(doc), mutations));
    }

    static String mutate(String json, List<Mutation> mutations) {
        JsonNode root = MAPPER.readTree(json);
        for (Mutation m : mutations) {
            List<Object[]> places = new ArrayList<>();
            collect(root, places);
            if (places.isEmpty()) {
                break;
            }
            Object[] place = places.get(m.where() % places.size());
            JsonNode replacement = switch (m.kind()) {
                case 0 -> null; // remove
                case 1 -> NODES.nullNode();
                case 2 -> NODES.arrayNode();
                case 3 -> NODES.objectNode();
                default -> VALUES.get(m.value());
            };
            if (place[0] instanceof ObjectNode o) {
                String name = (String) place[1];
                if (replacement == null) {
                    o.remove(name);
                } else {
                    o.set(name, replacement);
                }
            } else {
                ArrayNode a = (ArrayNode) place[0];
                int i = (Integer) place[1];
                if (replacement == null) {
                    a.remove(i);
                } else {
                    a.set(i, replacement);
                }
            }
        }
        return MAPPER.writeValueAsString(root);
    }

    private static void collect(JsonNode node, List<Object[]> places) {
        if (node instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.properties().iterator(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                places.add(new Object[] {o, e.getKey()});
                collect(e.getValue(), places);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                places.add(new Object[] {a, i});
                collect(a.get(i), places);
            }
        }
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void noEntryPointThrowsOnWhatTheReaderProduces(@ForAll("mutatedJson") String json) {
        ReadResult r = DocumentReader.lenient().read(json);
        r.document().ifPresent(NeverCrashProperties::everyEntryPoint);
    }

    /** Calls every entry point that takes a document; a view never prints {@code null} for an absent value. */
    static void everyEntryPoint(Document doc) {
        boolean nullInText = CanonicalJsonWriter.get().writeString(doc).toLowerCase(Locale.ROOT).replace(": null", "")
                .contains("null");
        for (String view : List.of(HtmlRenderer.get().render(doc), MarkdownRenderer.get().render(doc),
                TextRenderer.get().render(doc))) {
            assertNotNull(view);
            if (!nullInText) {
                assertFalse(view.contains("null"), () -> "an absent value printed as null:\n" + view);
            }
        }
        assertNotNull(AknWriter.get().write(doc));
        Document extracted = CommitmentExtractor.standard().extract(doc);
        assertNotNull(HtmlRenderer.get().render(extracted));
        assertNotNull(Declaro.validate(doc));
        assertNotNull(Declaro.toJson(doc));
        assertNotNull(Declaro.toJson(extracted));
    }
}
