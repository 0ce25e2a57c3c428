package org.declaro.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.declaro.internal.JsonStrings;
import org.declaro.model.Action;
import org.declaro.model.ActionPlan;
import org.declaro.model.Adoption;
import org.declaro.model.AgendaItem;
import org.declaro.model.Commitment;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.declaro.model.Extensions;
import org.declaro.model.Footnote;
import org.declaro.model.Heading;
import org.declaro.model.Meeting;
import org.declaro.model.Paragraph;
import org.declaro.model.PartialDate;
import org.declaro.model.Period;
import org.declaro.model.PreambularParagraph;
import org.declaro.model.Reference;
import org.declaro.model.Section;
import org.declaro.model.Subparagraph;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes documents as canonical JSON: the contract that golden files and diffs rely on.
 *
 * <ul>
 * <li>fields in the fixed order of FORMAT.md, {@code schemaVersion}, {@code kind} and {@code id} first;
 * <li>two-space indent, {@code "name": value}, one array element per line, LF line ends, a final LF;
 * <li>UTF-8; only {@code "}, {@code \}, control characters and unpaired surrogates are escaped;
 * <li>no {@code null} values and no empty lists; {@code status} is always written;
 * <li>fields the format does not define (kept by a lenient read) follow the known fields of their
 * object, in the order they were read.
 * </ul>
 *
 * <p>Writing is deterministic: the same model always gives the same bytes, and a model read from
 * canonical JSON writes back to the same bytes. Thread-safe and stateless.
 */
public final class CanonicalJsonWriter {
    private static final CanonicalJsonWriter INSTANCE = new CanonicalJsonWriter();
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private CanonicalJsonWriter() {
    }

    /** @return the writer */
    public static CanonicalJsonWriter get() {
        return INSTANCE;
    }

    /**
     * @param doc the document
     * @return its canonical JSON as UTF-8 bytes
     */
    public byte[] write(Document doc) {
        return writeString(doc).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * @param doc the document
     * @param out where to write UTF-8; not closed
     * @throws UncheckedIOException if writing fails
     */
    public void write(Document doc, OutputStream out) {
        try {
            out.write(write(doc));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param doc the document
     * @return its canonical JSON text, ending with a newline
     */
    public String writeString(Document doc) {
        Out o = new Out();
        document(o, doc);
        o.sb.append('\n');
        return o.sb.toString();
    }

    /** Output with indentation state. */
    private static final class Out {
        final StringBuilder sb = new StringBuilder(4096);
        int indent;
        boolean first = true;

        void begin(char open) {
            sb.append(open);
            indent++;
            first = true;
        }

        void end(char close) {
            indent--;
            if (!first) {
                newline();
            }
            sb.append(close);
            first = false;
        }

        void newline() {
            sb.append('\n');
            for (int i = 0; i < indent; i++) {
                sb.append("  ");
            }
        }

        /** Starts a member or element: comma, newline, indent. */
        void next() {
            if (!first) {
                sb.append(',');
            }
            newline();
            first = false;
        }

        void name(String name) {
            next();
            JsonStrings.quote(sb, name);
            sb.append(": ");
        }

        void string(String name, String value) {
            if (value != null) {
                name(name);
                JsonStrings.quote(sb, value);
            }
        }

        void integer(String name, Integer value) {
            if (value != null) {
                name(name);
                sb.append(value.intValue());
            }
        }

        void bool(String name, Boolean value) {
            if (value != null) {
                name(name);
                sb.append(value.booleanValue());
            }
        }

        void date(String name, PartialDate value) {
            if (value != null) {
                string(name, value.toString());
            }
        }

        void strings(String name, List<String> values) {
            if (!values.isEmpty()) {
                name(name);
                begin('[');
                for (String v : values) {
                    next();
                    JsonStrings.quote(sb, v);
                }
                end(']');
            }
        }
    }

    private interface Part<T> {
        void write(Out o, T value);
    }

    private static <T> void object(Out o, String name, T value, Part<T> part) {
        if (value != null) {
            o.name(name);
            o.begin('{');
            part.write(o, value);
            o.end('}');
        }
    }

    private static <T> void objects(Out o, String name, List<T> values, Part<T> part) {
        if (!values.isEmpty()) {
            o.name(name);
            o.begin('[');
            for (T v : values) {
                o.next();
                o.begin('{');
                part.write(o, v);
                o.end('}');
            }
            o.end(']');
        }
    }

    private static void document(Out o, Document doc) {
        o.begin('{');
        if (doc instanceof Declaration d) {
            declaration(o, d);
        } else {
            actionPlan(o, (ActionPlan) doc);
        }
        o.end('}');
    }

    private static void declaration(Out o, Declaration d) {
        o.string("schemaVersion", d.schemaVersion());
        o.string("kind", d.kind().jsonName());
        o.string("id", d.id());
        o.string("title", d.title());
        o.strings("titleFootnotes", d.titleFootnotes());
        o.string("subtitle", d.subtitle());
        o.string("status", d.status().jsonName());
        o.string("language", d.language());
        o.string("originalLanguage", d.originalLanguage());
        o.string("symbol", d.symbol());
        o.date("date", d.date());
        o.string("issuer", d.issuer());
        o.string("author", d.author());
        object(o, "meeting", d.meeting(), CanonicalJsonWriter::meeting);
        object(o, "agendaItem", d.agendaItem(), CanonicalJsonWriter::agendaItem);
        objects(o, "preamble", d.preamble(), CanonicalJsonWriter::preambularParagraph);
        objects(o, "paragraphs", d.paragraphs(), CanonicalJsonWriter::paragraph);
        objects(o, "headings", d.headings(), CanonicalJsonWriter::heading);
        objects(o, "footnotes", d.footnotes(), CanonicalJsonWriter::footnote);
        object(o, "adoption", d.adoption(), CanonicalJsonWriter::adoption);
        objects(o, "references", d.references(), CanonicalJsonWriter::reference);
        if (!d.annexes().isEmpty()) {
            o.name("annexes");
            o.begin('[');
            for (Document annex : d.annexes()) {
                o.next();
                document(o, annex);
            }
            o.end(']');
        }
        extensions(o, d.extensions());
    }

    private static void actionPlan(Out o, ActionPlan a) {
        o.string("schemaVersion", a.schemaVersion());
        o.string("kind", a.kind().jsonName());
        o.string("id", a.id());
        o.string("title", a.title());
        o.string("status", a.status().jsonName());
        o.string("language", a.language());
        o.string("symbol", a.symbol());
        o.date("date", a.date());
        o.string("issuer", a.issuer());
        object(o, "period", a.period(), CanonicalJsonWriter::period);
        o.strings("introduction", a.introduction());
        objects(o, "sections", a.sections(), CanonicalJsonWriter::section);
        objects(o, "footnotes", a.footnotes(), CanonicalJsonWriter::footnote);
        extensions(o, a.extensions());
    }

    private static void meeting(Out o, Meeting m) {
        o.string("name", m.name());
        o.string("place", m.place());
        o.date("date", m.date());
        extensions(o, m.extensions());
    }

    private static void agendaItem(Out o, AgendaItem a) {
        o.string("number", a.number());
        o.string("title", a.title());
        o.bool("provisional", a.provisional());
        extensions(o, a.extensions());
    }

    private static void preambularParagraph(Out o, PreambularParagraph p) {
        o.string("text", p.text());
        o.strings("footnotes", p.footnotes());
        objects(o, "commitments", p.commitments(), CanonicalJsonWriter::commitment);
        extensions(o, p.extensions());
    }

    private static void paragraph(Out o, Paragraph p) {
        o.integer("number", p.number());
        o.string("text", p.text());
        objects(o, "subparagraphs", p.subparagraphs(), CanonicalJsonWriter::subparagraph);
        o.strings("footnotes", p.footnotes());
        objects(o, "commitments", p.commitments(), CanonicalJsonWriter::commitment);
        extensions(o, p.extensions());
    }

    private static void subparagraph(Out o, Subparagraph s) {
        o.string("label", s.label());
        o.string("text", s.text());
        objects(o, "subparagraphs", s.subparagraphs(), CanonicalJsonWriter::subparagraph);
        extensions(o, s.extensions());
    }

    private static void commitment(Out o, Commitment c) {
        o.string("id", c.id());
        o.string("modality", c.modality() == null ? null : c.modality().jsonName());
        o.string("actor", c.actor());
        o.string("text", c.text());
        o.integer("start", c.start());
        o.integer("end", c.end());
        o.strings("themes", c.themes());
        o.date("deadline", c.deadline());
        extensions(o, c.extensions());
    }

    private static void heading(Out o, Heading h) {
        o.integer("before", h.before());
        o.integer("level", h.level());
        o.string("label", h.label());
        o.string("title", h.title());
        extensions(o, h.extensions());
    }

    private static void footnote(Out o, Footnote f) {
        o.string("marker", f.marker());
        o.string("text", f.text());
        extensions(o, f.extensions());
    }

    private static void adoption(Out o, Adoption a) {
        o.string("place", a.place());
        o.date("date", a.date());
        extensions(o, a.extensions());
    }

    private static void reference(Out o, Reference r) {
        o.string("kind", r.kind());
        o.string("title", r.title());
        o.string("id", r.id());
        o.integer("paragraph", r.paragraph());
        extensions(o, r.extensions());
    }

    private static void period(Out o, Period p) {
        o.integer("from", p.from());
        o.integer("to", p.to());
        extensions(o, p.extensions());
    }

    private static void section(Out o, Section s) {
        o.string("number", s.number());
        o.string("title", s.title());
        o.strings("paragraphs", s.paragraphs());
        objects(o, "actions", s.actions(), CanonicalJsonWriter::action);
        extensions(o, s.extensions());
    }

    private static void action(Out o, Action a) {
        o.integer("number", a.number());
        o.string("text", a.text());
        o.strings("indicators", a.indicators());
        objects(o, "commitments", a.commitments(), CanonicalJsonWriter::commitment);
        o.date("deadline", a.deadline());
        extensions(o, a.extensions());
    }

    /** Writes extension fields, re-indenting their compact JSON the canonical way. */
    private static void extensions(Out o, Extensions ext) {
        for (Map.Entry<String, String> e : ext.asMap().entrySet()) {
            o.name(e.getKey());
            try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), e.getValue())) {
                p.nextToken();
                value(o, p);
            }
        }
    }

    /** Copies the value at the parser's current token, iteratively. */
    private static void value(Out o, JsonParser p) {
        int depth = 0;
        JsonToken t = p.currentToken();
        boolean afterName = true; // the first value follows the member name already written
        while (true) {
            switch (t) {
                case START_OBJECT, START_ARRAY -> {
                    if (!afterName) {
                        o.next();
                    }
                    o.begin(t == JsonToken.START_OBJECT ? '{' : '[');
                    depth++;
                }
                case END_OBJECT -> {
                    o.end('}');
                    depth--;
                }
                case END_ARRAY -> {
                    o.end(']');
                    depth--;
                }
                case PROPERTY_NAME -> {
                    o.name(p.currentName());
                    afterName = true;
                    t = p.nextToken();
                    continue;
                }
                default -> {
                    if (!afterName) {
                        o.next();
                    }
                    scalar(o, p, t);
                }
            }
            afterName = false;
            if (depth == 0) {
                return;
            }
            t = p.nextToken();
        }
    }

    private static void scalar(Out o, JsonParser p, JsonToken t) {
        switch (t) {
            case VALUE_STRING -> JsonStrings.quote(o.sb, p.getString());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> o.sb.append(p.getString());
            case VALUE_TRUE -> o.sb.append("true");
            case VALUE_FALSE -> o.sb.append("false");
            default -> o.sb.append("null");
        }
    }
}
