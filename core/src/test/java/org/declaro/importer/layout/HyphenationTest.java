package org.declaro.importer.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HyphenationTest {

    @Test
    void aContinuationLinesFirstWordGivesItsHeadToTheLineBefore() {
        List<String> lines = Lines.split("1. Aaa bbb\nimplementation ccc.\n");
        assertTrue(Hyphenation.hyphenateOne(lines, new Random(3)));
        String out = Lines.join(lines);
        assertTrue(out.matches("1\\. Aaa bbb imp[a-z]*-\\n[a-z]*tion ccc\\.\\n"), out);
        assertEquals("1. Aaa bbb implementation ccc.\n", out.replace("-\n", ""));
    }

    @Test
    void anUnwrappedLineIsCutInsideALongWord() {
        List<String> lines = Lines.split("1. Aaa implementation ccc.\n");
        assertTrue(Hyphenation.hyphenateOne(lines, new Random(5)));
        String out = Lines.join(lines);
        assertEquals(3, lines.size(), out);
        assertEquals("1. Aaa implementation ccc.\n", out.replace("-\n", ""));
    }

    @Test
    void numbersLabelsAndShortWordsAreLeftAlone() {
        List<String> lines = Lines.split("3.\nimplementation\n(a) Aaa bbb;\n");
        assertFalse(Hyphenation.hyphenateOne(lines, new Random(1)), Lines.join(lines));
    }

    @Test
    void aLineIsHyphenatedAtItsEndOnly() {
        for (int seed = 0; seed < 50; seed++) {
            String in = "1. Aaa implementation\norganisation ccc.\n";
            String out = new Hyphenation().apply(in, new Random(seed));
            assertTrue(out.lines().allMatch(l -> !l.matches(".*- .*")), out);
            assertEquals(in.replace("\n", " ").strip(), out.replace("-\n", "").replace("\n", " ").strip(), out);
        }
    }

    @Test
    void titlesHeadingsAndFootnotesAreLeftAlone() {
        List<String> lines = Lines.split("**Aaa implementation**\n\nI. Bbb implementation\n\n[^1]: See implementation.\n");
        assertFalse(Hyphenation.hyphenateOne(lines, new Random(1)), Lines.join(lines));
    }
}
