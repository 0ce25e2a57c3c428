package org.declaro.properties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import org.declaro.json.CanonicalJsonWriter;
import org.declaro.json.DocumentReader;
import org.declaro.json.ReadResult;
import org.declaro.model.Document;
import org.declaro.validation.DocumentValidator;
import org.declaro.validation.ValidationReport;

/** Laws of the JSON mapping and the validator over generated documents. */
class RoundTripProperties {
    private final CanonicalJsonWriter writer = CanonicalJsonWriter.standard();
    private final DocumentReader reader = DocumentReader.standard();
    private final DocumentValidator validator = DocumentValidator.builder().themes(org.declaro.commitments.ThemeVocabulary.ofThemes(Documents.THEMES)).build();

    @Provide
    Arbitrary<Document> documents() {
        return Documents.document();
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void writeThenReadGivesAnEqualModel(@ForAll("documents") Document doc) {
        ReadResult r = reader.read(writer.write(doc));
        assertTrue(r.findings().stream().noneMatch(f -> f.isError()), () -> r.findings().toString());
        Document back = r.document().orElseThrow();
        assertEquals(writer.write(doc), writer.write(back), "the same JSON");
        assertEquals(doc, back);
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void canonicalWritingIsIdempotent(@ForAll("documents") Document doc) {
        String once = writer.write(doc);
        String twice = writer.write(reader.read(once).document().orElseThrow());
        assertEquals(once, twice);
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void generatedDocumentsAreValidInMemoryAndAsJson(@ForAll("documents") Document doc) {
        ValidationReport inMemory = validator.validate(doc);
        assertFalse(inMemory.hasErrors(), () -> inMemory.findings().toString());
        ValidationReport fromJson = validator.validate(writer.write(doc).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(inMemory.findings().stream().map(f -> f.rule().id() + f.pointer()).sorted().toList(),
                fromJson.findings().stream().filter(f -> !f.rule().id().equals("json.unknown-field"))
                        .map(f -> f.rule().id() + f.pointer()).sorted().toList());
    }

    @Provide
    Arbitrary<byte[]> mutatedJson() {
        Arbitrary<Integer> position = Arbitraries.integers().between(0, Integer.MAX_VALUE);
        Arbitrary<String> insert = Arbitraries.of("", "{", "}", "[", "]", ",", ":", "\"", "\\", "null", "1e999", "\u0000",
                "\uD800", "\"kind\":", "-", " ");
        return Combinators.combine(Documents.document(), position, Arbitraries.integers().between(0, 5), insert)
                .as((doc, pos, delete, ins) -> {
                    String json = CanonicalJsonWriter.standard().write(doc);
                    int at = pos % (json.length() + 1);
                    String mutated = json.substring(0, at) + ins + json.substring(Math.min(json.length(), at + delete));
                    return mutated.getBytes(StandardCharsets.UTF_8);
                });
    }

    @Property(tries = 500, edgeCases = EdgeCasesMode.NONE)
    void theValidatorNeverThrowsOnMutatedJson(@ForAll("mutatedJson") byte[] json) {
        ValidationReport r = validator.validate(json);
        assertTrue(!r.hasErrors() || !r.errors().isEmpty());
        r.findings().forEach(f -> assertTrue(f.pointer().isEmpty() || f.pointer().startsWith("/")));
    }

    @Provide
    Arbitrary<String> anyJson() {
        return Documents.anyJson();
    }

    @Property(tries = 500, edgeCases = EdgeCasesMode.NONE)
    void theValidatorNeverThrowsOnArbitraryJson(@ForAll("anyJson") String json) {
        ValidationReport r = validator.validate(json.getBytes(StandardCharsets.UTF_8));
        assertTrue(r.document().isPresent() || r.hasErrors());
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void theValidatorNeverThrowsOnArbitraryBytes(@ForAll byte[] bytes) {
        ValidationReport r = validator.validate(bytes);
        assertTrue(r.document().isPresent() || r.hasErrors());
    }
}
