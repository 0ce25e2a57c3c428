package org.declaro.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The generated code and schema are what {@link FormatGenerator} makes of the record components: a component added,
 * changed or annotated without running the generator, or a generated file edited by hand, fails here.
 */
class FormatGeneratorTest {
    /** The directory of declaro-core: the tests run in it. */
    private static final Path CORE = Path.of("").toAbsolutePath();

    @Test
    void everyGeneratedFileIsUpToDate() {
        assertTrue(Files.exists(CORE.resolve("src/main/java/org/declaro/internal/Format.java")), "run from " + CORE);
        Map<Path, String> generated = FormatGenerator.generate(CORE);
        assertEquals(18, generated.size(), "Format, the schema and 16 records");
        List<String> stale = new ArrayList<>();
        for (Map.Entry<Path, String> e : generated.entrySet()) {
            if (!FormatGenerator.read(e.getKey()).equals(e.getValue())) {
                stale.add(CORE.relativize(e.getKey()).toString());
            }
        }
        assertEquals(List.of(), stale, "stale generated files: run java core/src/test/java/org/declaro/internal/FormatGenerator.java");
    }

    @Test
    void componentsAreReadWithTheirAnnotationsTypesAndJavadoc() {
        String source = """
                /**
                 * A thing.
                 *
                 * @param number its number,
                 *               from 1
                 * @param items  the items
                 * @param digest a hash
                 * @param extensions fields the format does not define
                 */
                public record Thing(@NotNull @Json(minimum = 1) Integer number,
                        @Since("1.1") List<@Valid Item> items, @Json(pattern = "^[0-9a-f]{64}(,|\\\\))$") String digest,
                        Extensions extensions) {
                }
                """;
        List<FormatGenerator.Component> cs = FormatGenerator.components("Thing", source);
        assertEquals(List.of("number", "items", "digest", "extensions"), cs.stream().map(FormatGenerator.Component::name).toList());
        assertEquals(List.of("Integer", "List<Item>", "String", "Extensions"), cs.stream().map(FormatGenerator.Component::type).toList());
        assertEquals("its number, from 1", cs.get(0).doc());
        assertEquals("1", cs.get(0).element("Json", "minimum"));
        assertTrue(cs.get(0).has("NotNull"));
        assertEquals("1.1", cs.get(1).element("Since", "value"));
        assertEquals("^[0-9a-f]{64}(,|\\))$", cs.get(2).element("Json", "pattern"));
        assertEquals(null, cs.get(2).element("Json", "minimum"));
    }

    @Test
    void aComponentWithoutItsJavadocIsRefused() {
        String source = "/** A thing.\n * @param a an a\n */\npublic record Thing(String a, String b) {}\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FormatGenerator.components("Thing", source));
        assertEquals("Thing.b has no @param line in the record's Javadoc", e.getMessage());
    }
}
