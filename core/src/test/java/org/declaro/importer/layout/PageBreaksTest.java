package org.declaro.importer.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PageBreaksTest {

    private static final String TEXT = "**Aaa Bbb**\n\n1. Ccc ddd.\n\n2. Eee fff\nggg hhh.\n";

    @Test
    void putsAMastheadFirstAndAHeadAndAFootOnEachPage() {
        Pager.Options o = new Pager.Options(3, true, "A/RES/79/10", "A/RES/79/10", "10 December 2024", false, "24-12345 (E)");
        assertEquals("United Nations\nA/RES/79/10\nGeneral Assembly\nDistr.: General\n10 December 2024\n\n"
                + "**Aaa Bbb**\n\n1. Ccc ddd.\n\n24-12345 (E)\n1/2\n"
                + "\fA/RES/79/10\n\n\n2. Eee fff\nggg hhh.\n\n2/2\n", PageBreaks.paginate(Lines.split(TEXT), o));
    }

    @Test
    void theMastheadMayBeInTwoColumnsAndTheHeadTheTitle() {
        Pager.Options o = new Pager.Options(5, false, "A/RES/79/10", "Aaa Bbb", "10 December 2024", true, "24-12345 (E)");
        String out = PageBreaks.paginate(Lines.split(TEXT), o);
        assertTrue(out.startsWith("United Nations" + " ".repeat(46) + "A/RES/79/10\nGeneral Assembly"), out);
        assertTrue(out.contains("\n2/2\n") && out.contains("\nAaa Bbb\n\nggg hhh.\n"), out);
        assertEquals(-1, out.indexOf('\f'));
    }

    @Test
    void theTitleIsTheLastBoldLineBeforeTheParagraphs() {
        assertEquals("Ttt Uuu", Pager.title(Lines.split("**Issuer**\n\n**Ttt Uuu***\n\n1. Aaa.\n")));
        assertEquals("Ttt", Pager.title(Lines.split("# Ttt[^*]\n\n1. Aaa.\n")));
    }

    @Test
    void randomPagesKeepEveryLine() {
        String text = "1. Aaa.\n".repeat(100);
        String out = new PageBreaks().apply(text, new Random(7));
        assertEquals(100, out.lines().filter(l -> l.equals("1. Aaa.")).count());
        assertTrue(out.contains("Distr.: General") && out.matches("(?s).*\\n\\d+/\\d+\\n$"), out);
    }
}
