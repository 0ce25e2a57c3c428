package org.declaro.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A fixture edit whose text is missing fails instead of changing nothing. */
class EditsTest {

    @Test
    void replacesTheFirstOccurrenceLiterally() {
        assertEquals("a $1 b a", Edits.replace("a x b a", "x", "$1"));
        assertEquals("[a.b]", Edits.replace("[a.b]", "a.b", "a.b"));
        assertEquals("y b y", Edits.replaceAll("a b a", "a", "y"));
        assertEquals("n: 30, n: 3", Edits.replaceRegex("n: 3, n: 3", "n: (\\d)", "n: $10"));
    }

    @Test
    void failsWhenTheTextIsMissing() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Edits.replace("abc", "x", "y"));
        assertEquals("the fixture lacks the text to replace: x", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Edits.replaceRegex("abc", "\\d", "y"));
        assertThrows(IllegalArgumentException.class, () -> Edits.replaceAll("abc", "x", "y"));
    }
}
