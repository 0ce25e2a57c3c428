package org.declaro.importer.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.declaro.importer.TextImporter;
import org.declaro.model.Declaration;
import org.declaro.model.Paragraph;
import org.declaro.model.Subparagraph;
import org.junit.jupiter.api.Test;

/**
 * What a reader's place evidence does to the layout: a line's x offset from the body's left edge is read as plain
 * text's indentation, and a page turn between two clauses of a preamble parts them.
 */
class LineEvidenceLayoutTest {
    private static final TextImporter IMPORTER = TextImporter.standard();

    /** An article whose items are set in from its number line, as the UDHR's plain text prints them. */
    private static final String[][] ARTICLES = {
        {"0", "Declaration on Indented Lines"},
        {},
        {"0", "Article 1"},
        {"0", "Everyone is born free and equal in dignity."},
        {},
        {"0", "Article 2"},
        {},
        {"6", "Everyone charged with an offence has the right to be presumed innocent."},
        {},
        {"6", "No one shall be held guilty of an act that was no offence when it was committed."},
        {},
        {"0", "Article 3"},
        {"0", "Everyone has the right to move freely."},
    };

    /** @return the lines, each {@code indent} spaces of 6 points (half of 12-point type) right of {@code left} */
    private static List<SourceLine> lines(String[][] rows, double left, int page) {
        List<SourceLine> lines = new ArrayList<>();
        for (String[] row : rows) {
            if (row.length == 0) {
                lines.add(SourceLine.blank());
            } else {
                lines.add(new SourceLine(row[1], LineEvidence.builder().page(page).fontSize(12)
                        .x(left + 6 * Integer.parseInt(row[0])).build()));
            }
        }
        return lines;
    }

    /** @return the same rows as plain text, the indentation in spaces */
    private static String text(String[][] rows) {
        StringBuilder b = new StringBuilder();
        for (String[] row : rows) {
            b.append(row.length == 0 ? "" : " ".repeat(Integer.parseInt(row[0])) + row[1]).append('\n');
        }
        return b.toString();
    }

    private static Declaration imported(List<SourceLine> lines) {
        return (Declaration) IMPORTER.importSource(new SourceContent(lines, List.of(), Map.of())).document().orElseThrow();
    }

    /** @return each paragraph's number, text and sub-paragraphs' labels and texts */
    private static List<String> structure(Declaration d) {
        List<String> out = new ArrayList<>();
        for (Paragraph p : d.paragraphs()) {
            out.add(p.number() + " " + p.text());
            for (Subparagraph s : p.subparagraphs()) {
                out.add("  " + s.label() + " " + s.text());
            }
        }
        return out;
    }

    @Test
    void aLinesOffsetFromTheBodysEdgeReadsAsPlainTextsIndentation() {
        Declaration text = (Declaration) IMPORTER.importText(text(ARTICLES)).document().orElseThrow();
        Declaration placed = imported(lines(ARTICLES, 72, 1));
        assertEquals(structure(text), structure(placed));
        // the items are the article's own (the first its text, the next a sub-paragraph), as in the plain text
        assertEquals(1, placed.paragraphs().get(1).subparagraphs().size(), structure(placed).toString());
        // without the places, nothing is set in: the items are paragraphs of their own or run on
        List<SourceLine> unplaced = lines(ARTICLES, 72, 1).stream()
                .map(l -> l.isBlank() ? l : SourceLine.of(l.text())).toList();
        assertNotEquals(structure(placed), structure(imported(unplaced)));
    }

    @Test
    void theEdgeIsFoundApartForOddAndEvenPagesWhoseMarginsDiffer() {
        // the same articles on page 1 with a 72-point margin and on page 2 with a 90-point one
        List<SourceLine> lines = new ArrayList<>(lines(Arrays.copyOfRange(ARTICLES, 0, 5), 72, 1));
        lines.addAll(lines(Arrays.copyOfRange(ARTICLES, 5, ARTICLES.length), 90, 2));
        assertEquals(structure(imported(lines(ARTICLES, 72, 1))), structure(imported(lines)));
    }

    @Test
    void aHangingNumberKeepsItsNumberWhereverItStands() {
        // the numbers hang left of the text's edge; the text's lines are not set in by them
        List<SourceLine> lines = List.of(SourceLine.of("Declaration on Hanging Numbers"), SourceLine.blank(),
                new SourceLine("We will hang our numbers.", LineEvidence.builder().x(54).fontSize(12).number("1.").build()),
                new SourceLine("And keep our lines straight.", LineEvidence.builder().x(72).fontSize(12).build()),
                SourceLine.blank(),
                new SourceLine("We will count on.", LineEvidence.builder().x(54).fontSize(12).number("2.").build()),
                new SourceLine("From one to two.", LineEvidence.builder().x(72).fontSize(12).build()),
                SourceLine.blank(),
                new SourceLine("We will end here.", LineEvidence.builder().x(54).fontSize(12).number("3.").build()));
        assertEquals(List.of("1 We will hang our numbers. And keep our lines straight.",
                "2 We will count on. From one to two.", "3 We will end here."), structure(imported(lines)));
    }

    @Test
    void aClauseOpeningAtTheTopOfAPageAfterAClauseEndIsANewClause() {
        // a page's last line that was full ends its clause; no blank line parts it from the next page's first
        List<SourceLine> lines = List.of(SourceLine.of("Resolution on Turned Pages"), SourceLine.blank(),
                line("The General Assembly,", 1), SourceLine.blank(),
                line("Recalling its resolution on the drawing of lines across the pages of a", 1),
                line("document,", 1),
                line("Noting with appreciation the report of the Secretary-General,", 2), SourceLine.blank(),
                line("1. Decides to keep turning pages.", 2));
        Declaration d = imported(lines);
        assertEquals(List.of("Recalling its resolution on the drawing of lines across the pages of a document,",
                "Noting with appreciation the report of the Secretary-General,"),
                d.preamble().stream().map(p -> p.text()).toList());
        // on one page, a line break inside a block is a wrap: the clause goes on
        List<SourceLine> onePage = lines.stream().map(l -> l.isBlank() ? l
                : new SourceLine(l.text(), l.evidence().toBuilder().page(1).build())).toList();
        assertEquals(1, imported(onePage).preamble().size());
    }

    private static SourceLine line(String text, int page) {
        return new SourceLine(text, LineEvidence.builder().page(page).build());
    }

    @Test
    void aBlockSetInBoldOverThreeLinesIsAHeading() {
        // a heading a narrow column wrapped over three lines; the same lines not in bold go on with the paragraph
        List<SourceLine> bold = headed(true);
        Declaration d = imported(bold);
        assertEquals(List.of("Countering Terrorism, Violent Extremism and Transnational Organized Crime / Upholding"
                + " the Rule of Law"), d.headings().stream().map(h -> h.title()).toList());
        assertEquals(2, d.paragraphs().size());
        assertEquals(List.of(), imported(headed(false)).headings());
    }

    private static List<SourceLine> headed(boolean bold) {
        LineEvidence b = LineEvidence.builder().bold(bold).build();
        return List.of(SourceLine.of("Communique of the Leaders"), SourceLine.blank(),
                SourceLine.of("We met in a city and we agreed on the following points of our common work."),
                SourceLine.blank(),
                new SourceLine("Countering Terrorism, Violent Extremism and Transnational", b),
                new SourceLine("Organized Crime / Upholding", b), new SourceLine("the Rule of Law", b), SourceLine.blank(),
                SourceLine.of("We will counter terrorism together with our partners."));
    }
}
