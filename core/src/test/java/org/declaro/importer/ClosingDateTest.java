package org.declaro.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.declaro.model.Declaration;
import org.declaro.model.PartialDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A date alone after the last paragraph is the adoption's, in any shipped language, not the paragraph's words. */
class ClosingDateTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|We will protect the rivers.|14 December 2030|",
            "en|We will protect the rivers.|*14 December 2030.*|",
            "en|We will protect the rivers.|Arcadia City, 14 December 2030|Arcadia City",
            "fr|Nous protégerons les fleuves.|14 décembre 2030|",
            "es|Protegeremos los ríos.|14 de diciembre de 2030|",
            "es|Protegeremos los ríos.|Nueva Arcadia, 14 de diciembre de 2030.|Nueva Arcadia",
            "ru|Мы будем защищать реки.|14 декабря 2030 года|"})
    void aDateAloneAtTheEndIsTheAdoptions(String language, String paragraph, String date, String place) {
        String text = "# Declaration on Rivers\n\n1. " + paragraph + "\n\n2. " + paragraph + "\n\n" + date + "\n";
        Declaration d = (Declaration) TextImporter.builder().language(language).build().importText(text).document().orElseThrow();
        assertEquals(paragraph, d.paragraphs().get(1).text());
        assertEquals(PartialDate.ofDay(2030, 12, 14), d.adoption().date());
        assertEquals(place, d.adoption().place());
    }

    @org.junit.jupiter.api.Test
    void aSentenceThatEndsInAYearIsNoDate() {
        String text = "# Declaration on Rivers\n\n1. We will act.\n\n2. We will open two corridors by 2027.\n";
        Declaration d = (Declaration) TextImporter.standard().importText(text).document().orElseThrow();
        assertEquals("We will open two corridors by 2027.", d.paragraphs().get(1).text());
        assertEquals(null, d.adoption());
    }
}
