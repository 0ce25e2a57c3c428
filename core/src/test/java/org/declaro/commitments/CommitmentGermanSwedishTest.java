package org.declaro.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.declaro.model.Declaration;
import org.declaro.validation.DocumentValidator;
import org.junit.jupiter.api.Test;

/**
 * The German and Swedish cue sets, on paragraphs written for these tests (not taken from any document): a
 * first-person declaration and a resolution in each language, with the modality and actor of each unit.
 */
class CommitmentGermanSwedishTest {
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

    @Test
    void aGermanDeclarationGivesTheAuthorsUndertakingsAndTheirAppeal() {
        Declaration found = extractor.extract(declaration("de", "Wir, die Ministerinnen und Minister",
                "Wir verpflichten uns, die Minenräumung in Arcadia bis 2030 abzuschließen, und bekräftigen unser Engagement für"
                        + " das Übereinkommen. Wir werden die Opfer unterstützen.",
                "Wir nehmen den Bericht der Sachverständigengruppe zur Kenntnis.",
                "Wir fordern alle Staaten nachdrücklich auf, dem Übereinkommen beizutreten.",
                "Wir streben eine Welt ohne Antipersonenminen an und versprechen, die betroffenen Gemeinschaften zu begleiten."));
        assertEquals(List.of(
                "p1.c1 commit we: Wir verpflichten uns, die Minenräumung in Arcadia bis 2030 abzuschließen",
                "p1.c2 reaffirm we: bekräftigen unser Engagement für das Übereinkommen",
                "p1.c3 will we: Wir werden die Opfer unterstützen",
                "p3.c1 appeal alle Staaten: Wir fordern alle Staaten nachdrücklich auf, dem Übereinkommen beizutreten",
                "p4.c1 aspire we: Wir streben eine Welt ohne Antipersonenminen an",
                "p4.c2 pledge we: versprechen, die betroffenen Gemeinschaften zu begleiten"), units(found),
                "\"zur Kenntnis nehmen\" is an acknowledgement");
        assertEquals("2030", found.paragraphs().get(0).commitments().get(0).deadline().toString(), "\"bis 2030\" is a deadline");
    }

    @Test
    void aGermanResolutionSpeaksThroughItsOperativeVerbs() {
        Declaration found = extractor.extract(declaration("de", "Die Generalversammlung",
                "beschließt, die Frage auf die vorläufige Tagesordnung ihrer nächsten Tagung zu setzen.",
                "fordert alle Mitgliedstaaten auf, die Zusammenarbeit mit Arcadia zu verstärken.",
                "bekräftigt ihre Verpflichtung auf die Ziele der Charta.",
                "ersucht den Generalsekretär, ihr einen Bericht vorzulegen.",
                "nimmt Kenntnis von dem Bericht des Generalsekretärs."));
        assertEquals(List.of(
                "p1.c1 decide Die Generalversammlung: beschließt, die Frage auf die vorläufige Tagesordnung ihrer nächsten Tagung"
                        + " zu setzen",
                "p2.c1 appeal alle Mitgliedstaaten: fordert alle Mitgliedstaaten auf, die Zusammenarbeit mit Arcadia zu verstärken",
                "p3.c1 reaffirm Die Generalversammlung: bekräftigt ihre Verpflichtung auf die Ziele der Charta",
                "p4.c1 appeal unspecified: ersucht den Generalsekretär, ihr einen Bericht vorzulegen"), units(found),
                "an addressee closed by a comma alone is no addressee; \"nimmt Kenntnis\" is an acknowledgement");
    }

    @Test
    void aSwedishDeclarationGivesTheAuthorsUndertakingsAndTheirAppeal() {
        Declaration found = extractor.extract(declaration("sv", "Vi, stats- och regeringscheferna",
                "Vi åtar oss att halvera förlusten av biologisk mångfald senast 2030 och bekräftar vårt åtagande för"
                        + " Arcadiaavtalet. Vi kommer att stödja utvecklingsländerna.",
                "Vi förbinder oss att skydda haven. Vi ska minska utsläppen.",
                "Vi noterar rapporten från expertgruppen.",
                "Vi uppmanar alla stater att ansluta sig till konventionen.",
                "Vi strävar efter en värld utan kärnvapen och lovar att stödja de drabbade samhällena."));
        assertEquals(List.of(
                "p1.c1 commit we: Vi åtar oss att halvera förlusten av biologisk mångfald senast 2030",
                "p1.c2 reaffirm we: bekräftar vårt åtagande för Arcadiaavtalet",
                "p1.c3 will we: Vi kommer att stödja utvecklingsländerna",
                "p2.c1 commit we: Vi förbinder oss att skydda haven",
                "p2.c2 will we: Vi ska minska utsläppen",
                "p4.c1 appeal alla stater: Vi uppmanar alla stater att ansluta sig till konventionen",
                "p5.c1 aspire we: Vi strävar efter en värld utan kärnvapen",
                "p5.c2 pledge we: lovar att stödja de drabbade samhällena"), units(found),
                "\"noterar\" is an acknowledgement");
        assertEquals("2030", found.paragraphs().get(0).commitments().get(0).deadline().toString(), "\"senast 2030\" is a deadline");
    }

    @Test
    void aSwedishResolutionSpeaksThroughItsOperativeVerbs() {
        Declaration found = extractor.extract(declaration("sv", "Generalförsamlingen",
                "Beslutar att ta upp frågan vid sitt nästa möte.",
                "Uppmanar enträget alla medlemsstater att stärka samarbetet med Arcadia.",
                "Bekräftar sitt åtagande för stadgans mål.",
                "Bekräftar att freden är grundläggande.",
                "Välkomnar generalsekreterarens rapport."));
        assertEquals(List.of(
                "p1.c1 decide Generalförsamlingen: Beslutar att ta upp frågan vid sitt nästa möte",
                "p2.c1 appeal alla medlemsstater: Uppmanar enträget alla medlemsstater att stärka samarbetet med Arcadia",
                "p3.c1 reaffirm Generalförsamlingen: Bekräftar sitt åtagande för stadgans mål"), units(found),
                "\"Bekräftar att\" is an acknowledgement (COMMITMENTS.md), \"Välkomnar\" too");
    }

    @Test
    void theFirstPersonFutureNeedsTheAuthorsAsSubject() {
        Declaration sv = extractor.extract(declaration("sv", null,
                "Fonden kommer att betala ut medlen. Programmet, som vi kommer att finansiera, är viktigt."));
        assertEquals(List.of(), units(sv), "a third party's future, and a future in a relative clause, are no units");
        Declaration de = extractor.extract(declaration("de", null,
                "Der Fonds wird die Mittel auszahlen. Das Programm, welches wir finanzieren werden, ist wichtig."));
        assertEquals(List.of(), units(de));
    }
}
