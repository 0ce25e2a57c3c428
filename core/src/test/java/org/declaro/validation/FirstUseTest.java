package org.declaro.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The table of first uses finds every repeated id, and only those, through many growths of its table. */
class FirstUseTest {

    @Test
    void everyRepeatIsFoundWithItsFirstPlace() {
        FirstUse ids = new FirstUse();
        int n = 50_000;
        for (int i = 0; i < n; i++) {
            assertEquals(-1, ids.putIfAbsent("p" + i + ".c1", "/paragraphs/", i, 0), "new id " + i);
        }
        for (int i = 0; i < n; i += 997) {
            int first = ids.putIfAbsent("p" + i + ".c1", "/preamble/", 7, 3);
            assertEquals("/paragraphs/" + i + "/commitments/0", ids.pointer(first));
        }
    }

    @Test
    void idsWithTheSameHashAreStillTold() {
        FirstUse ids = new FirstUse();
        // "Aa" and "BB" have the same String hash, and so do their concatenations
        assertEquals(-1, ids.putIfAbsent("AaAa", "/a/", 0, 0));
        assertEquals(-1, ids.putIfAbsent("BBBB", "/b/", 1, 1));
        assertEquals(-1, ids.putIfAbsent("AaBB", "/c/", 2, 2));
        assertEquals("/b/1/commitments/1", ids.pointer(ids.putIfAbsent("BBBB", "/d/", 3, 3)));
        assertEquals("/a/0/commitments/0", ids.pointer(ids.putIfAbsent("AaAa", "/d/", 3, 3)));
    }
}
