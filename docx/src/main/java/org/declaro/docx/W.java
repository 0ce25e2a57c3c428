package org.declaro.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Helpers over the DOM of WordprocessingML parts, in the transitional and the strict namespace. */
final class W {
    static final String NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String NS_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    static final String MATH = "http://schemas.openxmlformats.org/officeDocument/2006/math";

    private W() {
    }

    /** @return whether the namespace is WordprocessingML's */
    static boolean isW(String ns) {
        return NS.equals(ns) || NS_STRICT.equals(ns);
    }

    /** @return whether the node is the element w:local */
    static boolean is(Node n, String local) {
        return n != null && n.getNodeType() == Node.ELEMENT_NODE && local.equals(n.getLocalName()) && isW(n.getNamespaceURI());
    }

    /** @return the element's first child w:local, or null */
    static Element child(Element e, String local) {
        if (e == null) {
            return null;
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (is(n, local)) {
                return (Element) n;
            }
        }
        return null;
    }

    /** @return the element's children w:local, in order */
    static List<Element> children(Element e, String local) {
        List<Element> out = new ArrayList<>();
        if (e != null) {
            for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (is(n, local)) {
                    out.add((Element) n);
                }
            }
        }
        return out;
    }

    /** @return the descendant at the path of w: names, or null */
    static Element path(Element e, String... locals) {
        Element at = e;
        for (String l : locals) {
            at = child(at, l);
            if (at == null) {
                return null;
            }
        }
        return at;
    }

    /** @return the attribute w:local (either namespace, or none), or null when absent */
    static String attr(Element e, String local) {
        if (e == null) {
            return null;
        }
        if (e.hasAttributeNS(NS, local)) {
            return e.getAttributeNS(NS, local);
        }
        if (e.hasAttributeNS(NS_STRICT, local)) {
            return e.getAttributeNS(NS_STRICT, local);
        }
        return e.hasAttribute(local) ? e.getAttribute(local) : null;
    }

    /** @return the attribute w:val, or null */
    static String val(Element e) {
        return attr(e, "val");
    }

    /** @return w:val as an integer, or null when absent or not a number */
    static Integer intVal(Element e) {
        String v = val(e);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v.trim());
        } catch (NumberFormatException x) {
            return null;
        }
    }

    /**
     * A length in twentieths of a point, as an attribute gives it: a number of twips, or a measure with its unit
     * ({@code 1.5cm}, {@code 0.5in}, {@code 12pt}, {@code 10mm}, {@code 3pc}, {@code 3pi}).
     *
     * @return the twips, or null when absent or not a length
     */
    static Double twips(String v) {
        if (v == null) {
            return null;
        }
        String t = v.trim().toLowerCase(Locale.ROOT);
        double per = 1;
        if (t.length() > 2 && Character.isLetter(t.charAt(t.length() - 1))) {
            per = switch (t.substring(t.length() - 2)) {
                case "mm" -> 1440 / 25.4;
                case "cm" -> 1440 / 2.54;
                case "in" -> 1440;
                case "pt" -> 20;
                case "pc", "pi" -> 240;
                default -> Double.NaN;
            };
            t = t.substring(0, t.length() - 2);
        }
        try {
            double d = Double.parseDouble(t) * per;
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException x) {
            return null;
        }
    }

    /**
     * A toggle property (w:b, w:i, w:vanish): null when absent, else on unless its w:val says off.
     *
     * @return TRUE, FALSE or null
     */
    static Boolean toggle(Element e) {
        if (e == null) {
            return null;
        }
        String v = val(e);
        if (v == null) {
            return Boolean.TRUE;
        }
        return switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "0", "false", "off" -> Boolean.FALSE;
            default -> Boolean.TRUE;
        };
    }

    /** @return whether the toggle property is present and on */
    static boolean on(Element e) {
        return Boolean.TRUE.equals(toggle(e));
    }
}
