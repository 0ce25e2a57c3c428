package org.declaro.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.declaro.model.ActionPlan;
import org.declaro.model.Declaration;
import org.declaro.model.DocumentKind;
import org.declaro.model.PartialDate;
import org.junit.jupiter.api.Test;

/** The cue table, row by row, and a profile a user writes for another language. */
class LayoutProfileTest {

    private static final LayoutProfile EN = LayoutProfile.STATEMENT;

    private static void matches(Pattern p, String yes, String no) {
        assertTrue(p.matcher(yes).matches(), p + " should match " + yes);
        assertFalse(p.matcher(no).matches(), p + " should not match " + no);
    }

    @Test
    void eachRowOfTheEnglishTable() {
        matches(EN.annexLine, "Annex II", "Annexed hereto");
        matches(EN.annexTitled, "Annex: Plan of Action", "Annex");
        matches(EN.planTitle, "Lakeside Plan of Action 2026-2030", "Lakeside Declaration");
        assertTrue(EN.planHeading.matcher("Action Plan for a Twenty-First Century Partnership").find());
        assertFalse(EN.planHeading.matcher("We recall the Action Plan").find(), "a plan named inside a sentence");
        matches(EN.whereas, "Whereas the Parties agree,", "Where as");
        matches(EN.preambleHeading, "Preamble", "Preambles of");
        matches(EN.introductionHeading, "Background", "Backgrounds");
        matches(EN.adopted, "Adopted at Siem Reap on 29 November 2024.", "Adoption of the agenda");
        matches(EN.adoptedBy, "Resolution adopted by the General Assembly on 1 December 2025", "Resolution 1");
        matches(EN.action, "Action 12: States will report.", "Actions speak");
        matches(EN.indicators, "Indicators: number of States", "Indicative");
        matches(EN.division, "Article 3. Scope", "Articles");
        matches(EN.author, "The General Assembly,", "the general debate,");
        matches(EN.author, "We, the Leaders of the G20,", "Weather,");
        matches(EN.organisation, "United Nations", "United States");
        assertEquals(PartialDate.parse("2024-08-14"), EN.dates.parse("14 August 2024").orElseThrow());
        assertEquals(PartialDate.parse("2021-07"), EN.dates.parse("July 2021").orElseThrow());
        assertTrue(EN.dates.parse("14 Augustus 2024").isEmpty());
    }

    @Test
    void shippedProfilesByNameAndTheAutomaticChoice() {
        assertEquals(List.of("un-resolution", "statement", "action-plan"),
                LayoutProfile.shipped().stream().map(LayoutProfile::name).toList());
        assertSame(LayoutProfile.ACTION_PLAN, LayoutProfile.byName("Action-Plan").orElseThrow());
        assertTrue(LayoutProfile.byName("memo").isEmpty());
        assertSame(LayoutProfile.UN_RESOLUTION, LayoutProfile.choose("United Nations\n\n80/11. Review of the architecture\n"));
        assertSame(LayoutProfile.ACTION_PLAN, LayoutProfile.choose("Plan\n\nAction 1: A.\n\nAction 2: B.\n"));
        assertSame(LayoutProfile.STATEMENT, LayoutProfile.choose("Joint Statement\n\nWe will act.\n"));
        assertEquals(DocumentKind.ACTION_PLAN, LayoutProfile.ACTION_PLAN.kind().orElseThrow());
        assertTrue(LayoutProfile.STATEMENT.kind().isEmpty());
    }

    @Test
    void theBuilderRefusesWhatCannotWork() {
        LayoutProfile.Builder b = LayoutProfile.STATEMENT.toBuilder();
        assertThrows(IllegalArgumentException.class, () -> b.months("janvier", "février"));
        assertThrows(IllegalArgumentException.class, () -> b.annexWords());
        assertThrows(IllegalArgumentException.class, () -> b.annexWords("Annex", " "));
        assertThrows(IllegalArgumentException.class, () -> b.name("two words"));
        assertThrows(IllegalArgumentException.class, () -> TextImporter.builder().profile("memo"));
    }

    @Test
    void aUserProfileReadsAFrenchDeclarationWithItsAnnex() {
        LayoutProfile french = LayoutProfile.STATEMENT.toBuilder().name("declaration-fr")
                .months("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                        "novembre", "décembre")
                .annexWords("Annexe").planNames("Plan d'action").whereasWords("Considérant")
                .adoptionVerbs("adoptée", "fait").placeWords("à", "au").dateWords("le").authorArticles("Les").authorPronouns("Nous")
                .build();
        String text = "Déclaration de Lyon sur les rivières\n\nLyon, 14 juillet 2030\n\nNous, les ministres,\n\n"
                + "1. Nous nous engageons à protéger les rivières.\n\n2. Nous adoptons le plan annexé.\n\n"
                + "Fait à Lyon le 14 juillet 2030.\n\nAnnexe\n\nPlan d'action pour les rivières\n\n"
                + "I. Surveillance\n\n1. Les États mesureront la qualité de l'eau.\n\n2. Les États publieront les résultats.\n";
        ImportResult r = TextImporter.builder().profile(french).language("fr").build().importText(text);
        Declaration d = assertInstanceOf(Declaration.class, r.document().orElseThrow());
        assertEquals("Déclaration de Lyon sur les rivières", d.title());
        assertEquals("Nous, les ministres", d.author());
        assertEquals(2, d.paragraphs().size());
        assertEquals(PartialDate.parse("2030-07-14"), d.adoption().date());
        assertEquals(1, d.annexes().size());
        ActionPlan plan = assertInstanceOf(ActionPlan.class, d.annexes().get(0));
        assertEquals(2, plan.sections().get(0).actions().size());
        // every line placed; the French months went into dates, which the English word check cannot know
        assertTrue(r.findings().stream().noneMatch(f -> f.severity() != org.declaro.report.Severity.INFO), r.findings().toString());
        assertEquals("Lyon", d.meeting().place());
        assertEquals(PartialDate.parse("2030-07-14"), d.meeting().date());

        // the standard importer sees French in the text and reads it with the shipped French words
        Declaration detected = (Declaration) TextImporter.standard().importText(text).document().orElseThrow();
        assertEquals("fr", detected.language());
        assertEquals(1, detected.annexes().size());
        // a profile held to the English words does not know the French cues
        Declaration english = (Declaration) TextImporter.builder().profile(LayoutProfile.STATEMENT).build()
                .importText(text).document().orElseThrow();
        assertTrue(english.annexes().isEmpty());
    }
}
