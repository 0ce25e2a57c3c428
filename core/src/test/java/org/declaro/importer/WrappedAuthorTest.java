package org.declaro.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.declaro.model.Declaration;
import org.declaro.model.PreambularParagraph;
import org.junit.jupiter.api.Test;

/** An author's formula wrapped over lines is read to its end, not cut at the first line's end. */
class WrappedAuthorTest {

    @Test
    void theFormulaRunsOnAcrossLineWraps() {
        String text = "Leaders' Declaration on Testing\n\nWe, the Heads of State and Government of Argentina, Brazil, Chile,\n"
                + "Colombia, Ecuador and Peru, gathered in Lima on 3 May 2030,\n\n"
                + "Recognizing that testing is central to quality and that much remains\nto be done,\n"
                + "Determined to work together to improve testing in all our countries,\n\n"
                + "1. We will invest in testing infrastructure.\n\n2. We commit to publish our results every year.\n";
        Declaration d = (Declaration) TextImporter.standard().importText(text).document().orElseThrow();
        assertEquals("We, the Heads of State and Government of Argentina, Brazil, Chile, Colombia, Ecuador and Peru,"
                + " gathered in Lima on 3 May 2030", d.author());
        assertEquals(List.of("Recognizing that testing is central to quality and that much remains to be done,",
                "Determined to work together to improve testing in all our countries,"),
                d.preamble().stream().map(PreambularParagraph::text).toList());
    }

    @Test
    void aClauseUnderTheFormulaIsNoPartOfIt() {
        String text = "Leaders' Declaration on Testing\n\nWe, the Leaders of the Testing Group,\n"
                + "Recognizing that testing is central to quality,\n\n1. We will invest in testing.\n";
        Declaration d = (Declaration) TextImporter.standard().importText(text).document().orElseThrow();
        assertEquals("We, the Leaders of the Testing Group", d.author());
        assertEquals(1, d.preamble().size());
    }
}
