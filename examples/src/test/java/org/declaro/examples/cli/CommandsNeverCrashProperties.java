package org.declaro.examples.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every command survives any document: for the bundled example and an action plan with fields removed, set to
 * null or to a value of the wrong type, strings given control characters, and for cut-off bytes, each command
 * exits with 0, 1 or 2, never with the internal-error code 3, prints no stack trace, and echoes no raw control
 * character.
 */
class CommandsNeverCrashProperties {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final String PLAN = """
            {"schemaVersion": "1.0", "kind": "actionPlan", "id": "the-plan", "title": "P", "language": "en",
             "sections": [{"title": "S", "actions": [{"number": 1, "text": "We will clear all mined areas by 2030.",
              "commitments": [{"id": "a1.c1", "modality": "will", "actor": "we", "text": "will clear all mined areas",
               "deadline": "2030", "start": 3, "end": 29}]}]}]}
            """;
    private static Path dir;
    private static Path example;

    @BeforeContainer
    static void files() throws IOException {
        dir = Files.createTempDirectory("declaro-never-crash");
        example = Files.writeString(dir.resolve("example.json"), Cli.example());
    }

    @AfterContainer
    static void clean() throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** One change to a document's tree: which node (an index into all of them, modulo their count), and how. */
    record Mutation(int node, int kind, String text) {
    }

    @Provide
    Arbitrary<Mutation> mutation() {
        return Combinators.combine(Arbitraries.integers().between(0, 100_000), Arbitraries.integers().between(0, 7),
                Arbitraries.strings().withChars("a\u0000\u0007\u001b[]\u007f\u0085\u009b\n\t\"\\ \u00e9\u202e").ofMaxLength(6))
                .as(Mutation::new);
    }

    @Property(tries = 60)
    void everyCommandSurvivesAMutatedDocument(@ForAll boolean plan, @ForAll @Size(min = 1, max = 4) List<@From("mutation") Mutation> mutations)
            throws IOException {
        JsonNode tree = MAPPER.readTree(plan ? PLAN : Cli.example());
        for (Mutation m : mutations) {
            tree = mutate(tree, m);
        }
        runEveryCommand(MAPPER.writeValueAsString(tree).getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 30)
    void everyCommandSurvivesCutOffOrCorruptedBytes(@ForAll @IntRange(min = 0, max = 100_000) int cut, @ForAll byte junk)
            throws IOException {
        byte[] all = Cli.example().getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(all, cut % all.length);
        if (bytes.length > 0) {
            bytes[bytes.length / 2] = junk;
        }
        runEveryCommand(bytes);
    }

    private static void runEveryCommand(byte[] document) throws IOException {
        Path file = Files.write(dir.resolve("doc.json"), document);
        Path text = Files.write(dir.resolve("doc.txt"), document);
        String f = file.toString();
        List<String[]> commands = new ArrayList<>(List.of(
                new String[] {"validate", f}, new String[] {"validate", "--format", "json", "--strict", f, example.toString()},
                new String[] {"format", f}, new String[] {"commitments", f}, new String[] {"commitments", "--format=csv", f},
                new String[] {"commitments", "--format", "json", f}, new String[] {"commitments", "--extract", f},
                new String[] {"commitments", text.toString()},
                new String[] {"render", "--to", "markdown", f}, new String[] {"render", "--to", "text", f},
                new String[] {"render", "--to", "html", f}, new String[] {"render", "--to", "akn", f},
                new String[] {"diff", example.toString(), f}, new String[] {"diff", "--to", "json", f, example.toString()},
                new String[] {"import", "--no-source", text.toString()}));
        for (String[] args : commands) {
            Cli.Run r = Cli.run("", args);
            String what = String.join(" ", args) + " on " + new String(document, StandardCharsets.UTF_8) + "\n" + r.err();
            assertTrue(r.code() >= 0 && r.code() <= 2, "exit " + r.code() + ": " + what);
            assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), what);
            HardeningTest.assertNoControlCharacters(r.out());
            HardeningTest.assertNoControlCharacters(r.err());
        }
    }

    /** Applies one mutation to a node of the tree (the root counts: replacing it replaces the document). */
    private static JsonNode mutate(JsonNode root, Mutation m) {
        List<JsonNode[]> slots = new ArrayList<>(); // {parent, child} pairs
        collect(root, slots);
        if (slots.isEmpty()) {
            return root;
        }
        JsonNode[] slot = slots.get(m.node() % slots.size());
        JsonNode parent = slot[0];
        JsonNode child = slot[1];
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        JsonNode replacement = switch (m.kind()) {
            case 0 -> null; // remove
            case 1 -> nodes.nullNode();
            case 2 -> nodes.numberNode(m.text().length() - 3);
            case 3 -> nodes.stringNode(m.text());
            case 4 -> nodes.booleanNode(m.text().isEmpty());
            case 5 -> nodes.arrayNode();
            case 6 -> nodes.objectNode();
            default -> child.isString() ? nodes.stringNode(child.asString() + m.text()) : nodes.stringNode(m.text());
        };
        if (parent instanceof ObjectNode o) {
            String name = o.propertyNames().stream().filter(n -> o.get(n) == child).findFirst().orElseThrow();
            if (replacement == null) {
                o.remove(name);
            } else {
                o.set(name, replacement);
            }
        } else if (parent instanceof ArrayNode a) {
            int i = 0;
            while (a.get(i) != child) {
                i++;
            }
            if (replacement == null) {
                a.remove(i);
            } else {
                a.set(i, replacement);
            }
        }
        return root;
    }

    private static void collect(JsonNode node, List<JsonNode[]> slots) {
        if (node.isContainer()) {
            for (JsonNode child : node.values()) {
                slots.add(new JsonNode[] {node, child});
                collect(child, slots);
            }
        }
    }
}
