package org.declaro.importer.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class YamlFrontMatterTest {

    @Test
    void theHeaderComesBeforeTheText() {
        assertEquals("---\ntitle: \"Ttt\"\nlang: en\n---\n\n**Ttt**\n", YamlFrontMatter.front(List.of("title: \"Ttt\"", "lang: en"), "**Ttt**\n"));
    }

    @Test
    void theTitleIsTheTextsTitle() {
        for (int seed = 0; seed < 10; seed++) {
            String out = new YamlFrontMatter().apply("**Issuer**\n\n**Ttt Uuu***\n\n1. Aaa.\n", new Random(seed));
            assertTrue(out.matches("(?s)---\\ntitle: [\"']?Ttt Uuu[\"']?\\n.*---\\n\\n\\*\\*Issuer.*"), out);
        }
    }
}
