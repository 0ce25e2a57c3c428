package org.declaro.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.declaro.json.CanonicalJsonWriter;
import org.declaro.model.ActionPlan;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.declaro.validation.JsonSchemaAgreementTest;

/** The shipped JSON Schema agrees with the Java validator on generated documents. */
class SchemaProperties {

    @Provide
    Arbitrary<Document> documents() {
        return Documents.document();
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void everyGeneratedValidDocumentIsAccepted(@ForAll("documents") Document doc) {
        String json = CanonicalJsonWriter.standard().write(doc);
        assertEquals(List.of(), JsonSchemaAgreementTest.errors(JsonSchemaAgreementTest.DOCUMENT, json).stream()
                .map(e -> e.getInstanceLocation() + " " + e.getMessage()).toList());
    }

    @Provide
    Arbitrary<String[]> structuralTextMutations() {
        // {regex, replacement} on canonical JSON: each breaks required, json.type, json.enum or date.format
        return Arbitraries.of(
                new String[] {"\"language\": \"[^\"]*\"", "\"language\": 7"},
                new String[] {"\"status\": \"[a-z]+\"", "\"status\": \"final\""},
                new String[] {"\n  \"id\": \"[^\"]*\",", ""},
                new String[] {"\n  \"title\": \"(?:[^\"\\\\]|\\\\.)*\",", ""},
                new String[] {"\"language\": \"([^\"]*)\"", "\"language\": \"$1\", \"date\": \"2023-02-29\""},
                new String[] {"\"language\": \"([^\"]*)\"", "\"language\": \"$1\", \"date\": \"29 May 2023\""},
                new String[] {"\"kind\": \"[a-zA-Z]+\"", "\"kind\": \"memo\""},
                new String[] {"\"title\": \"(?:[^\"\\\\]|\\\\.)*\"", "\"title\": [\"a\"]"});
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void everyStructuralTextMutationIsRejected(@ForAll("documents") Document doc,
            @ForAll("structuralTextMutations") String[] mutation) {
        String json = CanonicalJsonWriter.standard().write(doc);
        // the date mutations add a root "date": the document's own, if any, goes first (no duplicate key)
        String base = mutation[1].contains("\"date\"") ? json.replaceFirst("\n  \"date\": \"[^\"]*\",", "") : json;
        String broken = base.replaceFirst(mutation[0], mutation[1]);
        assertFalse(JsonSchemaAgreementTest.errors(JsonSchemaAgreementTest.DOCUMENT, broken).isEmpty(),
                () -> "accepted after " + mutation[0] + " -> " + mutation[1]);
    }

    @Provide
    Arbitrary<Object[]> structuralModelMutations() {
        Stream<Object[]> decl = MutationProperties.DECLARATION_MUTATIONS.stream()
                .filter(m -> JsonSchemaAgreementTest.isStructural(m.rule())).map(m -> new Object[] {"d", m});
        Stream<Object[]> plan = MutationProperties.PLAN_MUTATIONS.stream()
                .filter(m -> JsonSchemaAgreementTest.isStructural(m.rule())).map(m -> new Object[] {"p", m});
        return Arbitraries.of(Stream.concat(decl, plan).toList());
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    @SuppressWarnings("unchecked")
    void everyStructuralModelMutationIsRejected(@ForAll("structuralModelMutations") Object[] m,
            @ForAll("declarationsAndPlans") Object[] docs) {
        Document broken = m[0].equals("d")
                ? ((MutationProperties.Mutation<Declaration>) m[1]).apply().apply((Declaration) docs[0])
                : ((MutationProperties.Mutation<ActionPlan>) m[1]).apply().apply((ActionPlan) docs[1]);
        String json = CanonicalJsonWriter.standard().write(broken);
        assertFalse(JsonSchemaAgreementTest.errors(JsonSchemaAgreementTest.DOCUMENT, json).isEmpty(), () -> "accepted after " + m[1]);
    }

    @Provide
    Arbitrary<Object[]> declarationsAndPlans() {
        return Documents.declaration(1).flatMap(d -> Documents.actionPlan().map(p -> new Object[] {d, p}));
    }
}
