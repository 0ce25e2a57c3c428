package org.declaro.importer.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class HardWrapTest {

    @Test
    void cutsLongLinesAtSpacesWithoutBlankLines() {
        String in = "1. Aaaa bbbb cccc dddd eeee ffff gggg.\n(a) Hhhh iiii jjjj kkkk;\n\n2. Short.\n";
        assertEquals("1. Aaaa bbbb cccc\ndddd eeee ffff\ngggg.\n(a) Hhhh iiii\njjjj kkkk;\n\n2. Short.\n", HardWrap.wrap(in, 17));
    }

    @Test
    void keepsMarkdownItemsItemsAndLeavesTablesAndHeadingsWhole() {
        String in = "   - (a) Aaaa bbbb cccc dddd;\n| Kind | declaration with a long cell |\n## A heading longer than the width\n";
        assertEquals("   - (a) Aaaa bbbb\n     cccc dddd;\n| Kind | declaration with a long cell |\n"
                + "## A heading longer than the width\n", HardWrap.wrap(in, 20));
    }

    @Test
    void aRandomWidthIsBetween50And110() {
        String line = "word ".repeat(60).strip();
        for (int seed = 0; seed < 20; seed++) {
            String out = new HardWrap().apply(line, new Random(seed));
            int longest = out.lines().mapToInt(String::length).max().orElseThrow();
            assertTrue(longest <= 110 && longest >= 46, out);
            assertEquals(line, out.replace('\n', ' '));
        }
    }
}
