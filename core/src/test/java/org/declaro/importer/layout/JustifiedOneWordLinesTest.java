package org.declaro.importer.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JustifiedOneWordLinesTest {

    @Test
    void aRunOfWordsStandsOneALine() {
        assertEquals(List.of("1. Aaa bbb", "ccc", "ddd", "eee fff."), JustifiedOneWordLines.cut("1. Aaa bbb ccc ddd eee fff.", 3, 2));
        assertEquals(List.of("(a) Aaa", "bbb", "ccc."), JustifiedOneWordLines.cut("(a) Aaa bbb ccc.", 2, 6));
    }

    @Test
    void theWordsStayInOrderAndTheNumberWithItsText() {
        String in = "**Ttt**\n\n1. Aaa bbb ccc ddd eee fff ggg hhh.\n";
        for (int seed = 0; seed < 20; seed++) {
            String out = new JustifiedOneWordLines().apply(in, new Random(seed));
            assertEquals(List.of(in.split("\\s+")), List.of(out.split("\\s+")), out);
            assertTrue(out.contains("\n1. Aaa") && out.lines().count() > in.lines().count(), out);
        }
    }

    @Test
    void headingsAndTitlesAreLeftAlone() {
        String in = "**Aaa Bbb Ccc Ddd Eee Fff**\n\nI. Aaa Bbb Ccc Ddd Eee\n\n1. Aaa.\n";
        assertEquals(in, new JustifiedOneWordLines().apply(in, new Random(1)));
    }
}
