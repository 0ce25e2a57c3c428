package org.declaro.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.declaro.Fixtures;
import org.declaro.model.Limits;
import org.declaro.model.Declaration;
import org.declaro.model.Extensions;
import org.declaro.model.Heading;
import org.declaro.report.Finding;
import org.declaro.report.Rule;
import org.junit.jupiter.api.Test;

/** The validator on format 1.1: versions, numbering restarted under headings, commitments in sub-paragraphs. */
class Format11ValidationTest {
    static final String FIXTURE = Fixtures.text("declaration-1.1.json");
    /** The second sub-paragraph of paragraph 2 has a nested sub-paragraph (i) with one commitment. */
    static final String NESTED = "/paragraphs/1/subparagraphs/1/subparagraphs/0/commitments/0";

    private static ValidationReport validate(String json) {
        return DocumentValidator.builder().themes(org.declaro.commitments.ThemeVocabulary.ofThemes(Set.of("clearance"))).build().validate(json.getBytes(StandardCharsets.UTF_8));
    }

    private static ValidationReport validate(UnaryOperator<String> edit) {
        return validate(edit.apply(FIXTURE));
    }

    private static List<String> found(ValidationReport r, Rule rule) {
        return r.findings().stream().filter(f -> f.rule() == rule).map(Finding::pointer).toList();
    }

    /** @return the finding of the rule at the pointer, which must have a location */
    private static Finding at(ValidationReport r, Rule rule, String pointer) {
        Finding f = r.findings().stream().filter(x -> x.rule() == rule && x.pointer().equals(pointer)).findFirst()
                .orElseThrow(() -> new AssertionError(rule + " at " + pointer + " expected in " + r.findings()));
        assertTrue(f.line() > 0 && f.column() > 0, () -> "no location: " + f);
        return f;
    }

    private static UnaryOperator<String> replace(String from, String to) {
        return RuleCatalogueTest.replace(from, to);
    }

    @Test
    void theFormat11FixtureIsValid() {
        ValidationReport r = validate(FIXTURE);
        assertFalse(r.hasErrors(), () -> r.findings().toString());
        assertEquals(List.of("/source/x-pages"), r.findings().stream().map(Finding::pointer).toList(), "the extension only");
    }

    @Test
    void aRestartInA10DocumentIsASchemaVersionErrorNamingTheFieldAtItsPlace() {
        String json = """
                {"schemaVersion": "1.0", "kind": "declaration", "id": "t", "title": "T", "language": "en",
                 "paragraphs": [{"number": 1, "text": "One."}, {"number": 1, "text": "Two."}],
                 "headings": [{"before": 1, "title": "Second", "restart": true}]}
                """;
        ValidationReport r = validate(json);
        Finding f = at(r, Rule.SCHEMA_VERSION, "/headings/0/restart");
        assertEquals(3, f.line());
        assertEquals(48, f.column()); // the field's name
        assertTrue(f.message().contains("\"restart\"") && f.message().contains("1.1"), f.message());
        assertTrue(r.hasErrors());
        assertEquals(List.of(), found(validate(json.replace("\"1.0\"", "\"1.1\"")), Rule.SCHEMA_VERSION));
    }

    @Test
    void everyFormat11FieldInA10DocumentIsReported() {
        ValidationReport r = validate(replace("\"schemaVersion\": \"1.1\"", "\"schemaVersion\": \"1.0\""));
        assertEquals(List.of("/paragraphs/1/subparagraphs/0/commitments", "/paragraphs/1/subparagraphs/1/subparagraphs/0/commitments",
                "/headings/1/restart", "/source"), found(r, Rule.SCHEMA_VERSION));
        r.findings().stream().filter(f -> f.rule() == Rule.SCHEMA_VERSION).forEach(f -> assertTrue(f.hasLocation(), f::toString));
    }

    @Test
    void aFormat11FieldInA10DocumentBuiltInMemoryIsReported() {
        Declaration d = Declaration.builder("t", "T").schemaVersion("1.0").paragraph("One.")
                .heading(new Heading(0, 1, null, "H", false, Extensions.NONE)).build();
        ValidationReport r = DocumentValidator.standard().validate(d);
        assertEquals(List.of("/headings/0/restart"), found(r, Rule.SCHEMA_VERSION));
        ValidationReport annexed = DocumentValidator.standard().validate(Declaration.builder("r", "R").paragraph("One.").annex(d).build());
        assertEquals(List.of("/annexes/0/headings/0/restart"), found(annexed, Rule.SCHEMA_VERSION), "an annex has its own version");
    }

    @Test
    void otherVersionsStayErrors() {
        assertEquals(List.of("/schemaVersion"), found(validate(replace("\"schemaVersion\": \"1.1\"", "\"schemaVersion\": \"1.2\"")),
                Rule.SCHEMA_VERSION));
    }

    @Test
    void numberingStartsAgainUnderARestartHeading() {
        assertEquals(List.of(), found(validate(FIXTURE), Rule.PARAGRAPH_NUMBER_SEQUENCE));
        assertEquals(List.of(), found(validate(FIXTURE), Rule.PARAGRAPH_NUMBER_DUPLICATE), "1 and 2 again in a new run");
        ValidationReport without = validate(replace(",\n      \"restart\": true", ""));
        assertEquals(List.of(), found(without, Rule.PARAGRAPH_NUMBER_DUPLICATE), "a restart is not a repeat");
        Finding f = at(without, Rule.PARAGRAPH_NUMBER_SEQUENCE, "/paragraphs/2/number");
        assertTrue(f.message().contains("\"restart\": true"), "without the restart the numbering breaks, and the message says"
                + " how to restart it: " + f.message());
    }

    @Test
    void aRunUnderARestartHeadingMustStartAtOne() {
        ValidationReport r = validate(replace("\"number\": 1,\n      \"text\": \"We commit", "\"number\": 3,\n      \"text\": \"We commit"));
        Finding f = at(r, Rule.PARAGRAPH_NUMBER_SEQUENCE, "/paragraphs/2/number");
        assertTrue(f.message().contains("restart"), f.message());
    }

    @Test
    void aNumberUsedTwiceInOneRunIsADuplicate() {
        ValidationReport r = validate(replace("\"number\": 2,\n      \"text\": \"We call", "\"number\": 1,\n      \"text\": \"We call"));
        at(r, Rule.PARAGRAPH_NUMBER_DUPLICATE, "/paragraphs/3/number");
    }

    @Test
    void aRestartHeadingOutsideTheParagraphsRestartsNothing() {
        Declaration d = Declaration.builder("t", "T").paragraph("One.").paragraph("Two.")
                .heading(new Heading(7, 1, null, "H", true, Extensions.NONE)).build();
        ValidationReport r = DocumentValidator.standard().validate(d);
        assertEquals(List.of("/headings/0/before"), r.findings().stream().map(Finding::pointer).toList());
    }

    @Test
    void commitmentRulesApplyInsideSubparagraphsAtTheirExactPointers() {
        at(validate(replace("\"end\": 22", "\"end\": 99")), Rule.COMMITMENT_SPAN_RANGE, NESTED + "/end");
        at(validate(replace("\"start\": 0,\n                  \"end\": 22", "\"start\": 1,\n                  \"end\": 22")),
                Rule.COMMITMENT_SPAN_TEXT, NESTED + "/text");
        at(validate(replace("\"themes\": [\n                \"clearance\"", "\"themes\": [\n                \"clearing\"")),
                Rule.COMMITMENT_THEME_UNKNOWN, "/paragraphs/1/subparagraphs/0/commitments/0/themes/0");
        at(validate(replace("\"actor\": \"we\",\n                  \"text\": \"provide", "\"text\": \"provide")),
                Rule.REQUIRED, NESTED + "/actor");
        at(validate(replace("\"modality\": \"will\",\n                  \"actor\": \"we\",\n                  \"text\": \"provide",
                "\"modality\": \"promise\",\n                  \"actor\": \"we\",\n                  \"text\": \"provide")),
                Rule.JSON_ENUM, NESTED + "/modality");
        String overlapping = ",\n                {\"id\": \"p2.b.i.c2\", \"modality\": \"will\", \"actor\": \"we\", \"text\": \"rehabilitation\","
                + " \"start\": 8, \"end\": 22}";
        ValidationReport overlap = validate(replace("\"end\": 22\n                }", "\"end\": 22\n                }" + overlapping));
        Finding f = at(overlap, Rule.COMMITMENT_OVERLAP, "/paragraphs/1/subparagraphs/1/subparagraphs/0/commitments/1");
        assertTrue(f.message().contains("sub-paragraph"), f.message());
    }

    @Test
    void commitmentIdsAreUniqueAcrossParagraphsAndSubparagraphs() {
        ValidationReport r = validate(replace("\"id\": \"p3.c1\"", "\"id\": \"p2.a.c1\""));
        Finding f = at(r, Rule.COMMITMENT_ID_DUPLICATE, "/paragraphs/2/commitments/0/id");
        assertTrue(f.message().contains("/paragraphs/1/subparagraphs/0/commitments/0"), f.message());
        at(validate(replace("\"id\": \"p2.b.i.c1\"", "\"id\": \"p2.a.c1\"")), Rule.COMMITMENT_ID_DUPLICATE, NESTED + "/id");
    }

    @Test
    void subparagraphCommitmentsCountTowardsTheLimit() {
        DocumentValidator v = DocumentValidator.builder().limits(Limits.DEFAULTS.withMaxCommitments(3)).build();
        ValidationReport fromJson = v.validate(FIXTURE.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(Rule.LIMIT_EXCEEDED), fromJson.errors().stream().map(Finding::rule).distinct().toList());
        Declaration d = (Declaration) DocumentValidator.standard().validate(FIXTURE.getBytes(StandardCharsets.UTF_8)).document().orElseThrow();
        assertTrue(found(v.validate(d), Rule.LIMIT_EXCEEDED).size() == 1);
    }

    @Test
    void aSourceDigestIs64LowerCaseHexDigits() {
        at(validate(replace("\"sha256\": \"9f86d0", "\"sha256\": \"9F86D0")), Rule.SOURCE_DIGEST, "/source/sha256");
        at(validate(replace("b0f00a08\"", "b0f00a0\"")), Rule.SOURCE_DIGEST, "/source/sha256");
    }
}
