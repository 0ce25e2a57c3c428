package org.declaro.importer.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NoBreakSpacesTest {

    @Test
    void someSpacesBetweenWordsBecomeNoBreakSpaces() {
        String in = "1. Aaa bbb ccc ddd eee fff ggg hhh iii jjj kkk lll mmm.\n   - (a) Nnn ooo.\n";
        String out = new NoBreakSpaces().apply(in, new Random(2));
        assertTrue(out.contains("\u00A0"), out);
        assertEquals(in, out.replace('\u00A0', ' ').replace('\u202F', ' '));
        assertTrue(out.startsWith("1.") && out.contains("\n   -"), "indentation stays");
    }
}
