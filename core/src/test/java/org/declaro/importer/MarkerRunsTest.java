package org.declaro.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.declaro.model.Declaration;
import org.declaro.model.Paragraph;
import org.junit.jupiter.api.Test;

/**
 * A run of footnote markers at the end of a clause ({@code A.[^1][^2]}) hides the clause's end from a reader that
 * looks at the last character; every marker of the run is looked through, so the clause still ends there.
 */
class MarkerRunsTest {

    @Test
    void aClauseEndsBeforeARunOfMarkers() {
        assertTrue(Clauses.endsSentence("We will do A.[^1][^2]"));
        assertTrue(Clauses.endsClause("as agreed,[^3][^4][^5]"));
        assertTrue(Clauses.leadsIn("the following:[^a][^b]"));
        assertFalse(Clauses.endsClause("a title[^1][^2]"), "no clause end under the markers");
        assertFalse(Clauses.endsClause("see [1][^2]"), "a bracket that is no marker stops the look");
    }

    @Test
    void aNumberedParagraphEndingInTwoMarkersIsAParagraphNotAHeading() {
        String md = "# Declaration on Testing\n\nWe, the Leaders of the Testing Union,\n\n1. We will do A.[^1][^2]\n\n"
                + "2. We will do B, as agreed,[^3][^4] and more.\n\n3. We commit to C.\n\n"
                + "[^1]: First note.\n[^2]: Second note.\n[^3]: Third note.\n[^4]: Fourth note.\n";
        Declaration d = (Declaration) TextImporter.builder().syntax(Syntax.MARKDOWN).build().importText(md).document().orElseThrow();
        assertEquals(List.of(1, 2, 3), d.paragraphs().stream().map(Paragraph::number).toList());
        assertEquals(List.of(), d.headings());
        assertEquals("We will do A.", d.paragraphs().get(0).text());
        assertEquals(List.of("1", "2"), d.paragraphs().get(0).footnotes());
        assertEquals(List.of("3", "4"), d.paragraphs().get(1).footnotes());
        assertEquals(4, d.footnotes().size());
    }
}
