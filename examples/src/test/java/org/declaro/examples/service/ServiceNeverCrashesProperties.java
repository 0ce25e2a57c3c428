package org.declaro.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Mutated and partly missing documents posted to every endpoint get a well-formed answer with a documented status:
 * never a 500, never an empty reply.
 */
class ServiceNeverCrashesProperties {

    /** The statuses each endpoint documents for a body within the limit. */
    private static final Map<String, Set<Integer>> DOCUMENTED = Map.of(
            "/validate", Set.of(200, 400),
            "/render?to=html", Set.of(200, 400, 422),
            "/render?to=markdown", Set.of(200, 400, 422),
            "/render?to=text", Set.of(200, 400, 422),
            "/render?to=akn", Set.of(200, 400, 422));

    private static ValidationService service;
    private static HttpClient client;
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final List<JsonNode> BASES = new ArrayList<>();

    @BeforeContainer
    static void start() throws Exception {
        service = ValidationService.builder().port(0).start();
        client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        for (String resource : List.of("/org/declaro/examples/siem-reap-angkor-declaration-draft-2024.json",
                "/action-plan-example.json")) {
            try (InputStream in = ServiceNeverCrashesProperties.class.getResourceAsStream(resource)) {
                BASES.add(MAPPER.readTree(in.readAllBytes()));
            }
        }
    }

    @AfterContainer
    static void stop() {
        service.close();
    }

    @Property(tries = 150, edgeCases = EdgeCasesMode.NONE)
    void everyEndpointAnswersAMutatedDocument(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int mutations,
            @ForAll boolean plan, @ForAll boolean truncate) throws Exception {
        Random random = new Random(seed);
        JsonNode doc = BASES.get(plan ? 1 : 0).deepCopy();
        for (int i = 0; i < mutations; i++) {
            doc = mutate(doc, random);
        }
        byte[] body = MAPPER.writeValueAsBytes(doc);
        if (truncate) {
            body = java.util.Arrays.copyOf(body, random.nextInt(body.length + 1));
        }
        for (Map.Entry<String, Set<Integer>> endpoint : DOCUMENTED.entrySet()) {
            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.address().getPort()
                    + endpoint.getKey())).timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            String what = endpoint.getKey() + " with " + new String(body, StandardCharsets.UTF_8);
            assertTrue(endpoint.getValue().contains(r.statusCode()), () -> r.statusCode() + " from " + what + "\n"
                    + new String(r.body(), StandardCharsets.UTF_8));
            assertTrue(r.body().length > 0, "an empty body from " + what);
            String type = r.headers().firstValue("Content-Type").orElse("");
            assertFalse(type.isEmpty(), "no Content-Type from " + what);
            if (r.statusCode() != 200 || endpoint.getKey().equals("/validate")) {
                assertTrue(type.startsWith("application/json"), type);
                JsonNode answer = MAPPER.readTree(r.body());
                assertTrue(answer.has("findings") || answer.has("error"), answer::toString);
            }
            assertEquals(Long.toString(r.body().length), r.headers().firstValue("Content-Length").orElse(""));
        }
    }

    /** One random change somewhere in the tree: a field removed, a value of another type, an element dropped. */
    private static JsonNode mutate(JsonNode root, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        JsonNode target = containers.get(random.nextInt(containers.size()));
        JsonNode replacement = odd(random);
        if (target instanceof ObjectNode o && !o.isEmpty()) {
            List<String> names = new ArrayList<>(o.propertyNames());
            String name = names.get(random.nextInt(names.size()));
            switch (random.nextInt(3)) {
                case 0 -> o.remove(name);
                case 1 -> o.set(name, replacement);
                default -> o.set(name + (random.nextBoolean() ? "" : "X"), o.get(name) == null ? replacement : o.get(name).deepCopy());
            }
        } else if (target instanceof ArrayNode a && !a.isEmpty()) {
            int i = random.nextInt(a.size());
            switch (random.nextInt(3)) {
                case 0 -> a.remove(i);
                case 1 -> a.set(i, replacement);
                default -> a.add(a.get(i).deepCopy());
            }
        } else if (root instanceof ObjectNode o) {
            o.set("paragraphs", replacement);
        }
        return root;
    }

    private static JsonNode odd(Random random) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (random.nextInt(10)) {
            case 0 -> f.nullNode();
            case 1 -> f.numberNode(random.nextInt(7) - 3);
            case 2 -> f.numberNode(Long.MAX_VALUE);
            case 3 -> f.stringNode("");
            case 4 -> f.stringNode("\u0000<x>&\"\u202e\ud83d\ude00");
            case 5 -> f.booleanNode(random.nextBoolean());
            case 6 -> f.arrayNode();
            case 7 -> f.objectNode();
            case 8 -> f.numberNode(-1.5e300);
            default -> f.stringNode("x".repeat(random.nextInt(300)));
        };
    }

    private static void collect(JsonNode node, List<JsonNode> out) {
        if (node.isContainer()) {
            out.add(node);
            for (JsonNode child : node) {
                collect(child, out);
            }
        }
    }
}
