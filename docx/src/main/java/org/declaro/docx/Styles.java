package org.declaro.docx;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The styles part: names, the basedOn chain, numbering and outline levels given by paragraph styles. */
final class Styles {
    /** the longest basedOn chain followed: a loop in a damaged file ends here */
    private static final int MAX_CHAIN = 32;
    /** a built-in heading style's name: "heading 1" (Word) or "Heading 1" (other writers) */
    private static final Pattern HEADING = Pattern.compile("heading\\s*([1-9])");

    /** One w:style. */
    record Style(String id, String name, String type, String basedOn, Element pPr, Element rPr) {
    }

    private final Map<String, Style> byId = new HashMap<>();
    /** heading levels and run toggles by style, worked out once */
    private final Map<String, Integer> headingLevels = new HashMap<>();
    private final Map<ToggleKey, Boolean> toggles = new HashMap<>();

    /** A run toggle asked of a character style in a paragraph style (either may be null). */
    private record ToggleKey(String prop, String charStyle, String paraStyle) {
    }
    private String defaultParagraph;
    private Element defaultRPr;
    private Element defaultPPr;
    /** left indents by style, in twips, worked out once */
    private final Map<String, Double> leftIndents = new HashMap<>();

    /** @param doc the parsed styles part, or null when the file has none */
    Styles(Document doc) {
        if (doc == null) {
            return;
        }
        Element root = doc.getDocumentElement();
        defaultRPr = W.path(root, "docDefaults", "rPrDefault", "rPr");
        defaultPPr = W.path(root, "docDefaults", "pPrDefault", "pPr");
        for (Element s : W.children(root, "style")) {
            String id = W.attr(s, "styleId");
            if (id == null) {
                continue;
            }
            String type = W.attr(s, "type");
            Element name = W.child(s, "name");
            Element basedOn = W.child(s, "basedOn");
            Style style = new Style(id, name == null ? id : W.val(name), type == null ? "paragraph" : type,
                    basedOn == null ? null : W.val(basedOn), W.child(s, "pPr"), W.child(s, "rPr"));
            byId.putIfAbsent(id, style);
            if ("paragraph".equals(style.type()) && W.on(attrToggle(s, "default")) && defaultParagraph == null) {
                defaultParagraph = id;
            }
        }
    }

    private static Element attrToggle(Element s, String attr) {
        String v = W.attr(s, attr);
        return v != null && (v.equals("1") || v.equalsIgnoreCase("true") || v.equalsIgnoreCase("on")) ? s : null;
    }

    /** @return the id of the default paragraph style ("Normal"), or null */
    String defaultParagraph() {
        return defaultParagraph;
    }

    /** @return the style of that id, or null */
    Style get(String id) {
        return id == null ? null : byId.get(id);
    }

    /** @return the style's name as the file gives it, or null for no style */
    String name(String id) {
        Style s = get(id);
        return s == null ? id : s.name();
    }

    /**
     * @param pPr     the paragraph's own properties (may be null)
     * @param styleId its style (may be null)
     * @return 1..9 from a direct outline level, a heading style's name, or a style's outline level; 0 none
     */
    int headingLevel(Element pPr, String styleId) {
        Integer direct = W.intVal(W.child(pPr, "outlineLvl"));
        if (direct != null) {
            return direct >= 0 && direct < 9 ? direct + 1 : 0;
        }
        if (styleId == null) {
            return 0;
        }
        return headingLevels.computeIfAbsent(styleId, this::styleHeadingLevel);
    }

    private int styleHeadingLevel(String styleId) {
        Style s = get(styleId);
        for (int k = 0; s != null && k < MAX_CHAIN; k++, s = get(s.basedOn())) {
            if (s.name() != null) {
                Matcher m = HEADING.matcher(s.name().toLowerCase(Locale.ROOT).strip());
                if (m.matches()) {
                    return Integer.parseInt(m.group(1));
                }
            }
            Integer o = W.intVal(W.child(s.pPr(), "outlineLvl"));
            if (o != null) {
                return o >= 0 && o < 9 ? o + 1 : 0;
            }
        }
        return 0;
    }

    /**
     * The paragraph's left indent as Word applies it: the direct {@code w:ind} (its {@code w:left}, or
     * {@code w:start} as later editions name it), else the first along the style's basedOn chain, else the
     * document defaults'. The numbering's own indentation is not counted: it places the hanging number, and
     * plain text shows a list item at the left edge.
     *
     * @param pPr     the paragraph's own properties (may be null)
     * @param styleId its style (may be null)
     * @return the indent in twips (may be negative: into the margin); 0 when none is given
     */
    double leftIndent(Element pPr, String styleId) {
        Double direct = left(W.child(pPr, "ind"));
        if (direct != null) {
            return direct;
        }
        return styleId == null ? styleLeftIndent(null) : leftIndents.computeIfAbsent(styleId, this::styleLeftIndent);
    }

    private double styleLeftIndent(String styleId) {
        Style s = get(styleId);
        for (int k = 0; s != null && k < MAX_CHAIN; k++, s = get(s.basedOn())) {
            Double d = left(W.child(s.pPr(), "ind"));
            if (d != null) {
                return d;
            }
        }
        Double d = left(W.child(defaultPPr, "ind"));
        return d == null ? 0 : d;
    }

    private static Double left(Element ind) {
        Double d = W.twips(W.attr(ind, "left"));
        return d != null ? d : W.twips(W.attr(ind, "start"));
    }

    /** @return the first w:numPr along the style's basedOn chain, or null */
    Element numPr(String styleId) {
        Style s = get(styleId);
        for (int k = 0; s != null && k < MAX_CHAIN; k++, s = get(s.basedOn())) {
            Element n = W.child(s.pPr(), "numPr");
            if (n != null && W.child(n, "numId") != null) {
                return n;
            }
        }
        return null;
    }

    /**
     * A run's toggle property (w:b, w:i) as inherited: the run's character style chain, then the paragraph
     * style chain, then the document defaults.
     *
     * @return whether it is on
     */
    boolean runToggle(String prop, String charStyle, String paraStyle) {
        ToggleKey key = new ToggleKey(prop, charStyle, paraStyle);
        Boolean known = toggles.get(key); // not computeIfAbsent: no lambda made for each run
        if (known == null) {
            known = inheritedToggle(prop, charStyle, paraStyle);
            toggles.put(key, known);
        }
        return known;
    }

    private boolean inheritedToggle(String prop, String charStyle, String paraStyle) {
        Boolean b = chainToggle(prop, charStyle);
        if (b == null) {
            b = chainToggle(prop, paraStyle);
        }
        if (b == null) {
            b = W.toggle(W.child(defaultRPr, prop));
        }
        return Boolean.TRUE.equals(b);
    }

    private Boolean chainToggle(String prop, String id) {
        Style s = get(id);
        for (int k = 0; s != null && k < MAX_CHAIN; k++, s = get(s.basedOn())) {
            Boolean b = W.toggle(W.child(s.rPr(), prop));
            if (b != null) {
                return b;
            }
        }
        return null;
    }
}
