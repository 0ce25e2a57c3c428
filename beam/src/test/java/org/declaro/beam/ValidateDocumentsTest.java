package org.declaro.beam;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.declaro.commitments.ThemeVocabulary;
import org.declaro.report.Rule;
import org.declaro.validation.DocumentValidator;
import org.declaro.validation.JsonInput;
import org.junit.jupiter.api.Test;

class ValidateDocumentsTest {
    private static final Map<String, byte[]> DOCS = GeneratedCorpus.documents();

    private static PCollection<KV<String, byte[]>> input(Pipeline p) {
        return p.apply(Create.of(GeneratedCorpus.kvs(DOCS)).withCoder(KvCoder.of(StringUtf8Coder.of(), ByteArrayCoder.of())));
    }

    /** What the library gives for the documents validated together, as declaro validate FILE... does. */
    private static List<DocumentReport> together(DocumentValidator validator) {
        List<JsonInput> inputs = new ArrayList<>();
        DOCS.forEach((name, json) -> inputs.add(JsonInput.of(name, json)));
        return validator.validateInputs(inputs).stream().map(DocumentReport::of).toList();
    }

    private static List<DocumentReport> separately(DocumentValidator validator) {
        List<DocumentReport> out = new ArrayList<>();
        DOCS.forEach((name, json) -> out.add(new DocumentReport(name, DocumentReport.of(validator.validate(json)).findings())));
        return out;
    }

    @Test
    void togetherGivesTheReportsOfTheLibraryValidatingTheFilesTogether() {
        List<DocumentReport> expected = together(DocumentValidator.standard());
        // the corpus has references that resolve only together, and one that never does: the test tells them apart
        assertNotEquals(separately(DocumentValidator.standard()), expected);
        assertTrue(expected.stream().flatMap(r -> r.findings().stream()).anyMatch(f -> f.rule().equals(Rule.REFERENCE_UNRESOLVED.id())));
        assertTrue(expected.stream().anyMatch(DocumentReport::valid) && !expected.stream().allMatch(DocumentReport::valid));
        Pipeline p = Pipelines.direct();
        PAssert.that(input(p).apply(ValidateDocuments.together())).containsInAnyOrder(expected);
        p.run().waitUntilFinish();
    }

    @Test
    void separatelyGivesTheReportOfEachDocumentAlone() {
        Pipeline p = Pipelines.direct();
        PAssert.that(input(p).apply(ValidateDocuments.separately())).containsInAnyOrder(separately(DocumentValidator.standard()));
        p.run().waitUntilFinish();
    }

    @Test
    void strictAndThemesAreThoseOfTheValidator() {
        DocumentValidator strict = DocumentValidator.builder().strict(true).themes(ThemeVocabulary.ofThemes(List.of("clearance"))).build();
        List<DocumentReport> expected = together(strict);
        assertNotEquals(together(DocumentValidator.standard()), expected);
        Pipeline p = Pipelines.direct();
        PAssert.that(input(p).apply(ValidateDocuments.together().strict(true).themes(ThemeVocabulary.ofThemes(List.of("clearance")))))
                .containsInAnyOrder(expected);
        p.run().waitUntilFinish();
    }

    @Test
    void anEmptyCollectionGivesNoReport() {
        Pipeline p = Pipelines.direct();
        PCollection<KV<String, byte[]>> none = p.apply(Create.empty(KvCoder.of(StringUtf8Coder.of(), ByteArrayCoder.of())));
        PAssert.that(none.apply(ValidateDocuments.together())).empty();
        p.run().waitUntilFinish();
    }
}
