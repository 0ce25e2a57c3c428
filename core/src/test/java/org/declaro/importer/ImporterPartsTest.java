package org.declaro.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The importer's small parts on their own: roman numerals, syntax names, and joining the lines of a paragraph. */
class ImporterPartsTest {

    /** Found by ImportProperties (seed 6320861978949848568): the second dateline was read over the first. */
    @Test
    void aSecondPlaceAndDateDoesNotReplaceTheFirst() {
        String text = "Annex <br/>Alphaville 14 August 2024   \nBetaville <br/>- 14 August 2024 \n";
        ImportResult result = TextImporter.builder().syntax(Syntax.MARKDOWN).build().importText(text);
        Losslessness.assertEveryWordKept(text, result);
        String place = ((org.declaro.model.Declaration) result.document().orElseThrow()).meeting().place();
        assertTrue(place.endsWith("Alphaville"), place); // the first dateline is the meeting's
    }

    @Test
    void romanNumeralsRoundTripAndOnlyCanonicalFormsAreRead() {
        for (int n = 1; n < 4000; n++) {
            String r = Numerals.roman(n);
            assertEquals(n, Numerals.fromRoman(r), r);
            assertEquals(n, Numerals.fromRoman(r.toUpperCase(java.util.Locale.ROOT)), r);
        }
        assertEquals("mcmxcix", Numerals.roman(1999));
        assertEquals("xiv", Numerals.roman(14));
        assertEquals(-1, Numerals.fromRoman("iiii"), "not the canonical form of 4");
        assertEquals(-1, Numerals.fromRoman("ic"));
        assertEquals(-1, Numerals.fromRoman(""));
        assertEquals(-1, Numerals.fromRoman("ixa"));
        assertEquals(-1, Numerals.fromRoman("abc"));
    }

    @ParameterizedTest
    @CsvSource({"text, TEXT", "txt, TEXT", "plain, TEXT", "TEXT, TEXT", "Txt, TEXT", "markdown, MARKDOWN",
        "md, MARKDOWN", "MD, MARKDOWN", "Markdown, MARKDOWN"})
    void syntaxNamesAreReadInAnyCase(String name, Syntax expected) {
        assertEquals(Optional.of(expected), Syntax.fromName(name));
    }

    @Test
    void unknownSyntaxNamesAreEmptyAndEachSyntaxPrintsItsCommandLineName() {
        assertEquals(Optional.empty(), Syntax.fromName(null));
        assertEquals(Optional.empty(), Syntax.fromName(""));
        assertEquals(Optional.empty(), Syntax.fromName("pdf"));
        assertEquals("text", Syntax.TEXT.cliName());
        assertEquals("markdown", Syntax.MARKDOWN.cliName());
        assertEquals("markdown", Syntax.MARKDOWN.toString());
        for (Syntax s : Syntax.values()) {
            assertEquals(Optional.of(s), Syntax.fromName(s.cliName()));
        }
    }

    private static String join(String text, String line, boolean softBreak, Set<String> words) {
        StringBuilder b = new StringBuilder(text);
        Joiner.append(b, line, softBreak, words);
        return b.toString();
    }

    private static String join(String text, String line) {
        return join(text, line, false, Set.of());
    }

    @Test
    void linesAreJoinedWithOneSpace() {
        assertEquals("We will act.", join("We will", "act."));
        assertEquals("We will act.", join("We will ", "act."), "no second space after a space");
        assertEquals("act.", join("", "act."), "the first line as it is");
        assertEquals("We will", join("We will", ""), "an empty line adds nothing");
        assertEquals("We willact.", join("We will", "act.", true, Set.of()), "a soft break joins without a space");
    }

    @Test
    void aWordBrokenByTheLineIsJoinedAndAHyphenatedWordKeepsItsHyphen() {
        assertEquals("the implementation of", join("the imple-", "mentation of"));
        assertEquals("the implementation, of", join("the imple-", "mentation, of"));
        assertEquals("implementation", join("imple-", "mentation"), "a word at the start of the text");
        assertEquals("non-discriminatory access", join("non-", "discriminatory access"));
        assertEquals("long-term plans", join("long-", "term plans"));
        assertEquals("a UN-brokered deal", join("a UN-", "brokered deal"));
        assertEquals("the capacity-building", join("the capacity-", "building", false, Set.of("capacity-building")));
        assertEquals("the cooperation", join("the co-", "operation", false, Set.of("cooperation")));
        assertEquals("the Anti-Personnel", join("the Anti-", "Personnel"), "a capital after the hyphen keeps it");
    }

    @Test
    void aHyphenNotBetweenLettersIsNoBrokenWord() {
        assertEquals("items - and more", join("items -", "and more"));
        assertEquals("well- (a)", join("well-", "(a)"));
        assertEquals("- and", join("-", "and"), "a lone hyphen");
    }

    @Test
    void keepHyphenWeighsTheDocumentThenPrefixesAndSecondPartsThenCapitals() {
        Set<String> none = Set.of();
        assertTrue(Joiner.keepHyphen("co", "", none), "nothing after the hyphen");
        assertTrue(Joiner.keepHyphen("Self", "Reliance", none));
        assertTrue(Joiner.keepHyphen("NON", "state", Set.of("non-state")), "the document's usage, in any case");
        assertFalse(Joiner.keepHyphen("Imple", "mentation", Set.of("implementation")));
        assertTrue(Joiner.keepHyphen("community", "x", none), "a prefix");
        assertTrue(Joiner.keepHyphen("xyz", "based", none), "a second part");
        assertFalse(Joiner.keepHyphen("xyz", "abc", none));
        assertTrue(Joiner.keepHyphen("xyZ", "abc", none), "a capital before the hyphen");
    }
}
