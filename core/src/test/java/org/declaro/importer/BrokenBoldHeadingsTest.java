package org.declaro.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.declaro.model.Declaration;
import org.declaro.model.Heading;
import org.junit.jupiter.api.Test;

/**
 * A converter that breaks a bold heading before its closing marks ({@code **Title  } then {@code **} or {@code ***}
 * on the next line) leaves a heading all the same: the lone closer is markup, and a rule under a line ends its
 * block as a blank line does.
 */
class BrokenBoldHeadingsTest {

    private static Declaration read(String md) {
        return (Declaration) TextImporter.builder().syntax(Syntax.MARKDOWN).build().importText(md).document().orElseThrow();
    }

    @Test
    void aLoneStrongCloserUnderAHeadingIsMarkup() {
        Declaration d = read("# Joint Declaration\n\nThe Leaders of A and B met today in C and adopted this declaration"
                + " on their cooperation, which has grown over many years of shared work in trade, science and"
                + " security.\n\n**Our shared goals  \n**  \n"
                + "1. We will act together.\n\n**Our next steps  \n**  \n2. We will meet again.\n\n3. We will report.\n");
        assertEquals(List.of("Our shared goals", "Our next steps"), d.headings().stream().map(Heading::title).toList());
        assertEquals(List.of("We will act together.", "We will meet again.", "We will report."),
                d.paragraphs().stream().filter(p -> p.number() != null).map(p -> p.text()).toList());
    }

    @Test
    void aRuleUnderABoldItalicHeadingEndsItsBlock() {
        Declaration d = read("# Joint Statement\n\nThe two sides met in May and agreed on the following points of"
                + " their cooperation.\n\n***A Food Security Framework  \n***  \nTo meet these goals, the partners"
                + " will address short-term and longer-term priorities.\n");
        assertEquals(List.of("A Food Security Framework"), d.headings().stream().map(Heading::title).toList());
        assertEquals("To meet these goals, the partners will address short-term and longer-term priorities.",
                d.paragraphs().get(d.paragraphs().size() - 1).text());
    }
}
