package org.declaro.akn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.declaro.model.Action;
import org.declaro.model.ActionPlan;
import org.declaro.model.Commitment;
import org.declaro.model.Declaration;
import org.declaro.model.Extensions;
import org.declaro.model.Footnote;
import org.declaro.model.Heading;
import org.declaro.model.Modality;
import org.declaro.model.Paragraph;
import org.declaro.model.Period;
import org.declaro.model.Section;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/** Akoma Ntoso of documents the reader produces with required values missing: what is there, never "null". */
class IncompleteDocumentAknTest {
    static final String TEXT = "We commit to clear all mined areas.";

    private static Element commitment(String xml) throws Exception {
        return (Element) AknSchemaTest.parse(xml).getElementsByTagNameNS(AknWriter.DECLARO, "commitment").item(0);
    }

    @Test
    void aCommitmentWithoutActorIsMarkedAndListedWithoutActor() throws Exception {
        Commitment c = new Commitment("p1.c1", Modality.COMMIT, null, "commit to clear all mined areas", 3, 34, List.of(), null);
        Declaration d = Declaration.builder("x", "Title").paragraph(new Paragraph(1, TEXT, List.of(), List.of(), List.of(c),
                Extensions.NONE)).build();
        String xml = AknWriter.standard().write(d);
        assertFalse(xml.contains("null"), xml);
        assertTrue(xml.contains("<p>We <span class=\"commitment commit\" refersTo=\"#p1.c1\">commit to clear all mined areas</span>.</p>"), xml);
        Element listed = commitment(xml);
        assertFalse(listed.hasAttribute("actor"));
        assertEquals("commit", listed.getAttribute("modality"));
        assertEquals("3", listed.getAttribute("start"));
    }

    @Test
    void aCommitmentWithoutModalityOrSpanIsListedWithWhatItHas() throws Exception {
        Commitment c = new Commitment(null, null, "we", null, null, null, List.of(), null);
        Declaration d = Declaration.builder(null, null).paragraph(new Paragraph(1, TEXT, List.of(), List.of(), List.of(c),
                Extensions.NONE)).footnote(new Footnote(null, null)).titleFootnotes("*").build();
        String xml = AknWriter.standard().write(d);
        assertFalse(xml.contains("null"), xml);
        Element listed = commitment(xml);
        assertFalse(listed.hasAttribute("modality"));
        assertFalse(listed.hasAttribute("start"));
        assertFalse(listed.hasAttribute("end"));
        assertEquals("we", listed.getAttribute("actor"));
        assertTrue(xml.contains("<FRBRuri value=\"/akn/int/statement/declaration/1970-01-01/document\"/>"), xml);
        assertTrue(xml.contains("<p>" + TEXT + "</p>"), xml);
    }

    @Test
    void aParagraphWithoutTextAndAHeadingWithoutPositionGiveWellFormedXml() throws Exception {
        Commitment c = new Commitment("p1.c1", Modality.WILL, "we", "x", 0, 1, List.of(), null);
        Declaration d = Declaration.builder("x", "T").paragraph(new Paragraph(1, null, List.of(), List.of(), List.of(c),
                Extensions.NONE)).paragraph("Two.").heading(new Heading(null, 1, null, "Lost", null, Extensions.NONE))
                .heading(new Heading(1, 1, null, null, null, Extensions.NONE)).build();
        String xml = AknWriter.standard().write(d);
        assertFalse(xml.contains("null"), xml);
        assertFalse(xml.contains("Lost"), xml);
        assertTrue(xml.contains("<paragraph eId=\"para_1\"><num>1.</num><content><p></p></content></paragraph>"
                + "<hcontainer name=\"crossHeading\" eId=\"hcontainer_1\"><heading></heading></hcontainer>"), xml);
        AknSchemaTest.parse(xml);
    }

    @Test
    void aSectionNumberPrintedWithItsPointGetsNoSecondOne() {
        ActionPlan p = ActionPlan.builder("plan", "Plan")
                .section(new Section("I.", "S", List.of(), List.of(new Action(1, "First.")), Extensions.NONE))
                .section(new Section("II", "T", List.of(), List.of(new Action(2, "Second.")), Extensions.NONE)).build();
        String xml = AknWriter.standard().write(p);
        assertTrue(xml.contains("<num>I.</num>"), xml);
        assertTrue(xml.contains("<num>II.</num>"), xml);
        assertFalse(xml.contains(".."), xml);
    }

    @Test
    void anActionWithoutNumberIsIdentifiedByItsPosition() throws Exception {
        Commitment c = new Commitment("a.c1", Modality.WILL, "we", "will act", 3, 11, List.of(), null);
        ActionPlan p = ActionPlan.builder("plan", "Plan").period(new Period(null, 2030, null))
                .section(new Section("I", "S", List.of(), List.of(new Action(1, "First."),
                        new Action(null, null, List.of(), List.of(c), null, Extensions.NONE)))).build();
        String xml = AknWriter.standard().write(p);
        assertFalse(xml.contains("null"), xml);
        assertTrue(xml.contains("<p class=\"period\">–2030</p>"), xml);
        assertTrue(xml.contains("<hcontainer name=\"action\" eId=\"hcontainer_action_at2\"><num>Action</num><content><p></p>"), xml);
        assertEquals("#hcontainer_action_at2", commitment(xml).getAttribute("in"));
    }
}
