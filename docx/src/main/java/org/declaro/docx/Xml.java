package org.declaro.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The parser of the parts' XML: namespace aware, no DTD (so no entity of any kind, external or expanding), secure
 * processing on; its errors are exceptions, not lines on standard error.
 */
final class Xml {
    private static final DocumentBuilderFactory FACTORY = factory();

    private Xml() {
    }

    private static DocumentBuilderFactory factory() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setValidating(false);
        f.setExpandEntityReferences(false);
        f.setXIncludeAware(false);
        try {
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            // every node is read once: built at once, not on the first visit (Xerces' deferred DOM costs more then)
            f.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a security feature: " + e.getMessage(), e);
        }
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return f;
    }

    /** Errors end the parse; warnings are ignored; nothing is printed. */
    private static final ErrorHandler QUIET = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    /**
     * @return a parser for the parts of one file, in one thread: making one costs about as much as parsing a small
     *         part, so the parts of a file share it
     */
    static DocumentBuilder parser() {
        try {
            DocumentBuilder b;
            synchronized (FACTORY) {
                b = FACTORY.newDocumentBuilder();
            }
            b.setErrorHandler(QUIET);
            b.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("an external entity (" + systemId + ")");
            });
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param parser a parser of {@link #parser()}
     * @param bytes  the part
     * @return its DOM
     * @throws SAXException if it is not well-formed XML, or declares a DTD
     */
    static Document parse(DocumentBuilder parser, byte[] bytes) throws SAXException {
        try {
            return parser.parse(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new SAXException(e.getMessage(), e); // from a byte array: a parse failure, not I/O
        }
    }
}
