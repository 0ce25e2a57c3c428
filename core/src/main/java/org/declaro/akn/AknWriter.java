package org.declaro.akn;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.MissingResourceException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.declaro.internal.Slugs;
import org.declaro.internal.Views;
import org.declaro.model.Action;
import org.declaro.model.ActionPlan;
import org.declaro.model.Commitment;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.declaro.model.Footnote;
import org.declaro.model.Heading;
import org.declaro.model.Paragraph;
import org.declaro.model.PartialDate;
import org.declaro.model.PreambularParagraph;
import org.declaro.model.Section;
import org.declaro.model.Subparagraph;

/**
 * Writes a document as Akoma Ntoso 3.0 XML, valid against the OASIS schema {@code akomantoso30.xsd}.
 *
 * <ul>
 * <li>A {@link Declaration} is a {@code <statement name="declaration">} ({@code name="resolution"} when its
 * symbol is a resolution's, {@code /RES/}); an {@link ActionPlan} is a {@code <doc name="actionPlan">}.</li>
 * <li>{@code meta}: FRBR Work, Expression and Manifestation (country {@code un} for UN documents, else
 * {@code int}; the three-letter ISO 639-2 language), TLC references for the issuer and for Declaro, and a
 * {@code proprietary} block in the Declaro namespace holding every commitment (id, modality, actor, span,
 * deadline, themes; {@code in} names the paragraph or point whose text the span is in) and the document's
 * {@code source} (format 1.1), so that no data is lost; in the text, each commitment's span is also marked
 * {@code <span class="commitment will" refersTo="#p6.c2">}, in sub-paragraphs (points) too.</li>
 * <li>{@code preface}: title ({@code docTitle}), symbol ({@code docNumber}), date ({@code docDate}), subtitle;
 * {@code preamble}: the author's formula and the preambular paragraphs as {@code recitals}; {@code mainBody}:
 * {@code paragraph}/{@code num}/{@code content}, sub-paragraphs as {@code list}/{@code point}, headings as
 * {@code hcontainer name="crossHeading"}; footnotes as {@code authorialNote} with their marker; annexes
 * as {@code attachments}.</li>
 * <li>Ids follow the AKN naming convention ({@code para_7}, {@code para_8__list_1__point_a}) and are unique
 * in the whole file (an annex's ids start with {@code att_N__}).</li>
 * </ul>
 * Writing uses StAX, so text is escaped and no DTD is involved. Thread-safe.
 */
public final class AknWriter {

    /** The Akoma Ntoso 3.0 namespace. */
    public static final String AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    /** The namespace of Declaro's proprietary metadata. */
    public static final String DECLARO = "https://declaro.org/ns/akn/1.0";

    private static final AknWriter INSTANCE = new AknWriter();
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    private AknWriter() {
    }

    /** @return the writer (it has no settings) */
    public static AknWriter standard() {
        return INSTANCE;
    }

    /**
     * @param doc a document
     * @return its Akoma Ntoso XML, UTF-8
     */
    public String write(Document doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(doc, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * @param doc a document
     * @param out where to write UTF-8 XML; not closed
     */
    public void write(Document doc, OutputStream out) {
        try {
            XMLStreamWriter x = OUTPUT.createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.setDefaultNamespace(AKN);
            x.writeStartElement(AKN, "akomaNtoso");
            x.writeDefaultNamespace(AKN);
            x.writeNamespace("declaro", DECLARO);
            document(new Out(x, new java.util.HashSet<>()), doc, "");
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.flush();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing Akoma Ntoso failed: " + e.getMessage(), e);
        }
    }

    /** A label as a number is printed: "I" gives "I.", and "I." stays "I." (a label may carry its own point). */
    static String numbered(String label) {
        return label.endsWith(".") ? label : label + ".";
    }

    /**
     * Text as XML 1.0 can hold it: characters XML forbids (most C0 controls, unpaired surrogates, U+FFFE,
     * U+FFFF), which JSON strings may contain, become U+FFFD. A missing text (null) is empty.
     */
    static String xmlSafe(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                if (ok) {
                    if (b != null) {
                        b.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c < 0xD800 || c > 0xDFFF && c < 0xFFFE;
            }
            if (!ok && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null) {
                b.append(ok ? c : '\uFFFD');
            }
        }
        return b == null ? s : b.toString();
    }

    /** A thin layer over StAX with the few shapes the writer needs. */
    private record Out(XMLStreamWriter x, java.util.Set<String> ids) {
        /** The id, made unique in the file if a broken document repeats a number or label ({@code para_3_2}). */
        String id(String candidate) {
            String id = candidate;
            for (int k = 2; !ids.add(id); k++) {
                id = candidate + "_" + k;
            }
            return id;
        }

        void start(String name, String... attributes) throws XMLStreamException {
            x.writeStartElement(AKN, name);
            for (int i = 0; i + 1 < attributes.length; i += 2) {
                if (attributes[i + 1] != null) {
                    x.writeAttribute(attributes[i], xmlSafe(attributes[i + 1]));
                }
            }
        }

        void empty(String name, String... attributes) throws XMLStreamException {
            x.writeEmptyElement(AKN, name);
            for (int i = 0; i + 1 < attributes.length; i += 2) {
                if (attributes[i + 1] != null) {
                    x.writeAttribute(attributes[i], xmlSafe(attributes[i + 1]));
                }
            }
        }

        void end() throws XMLStreamException {
            x.writeEndElement();
        }

        void text(String s) throws XMLStreamException {
            x.writeCharacters(xmlSafe(s));
        }

        void element(String name, String text, String... attributes) throws XMLStreamException {
            start(name, attributes);
            text(text);
            end();
        }
    }

    private static String name(Document doc) {
        if (doc instanceof ActionPlan) {
            return "actionPlan";
        }
        return doc.symbol() != null && doc.symbol().contains("/RES/") ? "resolution" : "declaration";
    }

    private static String country(Document doc) {
        String symbol = doc.symbol() == null ? "" : doc.symbol();
        String issuer = doc.issuer() == null ? "" : doc.issuer();
        boolean un = symbol.matches("^(A|S|E|APLC|CCW|BWC|NPT|UNEP|UNESCO|FCCC)/.*") || issuer.contains("United Nations")
                || issuer.contains("General Assembly") || issuer.contains("Security Council") || issuer.contains("Convention");
        return un ? "un" : "int";
    }

    private static String language3(String tag) {
        String lang = tag == null ? "en" : tag.split("-")[0];
        try {
            return new Locale(lang).getISO3Language();
        } catch (MissingResourceException e) {
            return "und";
        }
    }

    private static String iso(PartialDate d) {
        return d == null ? LocalDate.of(1970, 1, 1).toString()
                : LocalDate.of(d.year(), Math.max(1, d.month()), Math.max(1, d.day())).toString();
    }

    private static void document(Out o, Document doc, String ids) throws XMLStreamException {
        String type = doc instanceof ActionPlan ? "doc" : "statement";
        o.start(type, "name", name(doc));
        // the proprietary block in meta refers to paragraphs and points, so their eIds are given first
        Map<String, String> body = doc instanceof Declaration d ? bodyIds(o, d, ids) : Map.of();
        meta(o, doc, type, ids, body);
        if (doc instanceof Declaration d) {
            declaration(o, d, ids, body);
        } else {
            plan(o, (ActionPlan) doc, ids);
        }
        o.end();
    }

    private static void meta(Out o, Document doc, String type, String ids, Map<String, String> body)
            throws XMLStreamException {
        String date = iso(doc.date());
        String work = "/akn/" + country(doc) + "/" + type + "/" + name(doc) + "/" + date + "/" + Slugs.of(doc.id());
        String expr = work + "/" + language3(doc.language()) + "@";
        String issuer = ids + "issuer";
        o.start("meta");
        o.start("identification", "source", "#" + ids + "declaro");
        o.start("FRBRWork");
        o.empty("FRBRthis", "value", work + "/!main");
        o.empty("FRBRuri", "value", work);
        o.empty("FRBRdate", "date", date, "name", doc.date() == null ? "unknown" : "document");
        o.empty("FRBRauthor", "href", "#" + issuer);
        o.empty("FRBRcountry", "value", country(doc));
        if (doc.symbol() != null) {
            o.empty("FRBRnumber", "value", doc.symbol());
        }
        o.empty("FRBRname", "value", doc.title());
        o.end();
        o.start("FRBRExpression");
        o.empty("FRBRthis", "value", expr + "/!main");
        o.empty("FRBRuri", "value", expr);
        o.empty("FRBRdate", "date", date, "name", doc.date() == null ? "unknown" : "document");
        o.empty("FRBRauthor", "href", "#" + issuer);
        o.empty("FRBRlanguage", "language", language3(doc.language()));
        o.end();
        o.start("FRBRManifestation");
        o.empty("FRBRthis", "value", expr + "/!main.xml");
        o.empty("FRBRuri", "value", expr + ".akn");
        o.empty("FRBRdate", "date", LocalDate.of(1970, 1, 1).toString(), "name", "transform");
        o.empty("FRBRauthor", "href", "#" + ids + "declaro");
        o.end();
        o.end();
        o.start("references", "source", "#" + ids + "declaro");
        String issuerName = doc.issuer() != null ? doc.issuer() : "Unknown issuer";
        o.empty("TLCOrganization", "eId", issuer, "href", "/akn/ontology/organizations/" + country(doc) + "/" + Slugs.of(issuerName),
                "showAs", issuerName);
        o.empty("TLCOrganization", "eId", ids + "declaro", "href", "/akn/ontology/organizations/declaro", "showAs", "Declaro");
        o.end();
        proprietary(o, doc, ids, body);
        o.end();
    }

    /**
     * Every commitment, in Declaro's namespace, and the document's {@code source}: what the AKN markup has
     * no element for.
     */
    private static void proprietary(Out o, Document doc, String ids, Map<String, String> body) throws XMLStreamException {
        o.start("proprietary", "source", "#" + ids + "declaro");
        XMLStreamWriter x = o.x();
        x.writeStartElement("declaro", "document", DECLARO);
        x.writeAttribute("id", xmlSafe(doc.id()));
        x.writeAttribute("kind", doc.kind().jsonName());
        x.writeAttribute("status", doc.status().jsonName());
        if (doc.source() != null) {
            x.writeEmptyElement("declaro", "source", DECLARO);
            attribute(x, "format", doc.source().format());
            attribute(x, "name", doc.source().name());
            attribute(x, "sha256", doc.source().sha256());
        }
        if (doc instanceof Declaration d) {
            for (int i = 0; i < d.preamble().size(); i++) {
                commitments(x, d.preamble().get(i).commitments(), ids + "recs_1__rec_" + (i + 1));
            }
            for (int i = 0; i < d.paragraphs().size(); i++) {
                commitments(x, d.paragraphs().get(i).commitments(), body.get(String.valueOf(i)));
                pointCommitments(x, d.paragraphs().get(i).subparagraphs(), String.valueOf(i), body);
            }
        } else {
            for (Action a : ((ActionPlan) doc).actions()) {
                commitments(x, a.commitments(), ids + "hcontainer_action_" + Views.actionKey((ActionPlan) doc, a));
            }
            // an action plan's footnotes have no markers in the format, so no place in the text: kept here
            for (Footnote f : ((ActionPlan) doc).footnotes()) {
                x.writeStartElement("declaro", "footnote", DECLARO);
                x.writeAttribute("marker", xmlSafe(f.marker()));
                x.writeCharacters(xmlSafe(f.text()));
                x.writeEndElement();
            }
        }
        x.writeEndElement();
        o.end();
    }

    private static void commitments(XMLStreamWriter x, List<Commitment> cs, String eId) throws XMLStreamException {
        for (Commitment c : cs) {
            x.writeStartElement("declaro", "commitment", DECLARO);
            x.writeAttribute("id", xmlSafe(c.id()));
            x.writeAttribute("in", "#" + eId);
            attribute(x, "modality", c.modality() == null ? null : c.modality().jsonName());
            attribute(x, "actor", c.actor());
            attribute(x, "start", c.start() == null ? null : String.valueOf(c.start()));
            attribute(x, "end", c.end() == null ? null : String.valueOf(c.end()));
            if (c.deadline() != null) {
                x.writeAttribute("deadline", c.deadline().toString());
            }
            if (!c.themes().isEmpty()) {
                x.writeAttribute("themes", xmlSafe(String.join(" ", c.themes())));
            }
            x.writeCharacters(xmlSafe(c.text()));
            x.writeEndElement();
        }
    }

    private static void pointCommitments(XMLStreamWriter x, List<Subparagraph> subs, String at, Map<String, String> body)
            throws XMLStreamException {
        for (int k = 0; k < subs.size(); k++) {
            commitments(x, subs.get(k).commitments(), body.get(at + "/" + k));
            pointCommitments(x, subs.get(k).subparagraphs(), at + "/" + k, body);
        }
    }

    private static void attribute(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        if (value != null) {
            x.writeAttribute(name, xmlSafe(value));
        }
    }

    /**
     * The eIds of a declaration's paragraphs and points, by position ({@code "3"}, {@code "3/1/0"}), unique
     * even where numbers or labels repeat (numbering restarted under a heading, or a broken document).
     */
    private static Map<String, String> bodyIds(Out o, Declaration d, String ids) {
        Map<String, String> body = new HashMap<>();
        for (int i = 0; i < d.paragraphs().size(); i++) {
            Paragraph p = d.paragraphs().get(i);
            String eId = o.id(ids + paraId(p, i));
            body.put(String.valueOf(i), eId);
            pointIds(o, p.subparagraphs(), eId + "__list_1", String.valueOf(i), body);
        }
        return body;
    }

    private static void pointIds(Out o, List<Subparagraph> subs, String parent, String at, Map<String, String> body) {
        for (int k = 0; k < subs.size(); k++) {
            Subparagraph s = subs.get(k);
            String label = s.label() == null ? "" : s.label().replaceAll("[^A-Za-z0-9]", "");
            String eId = o.id(parent + "__point_" + (label.isEmpty() ? String.valueOf(k + 1) : label));
            body.put(at + "/" + k, eId);
            pointIds(o, s.subparagraphs(), eId + "__list_1", at + "/" + k, body);
        }
    }

    private static String paraId(Paragraph p, int index) {
        return "para_" + (p.number() == null ? String.valueOf(index + 1) : String.valueOf(p.number()));
    }

    private static void declaration(Out o, Declaration d, String ids, Map<String, String> body) throws XMLStreamException {
        Notes notes = new Notes(d.footnotes(), ids);
        o.start("preface");
        o.start("p", "class", "title");
        o.element("docTitle", d.title());
        notes.write(o, d.titleFootnotes(), ids + "preface");
        o.end();
        if (d.subtitle() != null) {
            o.element("p", d.subtitle(), "class", "subtitle");
        }
        if (d.symbol() != null) {
            o.start("p");
            o.element("docNumber", d.symbol());
            o.end();
        }
        if (d.date() != null) {
            o.start("p");
            o.element("docDate", d.date().toString(), "date", iso(d.date()));
            o.end();
        }
        o.end();
        if (d.author() != null || !d.preamble().isEmpty()) {
            o.start("preamble");
            if (d.author() != null) {
                o.start("formula", "name", "enactingFormula");
                o.element("p", d.author() + ",");
                o.end();
            }
            if (!d.preamble().isEmpty()) {
                o.start("recitals", "eId", ids + "recs_1");
                for (int i = 0; i < d.preamble().size(); i++) {
                    PreambularParagraph p = d.preamble().get(i);
                    String eId = ids + "recs_1__rec_" + (i + 1);
                    o.start("recital", "eId", eId);
                    o.start("p");
                    inline(o, p.text(), p.commitments());
                    notes.write(o, p.footnotes(), eId);
                    o.end();
                    o.end();
                }
                o.end();
            }
            o.end();
        }
        o.start("mainBody");
        int h = 0;
        for (int i = 0; i < d.paragraphs().size(); i++) {
            for (Heading heading : Views.before(d.headings(), i)) {
                h++;
                o.start("hcontainer", "name", "crossHeading", "eId", ids + "hcontainer_" + h);
                if (heading.label() != null) {
                    o.element("num", numbered(heading.label()));
                }
                o.element("heading", heading.title());
                o.end();
            }
            Paragraph p = d.paragraphs().get(i);
            String eId = body.get(String.valueOf(i));
            o.start("paragraph", "eId", eId);
            if (p.number() != null) {
                o.element("num", p.number() + ".");
            }
            if (p.subparagraphs().isEmpty()) {
                o.start("content");
                o.start("p");
                inline(o, p.text(), p.commitments());
                notes.write(o, p.footnotes(), eId);
                o.end();
                o.end();
            } else {
                o.start("list", "eId", eId + "__list_1");
                o.start("intro");
                o.start("p");
                inline(o, p.text(), p.commitments());
                notes.write(o, p.footnotes(), eId);
                o.end();
                o.end();
                points(o, p.subparagraphs(), String.valueOf(i), body);
                o.end();
            }
            o.end();
        }
        o.end();
        if (!d.annexes().isEmpty()) {
            o.start("attachments");
            for (int k = 0; k < d.annexes().size(); k++) {
                String prefix = ids + "att_" + (k + 1);
                o.start("attachment", "eId", prefix);
                document(o, d.annexes().get(k), prefix + "__");
                o.end();
            }
            o.end();
        }
    }

    /**
     * The text with each commitment's span marked {@code <span class="commitment commit" refersTo="#p6.c1">};
     * spans that overlap an earlier one, or fall outside the text, stay plain (the proprietary block has them all).
     */
    private static void inline(Out o, String text, List<Commitment> commitments) throws XMLStreamException {
        int at = 0;
        for (Commitment c : Views.spans(text, commitments)) {
            o.text(text.substring(at, c.start()));
            o.start("span", "class", c.modality() == null ? "commitment" : "commitment " + c.modality().jsonName(),
                    "refersTo", "#" + Views.text(c.id()));
            o.text(text.substring(c.start(), c.end()));
            o.end();
            at = c.end();
        }
        o.text(text == null ? null : text.substring(at));
    }

    private static void points(Out o, List<Subparagraph> subs, String at, Map<String, String> body)
            throws XMLStreamException {
        for (int k = 0; k < subs.size(); k++) {
            Subparagraph s = subs.get(k);
            String eId = body.get(at + "/" + k);
            o.start("point", "eId", eId);
            if (s.label() != null) {
                o.element("num", "(" + s.label() + ")");
            }
            if (s.subparagraphs().isEmpty()) {
                o.start("content");
                o.start("p");
                inline(o, s.text(), s.commitments());
                o.end();
                o.end();
            } else {
                o.start("list", "eId", eId + "__list_1");
                o.start("intro");
                o.start("p");
                inline(o, s.text(), s.commitments());
                o.end();
                o.end();
                points(o, s.subparagraphs(), at + "/" + k, body);
                o.end();
            }
            o.end();
        }
    }

    private static void plan(Out o, ActionPlan p, String ids) throws XMLStreamException {
        o.start("preface");
        o.start("p", "class", "title");
        o.element("docTitle", p.title());
        o.end();
        if (p.period() != null) {
            o.element("p", Views.period(p.period()), "class", "period");
        }
        o.end();
        if (!p.introduction().isEmpty()) {
            o.start("preamble");
            for (String intro : p.introduction()) {
                o.element("p", intro);
            }
            o.end();
        }
        o.start("mainBody");
        for (int k = 0; k < p.sections().size(); k++) {
            Section s = p.sections().get(k);
            String number = s.number() == null ? "" : s.number().replaceAll("[^A-Za-z0-9]", "");
            String eId = o.id(ids + "sec_" + (number.isEmpty() ? String.valueOf(k + 1) : number));
            o.start("section", "eId", eId);
            if (s.number() != null) {
                o.element("num", numbered(s.number()));
            }
            o.element("heading", s.title());
            if (s.actions().isEmpty()) {
                o.start("content");
                for (String para : s.paragraphs()) {
                    o.element("p", para);
                }
                if (s.paragraphs().isEmpty()) {
                    o.empty("p");
                }
                o.end();
            } else {
                if (!s.paragraphs().isEmpty()) {
                    o.start("intro");
                    for (String para : s.paragraphs()) {
                        o.element("p", para);
                    }
                    o.end();
                }
                for (Action a : s.actions()) {
                    String aId = o.id(ids + "hcontainer_action_" + Views.actionKey(p, a));
                    o.start("hcontainer", "name", "action", "eId", aId);
                    o.element("num", a.number() == null ? "Action" : "Action " + a.number());
                    o.start("content");
                    o.start("p");
                    o.text(a.text());
                    if (a.deadline() != null) {
                        o.text(" ");
                        o.element("date", "(by " + a.deadline() + ")", "date", iso(a.deadline()), "refersTo", "#deadline");
                    }
                    o.end();
                    if (!a.indicators().isEmpty()) {
                        o.start("blockList", "eId", aId + "__list_1");
                        for (int i = 0; i < a.indicators().size(); i++) {
                            o.start("item", "eId", aId + "__list_1__item_" + (i + 1));
                            o.element("p", a.indicators().get(i), "class", "indicator");
                            o.end();
                        }
                        o.end();
                    }
                    o.end();
                    o.end();
                }
            }
            o.end();
        }
        o.end();
    }

    /** Footnotes as authorialNote elements at their markers. */
    private static final class Notes {
        private final List<Footnote> footnotes;
        private final String ids;
        private int count;

        Notes(List<Footnote> footnotes, String ids) {
            this.footnotes = footnotes;
            this.ids = ids;
        }

        void write(Out o, List<String> markers, String parent) throws XMLStreamException {
            for (String m : markers) {
                for (Footnote f : footnotes) {
                    if (m.equals(f.marker())) {
                        count++;
                        o.start("authorialNote", "marker", m, "placement", "bottom", "eId", parent + "__authorialNote_" + count);
                        o.element("p", f.text());
                        o.end();
                    }
                }
            }
        }

    }
}
