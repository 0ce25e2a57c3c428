package org.declaro.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.declaro.model.Declaration;
import org.declaro.model.PartialDate;
import org.junit.jupiter.api.Test;

/** The signatures that close a joint statement are no paragraphs: left out with findings, their date the adoption's. */
class SignaturesTest {

    private static final String STATEMENT = "Joint Declaration on Rivers\n\nThe two leaders affirm their commitment to clean"
            + " rivers.\n\nThey will meet again next year.\n\n";

    @Test
    void namesAndADateAtTheEndAreSignatures() {
        ImportResult r = TextImporter.standard().importText(STATEMENT + "Joseph R. Biden, Jr.\nAngela Merkel\nJuly 15, 2021\n");
        Declaration d = (Declaration) r.document().orElseThrow();
        assertEquals(2, d.paragraphs().size(), d.paragraphs()::toString);
        assertEquals(PartialDate.parse("2021-07-15"), d.adoption().date());
        assertTrue(r.findings().stream().anyMatch(f -> f.message().contains("signature") && f.message().contains("Angela Merkel")),
                r.findings()::toString);
    }

    @Test
    void aLastParagraphInProseIsNoSignature() {
        Declaration d = (Declaration) TextImporter.standard().importText(STATEMENT + "Both Leaders Agree.\n").document().orElseThrow();
        assertEquals(3, d.paragraphs().size(), d.paragraphs()::toString);
        assertNull(d.adoption());
    }
}
