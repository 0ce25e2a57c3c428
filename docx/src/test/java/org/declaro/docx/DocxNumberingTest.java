package org.declaro.docx;

import static org.declaro.docx.Docx.lvl;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.declaro.importer.spi.SourceContent;
import org.declaro.importer.spi.SourceLine;
import org.junit.jupiter.api.Test;

/** Word's automatic numbering, computed as Word displays it. */
class DocxNumberingTest {

    /** A resolution's numbering: "1." paragraphs with "(a)" sub-paragraphs and "(i)" below them. */
    private static Docx resolution() {
        return new Docx().abstractNum("<w:abstractNum w:abstractNumId=\"1\">" + lvl(0, 1, "decimal", "%1.")
                + lvl(1, 1, "lowerLetter", "(%2)") + lvl(2, 1, "lowerRoman", "(%3)") + "</w:abstractNum>")
                .num("<w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num>");
    }

    @Test
    void levelsFormatsAndTextsAsWordShowsThem() {
        SourceContent c = Docx.read(resolution().item(1, 0, "Decides").item(1, 1, "first").item(1, 1, "second")
                .item(1, 2, "deep").item(1, 2, "deeper").item(1, 0, "Requests").item(1, 1, "again").bytes());
        assertEquals(List.of("1. Decides", "(a) first", "(b) second", "(i) deep", "(ii) deeper", "2. Requests", "(a) again"),
                Docx.shown(c));
        List<SourceLine> body = Docx.body(c);
        assertEquals(List.of(0, 1, 1, 2, 2, 0, 1), body.stream().map(l -> l.evidence().numberLevel()).toList());
        // the number is evidence, not text
        assertEquals("Decides", body.get(0).text());
    }

    @Test
    void aParagraphIsOneLineFollowedByABlankLine() {
        SourceContent c = Docx.read(resolution().item(1, 0, "One").p("Two").bytes());
        assertEquals(List.of("One", "", "Two", ""), c.lines().stream().map(SourceLine::text).toList());
    }

    @Test
    void upperFormatsStartValuesAndMultiLevelTexts() {
        SourceContent c = Docx.read(new Docx().abstractNum("<w:abstractNum w:abstractNumId=\"3\">"
                + lvl(0, 4, "upperRoman", "%1.") + lvl(1, 25, "upperLetter", "%1.%2") + lvl(2, 9, "decimalZero", "%1.%2.%3")
                + "</w:abstractNum>").num("<w:num w:numId=\"7\"><w:abstractNumId w:val=\"3\"/></w:num>")
                .item(7, 0, "a").item(7, 1, "b").item(7, 1, "c").item(7, 1, "d").item(7, 2, "e").item(7, 2, "f")
                .item(7, 0, "g").bytes());
        assertEquals(List.of("IV. a", "IV.Y b", "IV.Z c", "IV.AA d", "IV.AA.09 e", "IV.AA.10 f", "V. g"), Docx.shown(c));
    }

    @Test
    void legalNumberingShowsEveryLevelInDigits() {
        SourceContent c = Docx.read(new Docx().abstractNum("<w:abstractNum w:abstractNumId=\"1\">"
                + lvl(0, 1, "upperRoman", "%1.") + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/>"
                + "<w:lvlText w:val=\"%1.%2\"/><w:isLgl/></w:lvl></w:abstractNum>")
                .num("<w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num>")
                .item(1, 0, "x").item(1, 0, "y").item(1, 1, "z").bytes());
        assertEquals(List.of("I. x", "II. y", "2.1 z"), Docx.shown(c));
    }

    @Test
    void twoListsOfOneDefinitionContinueUnlessOneOverridesTheStart() {
        Docx d = resolution().num("<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>")
                .num("<w:num w:numId=\"3\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\">"
                        + "<w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>")
                .num("<w:num w:numId=\"4\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\">"
                        + "<w:startOverride w:val=\"10\"/></w:lvlOverride></w:num>");
        SourceContent c = Docx.read(d.item(1, 0, "a").item(1, 0, "b").p("between").item(2, 0, "continued")
                .item(3, 0, "restarted").item(3, 0, "next").item(4, 0, "ten").item(4, 0, "eleven").item(1, 0, "shared")
                .bytes());
        assertEquals(List.of("1. a", "2. b", "between", "3. continued", "1. restarted", "2. next", "10. ten", "11. eleven",
                "12. shared"), Docx.shown(c));
    }

    @Test
    void aLevelOverrideReplacesTheLevelsFormat() {
        SourceContent c = Docx.read(resolution().num("<w:num w:numId=\"5\"><w:abstractNumId w:val=\"1\"/>"
                + "<w:lvlOverride w:ilvl=\"0\">" + lvl(0, 1, "upperLetter", "%1)") + "</w:lvlOverride></w:num>")
                .item(1, 0, "x").item(5, 0, "y").item(5, 0, "z").bytes());
        assertEquals(List.of("1. x", "A) y", "B) z"), Docx.shown(c));
    }

    @Test
    void deeperLevelsRestartAfterAHigherLevelUnlessLvlRestartSaysOtherwise() {
        String never = "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlRestart w:val=\"0\"/>"
                + "<w:lvlText w:val=\"%2)\"/></w:lvl>";
        String afterFirst = "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/>"
                + "<w:lvlRestart w:val=\"1\"/><w:lvlText w:val=\"%3)\"/></w:lvl>";
        SourceContent c = Docx.read(new Docx().abstractNum("<w:abstractNum w:abstractNumId=\"1\">" + lvl(0, 1, "decimal", "%1.")
                + never + afterFirst + "</w:abstractNum>").num("<w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num>")
                .item(1, 0, "p").item(1, 1, "q").item(1, 2, "r").item(1, 1, "s").item(1, 2, "t").item(1, 0, "u")
                .item(1, 1, "v").item(1, 2, "w").bytes());
        // level 2 never restarts; level 3 restarts only after level 1, not after level 2
        assertEquals(List.of("1. p", "1) q", "a) r", "2) s", "b) t", "2. u", "3) v", "a) w"), Docx.shown(c));
    }

    @Test
    void aStyleCarriesTheNumberingAndTheLevelThatNamesIt() {
        SourceContent c = Docx.read(new Docx().abstractNum("<w:abstractNum w:abstractNumId=\"1\">"
                + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:pStyle w:val=\"Para\"/>"
                + "<w:lvlText w:val=\"%1.\"/></w:lvl><w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/>"
                + "<w:pStyle w:val=\"Sub\"/><w:lvlText w:val=\"(%2)\"/></w:lvl></w:abstractNum>")
                .num("<w:num w:numId=\"9\"><w:abstractNumId w:val=\"1\"/></w:num>")
                .style("<w:style w:type=\"paragraph\" w:styleId=\"Para\"><w:name w:val=\"UN Para\"/><w:pPr><w:numPr>"
                        + "<w:numId w:val=\"9\"/></w:numPr></w:pPr></w:style>")
                .style("<w:style w:type=\"paragraph\" w:styleId=\"Sub\"><w:name w:val=\"UN Sub\"/><w:basedOn w:val=\"Para\"/>"
                        + "</w:style>")
                .styled("Para", "first").styled("Sub", "under").styled("Para", "second")
                .xml("<w:pPr><w:pStyle w:val=\"Para\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr></w:pPr><w:r><w:t>unnumbered</w:t></w:r>")
                .bytes());
        assertEquals(List.of("1. first", "(a) under", "2. second", "unnumbered"), Docx.shown(c));
        assertEquals("UN Sub", Docx.body(c).get(1).evidence().style());
    }

    @Test
    void bulletsAreLabelledWithABulletTheImporterReads() {
        SourceContent c = Docx.read(new Docx().abstractNum("<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\">"
                + "<w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\uF0B7\"/></w:lvl><w:lvl w:ilvl=\"1\">"
                + "<w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"–\"/></w:lvl></w:abstractNum>")
                .num("<w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num>")
                .item(1, 0, "point").item(1, 1, "sub-point").bytes());
        assertEquals(List.of("• point", "– sub-point"), Docx.shown(c));
    }

    @Test
    void aBlankBulletDisplaysNoLabel() {
        // a list item's further paragraph: indented as the item, with a bullet of a space (as pandoc writes it)
        SourceContent c = Docx.read(new Docx().abstractNum("<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\">"
                + "<w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\" \"/></w:lvl><w:lvl w:ilvl=\"1\">"
                + "<w:numFmt w:val=\"bullet\"/></w:lvl></w:abstractNum>")
                .num("<w:num w:numId=\"1\"><w:abstractNumId w:val=\"1\"/></w:num>")
                .item(1, 0, "further paragraph").item(1, 1, "no level text").bytes());
        assertEquals(List.of("further paragraph", "no level text"), Docx.shown(c));
    }

    @Test
    void numberFormats() {
        assertEquals("xiv", Numbering.format(14, "lowerRoman"));
        assertEquals("MCMXCIX", Numbering.format(1999, "upperRoman"));
        assertEquals("z", Numbering.format(26, "lowerLetter"));
        assertEquals("aa", Numbering.format(27, "lowerLetter"));
        assertEquals("BBB", Numbering.format(54, "upperLetter"));
        assertEquals("3rd", Numbering.format(3, "ordinal"));
        assertEquals("11th", Numbering.format(11, "ordinal"));
        assertEquals("\u2020", Numbering.format(2, "chicago"));
        assertEquals("07", Numbering.format(7, "decimalZero"));
        assertEquals("12", Numbering.format(12, "someFormatNotKnown"));
    }
}
