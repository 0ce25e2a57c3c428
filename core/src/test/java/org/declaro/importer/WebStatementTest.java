package org.declaro.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.declaro.model.Declaration;
import org.declaro.model.PartialDate;
import org.declaro.report.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A government's statement as a web page gives it: the date under the title, unnumbered paragraphs under small
 * headings, and after a rule a short note in italics: the date is the cover's, the note is left out.
 */
class WebStatementTest {

    @ParameterizedTest
    @ValueSource(strings = {"**March 3, 2030**", "March 3, 2030", "Arcadia City, 3 March 2030"})
    void theDateUnderTheTitleIsTheCoversAndTheNoteAfterARuleIsLeftOut(String dateLine) {
        String text = "# Joint Statement on Rivers\n\n" + dateLine + "\n\nThe Governments of Arcadia and the United"
                + " Provinces met today to renew their partnership on shared rivers.\n\n### Navigation\n\nBoth"
                + " governments intend to open the river to navigation by 2032.\n\n---\n\n*For more information,"
                + " contact the Press Office.*\n";
        ImportResult r = TextImporter.standard().importText(text);
        Declaration d = (Declaration) r.document().orElseThrow();
        // the cover reads a date alone as the document's, a dateline ("Place, date") as the meeting's
        assertEquals(PartialDate.ofDay(2030, 3, 3), d.date() != null ? d.date() : d.meeting().date());
        assertEquals(List.of("The Governments of Arcadia and the United Provinces met today to renew their partnership"
                + " on shared rivers.", "Both governments intend to open the river to navigation by 2032."),
                d.paragraphs().stream().map(p -> p.text()).toList());
        assertTrue(r.findings().stream().map(Finding::message).anyMatch(m -> m.contains("editorial note")), r.findings().toString());
    }
}
