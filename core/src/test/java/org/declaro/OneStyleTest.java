package org.declaro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.declaro.commitments.CommitmentExtractor;
import org.declaro.commitments.Passage;
import org.declaro.commitments.ThemeVocabulary;
import org.declaro.importer.ImportResult;
import org.declaro.importer.TextImporter;
import org.declaro.json.DocumentReader;
import org.declaro.model.ActionPlan;
import org.declaro.model.Commitment;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.declaro.model.DocumentKind;
import org.declaro.model.Limits;
import org.declaro.model.Modality;
import org.declaro.model.Paragraph;
import org.declaro.report.Rule;
import org.declaro.validation.DocumentValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The behaviours behind the one API style (docs/API.md, "Conventions"); PublicApiTest holds its shape. */
class OneStyleTest {
    private static final String JSON = "{\"kind\": \"declaration\", \"id\": \"d\", \"title\": \"D\", \"language\": \"en\","
            + " \"paragraphs\": [{\"number\": 1, \"text\": \"We commit to clearing all mined areas by 2030.\"}]}";

    @Test
    void aStringIsJsonTextAndAPathIsAFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("declaration.json"), JSON);
        assertEquals(Declaro.readJson(JSON), Declaro.read(file));
        Declaro.InvalidDocumentException e = assertThrows(Declaro.InvalidDocumentException.class,
                () -> Declaro.readJson(file.toString()));
        assertEquals(Rule.JSON_SYNTAX, e.findings().get(0).rule(), "a file name given as text is read as (bad) JSON, and says so");
    }

    @Test
    void importTextFindsNoCommitmentsAndImportTextWithCommitmentsDoes(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("d.txt"), "Example Declaration\n\n1. We commit to clearing all mined areas by 2030.\n");
        Document plain = Declaro.importText(file).document().orElseThrow();
        assertEquals(TextImporter.standard().importText(file).document().orElseThrow(), plain, "the facade and the importer agree");
        assertTrue(((Declaration) plain).paragraphs().get(0).commitments().isEmpty());
        Declaration with = (Declaration) Declaro.importTextWithCommitments(file).document().orElseThrow();
        assertEquals(Modality.COMMIT, with.paragraphs().get(0).commitments().get(0).modality());
        assertEquals(CommitmentExtractor.standard().extract(plain), with);
    }

    @Test
    void anImportResultAlwaysHasADocument() {
        assertThrows(IllegalArgumentException.class, () -> new ImportResult(Optional.empty(), List.of()));
        Declaration d = Declaration.builder("d", "D").build();
        assertEquals(Optional.of(d), new ImportResult(d, List.of()).document());
    }

    @Test
    void toBuilderKeepsEverySetting() {
        Limits small = Limits.DEFAULTS.withMaxInputBytes(1000);
        DocumentReader reader = DocumentReader.builder().strict(true).limits(small).constraintChecks(true).build();
        DocumentReader again = reader.toBuilder().build();
        assertTrue(again.isStrict() && again.checksConstraints());
        assertEquals(small, again.limits());
        assertFalse(reader.toBuilder().strict(false).build().isStrict(), "a changed copy");
        assertTrue(reader.isStrict(), "the original is unchanged");
        assertEquals(DocumentReader.standard(), DocumentReader.builder().build(), "the default builder gives the standard reader");

        Commitment themed = Commitment.builder().id("p1.c1").modality(Modality.COMMIT).actor("we").text("We commit")
                .start(0).end(9).themes(List.of("elsewhere")).build();
        Declaration d = Declaration.builder("d", "D").paragraph(new Paragraph(1, "We commit to it.").withCommitments(List.of(themed)))
                .build();
        DocumentValidator narrow = DocumentValidator.builder().themes(ThemeVocabulary.ofThemes(List.of("clearance"))).build();
        for (DocumentValidator v : List.of(narrow, narrow.toBuilder().build())) {
            assertTrue(v.validate(d).findings().stream().anyMatch(f -> f.rule() == Rule.COMMITMENT_THEME_UNKNOWN));
        }
        assertTrue(narrow.toBuilder().themes(null).build().validate(d).findings().stream()
                .noneMatch(f -> f.rule() == Rule.COMMITMENT_THEME_UNKNOWN), "no vocabulary, no check");

        TextImporter plans = TextImporter.builder().kind(DocumentKind.ACTION_PLAN).build();
        assertTrue(plans.toBuilder().build().importText("A Plan\n\n1. Clear the fields.\n").document().orElseThrow()
                instanceof ActionPlan);
    }

    @Test
    void aPassageNamesWhatFindNeedsAndItsWithersCopy() {
        Passage p = Passage.of("We will act.");
        assertEquals("p1", p.idPrefix());
        assertEquals(Passage.FIRST_PERSON, p.author());
        assertNull(p.language());
        Passage fr = p.withIdPrefix("p3").withAuthor("L'Assemblée générale").withLanguage("fr");
        assertEquals(List.of("p3", "L'Assemblée générale", "fr"), List.of(fr.idPrefix(), fr.author(), fr.language()));
        assertEquals("p1", p.idPrefix(), "the original is unchanged");
        assertNotEquals(p, fr);

        CommitmentExtractor x = CommitmentExtractor.standard();
        assertEquals("p3.c1", x.find(Passage.of("We will act.").withIdPrefix("p3")).get(0).commitment().id());
        assertEquals("The Assembly", x.find(Passage.of("Decides to act.").withAuthor("The Assembly")).get(0).commitment().actor());
        Paragraph para = new Paragraph(1, "We will act.");
        assertEquals(x.find(Passage.of(para.text())), x.find(Passage.of(para)), "a paragraph without sub-paragraphs reads as its text");
    }
}
