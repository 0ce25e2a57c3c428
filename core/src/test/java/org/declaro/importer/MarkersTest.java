package org.declaro.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Footnote markers taken out of paragraph text: Markdown references, symbols glued to a word, and numbers
 * where superscripts were, in footnote order only.
 */
class MarkersTest {

    private static Markers.Stripped strip(List<String> defined, String text) {
        return new Markers(defined).strip(text);
    }

    @Test
    void withoutDefinedFootnotesNothingIsTaken() {
        Markers none = new Markers(List.of());
        assertTrue(none.isEmpty());
        assertEquals(new Markers.Stripped("issues,1 and [^1]", List.of()), none.strip("issues,1 and [^1]"));
        assertEquals(new Markers.Stripped("", List.of()), strip(List.of("1"), ""));
    }

    @Test
    void markdownReferencesOfDefinedFootnotesAreTaken() {
        assertEquals(new Markers.Stripped("We act. More.", List.of("1")), strip(List.of("1"), "We act.[^1] More."));
        assertEquals(new Markers.Stripped("We act.", List.of("note")), strip(List.of("note"), "We act.[^note]"));
        assertEquals(new Markers.Stripped("We act.[^2]", List.of()), strip(List.of("1"), "We act.[^2]"),
                "an undefined reference stays");
        assertEquals(new Markers.Stripped("We act [^ unclosed", List.of()), strip(List.of("1"), "We act [^ unclosed"));
    }

    @Test
    void aMarkdownFootnoteWithALabelIsImportedNotACrash() {
        // [^note] used to throw NullPointerException: its label has no number to take off the numbered ones
        String md = "# Declaration\n\n1. We will act.[^note]\n\n2. We will report.[^2]\n\n[^note]: A note.\n\n[^2]: Another.\n";
        org.declaro.model.Declaration d = (org.declaro.model.Declaration) TextImporter.standard().importText(md).document().orElseThrow();
        assertEquals("We will act.", d.paragraphs().get(0).text());
        assertEquals(List.of("note"), d.paragraphs().get(0).footnotes());
        assertEquals(List.of("2"), d.paragraphs().get(1).footnotes());
        assertEquals(List.of("note", "2"), d.footnotes().stream().map(org.declaro.model.Footnote::marker).toList());
    }

    @Test
    void aMarkdownReferenceUsesUpItsNumber() {
        // [^1] was referenced, so a later bare 1 is no superscript; 2 is next
        Markers.Stripped s = strip(List.of("1", "2"), "First[^1] issues,1 then,2 end");
        assertEquals(List.of("1", "2"), s.markers());
        assertEquals("First issues,1 then, end", s.text());
    }

    @Test
    void symbolsGluedToAWordAreTaken() {
        assertEquals(new Markers.Stripped("In 2024 we act.", List.of("*")), strip(List.of("*"), "In 2024* we act."));
        assertEquals(new Markers.Stripped("Text, more", List.of("**")), strip(List.of("*", "**"), "Text**, more"));
        assertEquals(new Markers.Stripped("End", List.of("\u2020")), strip(List.of("\u2020"), "End\u2020"));
        assertEquals(new Markers.Stripped("a * b", List.of()), strip(List.of("*"), "a * b"), "a spaced star is text");
        assertEquals(new Markers.Stripped("a*b", List.of()), strip(List.of("*"), "a*b"), "a star inside a word is text");
        assertEquals(new Markers.Stripped("a*** b", List.of()), strip(List.of("*"), "a*** b"), "an undefined marker");
    }

    @Test
    void numbersAreTakenOnlyInFootnoteOrderAndWhereSuperscriptsSit() {
        List<String> two = List.of("1", "2");
        assertEquals(new Markers.Stripped("issues, and verification, then", List.of("1", "2")),
                strip(two, "issues,1 and verification, 2 then"));
        assertEquals(new Markers.Stripped("the 21 members", List.of()), strip(two, "the 21 members"));
        assertEquals(new Markers.Stripped("issues,2 and", List.of()), strip(two, "issues,2 and"), "2 before 1 is text");
        assertEquals(new Markers.Stripped("costs 3.1 million", List.of()), strip(two, "costs 3.1 million"),
                "a decimal");
        assertEquals(new Markers.Stripped("resolution 62/1 of", List.of()), strip(two, "resolution 62/1 of"));
        assertEquals(new Markers.Stripped("of 1990 and", List.of("1")), strip(two, "of 1990 1 and"),
                "spaced after a number");
        assertEquals(new Markers.Stripped("the words", List.of("1")), strip(two, "the words1"), "after a lower-case letter");
        assertEquals(new Markers.Stripped("The words", List.of("1")), strip(two, "1 The words"), "at the start, before a capital");
        assertEquals(new Markers.Stripped("1 the words", List.of()), strip(two, "1 the words"));
        assertEquals(new Markers.Stripped("Words 1 more", List.of()), strip(two, "Words 1 more"),
                "spaced after a word");
        assertEquals(new Markers.Stripped("item,1,2 more", List.of()), strip(List.of("1"), "item,1,2 more"),
                "a number followed by punctuation and a digit is a list");
        assertEquals(new Markers.Stripped("GC(69)/RES/9 A.1, entitled; adopted in 2025;", List.of("1")),
                strip(List.of("1"), "GC(69)/RES/9 A.1, entitled; adopted in 2025;1"),
                "a number after a single letter and its full stop is a part's designation (A.1, b.2)");
        assertEquals(new Markers.Stripped("the NPT.", List.of("1")), strip(List.of("1"), "the NPT.1"),
                "after an acronym's full stop it is a marker");
        assertEquals(new Markers.Stripped("the U.S.", List.of("1")), strip(List.of("1"), "the U.S.1"),
                "after initials it is a marker");
    }

    @Test
    void longNumbersAreNoMarkers() {
        List<String> many = List.of("1000");
        assertEquals(new Markers.Stripped("issues,1000 and", List.of()), strip(many, "issues,1000 and"));
        assertEquals(new Markers.Stripped("issues, and", List.of("100")), strip(List.of("100"), "issues,100 and"));
    }
}
