package org.declaro.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.declaro.Fixtures;
import org.declaro.model.Limits;
import org.declaro.report.Finding;
import org.declaro.report.Rule;
import org.declaro.report.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of the catalogue, broken once in an otherwise valid document read from JSON text: the
 * report names the rule at the right pointer, with a line and column, and the unbroken document does
 * not have that finding.
 */
class RuleCatalogueTest {
    static final String DECLARATION = Fixtures.text(Fixtures.SIEM_REAP);
    static final String PLAN = Fixtures.text("action-plan-example.json");
    static final Set<String> MINE_ACTION_THEMES = Set.of("universalization", "compliance", "risk-education",
            "victim-assistance", "clearance", "stockpile-destruction", "cooperation-assistance", "partnerships",
            "synergies", "sustainable-development", "environment-climate", "implementation");

    record Case(Rule rule, String pointer, String base, UnaryOperator<String> edit, DocumentValidator validator) {
        @Override
        public String toString() {
            return rule.id() + " at " + pointer;
        }
    }

    static Case decl(Rule rule, String pointer, UnaryOperator<String> edit) {
        return new Case(rule, pointer, DECLARATION, edit, DocumentValidator.standard());
    }

    static Case plan(Rule rule, String pointer, UnaryOperator<String> edit) {
        return new Case(rule, pointer, PLAN, edit, DocumentValidator.standard());
    }

    static UnaryOperator<String> replace(String from, String to) {
        return s -> org.declaro.testing.Edits.replace(s, from, to);
    }

    /** A checked regular-expression edit: fails when nothing matches. */
    static UnaryOperator<String> replaceRegex(String regex, String to) {
        return s -> org.declaro.testing.Edits.replaceRegex(s, regex, to);
    }

    /** The fixture says format 1.0; the edits that use 1.1 fields say 1.1 first. */
    static UnaryOperator<String> in11(UnaryOperator<String> edit) {
        return s -> edit.apply(replace("\"schemaVersion\": \"1.0\"", "\"schemaVersion\": \"1.1\"").apply(s));
    }

    /** Paragraph 13 with two sub-paragraphs, the second with a commitment; {@code commitment} is its JSON. */
    static UnaryOperator<String> subparagraphCommitment(String commitment) {
        return replace("\"number\": 13,", "\"number\": 13, \"subparagraphs\": [{\"label\": \"a\", \"text\": \"first\"}, "
                + "{\"label\": \"b\", \"text\": \"We will act.\", \"commitments\": [" + commitment + "]}],");
    }

    static final String SUB_COMMITMENT = "{\"id\": \"p13.b.c1\", \"modality\": \"will\", \"actor\": \"we\", "
            + "\"text\": \"will act\", \"start\": 3, \"end\": 11}";

    static List<Case> cases() {
        List<Case> c = new ArrayList<>();
        c.add(decl(Rule.JSON_SYNTAX, "", s -> s.substring(0, s.length() - 3)));
        c.add(decl(Rule.JSON_TYPE, "/paragraphs/0/number", replace("\"number\": 1,", "\"number\": \"1\",")));
        c.add(decl(Rule.JSON_UNKNOWN_FIELD, "/paragraphs/0/x-note", replace("\"number\": 1,", "\"number\": 1, \"x-note\": true,")));
        c.add(new Case(Rule.JSON_UNKNOWN_FIELD, "/meeting/room", DECLARATION,
                replace("\"place\": \"Geneva\",", "\"place\": \"Geneva\", \"room\": \"XX\","),
                DocumentValidator.builder().strict(true).build()));
        c.add(decl(Rule.JSON_ENUM, "/status", replace("\"status\": \"draft\"", "\"status\": \"final\"")));
        c.add(decl(Rule.JSON_ENUM, "/paragraphs/0/commitments/0/modality", replace("\"modality\": \"reaffirm\"", "\"modality\": \"promise\"")));
        c.add(decl(Rule.REQUIRED, "/title", replaceRegex("\n  \"title\": \"[^\"]*\",", "")));
        c.add(decl(Rule.REQUIRED, "/paragraphs/1/commitments/0/actor", replaceRegex("\"actor\": \"we\",\\s*\"text\": \"renew", "\"text\": \"renew")));
        c.add(plan(Rule.REQUIRED, "/sections/1/actions/1/number", replace("\"number\": 4,", "")));
        c.add(decl(Rule.ID_FORMAT, "/id", replace("\"id\": \"draft-siem-reap", "\"id\": \"Draft-siem-reap")));
        c.add(decl(Rule.LANGUAGE_TAG, "/originalLanguage", replace("\"originalLanguage\": \"en\"", "\"originalLanguage\": \"en_GB\"")));
        c.add(decl(Rule.DATE_FORMAT, "/date", replace("\"date\": \"2024-08-14\"", "\"date\": \"2024-02-30\"")));
        c.add(decl(Rule.DATE_FORMAT, "/meeting/date", replace("\"date\": \"2024-09-18\"", "\"date\": \"18 September 2024\"")));
        c.add(decl(Rule.SCHEMA_VERSION, "/schemaVersion", replace("\"schemaVersion\": \"1.0\"", "\"schemaVersion\": \"2.0\"")));
        c.add(decl(Rule.SCHEMA_VERSION, "/headings/0/restart", replace("\n  \"footnotes\": [",
                "\n  \"headings\": [{\"before\": 5, \"title\": \"B\", \"restart\": false}],\n  \"footnotes\": [")));
        c.add(decl(Rule.SCHEMA_VERSION, "/paragraphs/12/subparagraphs/1/commitments", subparagraphCommitment(SUB_COMMITMENT)));
        c.add(decl(Rule.SCHEMA_VERSION, "/source", replace("\"kind\": \"declaration\",",
                "\"kind\": \"declaration\", \"source\": {\"format\": \"text\"},")));
        c.add(decl(Rule.SOURCE_DIGEST, "/source/sha256", in11(replace("\"kind\": \"declaration\",",
                "\"kind\": \"declaration\", \"source\": {\"name\": \"draft.txt\", \"sha256\": \"" + "AB".repeat(32) + "\"},"))));
        c.add(decl(Rule.TEXT_BLANK, "/footnotes/0/text", replace("\"text\": \"The present document is being issued without formal editing.\"", "\"text\": \" \\t \"")));
        c.add(decl(Rule.TEXT_WHITESPACE, "/subtitle", replace("A Renewed Commitment", "A Renewed  Commitment")));
        c.add(decl(Rule.TEXT_WHITESPACE, "/paragraphs/12/text", replace("\"text\": \"The Siem Reap-Angkor Action Plan", "\"text\": \" The Siem Reap-Angkor Action Plan")));
        c.add(decl(Rule.PARAGRAPH_NUMBER_SEQUENCE, "/paragraphs/2/number", replace("\"number\": 3,", "\"number\": 30,")));
        c.add(decl(Rule.PARAGRAPH_NUMBER_DUPLICATE, "/paragraphs/2/number", replace("\"number\": 3,", "\"number\": 2,")));
        c.add(decl(Rule.PARAGRAPH_NUMBER_SEQUENCE, "/paragraphs/5/number", in11(replace("\n  \"footnotes\": [",
                "\n  \"headings\": [{\"before\": 5, \"title\": \"B\", \"restart\": true}],\n  \"footnotes\": ["))));
        c.add(decl(Rule.PARAGRAPH_NUMBER_MISSING, "/paragraphs/2/number", replace("\"number\": 3,", "")));
        c.add(decl(Rule.HEADING_POSITION, "/headings/0/before", replace("\n  \"footnotes\": [", "\n  \"headings\": [{\"before\": 13, \"title\": \"After the end\"}],\n  \"footnotes\": [")));
        c.add(decl(Rule.HEADING_POSITION, "/headings/1/before", replace("\n  \"footnotes\": [", "\n  \"headings\": [{\"before\": 5, \"title\": \"B\"}, {\"before\": 2, \"title\": \"A\"}],\n  \"footnotes\": [")));
        c.add(decl(Rule.SUBPARAGRAPH_LABEL_SEQUENCE, "/paragraphs/12/subparagraphs/1/label", replace("\"number\": 13,", "\"number\": 13, \"subparagraphs\": [{\"label\": \"a\", \"text\": \"first\"}, {\"label\": \"c\", \"text\": \"second\"}],")));
        c.add(decl(Rule.SUBPARAGRAPH_LABEL_SEQUENCE, "/paragraphs/12/subparagraphs/0/subparagraphs/2/label", replace("\"number\": 13,", "\"number\": 13, \"subparagraphs\": [{\"label\": \"a\", \"text\": \"first\", \"subparagraphs\": [{\"label\": \"i\", \"text\": \"x\"}, {\"label\": \"ii\", \"text\": \"y\"}, {\"label\": \"iv\", \"text\": \"z\"}]}],")));
        c.add(decl(Rule.FOOTNOTE_UNRESOLVED, "/titleFootnotes/1", replace("\"**\"\n  ]", "\"***\"\n  ]")));
        c.add(decl(Rule.FOOTNOTE_UNUSED, "/footnotes/1", replace("\"*\",\n    \"**\"\n  ]", "\"*\"\n  ]")));
        c.add(decl(Rule.FOOTNOTE_MARKER_DUPLICATE, "/footnotes/1/marker", replace("\"marker\": \"**\"", "\"marker\": \"*\"")));
        c.add(decl(Rule.COMMITMENT_ID_DUPLICATE, "/paragraphs/2/commitments/1/id", replace("\"id\": \"p3.c2\"", "\"id\": \"p3.c1\"")));
        c.add(decl(Rule.COMMITMENT_ID_DUPLICATE, "/paragraphs/5/commitments/0/id", replace("\"id\": \"p6.c1\"", "\"id\": \"p1.c1\"")));
        c.add(decl(Rule.COMMITMENT_ID_DUPLICATE, "/paragraphs/12/subparagraphs/1/commitments/0/id",
                in11(subparagraphCommitment(org.declaro.testing.Edits.replace(SUB_COMMITMENT, "p13.b.c1", "p1.c1")))));
        c.add(decl(Rule.COMMITMENT_SPAN_RANGE, "/paragraphs/12/subparagraphs/1/commitments/0/end",
                in11(subparagraphCommitment(org.declaro.testing.Edits.replace(SUB_COMMITMENT, "\"end\": 11", "\"end\": 99")))));
        c.add(decl(Rule.COMMITMENT_SPAN_TEXT, "/paragraphs/12/subparagraphs/1/commitments/0/text",
                in11(subparagraphCommitment(org.declaro.testing.Edits.replace(SUB_COMMITMENT, "\"start\": 3", "\"start\": 2")))));
        c.add(decl(Rule.COMMITMENT_SPAN_RANGE, "/paragraphs/0/commitments/0/end", replace("\"end\": 287", "\"end\": 9999")));
        c.add(decl(Rule.COMMITMENT_SPAN_RANGE, "/paragraphs/0/commitments/0/end", replace("\"end\": 287", "\"end\": 176")));
        c.add(decl(Rule.COMMITMENT_SPAN_RANGE, "/paragraphs/0/commitments/0/start", replace("\"start\": 176", "\"start\": -1")));
        c.add(decl(Rule.COMMITMENT_SPAN_TEXT, "/paragraphs/0/commitments/0/text", replace("\"start\": 176", "\"start\": 175")));
        c.add(decl(Rule.COMMITMENT_OVERLAP, "/paragraphs/2/commitments/1", replace("\"start\": 384", "\"start\": 200")));
        c.add(new Case(Rule.COMMITMENT_THEME_UNKNOWN, "/paragraphs/2/commitments/1/themes/0", DECLARATION,
                replaceRegex("(\"id\": \"p3.c2\"[^]]*)\"universalization\"", "$1\"universalisation\""),
                DocumentValidator.builder().themes(org.declaro.commitments.ThemeVocabulary.ofThemes(MINE_ACTION_THEMES)).build()));
        c.add(decl(Rule.DATE_ORDER, "/adoption/date", replace("\"date\": \"2024-11\"", "\"date\": \"2024-07\"")));
        c.add(decl(Rule.STATUS_ADOPTION, "/status", s -> replaceRegex(",\n  \"adoption\": \\{[^}]*\\}", "").apply(replace("\"status\": \"draft\"", "\"status\": \"adopted\"").apply(s))));
        c.add(decl(Rule.REFERENCE_UNRESOLVED, "/references/0/id", replace("\"title\": \"Siem Reap-Angkor Action Plan 2025-2029\",", "\"title\": \"Siem Reap-Angkor Action Plan 2025-2029\", \"id\": \"siem-reap-angkor-action-plan\",")));
        c.add(plan(Rule.PERIOD_ORDER, "/period", replace("\"from\": 2025", "\"from\": 2030")));
        c.add(plan(Rule.ACTION_NUMBER_SEQUENCE, "/sections/1/actions/0/number", replace("\"number\": 3,", "\"number\": 7,")));
        c.add(plan(Rule.ACTION_NUMBER_DUPLICATE, "/sections/1/actions/0/number", replace("\"number\": 3,", "\"number\": 2,")));
        c.add(plan(Rule.ACTION_DEADLINE_PERIOD, "/sections/1/actions/0/deadline", replace("\"deadline\": \"2029-12-31\"", "\"deadline\": \"2031\"")));
        c.add(plan(Rule.TEXT_BLANK, "/sections/0/actions/1/text", replace("States Parties will report on their outreach every year.", "")));
        c.add(new Case(Rule.LIMIT_EXCEEDED, "/paragraphs/5", DECLARATION, s -> s,
                DocumentValidator.builder().limits(Limits.DEFAULTS.withMaxParagraphs(5)).build()));
        c.add(new Case(Rule.LIMIT_EXCEEDED, "/paragraphs/3/commitments/0", DECLARATION, s -> s,
                DocumentValidator.builder().limits(Limits.DEFAULTS.withMaxCommitments(4)).build()));
        return c;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aBrokenDocumentYieldsTheRuleAtItsPointerWithLineAndColumn(Case c) {
        ValidationReport unbroken = c.validator().validate(c.base().getBytes(StandardCharsets.UTF_8));
        String broken = c.edit().apply(c.base());
        ValidationReport report = c.validator().validate(broken.getBytes(StandardCharsets.UTF_8));

        List<Finding> hits = report.findings().stream()
                .filter(f -> f.rule() == c.rule() && f.pointer().equals(c.pointer())).toList();
        assertFalse(hits.isEmpty(), () -> "expected " + c + " in " + report.findings());
        Finding hit = hits.get(0);
        assertTrue(hit.line() > 0 && hit.column() > 0, () -> "no location: " + hit);
        assertFalse(hit.message().isBlank());
        if (c.rule() != Rule.LIMIT_EXCEEDED) {
            assertTrue(unbroken.findings().stream().noneMatch(f -> f.rule() == c.rule() && f.pointer().equals(c.pointer())),
                    () -> "the unbroken fixture already has " + c);
        }
        if (hit.isError()) {
            assertTrue(report.hasErrors(), "an error makes the document invalid");
        }
    }

    @Test
    void theFixturesAreValidAndHaveNoFindings() {
        assertEquals(List.of(), DocumentValidator.standard().validate(DECLARATION.getBytes(StandardCharsets.UTF_8)).findings());
        assertEquals(List.of(), DocumentValidator.standard().validate(PLAN.getBytes(StandardCharsets.UTF_8)).findings());
        assertEquals(List.of(), DocumentValidator.builder().themes(org.declaro.commitments.ThemeVocabulary.ofThemes(MINE_ACTION_THEMES)).build()
                .validate(DECLARATION.getBytes(StandardCharsets.UTF_8)).findings());
    }

    @Test
    void everyRuleOfTheCatalogueHasABreakingCase() {
        Set<Rule> covered = cases().stream().map(Case::rule).collect(Collectors.toCollection(() -> EnumSet.noneOf(Rule.class)));
        Set<Rule> missing = EnumSet.allOf(Rule.class);
        missing.removeAll(covered);
        // the import.* rules are about plain text, not JSON: ImportRulesTest breaks each of them
        missing.removeIf(r -> r.id().startsWith("import."));
        assertEquals(Set.of(), missing);
    }

    @Test
    void severitiesFollowTheCatalogue() {
        Stream.of(Rule.values()).forEach(r -> assertTrue(r.id().matches("[a-z]+(\\.[a-z-]+)+|required"), r.id()));
        assertEquals(Severity.WARNING, Rule.TEXT_WHITESPACE.defaultSeverity());
        assertEquals(Severity.WARNING, Rule.FOOTNOTE_UNUSED.defaultSeverity());
        assertEquals(Severity.WARNING, Rule.COMMITMENT_OVERLAP.defaultSeverity());
        assertEquals(Severity.ERROR, Rule.REFERENCE_UNRESOLVED.defaultSeverity());
    }
}
