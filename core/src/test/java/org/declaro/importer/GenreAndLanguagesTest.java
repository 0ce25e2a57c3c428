package org.declaro.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.declaro.model.Declaration;
import org.declaro.report.Finding;
import org.declaro.report.Rule;
import org.junit.jupiter.api.Test;

/** Texts that are not one declaration in one language: a report, and a declaration followed by its other version. */
class GenreAndLanguagesTest {

    static final String TWO_LANGUAGES = """
            Declaration on Rivers

            We, the Ministers of the Environment,

            1. We will clean the rivers of our countries and we will protect the fish that live in them, for the people of the region.

            2. We will meet again in the spring of the next year to review the progress that we have made and to agree on the next steps.

            3. We call on all the States of the region to join this declaration and to share the data that they hold on the rivers.

            Déclaration sur les rivières

            Nous, les ministres de l'environnement,

            1. Nous allons nettoyer les rivières de nos pays et nous allons protéger les poissons qui y vivent, pour les populations de la région.

            2. Nous nous réunirons de nouveau au printemps de l'année prochaine pour examiner les progrès que nous avons accomplis.

            3. Nous appelons tous les États de la région à se joindre à la présente déclaration et à partager les données dont ils disposent.
            """;

    @Test
    void aSecondLanguageVersionIsKeptApartAsAnAnnexInItsLanguage() {
        ImportResult r = TextImporter.standard().importText(TWO_LANGUAGES);
        Declaration d = assertInstanceOf(Declaration.class, r.document().orElseThrow());
        assertEquals("en", d.language());
        assertEquals(3, d.paragraphs().size());
        assertTrue(d.paragraphs().stream().noneMatch(p -> p.text().contains("Nous")), d.paragraphs()::toString);
        assertEquals(1, d.annexes().size());
        Declaration fr = assertInstanceOf(Declaration.class, d.annexes().get(0));
        assertEquals("fr", fr.language());
        assertEquals("Déclaration sur les rivières", fr.title());
        assertEquals("Nous, les ministres de l'environnement", fr.author());
        assertEquals(List.of(1, 2, 3), fr.paragraphs().stream().map(p -> p.number()).toList());
        Finding f = r.findings().stream().filter(x -> x.rule() == Rule.IMPORT_LANGUAGES).findFirst().orElseThrow();
        assertEquals(11, f.line());
        assertTrue(f.message().contains("(fr)"), f.message());
    }

    @Test
    void oneLanguageWithAQuotationInAnotherIsOneDocument() {
        String text = TWO_LANGUAGES.substring(0, TWO_LANGUAGES.indexOf("Déclaration sur"))
                + "4. We recall the motto of the region, which reads in French as follows: nous allons nettoyer les rivières"
                + " de nos pays et nous allons protéger les poissons qui y vivent, pour les populations de la région.\n\n"
                + "5. We will report on the work of the group to the States of the region at the end of the year, and the"
                + " group will publish the data that it holds.\n";
        ImportResult r = TextImporter.standard().importText(text);
        Declaration d = (Declaration) r.document().orElseThrow();
        assertTrue(d.annexes().isEmpty(), d.annexes()::toString);
        assertEquals(5, d.paragraphs().size());
        assertTrue(r.findings().stream().noneMatch(x -> x.rule() == Rule.IMPORT_LANGUAGES), r.findings()::toString);
    }

    @Test
    void aReportIsImportedWithAWarningThatNamesTheEvidence() {
        ImportResult r = TextImporter.standard().importText("Report of the Working Group on Rivers\n\nThe group met three"
                + " times in the year and heard the experts of the region.\n\nIt has no more to add.\n");
        Finding f = r.findings().stream().filter(x -> x.rule() == Rule.IMPORT_GENRE).findFirst().orElseThrow();
        assertTrue(f.message().contains("\"Report\"") && f.message().contains("no author's formula"), f.message());
    }

    @Test
    void aResolutionOnAReportIsADeclaration() {
        ImportResult r = TextImporter.standard().importText("Report of the Disarmament Commission\n\nThe General Assembly,\n\n"
                + "Recalling its resolutions,\n\n1. Takes note of the report of the Commission.\n");
        assertTrue(r.findings().stream().noneMatch(x -> x.rule() == Rule.IMPORT_GENRE), r.findings()::toString);
    }

    @Test
    void aNoteInItalicsBeforeOrAfterAMarkdownTextIsLeftOutWithItsWordsInFindings() {
        String md = "---\ntitle: Declaration on Rivers\n---\n\n*Thirty more countries have joined this declaration since it"
                + " was first issued, and more may join it at any time.*\n\nWe, the Ministers of the Environment, will clean"
                + " the rivers.\n\nWe will meet again next year.\n\n*This text was corrected on 3 May to add the names of"
                + " two countries that had been left out.*\n";
        ImportResult r = TextImporter.builder().syntax(Syntax.MARKDOWN).build().importText(md);
        Declaration d = (Declaration) r.document().orElseThrow();
        assertEquals(2, d.paragraphs().size(), d.paragraphs()::toString);
        assertTrue(d.paragraphs().get(0).text().startsWith("We, the Ministers"));
        assertTrue(r.findings().stream().anyMatch(f -> f.message().contains("editorial note") && f.message().contains("Thirty")),
                r.findings()::toString);
        assertTrue(r.findings().stream().anyMatch(f -> f.message().contains("after the text") && f.message().contains("corrected")),
                r.findings()::toString);
    }

    @Test
    void anAuthorsLineInItalicsIsNoNote() {
        String md = "# Declaration on Rivers\n\n*The General Assembly,*\n\nRecalling its resolutions on rivers,\n\n"
                + "1. Decides to clean the rivers.\n";
        Declaration d = (Declaration) TextImporter.builder().syntax(Syntax.MARKDOWN).build().importText(md).document().orElseThrow();
        assertEquals("The General Assembly", d.author());
        assertEquals(1, d.preamble().size());
    }
}
