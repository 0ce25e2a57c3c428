package org.declaro.importer.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FootnotesToPageFootTest {

    @Test
    void eachDefinitionGoesToTheFootOfItsMarkersPage() {
        String text = "**Ttt***\n\n1. Aaa.[^1]\n\n2. Bbb.\n\n3. Ccc.[^2]\n\n---\n\n[^*]: Issued.\n\n[^1]: See one.\n\n[^2]: See two.\n";
        Pager.Options o = new Pager.Options(4, false, "A/RES/1/2", "A/RES/1/2", "1 May 2024", false, "24-00001 (E)");
        assertEquals("United Nations\nA/RES/1/2\nGeneral Assembly\nDistr.: General\n1 May 2024\n\n"
                + "**Ttt***\n\n1. Aaa.[^1]\n\n\n__________\n[^*]: Issued.\n[^1]: See one.\n\n24-00001 (E)\n1/2\n"
                + "A/RES/1/2\n\n2. Bbb.\n\n3. Ccc.[^2]\n\n__________\n[^2]: See two.\n\n2/2\n",
                FootnotesToPageFoot.move(Lines.split(text), o, "__________"));
    }

    @Test
    void withoutFootnotesItIsPageBreaks() {
        Pager.Options o = new Pager.Options(4, false, "A/RES/1/2", "Ttt", "1 May 2024", true, "24-00001 (E)");
        String text = "**Ttt**\n\n1. Aaa.\n";
        assertEquals(PageBreaks.paginate(Lines.split(text), o), FootnotesToPageFoot.move(Lines.split(text), o, "---"));
    }
}
