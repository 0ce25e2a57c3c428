package org.declaro.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.declaro.model.Declaration;
import org.declaro.model.Paragraph;
import org.declaro.model.PreambularParagraph;
import org.junit.jupiter.api.Test;

/**
 * A resolution that adopts a text printed right after it ("Adopts the following political declaration:") without an
 * "Annex" line: the adopting paragraph is the resolution's operative paragraph, and the adopted text a part of its
 * own, with its own title, author and numbering.
 */
class AdoptedInlineTest {

    private static final String EN = "Political declaration on testing\n\nThe General Assembly,\n\n"
            + "Recalling its resolution 70/1 of 25 September 2015,\n\nNoting with concern the state of testing,\n\n"
            + "Adopts the following political declaration:\n\n"
            + "Political declaration of the high-level meeting on testing\n\n"
            + "We, the Heads of State and Government, assembled at the United Nations on 22 September 2025,\n\n"
            + "1. Reaffirm our commitment to testing;\n\n2. Commit to test more.\n";

    @Test
    void theAdoptedTextIsAPartOfItsOwn() {
        Declaration d = (Declaration) TextImporter.standard().importText(EN).document().orElseThrow();
        assertEquals(List.of("Recalling its resolution 70/1 of 25 September 2015,", "Noting with concern the state of testing,"),
                d.preamble().stream().map(PreambularParagraph::text).toList());
        assertEquals(List.of("Adopts the following political declaration:"), d.paragraphs().stream().map(Paragraph::text).toList());
        assertEquals(1, d.annexes().size());
        Declaration annex = (Declaration) d.annexes().get(0);
        assertEquals("Political declaration of the high-level meeting on testing", annex.title());
        assertEquals(List.of(1, 2), annex.paragraphs().stream().map(Paragraph::number).toList());
        assertEquals("Reaffirm our commitment to testing;", annex.paragraphs().get(0).text());
    }

    @Test
    void anAdoptingParagraphFollowedByItsOwnItemsIsNoBoundary() {
        String text = "Programme of work\n\nThe General Assembly,\n\nRecalling its earlier decisions,\n\n"
                + "1. Adopts the following programme of work:\n\n(a) a first item;\n\n(b) a second item.\n";
        Declaration d = (Declaration) TextImporter.standard().importText(text).document().orElseThrow();
        assertEquals(List.of(), d.annexes());
        assertEquals(2, d.paragraphs().get(0).subparagraphs().size());
    }

    @Test
    void theFrenchWordsAdoptToo() {
        String fr = "Déclaration politique sur les essais\n\nL'Assemblée générale,\n\n"
                + "Rappelant sa résolution 70/1 du 25 septembre 2015,\n\nNotant avec préoccupation l'état des essais,\n\n"
                + "Adopte la déclaration politique suivante :\n\n"
                + "Déclaration politique de la réunion de haut niveau sur les essais\n\n"
                + "Nous, chefs d'État et de gouvernement, réunis au Siège le 22 septembre 2025,\n\n"
                + "1. Réaffirmons notre engagement en faveur des essais ;\n\n2. Nous engageons à faire plus d'essais.\n";
        Declaration d = (Declaration) TextImporter.builder().language("fr").build().importText(fr).document().orElseThrow();
        assertEquals(1, d.annexes().size());
        assertEquals(List.of("Adopte la déclaration politique suivante :"), d.paragraphs().stream().map(Paragraph::text).toList());
        assertEquals(2, ((Declaration) d.annexes().get(0)).paragraphs().size());
    }
}
