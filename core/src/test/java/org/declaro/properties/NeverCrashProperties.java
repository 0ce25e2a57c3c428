package org.declaro.properties;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    @Provide
    Arbitrary<String> mutatedJson() {
        return JsonMutations.mutatedDocuments();
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void noEntryPointThrowsOnWhatTheReaderProduces(@ForAll("mutatedJson") String json) {
        ReadResult r = DocumentReader.standard().read(json);
        r.document().ifPresent(NeverCrashProperties::everyEntryPoint);
    }

    /** Calls every entry point that takes a document; a view never prints {@code null} for an absent value. */
    static void everyEntryPoint(Document doc) {
        boolean nullInText = CanonicalJsonWriter.standard().write(doc).toLowerCase(Locale.ROOT).replace(": null", "")
                .contains("null");
        for (String view : List.of(HtmlRenderer.standard().render(doc), MarkdownRenderer.standard().render(doc),
                TextRenderer.standard().render(doc))) {
            assertFalse(view.isBlank(), "a view of a document is never empty");
            if (!nullInText) {
                assertFalse(view.contains("null"), () -> "an absent value printed as null:\n" + view);
            }
        }
        assertTrue(AknWriter.standard().write(doc).contains("akomaNtoso"), "an Akoma Ntoso document");
        Document extracted = CommitmentExtractor.standard().extract(doc);
        assertFalse(HtmlRenderer.standard().render(extracted).isBlank());
        // the law for the rest is only that none throws: their results are checked by their own tests
        Declaro.validate(doc);
        Declaro.toJson(doc);
        Declaro.toJson(extracted);
    }
}
