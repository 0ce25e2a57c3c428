package org.declaro.akn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.declaro.testing.Edits;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.declaro.Fixtures;
import org.declaro.commitments.CommitmentExtractor;
import org.declaro.importer.TextImporter;
import org.declaro.json.DocumentReader;
import org.declaro.model.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The exported XML is valid against the official OASIS schema. The schema is OASIS's file and is not in
 * this repository: give its path with {@code -Dakn.xsd=/path/to/akomantoso30.xsd} ({@code .ci/run} does);
 * without it the validity tests skip and say so. Parsing is safe: no DTDs, no external entities.
 */
public class AknSchemaTest {

    private static Schema schema;

    /** @return the OASIS schema given by {@code -Dakn.xsd}, or null */
    public static synchronized Schema schema() throws Exception {
        String path = System.getProperty("akn.xsd");
        if (schema != null || path == null || path.isBlank() || !Files.isRegularFile(Path.of(path))) {
            return schema;
        }
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file"); // the schema's own import of xml.xsd, next to it
        schema = f.newSchema(Path.of(path).toFile());
        return schema;
    }

    @BeforeAll
    static void loadSchema() throws Exception {
        schema();
    }

    private static void assumeSchema() {
        Assumptions.assumeTrue(schema != null, "SKIPPED: no Akoma Ntoso schema given; run with -Dakn.xsd=/path/to/akomantoso30.xsd"
                + " (the OASIS file is not redistributed here; .ci/run passes ../shared/akn/akomantoso30.xsd)");
    }

    /** @return the schema's complaints about the XML (the schema must be loaded) */
    public static List<String> invalidities(String xml) throws Exception {
        Validator v = schema().newValidator();
        v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        List<String> problems = new ArrayList<>();
        v.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void error(SAXParseException e) {
                problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
            }
        });
        v.validate(new StreamSource(new StringReader(xml)));
        return problems;
    }

    /** Parses with a DOM parser that refuses DTDs and external entities. */
    public static org.w3c.dom.Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static Document json(String resource) {
        return DocumentReader.standard().read(Fixtures.bytes(resource)).document().orElseThrow();
    }

    private static Document imported(String resource) {
        return CommitmentExtractor.standard().extract(TextImporter.standard().importText(Fixtures.bytes(resource)).document().orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"siem-reap-angkor-declaration-draft-2024.json", "action-plan-example.json"})
    void theFixturesExportValid(String resource) throws Exception {
        assumeSchema();
        String xml = AknWriter.standard().write(json(resource));
        assertEquals(List.of(), invalidities(xml), xml);
    }

    @ParameterizedTest
    @ValueSource(strings = {"corpus/unga-res-80-53-nuclear-disarmament-verification-2025.txt", "corpus/g20-bali-leaders-declaration-2022.txt",
            "corpus/g7-hiroshima-action-statement-food-security-2023.txt", "corpus/udhr-1948-unicode-plaintext.txt",
            "import/resolution-with-annex.txt", "import/declaration-with-plan-of-action.txt", "import/action-plan.txt"})
    void importedDocumentsExportValid(String resource) throws Exception {
        assumeSchema();
        String xml = AknWriter.standard().write(imported(resource));
        assertEquals(List.of(), invalidities(xml), xml);
    }

    @Test
    void theSchemaCheckRejectsABrokenExport() throws Exception {
        assumeSchema();
        String xml = AknWriter.standard().write(json(Fixtures.SIEM_REAP));
        assertTrue(!invalidities(Edits.replaceRegex(xml, "<FRBRcountry value=\"un\"/>", "")).isEmpty(), "FRBRcountry is required");
        assertTrue(!invalidities(Edits.replace(xml, "eId=\"para_2\"", "eId=\"para_1\"")).isEmpty(), "eIds must be unique");
        assertTrue(!invalidities(Edits.replaceRegex(xml, "<num>1.</num>", "<numero>1.</numero>")).isEmpty(), "unknown elements are refused");
    }

    @Test
    void theExampleHasItsStructureIdsNotesAndCommitments() throws Exception {
        String xml = AknWriter.standard().write(json(Fixtures.SIEM_REAP));
        org.w3c.dom.Document dom = parse(xml);
        assertEquals("declaration", ((org.w3c.dom.Element) dom.getElementsByTagNameNS(AknWriter.AKN, "statement").item(0)).getAttribute("name"));
        assertEquals(13, dom.getElementsByTagNameNS(AknWriter.AKN, "paragraph").getLength());
        assertEquals("eng", ((org.w3c.dom.Element) dom.getElementsByTagNameNS(AknWriter.AKN, "FRBRlanguage").item(0)).getAttribute("language"));
        assertEquals("un", ((org.w3c.dom.Element) dom.getElementsByTagNameNS(AknWriter.AKN, "FRBRcountry").item(0)).getAttribute("value"));
        assertEquals(2, dom.getElementsByTagNameNS(AknWriter.AKN, "authorialNote").getLength());
        assertEquals(23, dom.getElementsByTagNameNS(AknWriter.DECLARO, "commitment").getLength());
        NodeList spans = dom.getElementsByTagNameNS(AknWriter.AKN, "span");
        assertEquals(23, spans.getLength(), "every commitment of the example is marked in its paragraph");
        org.w3c.dom.Element first = (org.w3c.dom.Element) spans.item(0);
        assertEquals("commitment reaffirm", first.getAttribute("class"));
        assertEquals("#p1.c1", first.getAttribute("refersTo"));
        assertEquals("reaffirm our unwavering commitment to put an end to the suffering and casualties caused by anti-personnel mines",
                first.getTextContent());
        NodeList all = dom.getElementsByTagName("*");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < all.getLength(); i++) {
            String id = ((org.w3c.dom.Element) all.item(i)).getAttribute("eId");
            assertTrue(id.isEmpty() || ids.add(id), "unique eId " + id);
        }
        assertTrue(ids.contains("para_7"));
    }

    @Test
    void subParagraphIdsFollowTheNamingConvention() throws Exception {
        String xml = AknWriter.standard().write(imported("corpus/unga-res-80-53-nuclear-disarmament-verification-2025.txt"));
        assertTrue(xml.contains("eId=\"para_5__list_1__point_a\""), xml);
        assertTrue(xml.contains("<statement name=\"resolution\">"), xml);
        assertTrue(xml.contains("<recital eId=\"recs_1__rec_1\">"), xml);
        String annexed = AknWriter.standard().write(imported("import/resolution-with-annex.txt"));
        assertTrue(annexed.contains("<attachment eId=\"att_1\"><statement name=\"declaration\">"), annexed);
        assertTrue(annexed.contains("eId=\"att_1__para_2__list_1__point_a__list_1__point_i\""), annexed);
    }

    @Test
    void charactersXmlForbidsBecomeReplacementCharacters() throws Exception {
        Document d = org.declaro.model.Declaration.builder("x", "Bell\u0007 title").paragraph("Broken \uD800 surrogate and \uFFFF; kept \uD83D\uDE00.").build();
        String xml = AknWriter.standard().write(d);
        org.w3c.dom.Document dom = parse(xml);
        assertEquals("Broken \uFFFD surrogate and \uFFFD; kept \uD83D\uDE00.",
                dom.getElementsByTagNameNS(AknWriter.AKN, "p").item(1).getTextContent());
        if (schema != null) {
            assertEquals(List.of(), invalidities(xml));
        }
    }

    @Test
    void aBrokenDocumentWithRepeatedNumbersStillGetsUniqueIds() throws Exception {
        org.declaro.model.Declaration d = org.declaro.model.Declaration.builder("x", "T").paragraph(new org.declaro.model.Paragraph(1, "A."))
                .paragraph(new org.declaro.model.Paragraph(1, "B.")).build();
        String xml = AknWriter.standard().write(d);
        assertTrue(xml.contains("eId=\"para_1\"") && xml.contains("eId=\"para_1_2\""), xml);
        if (schema != null) {
            assertEquals(List.of(), invalidities(xml));
        }
    }

    @Test
    void textIsEscapedAndTheParserRefusesDoctypes() throws Exception {
        Document d = org.declaro.model.Declaration.builder("x", "A <b> & \"c\"").paragraph("1 < 2 & ]]> done.").build();
        String xml = AknWriter.standard().write(d);
        assertTrue(xml.contains("A &lt;b&gt; &amp;"), xml);
        assertEquals("1 < 2 & ]]> done.", parse(xml).getElementsByTagNameNS(AknWriter.AKN, "p").item(1).getTextContent());
        String evil = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>";
        org.junit.jupiter.api.Assertions.assertThrows(org.xml.sax.SAXParseException.class, () -> parse(evil));
    }
}
