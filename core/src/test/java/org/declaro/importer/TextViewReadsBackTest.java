package org.declaro.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.declaro.model.Declaration;
import org.declaro.model.Heading;
import org.declaro.render.TextRenderer;
import org.junit.jupiter.api.Test;

/** Layouts of the text view that read back as the same model (the law {@code import(render(d)) == d}). */
class TextViewReadsBackTest {

    private static Declaration roundTrip(Declaration d) {
        return (Declaration) TextImporter.standard().importText(TextRenderer.standard().render(d)).document().orElseThrow();
    }

    @Test
    void anAuthorWhoseWordsOpenTheTextIsNotWrittenAgainAbove() {
        String text = "Joint Declaration of Support\n\nWe, the Leaders of the Group of Seven (G7), reaffirm our unwavering"
                + " support today and in the future, in war and in peace.\n\nWe dispel any false notion that time is on"
                + " the aggressor's side.\n\nWe will meet again next year to review our progress.\n";
        Declaration d = (Declaration) TextImporter.standard().importText(text).document().orElseThrow();
        assertEquals("We, the Leaders of the Group of Seven (G7)", d.author());
        assertFalse(TextRenderer.standard().render(d).contains("(G7),\n"), "no formula line of its own");
        assertEquals(d, roundTrip(d));
    }

    @Test
    void aLongUnlabelledHeadingAboveANumberedParagraphIsAHeading() {
        String title = "Countering Terrorism, Violent Extremism and Transnational Organized Crime / Upholding the Rule"
                + " of Law / Anti-Corruption";
        String text = "Leaders' Communiqué\n\n1. We reaffirm our commitment to safe, orderly and regular migration.\n\n"
                + "2. We reaffirm our shared belief that democracy is the most enduring means to advance peace.\n\n"
                + title + "\n\n3. We reiterate our strong commitment to counter all forms of terrorism.\n";
        Declaration d = (Declaration) TextImporter.standard().importText(text).document().orElseThrow();
        assertEquals(List.of(title), d.headings().stream().map(Heading::title).toList());
        assertEquals(3, d.paragraphs().size());
        assertEquals(d, roundTrip(d));
    }

    @Test
    void capitalLetterItemsReadBackWithTheirItems() {
        String text = "Agenda for Testing\n\nWe, the Heads of State and Government,\n\n1. We recognize that testing matters.\n\n"
                + "2. Therefore we commit to the following actions:\n\nA. Build testing capacity\n\n"
                + "(a) Train testers by:\n\n(i) Opening schools;\n\n(ii) Funding teachers;\n\n"
                + "B. Share results\n\n(a) Publish every year;\n\n(b) Compare across countries.\n\n3. We will meet again.\n";
        Declaration d = (Declaration) TextImporter.standard().importText(text).document().orElseThrow();
        assertEquals(List.of("A", "B"), d.paragraphs().get(1).subparagraphs().stream().map(s -> s.label()).toList());
        assertEquals(2, d.paragraphs().get(1).subparagraphs().get(0).subparagraphs().get(0).subparagraphs().size());
        assertEquals(d, roundTrip(d));
    }
}
