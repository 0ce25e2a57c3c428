package org.declaro.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.declaro.model.Commitment;
import org.declaro.model.Declaration;
import org.declaro.model.Modality;
import org.declaro.model.Paragraph;
import org.declaro.model.Subparagraph;
import org.declaro.validation.DocumentValidator;
import org.junit.jupiter.api.Test;

/** The extractor in French, Spanish, German, Swedish, English, a language a user adds and a language with no cue set. */
class CommitmentLanguagesTest {
    private final CommitmentExtractor extractor = CommitmentExtractor.standard();

    private static Declaration declaration(String language, String author, String... paragraphs) {
        Declaration.Builder b = Declaration.builder("x", "X").language(language).author(author);
        for (String p : paragraphs) {
            b.paragraph(p);
        }
        return b.build();
    }

    /** The units of a declaration's paragraphs, one line each: "id modality actor: text". */
    private static List<String> units(Declaration found) {
        assertEquals(List.of(), DocumentValidator.standard().validate(found).findings().stream().filter(f -> f.isError()).toList(),
                "spans, ranges and ids validate");
        return found.paragraphs().stream().flatMap(p -> p.commitments().stream())
                .map(c -> c.id() + " " + c.modality().jsonName() + " " + c.actor() + ": " + c.text()).toList();
    }

    private static Commitment unit(Declaration found, int paragraph, int k) {
        return found.paragraphs().get(paragraph).commitments().get(k);
    }

    @Test
    void aFrenchDeclarationParagraphGivesTheAuthorsUndertakingsAndTheirAppeal() {
        Declaration found = extractor.extract(declaration("fr", "Nous, les États parties",
                "Nous reconnaissons les progrès accomplis. Nous réaffirmons notre engagement en faveur d'un monde exempt de mines"
                        + " et nous nous engageons à achever le déminage d'ici à 2030. Nous renforcerons la coopération internationale"
                        + " et invitons tous les États qui ne l'ont pas encore fait à adhérer à la Convention."));
        assertEquals(List.of(
                "p1.c1 reaffirm we: Nous réaffirmons notre engagement en faveur d'un monde exempt de mines",
                "p1.c2 commit we: nous nous engageons à achever le déminage d'ici à 2030",
                "p1.c3 will we: Nous renforcerons la coopération internationale",
                "p1.c4 appeal tous les États qui ne l'ont pas encore fait: invitons tous les États qui ne l'ont pas encore fait"
                        + " à adhérer à la Convention"), units(found), "\"Nous, ...\" is a first-person author: the actor is we");
        assertEquals("2030", unit(found, 0, 1).deadline().toString(), "\"d'ici à 2030\" is a deadline");
    }

    @Test
    void frenchFutureAndNousAllonsAreWillButPresentsAndBareReaffirmationsAreNot() {
        Declaration found = extractor.extract(declaration("fr", null,
                "Nous allons mettre en œuvre le Programme et nous nous efforcerons de mobiliser des ressources.",
                "Nous reconnaissons les difficultés et renforcerons notre action.",
                "Nous réaffirmons que la paix est essentielle. Nous considérons que la situation est grave.",
                "Nous aspirons à un monde sans armes nucléaires."));
        assertEquals(List.of(
                "p1.c1 will we: Nous allons mettre en œuvre le Programme",
                "p1.c2 will we: nous nous efforcerons de mobiliser des ressources",
                "p2.c1 will we: renforcerons notre action",
                "p4.c1 aspire we: Nous aspirons à un monde sans armes nucléaires"), units(found),
                "\"réaffirmons que\" is an acknowledgement (COMMITMENTS.md); \"considérons\" and \"aspirons\" are no future");
    }

    @Test
    void aFrenchResolutionSpeaksThroughItsAuthorAndItsOperativeVerbs() {
        Declaration found = extractor.extract(declaration("fr-CA", "L'Assemblée générale",
                "Décide également d'inscrire la question à l'ordre du jour provisoire de sa quatre-vingt-unième session.",
                "Prie le Secrétaire général de lui présenter un rapport, et engage les organisations régionales à coopérer.",
                "Demande aux États Membres de continuer à appuyer le Groupe.",
                "Exhorte vivement les parties à respecter le cessez-le-feu et encourage le renforcement de capacités dans la région.",
                "Demande que toutes les parties cessent les hostilités."));
        assertEquals(List.of(
                "p1.c1 decide L'Assemblée générale: Décide également d'inscrire la question à l'ordre du jour provisoire de sa"
                        + " quatre-vingt-unième session",
                "p2.c1 appeal le Secrétaire général: Prie le Secrétaire général de lui présenter un rapport",
                "p2.c2 appeal les organisations régionales: engage les organisations régionales à coopérer",
                "p3.c1 appeal États Membres: Demande aux États Membres de continuer à appuyer le Groupe",
                "p4.c1 appeal les parties: Exhorte vivement les parties à respecter le cessez-le-feu",
                "p4.c2 appeal unspecified: encourage le renforcement de capacités dans la région",
                "p5.c1 appeal unspecified: Demande que toutes les parties cessent les hostilités"), units(found),
                "fr-CA reads as French; an operative verb with no addressee is an appeal of an unspecified actor (COMMITMENTS.md)");
    }

    @Test
    void aFrenchDecidesListGivesOneUnitPerItem() {
        Paragraph p = new Paragraph(1, "Décide :", List.of(new Subparagraph("a", "De convoquer une conférence en 2028;"),
                new Subparagraph("b", "d'inscrire la question à son ordre du jour."), new Subparagraph("c", "Que le Groupe se réunira.")),
                List.of(), List.of());
        Declaration found = extractor.extract(Declaration.builder("x", "X").language("fr").author("L'Assemblée générale")
                .paragraph(p).build());
        Paragraph out = found.paragraphs().get(0);
        assertEquals(List.of(), out.commitments(), "the opener is no unit");
        assertEquals(List.of("p1.s1.c1 decide: De convoquer une conférence en 2028", "p1.s2.c1 decide: d'inscrire la question à son ordre du jour",
                "p1.s3.c1 decide: Que le Groupe se réunira"), out.subparagraphs().stream().flatMap(s -> s.commitments().stream())
                .map(c -> c.id() + " " + c.modality().jsonName() + ": " + c.text()).toList());
        Paragraph areas = new Paragraph(1, "Décide :", List.of(new Subparagraph("a", "La promotion de la paix;"),
                new Subparagraph("b", "Le renforcement des capacités.")), List.of(), List.of());
        Paragraph kept = extractor.extract(Declaration.builder("x", "X").language("fr").author("L'Assemblée générale")
                .paragraph(areas).build()).paragraphs().get(0);
        assertTrue(kept.subparagraphs().stream().allMatch(s -> s.commitments().isEmpty()), "noun phrases state no action");
    }

    @Test
    void aSpanishResolutionParagraphGivesItsReaffirmationAppealsAndDecision() {
        Declaration found = extractor.extract(declaration("es", "La Asamblea General",
                "Reafirma su compromiso con la aplicación plena del Tratado, insta a todos los Estados a que cumplan sus obligaciones"
                        + " y pide al Secretario General que le presente un informe antes de 2027.",
                "Decide incluir en el programa provisional de su octogésimo primer período de sesiones el tema titulado «Desarme».",
                "Alienta a los Estados Miembros a seguir apoyando al Grupo y alienta la cooperación regional.",
                "Reafirma que la paz es esencial."));
        assertEquals(List.of(
                "p1.c1 reaffirm La Asamblea General: Reafirma su compromiso con la aplicación plena del Tratado",
                "p1.c2 appeal todos los Estados: insta a todos los Estados a que cumplan sus obligaciones",
                "p1.c3 appeal Secretario General: pide al Secretario General que le presente un informe antes de 2027",
                "p2.c1 decide La Asamblea General: Decide incluir en el programa provisional de su octogésimo primer período de"
                        + " sesiones el tema titulado «Desarme»",
                "p3.c1 appeal los Estados Miembros: Alienta a los Estados Miembros a seguir apoyando al Grupo",
                "p3.c2 appeal unspecified: alienta la cooperación regional"), units(found),
                "\"Reafirma que\" is an acknowledgement; \"alienta la cooperación\" an appeal without addressee");
        assertEquals("2027", unit(found, 0, 2).deadline().toString(), "\"antes de 2027\" is a deadline");
        assertEquals("appeal: \"insta a X a que\"",
                extractor.find(Passage.of(found.paragraphs().get(0).text()).withAuthor("La Asamblea General").withLanguage("es")).get(1).cue());
    }

    @Test
    void theSpanishFirstPersonFutureIsAUnitWithoutAPronounButNotInARelativeClause() {
        Declaration found = extractor.extract(declaration("es", null,
                "Nos comprometemos a erradicar la pobreza y fortaleceremos la cooperación.",
                "Reconocemos los desafíos; asimismo, nos esforzaremos por movilizar recursos.",
                "Los recursos que movilizaremos serán importantes. Esperemos que los Estados cooperen.",
                "Reafirmamos nuestro compromiso con el desarme."));
        assertEquals(List.of(
                "p1.c1 commit we: Nos comprometemos a erradicar la pobreza",
                "p1.c2 will we: fortaleceremos la cooperación",
                "p2.c1 will we: nos esforzaremos por movilizar recursos",
                "p4.c1 reaffirm we: Reafirmamos nuestro compromiso con el desarme"), units(found));
    }

    /** Paragraphs written for these tests (not taken from any document), one per cue of the French set the issue names. */
    @Test
    void frenchParagraphsOfOurOwnGiveEachCueOfTheSet() {
        Declaration declaration = extractor.extract(declaration("fr", "Nous, ministres de l'Environnement",
                "Nous, ministres de l'Environnement, nous nous engageons à réduire de moitié les pertes de biodiversité d'ici à 2030"
                        + " et réaffirmons notre engagement en faveur de l'Accord de Paris. Nous soutiendrons les pays en développement.",
                "Nous prenons note du rapport du Groupe d'experts."));
        assertEquals(List.of(
                "p1.c1 commit we: nous nous engageons à réduire de moitié les pertes de biodiversité d'ici à 2030",
                "p1.c2 reaffirm we: réaffirmons notre engagement en faveur de l'Accord de Paris",
                "p1.c3 will we: Nous soutiendrons les pays en développement"), units(declaration),
                "\"prenons note\" is an acknowledgement");
        Declaration resolution = extractor.extract(declaration("fr", "L'Assemblée générale",
                "Prie le Secrétaire général de lui présenter à sa quatre-vingt-deuxième session un rapport sur la question.",
                "Engage vivement tous les États Membres à ratifier la Convention et demande au Conseil de se pencher sur la question.",
                "Décide de poursuivre l'examen de la question à sa prochaine session."));
        assertEquals(List.of(
                "p1.c1 appeal le Secrétaire général: Prie le Secrétaire général de lui présenter à sa quatre-vingt-deuxième session"
                        + " un rapport sur la question",
                "p2.c1 appeal tous les États Membres: Engage vivement tous les États Membres à ratifier la Convention",
                "p2.c2 appeal Conseil: demande au Conseil de se pencher sur la question",
                "p3.c1 decide L'Assemblée générale: Décide de poursuivre l'examen de la question à sa prochaine session"),
                units(resolution));
        assertEquals(List.of("appeal: \"Engage vivement X à\"", "appeal: \"demande au X de\""),
                extractor.find(Passage.of(resolution.paragraphs().get(1).text()).withIdPrefix("p2").withAuthor("L'Assemblée générale").withLanguage("fr")).stream()
                        .map(CommitmentExtractor.Unit::cue).toList(), "the cue that fired is named, the addressee as X");
    }

    /** Paragraphs written for these tests (not taken from any document), one per cue of the Spanish set the issue names. */
    @Test
    void spanishParagraphsOfOurOwnGiveEachCueOfTheSet() {
        Declaration declaration = extractor.extract(declaration("es", "Nosotros, los Jefes de Estado",
                "Nos comprometemos a eliminar el hambre y reafirmamos nuestro compromiso con la Agenda 2030. Apoyaremos a los"
                        + " países menos adelantados.",
                "Reafirmamos que el desarrollo sostenible es esencial y tomamos nota del informe."));
        assertEquals(List.of(
                "p1.c1 commit we: Nos comprometemos a eliminar el hambre",
                "p1.c2 reaffirm we: reafirmamos nuestro compromiso con la Agenda 2030",
                "p1.c3 will we: Apoyaremos a los países menos adelantados"), units(declaration),
                "\"Reafirmamos que\" is an acknowledgement, \"tomamos nota\" too");
        Declaration resolution = extractor.extract(declaration("es", "La Asamblea General",
                "Pide al Secretario General que le presente un informe sobre la aplicación de la presente resolución.",
                "Insta a todos los Estados Miembros a que intensifiquen sus esfuerzos y alienta a las organizaciones regionales a"
                        + " cooperar con las Naciones Unidas.",
                "Decide seguir examinando la cuestión en su próximo período de sesiones."));
        assertEquals(List.of(
                "p1.c1 appeal Secretario General: Pide al Secretario General que le presente un informe sobre la aplicación de la"
                        + " presente resolución",
                "p2.c1 appeal todos los Estados Miembros: Insta a todos los Estados Miembros a que intensifiquen sus esfuerzos",
                "p2.c2 appeal las organizaciones regionales: alienta a las organizaciones regionales a cooperar con las Naciones"
                        + " Unidas",
                "p3.c1 decide La Asamblea General: Decide seguir examinando la cuestión en su próximo período de sesiones"),
                units(resolution));
    }

    @Test
    void anEnglishParagraphIsUnchanged() {
        String text = "We recognize the challenges. We will intensify our efforts, and call upon all remaining States to join the"
                + " Convention by 2025. We reaffirm our long-standing commitment to victim assistance.";
        Declaration en = extractor.extract(declaration("en", null, text));
        assertEquals(List.of(
                "p1.c1 will we: We will intensify our efforts",
                "p1.c2 appeal all remaining States: call upon all remaining States to join the Convention by 2025",
                "p1.c3 reaffirm we: We reaffirm our long-standing commitment to victim assistance"), units(en));
        assertEquals("2025", unit(en, 0, 1).deadline().toString());
        assertEquals(List.of("will: \"will\" (first-person subject)", "appeal: \"call upon X to\"",
                "reaffirm: \"reaffirm our long-standing commitment\""),
                extractor.find(Passage.of(text)).stream().map(CommitmentExtractor.Unit::cue).toList());
        assertEquals(extractor.find(Passage.of(text)), extractor.find(Passage.of(text).withLanguage("en-GB")), "en-GB reads as English");
    }

    @Test
    void theCueSetIsChosenByTheDocumentsLanguage() {
        String english = "We will intensify our efforts.";
        assertEquals(1, units(extractor.extract(declaration("en", null, english))).size());
        assertEquals(List.of(), units(extractor.extract(declaration("fr", null, english))), "a French text is read with French cues");
        assertEquals(List.of(), units(extractor.extract(declaration("es", null, english))));
        assertSame(CommitmentCues.french(), extractor.cues("fr-CA"));
        assertSame(CommitmentCues.french(), extractor.cues("FR"));
        assertSame(CommitmentCues.spanish(), extractor.cues("es-419"));
        assertSame(CommitmentCues.german(), extractor.cues("de-AT"));
        assertSame(CommitmentCues.swedish(), extractor.cues("sv-FI"));
        assertSame(CommitmentCues.english(), extractor.cues("en"));
        assertEquals(List.of(), units(extractor.extract(declaration("de", null, english))), "a German text is read with German cues");
        assertEquals(List.of(), units(extractor.extract(declaration("sv", null, english))));
    }

    @Test
    void aLanguageWithNoCueSetFallsBackToEnglish() {
        String english = "We will intensify our efforts, and call upon all remaining States to join the Convention.";
        Declaration sw = extractor.extract(declaration("sw", null, english));
        Declaration en = extractor.extract(declaration("en", null, english));
        assertEquals(units(en), units(sw));
        assertEquals(2, units(sw).size());
        assertSame(CommitmentCues.english(), extractor.cues("sw"));
        assertSame(CommitmentCues.english(), extractor.cues("nl-BE"));
        assertSame(CommitmentCues.english(), extractor.cues(null));
        assertSame(CommitmentCues.english(), extractor.cues(" "));
    }

    /** A small Dutch cue set, as a user would add one. */
    static CommitmentCues dutch() {
        return CommitmentCues.builder()
                .cue(Modality.COMMIT, "verbinden ons ertoe")
                .cue(Modality.APPEAL, "roepen|roept ~")
                .words(CommitmentCues.Words.ADDRESSEE_MARKER, "op")
                .words(CommitmentCues.Words.AFTER_VERB, "nadrukkelijk")
                .words(CommitmentCues.Words.FIRST_PERSON, "wij")
                .words(CommitmentCues.Words.FUTURE, "zullen")
                .words(CommitmentCues.Words.AND, "en")
                .verbByDefault(true)
                .build();
    }

    @Test
    void aLanguageAUserAddsIsUsedForItsDocumentsAndItsRegions() {
        CommitmentExtractor withDutch = CommitmentExtractor.builder().cues("nl", dutch()).build();
        String text = "Wij verbinden ons ertoe de samenwerking te versterken. Wij zullen de slachtoffers steunen en roepen"
                + " nadrukkelijk alle staten op toe te treden tot het Verdrag.";
        Declaration found = withDutch.extract(declaration("nl-BE", "Wij, de Staten die partij zijn", text));
        assertEquals(List.of(
                "p1.c1 commit we: Wij verbinden ons ertoe de samenwerking te versterken",
                "p1.c2 will we: Wij zullen de slachtoffers steunen",
                "p1.c3 appeal alle staten: roepen nadrukkelijk alle staten op toe te treden tot het Verdrag"), units(found),
                "\"Wij, ...\" is a first-person author");
        assertEquals(List.of(), units(extractor.extract(declaration("nl-BE", null, text))), "the standard extractor has no Dutch");
        assertEquals(dutch(), withDutch.cues("NL-be"));
        assertEquals("CommitmentExtractor(nl)", withDutch.toString());
        CommitmentExtractor themed = CommitmentExtractor.builder().themes(ThemeVocabulary.mineAction()).build().toBuilder().cues("nl", dutch()).build();
        assertEquals("CommitmentExtractor[universalization, compliance, risk-education, victim-assistance, clearance,"
                + " stockpile-destruction, cooperation-assistance, partnerships, synergies, sustainable-development,"
                + " environment-climate, implementation](nl)", themed.toString());
        assertEquals(3, themed.find(Passage.of(text).withLanguage("nl")).size());
        assertEquals(List.of(), themed.find(Passage.of(text)), "find without a language reads English");
    }

    @Test
    void aUserCanReplaceTheFallbackAndTheStandardLanguages() {
        CommitmentExtractor x = CommitmentExtractor.builder().cues("en", dutch()).cues("fr", CommitmentCues.english()).build();
        assertEquals(dutch(), x.cues("sw"), "languages with no cue set get the one for en");
        assertEquals(1, units(x.extract(declaration("fr", null, "We will act."))).size());
        assertEquals(1, x.find(Passage.of("Wij zullen handelen.")).size());
    }

    @Test
    void theCommitmentTableReadsEachDocumentInItsLanguage() {
        Declaration fr = declaration("fr", "L'Assemblée générale", "Prie le Secrétaire général de lui présenter un rapport.");
        List<CommitmentRow> rows = CommitmentTable.rows(fr, extractor, true);
        assertEquals(1, rows.size());
        assertEquals("le Secrétaire général", rows.get(0).actor());
        assertEquals("appeal", rows.get(0).modality());
        Declaration nous = declaration("fr", "Nous, chefs d'État", "Nous renforcerons la coopération.");
        assertEquals("we", CommitmentTable.rows(nous, extractor, true).get(0).actor());
    }
}
