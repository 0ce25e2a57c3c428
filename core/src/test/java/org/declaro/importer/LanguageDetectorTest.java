package org.declaro.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The detector tells the seven Latin-script languages shipped apart by their common words, in paragraphs written
 * for this test, and keeps the default for a text too short or too mixed to tell.
 */
class LanguageDetectorTest {

    private static final Map<String, String> PARAGRAPHS = Map.of(
            "en", "We, the Ministers of the region, are determined to clean the rivers of our countries. We will share the"
                    + " data that we hold on the rivers and we call on all the States of the region to join this effort by 2030.",
            "fr", "Nous, les ministres de la région, sommes résolus à nettoyer les rivières de nos pays. Nous partagerons les"
                    + " données dont nous disposons sur les rivières et nous appelons tous les États de la région à se joindre à cet effort.",
            "es", "Nosotros, los ministros de la región, estamos decididos a limpiar los ríos de nuestros países. Compartiremos los"
                    + " datos que tenemos sobre los ríos y pedimos a todos los Estados de la región que se sumen a este esfuerzo para el año.",
            "de", "Wir, die Ministerinnen und Minister der Region, sind entschlossen, die Flüsse unserer Länder zu reinigen. Wir werden"
                    + " die Daten über die Flüsse mit allen teilen und fordern alle Staaten der Region auf, sich an dieser Arbeit zu"
                    + " beteiligen, auch wenn es schwer ist.",
            "sv", "Vi, ministrarna i regionen, är fast beslutna att rena floderna i våra länder. Vi kommer att dela de uppgifter som"
                    + " vi har om floderna och vi uppmanar alla stater i regionen att delta i detta arbete, även om det är svårt för oss.",
            "pt", "Nós, os ministros da região, estamos determinados a limpar os rios dos nossos países. Partilharemos os dados que"
                    + " possuímos sobre os rios e exortamos todos os Estados da região a aderir a este esforço, que não é fácil para uma região só.",
            "it", "Noi, i ministri della regione, siamo determinati a pulire i fiumi dei nostri paesi. Condivideremo i dati che"
                    + " possediamo sui fiumi e esortiamo tutti gli Stati della regione ad aderire a questo sforzo, che non è facile per noi.");

    @Test
    void eachLanguageIsToldByItsOwnCommonWords() {
        PARAGRAPHS.forEach((language, text) -> assertEquals(Optional.of(language), LanguageDetector.detect(text), text));
    }

    @Test
    void aShortOrMixedTextKeepsTheDefault() {
        assertEquals(Optional.empty(), LanguageDetector.detect("Arcadia und Borduria, 2030"), "too few words to tell");
        assertEquals(Optional.empty(), LanguageDetector.detect(PARAGRAPHS.get("de") + " " + PARAGRAPHS.get("sv")),
                "two languages as strong as each other: neither decides");
    }
}
