package org.declaro.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.declaro.internal.JsonStrings;
import org.declaro.internal.Format;
import org.declaro.internal.Format.Field;
import org.declaro.internal.Format.Shape;
import org.declaro.model.Document;
import org.declaro.model.Extensions;
import org.declaro.model.PartialDate;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes documents as canonical JSON: the contract that golden files and diffs rely on.
 *
 * <ul>
 * <li>fields in the fixed order of FORMAT.md ({@code org.declaro.internal.Format} holds it),
 * {@code schemaVersion}, {@code kind} and {@code id} first;
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

    /** @return the writer (it has no settings: canonical JSON is one text) */
    public static CanonicalJsonWriter standard() {
        return INSTANCE;
    }

    /**
     * @param doc the document
     * @param out where to write UTF-8; not closed
     * @throws UncheckedIOException if writing fails
     */
    public void write(Document doc, OutputStream out) {
        try {
            out.write(write(doc).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param doc the document
     * @return its canonical JSON text, ending with a newline
     */
    public String write(Document doc) {
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

    private static void document(Out o, Document doc) {
        o.begin('{');
        fields(o, Format.shapeOf(doc), doc);
        o.end('}');
    }

    /** Writes an object's fields in the order of {@link Format}, then its extension fields. */
    @SuppressWarnings("unchecked")
    private static <T> void fields(Out o, Shape<T> shape, T value) {
        for (Field<T> f : shape.fields()) {
            Object v = f.get(value);
            String name = f.name();
            switch (f.type()) {
                case STRING -> o.string(name, (String) v);
                case INTEGER -> o.integer(name, (Integer) v);
                case BOOLEAN -> o.bool(name, (Boolean) v);
                case DATE -> o.date(name, (PartialDate) v);
                case ENUM -> o.string(name, v == null ? null : f.enumeration().nameOf(v));
                case STRINGS -> o.strings(name, (List<String>) v);
                case OBJECT -> {
                    if (v != null) {
                        o.name(name);
                        object(o, f.shape(), v);
                    }
                }
                case OBJECTS -> {
                    List<?> list = (List<?>) v;
                    if (!list.isEmpty()) {
                        o.name(name);
                        o.begin('[');
                        for (Object element : list) {
                            o.next();
                            object(o, f.shape(), element);
                        }
                        o.end(']');
                    }
                }
                case DOCUMENTS -> {
                    List<Document> annexes = (List<Document>) v;
                    if (!annexes.isEmpty()) {
                        o.name(name);
                        o.begin('[');
                        for (Document annex : annexes) {
                            o.next();
                            document(o, annex);
                        }
                        o.end(']');
                    }
                }
            }
        }
        extensions(o, shape.extensionsOf(value));
    }

    @SuppressWarnings("unchecked")
    private static <T> void object(Out o, Shape<T> shape, Object value) {
        o.begin('{');
        fields(o, shape, (T) value);
        o.end('}');
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
