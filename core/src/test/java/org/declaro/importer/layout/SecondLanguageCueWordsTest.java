package org.declaro.importer.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SecondLanguageCueWordsTest {

    @Test
    void aCueLineIsABlockOfItsOwn() {
        assertEquals("Recalling aaa,\n\nDécide :\n\n1. Bbb.\n",
                SecondLanguageCueWords.insert(Lines.split("Recalling aaa,\n\n1. Bbb.\n"), 2, "Décide :"));
    }

    @Test
    void preambularCuesGoBeforeThePreambleAndOperativeOnesBeforeParagraphs() {
        String in = "The General Assembly,\n\nRecalling aaa,\n\n1. Bbb.\n\n2. Ccc.\n";
        for (int seed = 0; seed < 30; seed++) {
            String out = new SecondLanguageCueWords().apply(in, new Random(seed));
            String cue = out.lines().filter(l -> !in.lines().toList().contains(l) && !l.isEmpty()).findFirst().orElseThrow();
            String word = cue.replaceAll("[ :,]+$", "");
            String next = out.substring(out.indexOf(cue) + cue.length() + 2);
            assertTrue(SecondLanguageCueWords.PREAMBULAR.contains(word) ? next.startsWith("Recalling")
                    : SecondLanguageCueWords.OPERATIVE.contains(word) && next.matches("(?s)\\d\\. .*"), out);
            assertTrue(new SecondLanguageCueWords().wordsToKeep().contains(word));
        }
    }
}
