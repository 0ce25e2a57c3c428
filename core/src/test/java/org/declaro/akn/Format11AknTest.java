package org.declaro.akn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.declaro.Fixtures;
import org.declaro.json.DocumentReader;
import org.declaro.model.Document;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Akoma Ntoso of a format 1.1 document: sub-paragraph commitments marked in their points, source kept. */
class Format11AknTest {
    private static Document fixture() {
        return DocumentReader.standard().read(Fixtures.bytes("declaration-1.1.json")).document().orElseThrow();
    }

    @Test
    void subparagraphCommitmentsAreMarkedInTheirPointsAndListedWithThem() throws Exception {
        String xml = AknWriter.standard().write(fixture());
        org.w3c.dom.Document dom = AknSchemaTest.parse(xml);
        NodeList spans = dom.getElementsByTagNameNS(AknWriter.AKN, "span");
        assertEquals(4, spans.getLength(), xml);
        assertTrue(xml.contains("<point eId=\"para_2__list_1__point_a\"><num>(a)</num><content><p><span class=\"commitment will\" "
                + "refersTo=\"#p2.a.c1\">clear all mined areas by 2030</span>;</p>"), xml);
        NodeList listed = dom.getElementsByTagNameNS(AknWriter.DECLARO, "commitment");
        List<String> in = new java.util.ArrayList<>();
        for (int i = 0; i < listed.getLength(); i++) {
            in.add(((Element) listed.item(i)).getAttribute("id") + " " + ((Element) listed.item(i)).getAttribute("in"));
        }
        assertEquals(List.of("p2.a.c1 #para_2__list_1__point_a", "p2.b.i.c1 #para_2__list_1__point_b__list_1__point_i",
                "p3.c1 #para_1_2", "p4.c1 #para_2_2"), in);
        Set<String> eIds = new HashSet<>();
        NodeList all = dom.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            String id = ((Element) all.item(i)).getAttribute("eId");
            assertTrue(id.isEmpty() || eIds.add(id), "unique eId " + id);
        }
        for (String target : in) {
            assertTrue(eIds.contains(target.substring(target.indexOf('#') + 1)), "in refers to an element: " + target);
        }
    }

    @Test
    void theSourceIsKeptInTheProprietaryBlock() throws Exception {
        org.w3c.dom.Document dom = AknSchemaTest.parse(AknWriter.standard().write(fixture()));
        Element source = (Element) dom.getElementsByTagNameNS(AknWriter.DECLARO, "source").item(0);
        assertEquals("text", source.getAttribute("format"));
        assertEquals("example-declaration.txt", source.getAttribute("name"));
        assertEquals(64, source.getAttribute("sha256").length());
    }

    @Test
    void theExportIsSchemaValid() throws Exception {
        if (AknSchemaTest.schema() != null) {
            assertEquals(List.of(), AknSchemaTest.invalidities(AknWriter.standard().write(fixture())));
        }
    }
}
