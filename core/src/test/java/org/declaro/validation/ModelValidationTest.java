package org.declaro.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.declaro.Fixtures;
import org.declaro.json.DocumentReader;
import org.declaro.model.Action;
import org.declaro.model.ActionPlan;
import org.declaro.model.Commitment;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.declaro.model.Footnote;
import org.declaro.model.Modality;
import org.declaro.model.Paragraph;
import org.declaro.model.Period;
import org.declaro.model.Reference;
import org.declaro.model.Section;
import org.declaro.model.Subparagraph;
import org.declaro.report.Finding;
import org.declaro.report.Rule;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Validation of models built in memory, annexes, documents validated together. */
class ModelValidationTest {
    private final DocumentValidator validator = DocumentValidator.standard();

    private static List<String> pointers(ValidationReport r, Rule rule) {
        return r.findings().stream().filter(f -> f.rule() == rule).map(Finding::pointer).toList();
    }

    @Test
    void everyModelRecordIsRegisteredWithThePredefinedScope() {
        Set<Class<?>> records = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.declaro.model").stream()
                .map(JavaClass::reflect)
                .filter(Class::isRecord)
                .filter(c -> c != org.declaro.model.PartialDate.class) // a value with no constraints, validated by construction
                .filter(c -> c != org.declaro.model.Limits.class) // configuration of reading, not part of a document
                .collect(Collectors.toSet());
        assertEquals(records, ModelTypes.ALL);
        assertTrue(records.stream().allMatch(c -> Modifier.isPublic(c.getModifiers())));
    }

    @Test
    void requiredFieldsOfAnInMemoryModelAreReportedWithJsonPointersAndNoLocation() {
        Declaration d = Declaration.builder(null, null).language(null)
                .paragraph(new Paragraph(1, null, List.of(new Subparagraph("a", null)), List.of(),
                        List.of(new Commitment(null, null, "we", "x", 0, 1, List.of(), null))))
                .build();
        ValidationReport r = validator.validate(d);
        assertEquals(Set.of("/id", "/title", "/language", "/paragraphs/0/text", "/paragraphs/0/subparagraphs/0/text",
                "/paragraphs/0/commitments/0/id", "/paragraphs/0/commitments/0/modality"),
                Set.copyOf(pointers(r, Rule.REQUIRED)));
        assertTrue(r.findings().stream().noneMatch(Finding::hasLocation));
        assertTrue(r.hasErrors());
    }

    @Test
    void aDeclarationWithoutParagraphsIsMissingARequiredField() {
        ValidationReport r = validator.validate(Declaration.builder("x", "X").build());
        assertEquals(List.of("/paragraphs"), pointers(r, Rule.REQUIRED));
    }

    @Test
    void annexesAreValidatedWithTheirOwnPointers() {
        ActionPlan plan = ActionPlan.builder("Plan", "Plan").period(new Period(2029, 2025))
                .section(new Section("I", "S", List.of(), List.of(new Action(2, "  Do."))))
                .build();
        Declaration resolution = Declaration.builder("res", "Resolution").author("The General Assembly")
                .paragraph("Adopts the annexed declaration and plan.")
                .annex(Declaration.builder("decl", "Declaration").paragraph(new Paragraph(2, "Text")).build())
                .annex(plan)
                .build();
        ValidationReport r = validator.validate(resolution);
        assertEquals(List.of("/annexes/0/paragraphs/0/number"), pointers(r, Rule.PARAGRAPH_NUMBER_SEQUENCE));
        assertEquals(List.of("/annexes/1/id"), pointers(r, Rule.ID_FORMAT));
        assertEquals(List.of("/annexes/1/period"), pointers(r, Rule.PERIOD_ORDER));
        assertEquals(List.of("/annexes/1/sections/0/actions/0/number"), pointers(r, Rule.ACTION_NUMBER_SEQUENCE));
        assertEquals(List.of("/annexes/1/sections/0/actions/0/text"), pointers(r, Rule.TEXT_WHITESPACE));
    }

    @Test
    void annexPointersFromJsonCarryLineAndColumn() {
        String json = """
                {"schemaVersion": "1.0", "kind": "declaration", "id": "res", "title": "R", "language": "en",
                 "paragraphs": [{"number": 1, "text": "Adopts the annex."}],
                 "annexes": [
                   {"schemaVersion": "1.0", "kind": "declaration", "id": "decl", "title": "D", "language": "en",
                    "paragraphs": [{"number": 1, "text": "A."}, {"number": 2, "text": "B."}, {"number": 3, "text": "C."},
                                   {"number": 4, "text": "  "}]}]}
                """;
        ValidationReport r = validator.validate(json.getBytes(StandardCharsets.UTF_8));
        Finding f = r.findings().stream().filter(x -> x.rule() == Rule.TEXT_BLANK).findFirst().orElseThrow();
        assertEquals("/annexes/0/paragraphs/3/text", f.pointer());
        assertEquals(6, f.line());
        assertEquals(json.split("\n")[5].indexOf("\"text\": \"  \"") + 1, f.column());
    }

    @Test
    void referencesResolveAmongDocumentsValidatedTogether() {
        Declaration d = Declaration.builder("decl", "D").paragraph("Adopts the plan.")
                .reference(new Reference("actionPlan", "The plan", "the-plan", 1)).build();
        ActionPlan plan = ActionPlan.builder("the-plan", "The plan")
                .section(new Section("I", "S", List.of(), List.of(new Action(1, "Do.")))).build();
        assertEquals(List.of("/references/0/id"), pointers(validator.validate(d), Rule.REFERENCE_UNRESOLVED));
        List<ValidationReport> together = validator.validateDocuments(List.of(d, plan));
        assertTrue(together.stream().noneMatch(ValidationReport::hasErrors), () -> together.toString());
        // an annex counts as validated together with its host
        Declaration host = d.toBuilder().annex(plan).build();
        assertFalse(validator.validate(host).hasErrors());
    }

    @Test
    void filesValidatedTogetherResolveReferences(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        String decl = Fixtures.text(Fixtures.SIEM_REAP).replace("\"paragraph\": 13",
                "\"id\": \"example-mine-action-plan-2025-2029\",\n      \"paragraph\": 13");
        java.nio.file.Path a = java.nio.file.Files.writeString(dir.resolve("d.json"), decl);
        java.nio.file.Path b = java.nio.file.Files.write(dir.resolve("p.json"), Fixtures.bytes("action-plan-example.json"));
        assertEquals(List.of("/references/0/id"), pointers(validator.validate(a), Rule.REFERENCE_UNRESOLVED));
        List<ValidationReport> reports = validator.validateFiles(List.of(a, b));
        assertTrue(reports.stream().noneMatch(ValidationReport::hasErrors), reports::toString);
        assertEquals(a.toString(), reports.get(0).source());
    }

    @Test
    void aSingleWrongNumberIsReportedOnceAndAGapOnce() {
        Declaration wrong = Declaration.builder("x", "X").paragraph(new Paragraph(1, "a")).paragraph(new Paragraph(2, "b"))
                .paragraph(new Paragraph(30, "c")).paragraph(new Paragraph(4, "d")).build();
        assertEquals(List.of("/paragraphs/2/number"), pointers(validator.validate(wrong), Rule.PARAGRAPH_NUMBER_SEQUENCE));
        Declaration gap = Declaration.builder("x", "X").paragraph(new Paragraph(1, "a")).paragraph(new Paragraph(3, "b"))
                .paragraph(new Paragraph(4, "c")).build();
        assertEquals(List.of("/paragraphs/1/number"), pointers(validator.validate(gap), Rule.PARAGRAPH_NUMBER_SEQUENCE));
        Declaration unnumbered = Declaration.builder("x", "X").paragraph(new Paragraph(null, "a"))
                .paragraph(new Paragraph(null, "b")).build();
        assertFalse(validator.validate(unnumbered).hasErrors(), "paragraphs may all be unnumbered");
    }

    @Test
    void subparagraphLabelsMayBeLettersRomanDigitsOrBullets() {
        List<Subparagraph> letters = List.of(new Subparagraph("a", "x"), new Subparagraph("b", "y"));
        List<Subparagraph> roman = List.of(new Subparagraph("i", "x"), new Subparagraph("ii", "y"), new Subparagraph("iii", "z"), new Subparagraph("iv", "w"));
        List<Subparagraph> bullets = List.of(new Subparagraph(null, "x"), new Subparagraph(null, "y"));
        List<Subparagraph> mixed = List.of(new Subparagraph("a", "x"), new Subparagraph(null, "y"));
        for (List<Subparagraph> ok : List.of(letters, roman, bullets)) {
            Declaration d = Declaration.builder("x", "X").paragraph(new Paragraph(1, "p", ok, List.of(), List.of())).build();
            assertFalse(validator.validate(d).hasErrors(), ok::toString);
        }
        Declaration d = Declaration.builder("x", "X").paragraph(new Paragraph(1, "p", mixed, List.of(), List.of())).build();
        assertEquals(List.of("/paragraphs/0/subparagraphs/1"), pointers(validator.validate(d), Rule.SUBPARAGRAPH_LABEL_SEQUENCE));
    }

    @Test
    void themesAreCheckedOnlyAgainstASuppliedVocabulary() {
        Document d = DocumentReader.standard().read(Fixtures.bytes(Fixtures.SIEM_REAP)).document().orElseThrow();
        assertTrue(pointers(validator.validate(d), Rule.COMMITMENT_THEME_UNKNOWN).isEmpty());
        DocumentValidator narrow = DocumentValidator.builder().themes(org.declaro.commitments.ThemeVocabulary.ofThemes(Set.of("implementation"))).build();
        List<String> unknown = pointers(narrow.validate(d), Rule.COMMITMENT_THEME_UNKNOWN);
        assertEquals("/paragraphs/2/commitments/0/themes/0", unknown.get(0));
        long expected = ((Declaration) d).paragraphs().stream().flatMap(p -> p.commitments().stream())
                .flatMap(c -> c.themes().stream()).filter(t -> !t.equals("implementation")).count();
        assertEquals(expected, unknown.size());
    }

    @Test
    void actionPlanFootnotesAreUsedWhenTheirMarkerIsInTheText() {
        ActionPlan plan = ActionPlan.builder("p", "P")
                .section(new Section("I", "S", List.of(), List.of(new Action(1, "Do this.*"))))
                .footnote(new Footnote("*", "Used.")).footnote(new Footnote("\u2020", "Unused.")).build();
        assertEquals(List.of("/footnotes/1"), pointers(validator.validate(plan), Rule.FOOTNOTE_UNUSED));
    }

    @Test
    void commitmentSpansCountUtf16Units() {
        String text = "\uD83C\uDF0D We will act.";
        Commitment c = new Commitment("c1", Modality.WILL, "we", "We will act", 3, 14, List.of(), null);
        Declaration d = Declaration.builder("x", "X").paragraph(new Paragraph(1, text, List.of(), List.of(), List.of(c))).build();
        assertFalse(validator.validate(d).hasErrors(), () -> validator.validate(d).findings().toString());
    }
}
