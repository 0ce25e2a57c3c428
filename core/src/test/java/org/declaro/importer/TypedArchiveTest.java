package org.declaro.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.declaro.model.Declaration;
import org.declaro.model.PartialDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A resolution typed as archives hold it: the masthead over two lines in capitals, and the plenary meeting with
 * its date on the next line, each ending in a stop.
 */
class TypedArchiveTest {

    private static final String TEXT = "%s\n%s\n\nPROTECTION OF RIVERS\n\nThe General Assembly,\n\n"
            + "Considering that the rivers of the world are a common heritage,\n\n"
            + "1. Recommends that all Member States protect rivers from pollution;\n\n"
            + "2. Requests the Secretary-General to report at its next session.\n\n"
            + "                                   123rd plenary meeting,\n"
            + "                                   14 December 1985.\n";

    @ParameterizedTest
    @CsvSource({"UNITED NATIONS,GENERAL ASSEMBLY", "United Nations,General Assembly", "United Nations,Security Council"})
    void theMastheadGivesTheIssuerAndThePlenaryLineTheDate(String organisation, String organ) {
        ImportResult r = TextImporter.standard().importText(String.format(TEXT, organisation, organ));
        Declaration d = (Declaration) r.document().orElseThrow();
        assertEquals("PROTECTION OF RIVERS", d.title());
        assertEquals(organ, d.issuer());
        assertEquals(PartialDate.ofDay(1985, 12, 14), d.adoption().date());
        assertEquals("Requests the Secretary-General to report at its next session.", d.paragraphs().get(1).text());
        assertTrue(r.findings().stream().noneMatch(f -> f.message().contains("could not be placed")), r.findings().toString());
    }
}
