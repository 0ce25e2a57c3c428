package org.declaro.importer.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.declaro.importer.layout.EmphasisedPreambleVerbs.Style;
import org.junit.jupiter.api.Test;

class EmphasisedPreambleVerbsTest {

    private static final String TEXT = "The General Assembly,\n\nRecalling aaa,\n\nBearing in mind bbb,\n\n1. Noting ccc.\n";

    @Test
    void italicBoldOrCapitalsForTheOpeningParticiple() {
        assertEquals("The General Assembly,\n\n*Recalling* aaa,\n\n*Bearing in mind* bbb,\n\n1. Noting ccc.\n",
                EmphasisedPreambleVerbs.emphasise(TEXT, Style.ITALIC));
        assertEquals("The General Assembly,\n\n**Recalling** aaa,\n\n**Bearing in mind** bbb,\n\n1. Noting ccc.\n",
                EmphasisedPreambleVerbs.emphasise(TEXT, Style.BOLD));
        assertEquals("The General Assembly,\n\nRECALLING aaa,\n\nBEARING IN MIND bbb,\n\n1. Noting ccc.\n",
                EmphasisedPreambleVerbs.emphasise(TEXT, Style.CAPITALS));
    }

    @Test
    void operativeParagraphsAreLeftAlone() {
        assertEquals("1. Noting ccc.\n\nRecalling ddd.\n", EmphasisedPreambleVerbs.emphasise("1. Noting ccc.\n\nRecalling ddd.\n", Style.BOLD));
    }
}
