package org.declaro.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.declaro.commitments.CommitmentExtractor;
import org.declaro.model.Commitment;
import org.declaro.model.Declaration;
import org.declaro.model.Paragraph;
import org.declaro.report.Severity;
import org.junit.jupiter.api.Test;

/**
 * Languages beyond the six of the UN: German, Swedish, Portuguese and Italian statements written for these tests
 * (Arcadia is made up), each with an author's formula, a preamble in the language's openings, numbered paragraphs
 * and an annex of articles closed by the language's formula. Each is read with its language detected and its words; the German and Swedish ones
 * give their commitments with the language's cues.
 */
class MoreLanguagesTest {
    static final String GERMAN = """
            Erklärung von Arcadia über saubere Flüsse

            Wir, die Ministerinnen und Minister für Umwelt der Länder des Arcadia-Beckens, versammelt in Arcadia,

            In der Erwägung, dass die Flüsse der Region die Lebensgrundlage von Millionen Menschen sind,

            Eingedenk der Verpflichtungen, die wir in früheren Erklärungen eingegangen sind,

            1. Wir verpflichten uns, die Verschmutzung der Flüsse bis 2030 zu halbieren.

            2. Wir werden die Daten, die wir über die Flüsse besitzen, miteinander teilen.

            3. Wir fordern alle Staaten der Region auf, sich dieser Erklärung anzuschließen.

            Anlage

            Protokoll über den Austausch von Daten

            Artikel 1

            Die Vertragsstaaten tauschen jährlich ihre Messdaten aus.

            Artikel 2

            Die Vertragsstaaten treffen sich einmal im Jahr.

            Zu Urkund dessen haben die Unterzeichneten dieses Protokoll unterschrieben.
            """;
    static final String SWEDISH = """
            Arcadiadeklarationen om rena floder

            Vi, miljöministrarna i länderna kring Arcadiabäckenet, samlade i Arcadia,

            Enär floderna i regionen är livsnerven för miljontals människor,

            Medvetna om de åtaganden som vi har gjort i tidigare förklaringar,

            1. Vi åtar oss att halvera föroreningarna i floderna senast 2030.

            2. Vi kommer att dela de uppgifter som vi har om floderna med varandra.

            3. Vi uppmanar alla stater i regionen att ansluta sig till denna deklaration.

            Bilaga

            Protokoll om utbyte av uppgifter

            Artikel 1

            De fördragsslutande staterna utbyter sina mätdata varje år.

            Artikel 2

            De fördragsslutande staterna möts en gång om året.

            Till bekräftelse härav har undertecknade undertecknat detta protokoll.
            """;
    static final String PORTUGUESE = """
            Declaração de Arcadia sobre os rios limpos

            Nós, os Ministros do Ambiente dos países da bacia de Arcadia, reunidos em Arcadia,

            Considerando que os rios da região são o sustento de milhões de pessoas,

            Conscientes dos compromissos que assumimos em declarações anteriores,

            1. Comprometemo-nos a reduzir para metade a poluição dos rios até 2030.

            2. Partilharemos entre nós os dados que possuímos sobre os rios.

            3. Exortamos todos os Estados da região a aderirem a esta declaração.

            Anexo

            Protocolo sobre o intercâmbio de dados

            Artigo 1

            Os Estados Partes trocam anualmente os seus dados de medição.

            Artigo 2

            Os Estados Partes reúnem-se uma vez por ano.

            Em fé do que, os abaixo assinados assinaram o presente Protocolo.
            """;
    static final String ITALIAN = """
            Dichiarazione di Arcadia sui fiumi puliti

            Noi, i Ministri dell'Ambiente dei paesi del bacino di Arcadia, riuniti ad Arcadia,

            Considerando che i fiumi della regione sono il sostentamento di milioni di persone,

            Consapevoli degli impegni che abbiamo assunto in dichiarazioni precedenti,

            1. Ci impegniamo a dimezzare l'inquinamento dei fiumi entro il 2030.

            2. Condivideremo tra noi i dati che possediamo sui fiumi.

            3. Esortiamo tutti gli Stati della regione ad aderire alla presente dichiarazione.

            Allegato

            Protocollo sullo scambio di dati

            Articolo 1

            Gli Stati Parte scambiano ogni anno i loro dati di misurazione.

            Articolo 2

            Gli Stati Parte si riuniscono una volta all'anno.

            In fede di che, i sottoscritti hanno firmato il presente Protocollo.
            """;

    static final String GERMAN_RESOLUTION = """
            Resolution über die Zusammenarbeit mit Arcadia

            Die Generalversammlung,

            unter Hinweis auf ihre früheren Resolutionen über die Zusammenarbeit mit Arcadia,

            in Bekräftigung der Ziele und Grundsätze der Charta,

            zutiefst besorgt über die Verschmutzung der Flüsse in der Region,

            1. beschließt, die Frage auf die Tagesordnung ihrer nächsten Tagung zu setzen;

            2. fordert alle Mitgliedstaaten auf, die Zusammenarbeit mit Arcadia zu verstärken;

            3. ersucht den Generalsekretär, ihr auf ihrer nächsten Tagung einen Bericht vorzulegen.
            """;

    private static Declaration read(String text) {
        ImportResult r = TextImporter.standard().importText(text);
        assertTrue(r.findings().stream().allMatch(f -> f.severity() == Severity.INFO), r.findings()::toString);
        return (Declaration) r.document().orElseThrow();
    }

    private static List<Integer> numbers(Declaration d) {
        return d.paragraphs().stream().map(Paragraph::number).toList();
    }

    /** The modalities of the commitments the standard extractor finds in each paragraph, in order. */
    private static List<String> modalities(Declaration d) {
        Declaration found = CommitmentExtractor.standard().extract(d);
        return found.paragraphs().stream().map(p -> p.number() + " " + p.commitments().stream().map(Commitment::modality)
                .map(m -> m.jsonName()).toList()).toList();
    }

    /** A statement with its author, two preambular clauses, three numbered paragraphs and an annex of two articles. */
    private static Declaration statement(String text, String language, String pronoun, String firstClause, String annexTitle) {
        assertEquals(Optional.of(language), LanguageDetector.detect(text), "the text's common words tell its language");
        Declaration d = read(text);
        assertEquals(language, d.language());
        assertTrue(d.author().startsWith(pronoun + ", "), d::author);
        assertEquals(2, d.preamble().size(), d.preamble()::toString);
        assertTrue(d.preamble().get(0).text().startsWith(firstClause), d.preamble()::toString);
        assertEquals(List.of(1, 2, 3), numbers(d));
        assertEquals(1, d.annexes().size(), "the annex word starts an annex");
        Declaration annex = (Declaration) d.annexes().get(0);
        assertEquals(annexTitle, annex.title());
        assertEquals(language, annex.language());
        assertEquals(List.of(1, 2), numbers(annex), "the article words number the annex's paragraphs");
        assertTrue(annex.paragraphs().get(0).text().length() > 20 && !annex.paragraphs().get(0).text().contains(" 1 "),
                "the article's number is not glued into its text");
        assertTrue(annex.paragraphs().get(1).text().endsWith("."), annex.paragraphs().get(1)::text);
        assertEquals(1, annex.paragraphs().get(1).text().split("\\. ").length,
                "the closing formula is not glued to the last article: " + annex.paragraphs().get(1).text());
        return d;
    }

    @Test
    void aGermanStatementIsReadWithGermanWordsAndCues() {
        Declaration d = statement(GERMAN, "de", "Wir", "In der Erwägung", "Protokoll über den Austausch von Daten");
        assertEquals(List.of("1 [commit]", "2 [will]", "3 [appeal]"), modalities(d));
    }

    @Test
    void aSwedishStatementIsReadWithSwedishWordsAndCues() {
        Declaration d = statement(SWEDISH, "sv", "Vi", "Enär", "Protokoll om utbyte av uppgifter");
        assertEquals(List.of("1 [commit]", "2 [will]", "3 [appeal]"), modalities(d));
    }

    @Test
    void aPortugueseStatementIsReadWithPortugueseWords() {
        statement(PORTUGUESE, "pt", "Nós", "Considerando", "Protocolo sobre o intercâmbio de dados");
    }

    @Test
    void anItalianStatementIsReadWithItalianWords() {
        statement(ITALIAN, "it", "Noi", "Considerando", "Protocollo sullo scambio di dati");
    }

    @Test
    void aGermanResolutionsClausesOpenInLowerCaseAndStayApart() {
        Declaration d = read(GERMAN_RESOLUTION);
        assertEquals("de", d.language());
        assertEquals("Die Generalversammlung", d.author());
        assertEquals(3, d.preamble().size(), d.preamble()::toString);
        assertTrue(d.preamble().get(1).text().startsWith("in Bekräftigung"), d.preamble()::toString);
        assertEquals(List.of(1, 2, 3), numbers(d));
        assertEquals(List.of("1 [decide]", "2 [appeal]", "3 [appeal]"), modalities(d));
    }

    @Test
    void theSameTextWithoutTheLanguagesWordsHasNoPreamble() {
        // the words make the difference: read as English, the German clauses are no preamble
        ImportResult english = TextImporter.builder().language("en").build().importText(GERMAN);
        assertEquals(0, ((Declaration) english.document().orElseThrow()).preamble().size());
    }
}
