package org.declaro.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.declaro.model.Declaration;
import org.declaro.model.Paragraph;
import org.declaro.model.Subparagraph;
import org.junit.jupiter.api.Test;

/**
 * A short numbered line with bullet items under it is a paragraph whose items they are, not a heading: a heading
 * heads paragraphs, not items. The prose above paragraph 1 is then a lead-in, kept as the preamble.
 */
class NumberedLinesWithItemsTest {

    private static final String TEXT = "Shared Principles for Testing\n\n"
            + "The Governments of A and B concur on these shared principles and hereby declare their intention to"
            + " uphold them in their countries:\n\n"
            + "1. Trusted Technology\n\n- Technologies that are supported by secure and resilient designs.\n\n"
            + "2. Secure and Resilient Systems\n\n- Technologies that are reliable and safe.\n"
            + "- Technologies that protect privacy.\n\n"
            + "3. Open Standards\n\n- Technologies built on open standards.\n";

    @Test
    void theNumberedLinesAreParagraphsAndTheBulletsTheirItems() {
        Declaration d = (Declaration) TextImporter.standard().importText(TEXT).document().orElseThrow();
        assertEquals(List.of(1, 2, 3), d.paragraphs().stream().map(Paragraph::number).toList());
        assertEquals(List.of(), d.headings());
        assertEquals("Secure and Resilient Systems", d.paragraphs().get(1).text());
        assertEquals(List.of("Technologies that are reliable and safe.", "Technologies that protect privacy."),
                d.paragraphs().get(1).subparagraphs().stream().map(Subparagraph::text).toList());
        assertEquals(1, d.preamble().size(), "the lead-in above paragraph 1");
    }

    @Test
    void aNumberedLineWithParagraphsUnderItStaysAHeading() {
        String text = "Shared Principles for Testing\n\nWe, the Leaders of A and B,\n\n1. Trusted Technology\n\n"
                + "We will build technologies that are supported by secure and resilient designs.\n\n"
                + "2. Open Standards\n\nWe will build technologies on open standards.\n";
        Declaration d = (Declaration) TextImporter.standard().importText(text).document().orElseThrow();
        assertEquals(List.of("Trusted Technology", "Open Standards"), d.headings().stream().map(h -> h.title()).toList());
    }
}
