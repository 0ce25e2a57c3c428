package org.declaro.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.declaro.akn.AknSchemaTest;
import org.declaro.akn.AknWriter;
import org.declaro.model.Document;
import org.declaro.model.Declaration;

/**
 * Every generated document (odd scripts, astral characters, annexes, extensions) exports to well-formed
 * XML, and to XML valid against the OASIS schema when {@code -Dakn.xsd} gives it.
 */
class AknProperties {

    @Provide
    Arbitrary<Document> documents() {
        return Documents.document();
    }

    @Property(tries = 150, edgeCases = EdgeCasesMode.NONE)
    void everyDocumentExportsToWellFormedAndValidXml(@ForAll("documents") Document doc) throws Exception {
        String xml = AknWriter.standard().write(doc);
        org.w3c.dom.Document dom = AknSchemaTest.parse(xml);
        assertEquals("akomaNtoso", dom.getDocumentElement().getLocalName());
        if (doc instanceof Declaration d) {
            int paragraphs = d.paragraphs().size() + d.annexes().stream()
                    .mapToInt(a -> a instanceof Declaration ad ? ad.paragraphs().size() : 0).sum();
            assertEquals(paragraphs, dom.getElementsByTagNameNS(AknWriter.AKN, "paragraph").getLength());
        }
        if (AknSchemaTest.schema() != null) {
            assertEquals(List.of(), AknSchemaTest.invalidities(xml));
        }
    }
}
