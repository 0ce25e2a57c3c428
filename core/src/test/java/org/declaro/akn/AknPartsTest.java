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
import org.declaro.model.PartialDate;
import org.declaro.model.Period;
import org.declaro.model.PreambularParagraph;
import org.declaro.model.Section;
import org.declaro.model.Source;
import org.declaro.model.Subparagraph;
import org.junit.jupiter.api.Test;

/** Each part of a document in its Akoma Ntoso: FRBR identification, preface, preamble, body, notes, plans, annexes. */
class AknPartsTest {
    static final String PRE = "We reaffirm our resolve.";

    static Declaration rich() {
        Commitment pre = new Commitment("pre1.c1", Modality.REAFFIRM, "we", "reaffirm our resolve", 3, 23, List.of("clearance"),
                PartialDate.ofYear(2030));
        Commitment para = new Commitment("p5.c1", Modality.COMMIT, "we", "commit", 3, 9, List.of(), null);
        Commitment late = new Commitment("p5.c2", Modality.WILL, "we", "act", 10, 13, List.of(), null);
        Commitment sub = new Commitment("p5.s1.c1", Modality.WILL, "we", "will act", 3, 11, List.of(), null);
        Declaration annex = Declaration.builder("annex", "Annexed").paragraph("Annex text.").build();
        return Declaration.builder("rich", "Title").titleFootnotes("*").subtitle("Sub").language("fr-CA")
                .symbol("A/RES/1").date(PartialDate.ofMonth(2024, 8)).issuer("The General Assembly")
                .author("The Assembly").preamble(new PreambularParagraph(PRE, List.of("*"), List.of(pre), Extensions.NONE))
                .heading(new Heading(0, 1, "I", "First"))
                .paragraph(new Paragraph(5, "We commit act.", List.of(new Subparagraph("a.", "We will act.", List.of(
                        new Subparagraph(null, "Nested.")), List.of(sub), Extensions.NONE)), List.of("**"), List.of(para, late),
                        Extensions.NONE))
                .footnote(new Footnote("*", "One star.")).footnote(new Footnote("**", "Two stars."))
                .source(new Source("text", "r.txt", null, Extensions.NONE)).annex(annex).build();
    }

    static ActionPlan plan() {
        Commitment c = new Commitment("a1.c1", Modality.WILL, "we", "will act", 3, 11, List.of(), null);
        return ActionPlan.builder("plan", "The Plan").issuer("Somebody").period(new Period(2025, 2029)).introduction("Intro one.")
                .section(new Section("I.", "Aims", List.of("Aim text."), List.of(new Action(1, "We will act.", List.of("Indicator A"),
                        List.of(c), PartialDate.ofDay(2027, 3, 1), Extensions.NONE))))
                .section(new Section(null, "Empty", List.of(), List.of()))
                .section(new Section("III", "Prose", List.of("Prose text."), List.of()))
                .footnote(new Footnote("1", "Plan note.")).build();
    }

    @Test
    void theIdentificationNamesTheWorkExpressionAndManifestation() {
        String xml = AknWriter.standard().write(rich());
        assertTrue(xml.contains("<statement name=\"resolution\"><meta><identification source=\"#declaro\"><FRBRWork>"
                + "<FRBRthis value=\"/akn/un/statement/resolution/2024-08-01/rich/!main\"/>"
                + "<FRBRuri value=\"/akn/un/statement/resolution/2024-08-01/rich\"/><FRBRdate date=\"2024-08-01\" name=\"document\"/>"
                + "<FRBRauthor href=\"#issuer\"/><FRBRcountry value=\"un\"/><FRBRnumber value=\"A/RES/1\"/><FRBRname value=\"Title\"/>"
                + "</FRBRWork><FRBRExpression><FRBRthis value=\"/akn/un/statement/resolution/2024-08-01/rich/fra@/!main\"/>"
                + "<FRBRuri value=\"/akn/un/statement/resolution/2024-08-01/rich/fra@\"/><FRBRdate date=\"2024-08-01\" name=\"document\"/>"
                + "<FRBRauthor href=\"#issuer\"/><FRBRlanguage language=\"fra\"/></FRBRExpression><FRBRManifestation>"
                + "<FRBRthis value=\"/akn/un/statement/resolution/2024-08-01/rich/fra@/!main.xml\"/>"
                + "<FRBRuri value=\"/akn/un/statement/resolution/2024-08-01/rich/fra@.akn\"/>"
                + "<FRBRdate date=\"1970-01-01\" name=\"transform\"/><FRBRauthor href=\"#declaro\"/></FRBRManifestation>"
                + "</identification><references source=\"#declaro\"><TLCOrganization eId=\"issuer\" "
                + "href=\"/akn/ontology/organizations/un/the-general-assembly\" showAs=\"The General Assembly\"/>"
                + "<TLCOrganization eId=\"declaro\" href=\"/akn/ontology/organizations/declaro\" showAs=\"Declaro\"/></references>"), xml);
    }

    @Test
    void aDocumentWithoutDateIssuerOrSymbolIsAnInternationalDeclarationOfUnknownDate() {
        String xml = AknWriter.standard().write(Declaration.builder("x", "T").language(null).paragraph("P.").build());
        assertTrue(xml.contains("<statement name=\"declaration\">"), xml);
        assertTrue(xml.contains("<FRBRuri value=\"/akn/int/statement/declaration/1970-01-01/x\"/><FRBRdate date=\"1970-01-01\" "
                + "name=\"unknown\"/>"), xml);
        assertFalse(xml.contains("FRBRnumber"), xml);
        assertTrue(xml.contains("<FRBRlanguage language=\"eng\"/>"), xml);
        assertTrue(xml.contains("<TLCOrganization eId=\"issuer\" href=\"/akn/ontology/organizations/int/unknown-issuer\" "
                + "showAs=\"Unknown issuer\"/>"), xml);
        assertTrue(xml.contains("<preface><p class=\"title\"><docTitle>T</docTitle></p></preface><mainBody>"), xml);
        assertFalse(xml.contains("<preamble>"), xml);
        assertFalse(xml.contains("<attachments>"), xml);
    }

    @Test
    void aLanguageJavaDoesNotKnowIsUndetermined() {
        String xml = AknWriter.standard().write(Declaration.builder("x", "T").language("qq").paragraph("P.").build());
        assertTrue(xml.contains("<FRBRlanguage language=\"und\"/>"), xml);
    }

    @Test
    void unitedNationsDocumentsAreKnownBySymbolOrIssuer() {
        for (String symbol : List.of("A/79/1", "S/2024/1", "E/1", "APLC/CONF/2024/1", "CCW/1", "BWC/1", "NPT/1", "UNEP/1", "UNESCO/1",
                "FCCC/1")) {
            assertTrue(AknWriter.standard().write(Declaration.builder("x", "T").symbol(symbol).paragraph("P.").build())
                    .contains("<FRBRcountry value=\"un\"/>"), symbol);
        }
        for (String issuer : List.of("United Nations", "The General Assembly", "Security Council", "Convention on Mines")) {
            assertTrue(AknWriter.standard().write(Declaration.builder("x", "T").issuer(issuer).paragraph("P.").build())
                    .contains("<FRBRcountry value=\"un\"/>"), issuer);
        }
        assertTrue(AknWriter.standard().write(Declaration.builder("x", "T").symbol("G20/1").issuer("G20").paragraph("P.").build())
                .contains("<FRBRcountry value=\"int\"/>"));
    }

    @Test
    void theProprietaryBlockListsEveryCommitmentWithWhereItIsAndTheSource() {
        String xml = AknWriter.standard().write(rich());
        assertTrue(xml.contains("<proprietary source=\"#declaro\"><declaro:document id=\"rich\" kind=\"declaration\" status=\"draft\">"
                + "<declaro:source format=\"text\" name=\"r.txt\"/>"
                + "<declaro:commitment id=\"pre1.c1\" in=\"#recs_1__rec_1\" modality=\"reaffirm\" actor=\"we\" start=\"3\" end=\"23\" "
                + "deadline=\"2030\" themes=\"clearance\">reaffirm our resolve</declaro:commitment>"
                + "<declaro:commitment id=\"p5.c1\" in=\"#para_5\" modality=\"commit\" actor=\"we\" start=\"3\" end=\"9\">commit"
                + "</declaro:commitment><declaro:commitment id=\"p5.c2\" in=\"#para_5\" modality=\"will\" actor=\"we\" start=\"10\" "
                + "end=\"13\">act</declaro:commitment><declaro:commitment id=\"p5.s1.c1\" in=\"#para_5__list_1__point_a\" "
                + "modality=\"will\" actor=\"we\" start=\"3\" end=\"11\">will act</declaro:commitment></declaro:document></proprietary>"), xml);
    }

    @Test
    void prefacePreambleHeadingsListsAndNotesAreMarkedUp() {
        String xml = AknWriter.standard().write(rich());
        assertTrue(xml.contains("<preface><p class=\"title\"><docTitle>Title</docTitle><authorialNote marker=\"*\" placement=\"bottom\" "
                + "eId=\"preface__authorialNote_1\"><p>One star.</p></authorialNote></p><p class=\"subtitle\">Sub</p>"
                + "<p><docNumber>A/RES/1</docNumber></p><p><docDate date=\"2024-08-01\">2024-08</docDate></p></preface>"), xml);
        assertTrue(xml.contains("<preamble><formula name=\"enactingFormula\"><p>The Assembly,</p></formula><recitals eId=\"recs_1\">"
                + "<recital eId=\"recs_1__rec_1\"><p>We <span class=\"commitment reaffirm\" refersTo=\"#pre1.c1\">reaffirm our resolve"
                + "</span>.<authorialNote marker=\"*\" placement=\"bottom\" eId=\"recs_1__rec_1__authorialNote_2\"><p>One star.</p>"
                + "</authorialNote></p></recital></recitals></preamble>"), xml);
        assertTrue(xml.contains("<mainBody><hcontainer name=\"crossHeading\" eId=\"hcontainer_1\"><num>I.</num><heading>First</heading>"
                + "</hcontainer><paragraph eId=\"para_5\"><num>5.</num><list eId=\"para_5__list_1\"><intro><p>We <span "
                + "class=\"commitment commit\" refersTo=\"#p5.c1\">commit</span> <span class=\"commitment will\" refersTo=\"#p5.c2\">act"
                + "</span>.<authorialNote marker=\"**\" placement=\"bottom\" eId=\"para_5__authorialNote_3\"><p>Two stars.</p>"
                + "</authorialNote></p></intro><point eId=\"para_5__list_1__point_a\"><num>(a.)</num><list "
                + "eId=\"para_5__list_1__point_a__list_1\"><intro><p>We <span class=\"commitment will\" refersTo=\"#p5.s1.c1\">will act"
                + "</span>.</p></intro><point eId=\"para_5__list_1__point_a__list_1__point_1\"><content><p>Nested.</p></content></point>"
                + "</list></point></list></paragraph></mainBody>"), xml);
        assertTrue(xml.contains("<attachments><attachment eId=\"att_1\"><statement name=\"declaration\"><meta><identification "
                + "source=\"#att_1__declaro\">"), xml);
        assertTrue(xml.contains("<paragraph eId=\"att_1__para_1\"><num>1.</num><content><p>Annex text.</p></content></paragraph>"), xml);
    }

    @Test
    void aPlanHasItsPeriodIntroductionSectionsActionsIndicatorsAndFootnotes() {
        String xml = AknWriter.standard().write(plan());
        assertTrue(xml.contains("<doc name=\"actionPlan\"><meta><identification source=\"#declaro\"><FRBRWork><FRBRthis "
                + "value=\"/akn/int/doc/actionPlan/1970-01-01/plan/!main\"/>"), xml);
        assertTrue(xml.contains("<declaro:document id=\"plan\" kind=\"actionPlan\" status=\"draft\"><declaro:commitment id=\"a1.c1\" "
                + "in=\"#hcontainer_action_1\" modality=\"will\" actor=\"we\" start=\"3\" end=\"11\">will act</declaro:commitment>"
                + "<declaro:footnote marker=\"1\">Plan note.</declaro:footnote></declaro:document>"), xml);
        assertTrue(xml.contains("<preface><p class=\"title\"><docTitle>The Plan</docTitle></p><p class=\"period\">2025\u20132029</p>"
                + "</preface><preamble><p>Intro one.</p></preamble><mainBody><section eId=\"sec_I\"><num>I.</num><heading>Aims</heading>"
                + "<intro><p>Aim text.</p></intro><hcontainer name=\"action\" eId=\"hcontainer_action_1\"><num>Action 1</num><content>"
                + "<p>We will act. <date date=\"2027-03-01\" refersTo=\"#deadline\">(by 2027-03-01)</date></p><blockList "
                + "eId=\"hcontainer_action_1__list_1\"><item eId=\"hcontainer_action_1__list_1__item_1\"><p class=\"indicator\">Indicator A"
                + "</p></item></blockList></content></hcontainer></section><section eId=\"sec_2\"><heading>Empty</heading><content><p/>"
                + "</content></section><section eId=\"sec_III\"><num>III.</num><heading>Prose</heading><content><p>Prose text.</p>"
                + "</content></section></mainBody></doc>"), xml);
    }

    @Test
    void aPlanWithoutPeriodOrIntroductionHasNeither() {
        String xml = AknWriter.standard().write(ActionPlan.builder("p", "P").section(new Section("1", "S", List.of(),
                List.of(new Action(1, "Act.")))).build());
        assertTrue(xml.contains("<preface><p class=\"title\"><docTitle>P</docTitle></p></preface><mainBody>"), xml);
        assertTrue(xml.contains("<heading>S</heading><hcontainer name=\"action\" eId=\"hcontainer_action_1\"><num>Action 1</num><content>"
                + "<p>Act.</p></content></hcontainer>"), xml);
    }

    @Test
    void theFileIsAnXmlDeclarationAndOneAkomaNtosoElement() {
        String xml = AknWriter.standard().write(Declaration.builder("x", "T").paragraph("P.").build());
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<akomaNtoso xmlns=\"" + AknWriter.AKN + "\" "
                + "xmlns:declaro=\"" + AknWriter.DECLARO + "\"><statement name=\"declaration\">"), xml);
        assertTrue(xml.endsWith("</mainBody></statement></akomaNtoso>\n"), xml);
    }

    @Test
    void onlyCharactersXmlForbidsAreReplaced() {
        assertEquals("\uFFFDBell", AknWriter.xmlSafe("\u0007Bell"));
        assertEquals("a\uFFFD", AknWriter.xmlSafe("a\uD83D"));
        assertEquals("\uFFFD\uFFFD", AknWriter.xmlSafe("\uDFFF\uFFFE"));
        assertEquals("\uFFFD", AknWriter.xmlSafe("\u001F"));
        String kept = "\t\n\r \uD7FF\uE000\uFFFD\uD83D\uDE00";
        assertTrue(kept == AknWriter.xmlSafe(kept), "text XML can hold is returned as it is");
        assertEquals("", AknWriter.xmlSafe(null));
    }

    @Test
    void unnumberedParagraphsAreIdentifiedByPositionAndRepeatedIdsAreCounted() {
        Declaration d = Declaration.builder("x", "T").paragraph(new Paragraph(null, "A.")).paragraph(new Paragraph(null, "B."))
                .paragraph(new Paragraph(2, "C.")).paragraph(new Paragraph(2, "D.", List.of(), List.of("*"), List.of(), Extensions.NONE))
                .footnote(new Footnote("*", "Note.")).build();
        String xml = AknWriter.standard().write(d);
        assertTrue(xml.contains("<paragraph eId=\"para_1\"><content><p>A.</p></content></paragraph><paragraph eId=\"para_2\">"
                + "<content><p>B.</p></content></paragraph><paragraph eId=\"para_2_2\"><num>2.</num><content><p>C.</p></content>"
                + "</paragraph><paragraph eId=\"para_2_3\"><num>2.</num><content><p>D.<authorialNote marker=\"*\" placement=\"bottom\" "
                + "eId=\"para_2_3__authorialNote_1\"><p>Note.</p></authorialNote></p></content></paragraph>"), xml);
    }
}
