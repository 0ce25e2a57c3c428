package org.declaro.importer.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CrLfTest {

    @Test
    void everyLineEndsWithCrLf() {
        assertEquals("**Ttt**\r\n\r\n1. Aaa.\r\n", new CrLf().apply("**Ttt**\n\n1. Aaa.\n", new Random(0)));
    }
}
