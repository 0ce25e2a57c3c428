package org.declaro.properties;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.declaro.json.CanonicalJsonWriter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generated documents' JSON with a few changes each: a field removed, set to null, emptied, or given a value
 * of another type, extreme numbers, odd Unicode, a malformed slug or language tag. Shared by the properties
 * that feed broken documents to the library.
 */
public final class JsonMutations {
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
            NODES.stringNode("two  spaces"), NODES.stringNode(" leading"), NODES.stringNode("trailing\u00A0"),
            NODES.stringNode("a\n\nb"), NODES.stringNode("Not A-Slug"), NODES.stringNode("a--b"), NODES.stringNode("en_GB!"), NODES.stringNode("zh-Hans"),
            NODES.arrayNode(), NODES.objectNode(), NODES.arrayNode().add(NODES.nullNode()).add(1).add("x"),
            NODES.objectNode().put("x", 1));

    private JsonMutations() {
    }

    /** One change at a node chosen by {@code where} (modulo the number of nodes). */
    public record Mutation(int where, int kind, int value) {
    }

    /** @return JSON of generated documents (both kinds, annexes) with one to six changes each */
    public static Arbitrary<String> mutatedDocuments() {
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.integers().between(0, Integer.MAX_VALUE),
                Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, VALUES.size() - 1)).as(Mutation::new);
        return Combinators.combine(Documents.document(), one.list().ofMinSize(1).ofMaxSize(6))
                .as((doc, mutations) -> mutate(CanonicalJsonWriter.standard().write(doc), mutations));
    }

    /** @return JSON of generated valid documents */
    public static Arbitrary<String> validDocuments() {
        return Documents.document().map(CanonicalJsonWriter.standard()::write);
    }

    /**
     * @param json      a JSON document
     * @param mutations the changes, applied in order
     * @return the changed JSON
     */
    public static String mutate(String json, List<Mutation> mutations) {
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
                // a copy: the shared values must never become part of a tree a later change writes into (a node
                // placed twice and then changed inside made cycles: a stack overflow or nesting past any limit)
                default -> VALUES.get(m.value()).deepCopy();
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
}
