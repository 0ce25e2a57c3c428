package org.declaro.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.declaro.RealCorpus;
import org.junit.jupiter.api.Test;

/**
 * The language detector on the real corpus: every input is tagged with its language, whatever languages the
 * detector knows. The corpus's inputs are in English, but for the Universal Declaration, whose file names carry
 * the ISO 639-3 code of their language ({@code _eng}, {@code _fra}, {@code _spa}).
 */
class DetectorOnRealCorpusTest {

    /** The language an input is in: the ISO 639-3 code at the end of its name, else English. */
    private static String expected(Path input) {
        String name = input.getFileName().toString().toLowerCase(Locale.ROOT);
        Map<String, String> codes = Map.of("_eng.", "en", "_fra.", "fr", "_spa.", "es");
        return codes.entrySet().stream().filter(e -> name.contains(e.getKey())).map(Map.Entry::getValue).findFirst()
                .orElse("en");
    }

    @Test
    void everyInputOfTheRealCorpusIsTaggedWithItsLanguage() throws IOException {
        Path corpus = RealCorpus.assumeDir();
        Map<String, String> wrong = new LinkedHashMap<>();
        int n = 0;
        for (Path input : RealCorpus.inputs(corpus)) {
            String text = Files.readString(input, StandardCharsets.UTF_8);
            Optional<String> found = LanguageDetector.detect(text);
            n++;
            if (!found.orElse("en").equals(expected(input))) {
                wrong.put(corpus.relativize(input).toString(), found.orElse("(none)"));
            }
        }
        assertEquals(Map.of(), wrong, "inputs detected in another language than their own, of " + n);
    }
}
