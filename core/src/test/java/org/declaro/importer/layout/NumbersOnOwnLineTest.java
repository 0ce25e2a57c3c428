package org.declaro.importer.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumbersOnOwnLineTest {

    @Test
    void numbersAndLabelsStandAloneAndTheTextFollows() {
        assertEquals("3.\nAaa bbb:\n(a)\nCcc;\n(b)\nDdd.\n", NumbersOnOwnLine.split("3. Aaa bbb:\n(a) Ccc;\n(b) Ddd.\n", () -> true));
    }

    @Test
    void aHeadingsRomanLabelStandsAloneToo() {
        assertEquals("II.\nOur Commitments\n\n4.\nAaa.\n", NumbersOnOwnLine.split("II. Our Commitments\n\n4. Aaa.\n", () -> true));
    }

    @Test
    void someMayStayOnTheirLine() {
        boolean[] next = {true};
        assertEquals("3. Aaa:\n(a)\nCcc.\n", NumbersOnOwnLine.split("3. Aaa:\n(a) Ccc.\n", () -> next[0] = !next[0]));
    }
}
