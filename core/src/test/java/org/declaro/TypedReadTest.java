package org.declaro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.declaro.json.DocumentReader;
import org.declaro.json.ReadResult;
import org.declaro.model.ActionPlan;
import org.declaro.model.Declaration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a document of a known kind needs no cast, and the wrong kind says so (issue 9, item 8). */
class TypedReadTest {

    private static final String DECLARATION = Fixtures.text(Fixtures.SIEM_REAP);
    private static final String PLAN = Fixtures.text("action-plan-example.json");

    @Test
    void theReadResultGivesTheDocumentAsItsKind() {
        ReadResult d = DocumentReader.standard().read(DECLARATION);
        Declaration declaration = d.declaration();
        assertEquals(d.document().orElseThrow(), declaration);
        ActionPlan plan = DocumentReader.standard().read(PLAN).actionPlan();
        assertEquals(DocumentReader.standard().read(PLAN).document().orElseThrow(), plan);

        IllegalStateException wrong = assertThrows(IllegalStateException.class, d::actionPlan);
        assertEquals("Expected an action plan (\"kind\": \"actionPlan\"), but the document is a declaration "
                + "(\"kind\": \"declaration\"); read it with declaration() or document()", wrong.getMessage());
        IllegalStateException wrong2 = assertThrows(IllegalStateException.class, () -> DocumentReader.standard().read(PLAN).declaration());
        assertTrue(wrong2.getMessage().startsWith("Expected a declaration (\"kind\": \"declaration\"), but the document is an action plan"),
                wrong2.getMessage());
        assertTrue(wrong2.getMessage().endsWith("read it with actionPlan() or document()"), wrong2.getMessage());
    }

    @Test
    void noDocumentNamesTheFirstError() {
        IllegalStateException none = assertThrows(IllegalStateException.class, () -> DocumentReader.standard().read("[1").declaration());
        assertTrue(none.getMessage().startsWith("No document was read; check document() or findings() first. The first error: 1:1: error json."),
                none.getMessage());
    }

    @Test
    void theFacadeReadsEachKindFromTextAndFiles(@TempDir Path dir) throws Exception {
        assertEquals(Declaro.readJson(DECLARATION), Declaro.readDeclarationJson(DECLARATION));
        assertEquals(Declaro.readJson(PLAN), Declaro.readActionPlanJson(PLAN));
        Path d = Files.writeString(dir.resolve("d.json"), DECLARATION);
        Path p = Files.writeString(dir.resolve("p.json"), PLAN);
        assertEquals(Declaro.read(d), Declaro.readDeclaration(d));
        assertEquals(Declaro.read(p), Declaro.readActionPlan(p));

        Declaro.InvalidDocumentException e = assertThrows(Declaro.InvalidDocumentException.class, () -> Declaro.readActionPlan(d));
        assertEquals("Expected an action plan, but the document is a declaration (\"kind\": \"declaration\"); read it with "
                + "Declaro.readDeclaration or Declaro.read", e.getMessage());
        assertTrue(e.findings().isEmpty());
        Declaro.InvalidDocumentException e2 = assertThrows(Declaro.InvalidDocumentException.class, () -> Declaro.readDeclarationJson(PLAN));
        assertEquals("Expected a declaration, but the document is an action plan (\"kind\": \"actionPlan\"); read it with "
                + "Declaro.readActionPlanJson or Declaro.readJson", e2.getMessage());
        assertThrows(Declaro.InvalidDocumentException.class, () -> Declaro.readDeclarationJson("{}"));
        assertThrows(java.io.UncheckedIOException.class, () -> Declaro.readDeclaration(dir.resolve("missing.json")));
    }

    @Test
    void theExtractorKeepsTheKindWithoutACast() {
        org.declaro.commitments.CommitmentExtractor extractor = org.declaro.commitments.CommitmentExtractor.standard();
        Declaration d = Declaro.readDeclarationJson(DECLARATION);
        Declaration found = extractor.extract(d);
        assertEquals(extractor.extract((org.declaro.model.Document) d), found);
        ActionPlan p = Declaro.readActionPlanJson(PLAN);
        ActionPlan inPlan = extractor.extract(p);
        assertEquals(extractor.extract((org.declaro.model.Document) p), inPlan);
    }

    @Test
    void theOneLinersValidateAndWriteAndAnUnreadableDocumentCarriesItsFindings(@TempDir Path dir) throws Exception {
        Declaration d = Declaro.readDeclarationJson(DECLARATION);
        assertEquals(DECLARATION, Declaro.toJson(d));
        assertFalse(Declaro.validate(d).hasErrors());
        Path broken = Files.writeString(dir.resolve("b.json"), "{\"kind\": \"declaration\", \"id\": \"Not A Slug\"}");
        // as sets: the order of findings at one position is item 5's business
        assertEquals(java.util.Set.copyOf(org.declaro.validation.DocumentValidator.standard().validate(broken).findings()),
                java.util.Set.copyOf(Declaro.validate(broken).findings()));
        assertFalse(!Declaro.validate(broken).hasErrors());

        Declaro.InvalidDocumentException e = assertThrows(Declaro.InvalidDocumentException.class, () -> Declaro.readJson("[1, 2]"));
        assertEquals(DocumentReader.standard().read("[1, 2]").findings(), e.findings());
        assertTrue(!e.findings().isEmpty());
        assertTrue(e.getMessage().startsWith("Not a readable Declaro document:\n  1:1: error json."), e.getMessage());
    }
}
