package org.declaro.importer.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PandocEscapesTest {

    @Test
    void numbersAndMaybeLabelsAreEscaped() {
        List<String> in = Lines.split("2. Aaa:\n(a) Bbb.\n");
        assertEquals("2\\. Aaa:\n\\(a\\) Bbb.\n", Lines.join(PandocEscapes.escape(in, true)));
        assertEquals("2\\. Aaa:\n(a) Bbb.\n", Lines.join(PandocEscapes.escape(in, false)));
    }

    @Test
    void separatorsAndRulesGoBetweenBlocks() {
        List<String> lines = Lines.split("**Ttt**\n\n1. Aaa.\n");
        PandocEscapes.insertBetweenBlocks(lines, "<!-- -->", new Random(1));
        assertEquals("**Ttt**\n\n<!-- -->\n\n1. Aaa.\n", Lines.join(lines));
    }

    @Test
    void aRandomConversionKeepsTheLinesAndAddsASeparatorAndARule() {
        String out = new PandocEscapes().apply("**Ttt**\n\n1. Aaa.\n\n2. Bbb.\n\n3. Ccc.\n", new Random(4));
        assertTrue(out.contains("\n1\\. Aaa.\n") && out.contains("<!-- -->") && out.contains("-------"), out);
    }
}
