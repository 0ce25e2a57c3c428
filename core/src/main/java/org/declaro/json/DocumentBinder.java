package org.declaro.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.declaro.internal.ConstraintFindings;
import org.declaro.internal.Format;
import org.declaro.internal.IndexMap;
import org.declaro.internal.JsonStrings;
import org.declaro.internal.Format.Field;
import org.declaro.internal.Format.Shape;
import org.declaro.model.Document;
import org.declaro.model.DocumentKind;
import org.declaro.model.Extensions;
import org.declaro.model.Limits;
import org.declaro.model.PartialDate;
import org.declaro.report.Finding;
import org.declaro.report.Rule;
import org.declaro.report.Severity;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Binds the token stream of one document to the model, in one pass, without stopping at the first
 * problem: a value of the wrong type, an unknown enum value or a bad date becomes a finding and the value
 * is left out, and reading goes on. Not thread-safe: one binder per read.
 */
final class DocumentBinder {
    /** Thrown to stop binding when a count limit is exceeded; carries no stack trace. */
    static final class LimitAbort extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LimitAbort() {
            super(null, null, false, false);
        }
    }

    /** Fields of both kinds, bound before "kind" is known; then those of one kind only. */
    /** The document kinds, by JSON name (each enum of the model prints its JSON name). */
    private static final Format.Enumeration<DocumentKind> KINDS = new Format.Enumeration<>(List.of(DocumentKind.values()));
    private static final Set<String> COMMON = new HashSet<>(Format.names(Format.DECLARATION));
    private static final Set<String> DECLARATION_ONLY = new HashSet<>(Format.names(Format.DECLARATION));
    private static final Set<String> PLAN_ONLY = new HashSet<>(Format.names(Format.ACTION_PLAN));

    static {
        COMMON.retainAll(PLAN_ONLY);
        COMMON.remove("kind");
        DECLARATION_ONLY.removeAll(COMMON);
        DECLARATION_ONLY.remove("kind");
        PLAN_ONLY.removeAll(COMMON);
        PLAN_ONLY.remove("kind");
    }

    private JsonParser p;
    private final JsonFactory factory;
    private final boolean strict;
    private final Limits limits;
    private final JsonPath path;
    private final List<Finding> findings = new ArrayList<>();
    private final boolean constraints;
    private final List<Finding> constraintFindings = new ArrayList<>();
    private final ReadListener listener;
    private final Supplier<String> pointer;
    /** JSON pointer of a list → JSON indices of its elements that were left out of the model. */
    private Map<String, TreeSet<Integer>> dropped;
    private int paragraphs;
    private int commitments;

    DocumentBinder(JsonParser p, JsonFactory factory, boolean strict, Limits limits, JsonPath path, boolean constraints) {
        this(p, factory, strict, limits, path, constraints, null);
    }

    DocumentBinder(JsonParser p, JsonFactory factory, boolean strict, Limits limits, JsonPath path, boolean constraints,
            ReadListener listener) {
        this.constraints = constraints;
        this.listener = listener;
        this.pointer = listener == null ? null : path;
        this.p = p;
        this.factory = factory;
        this.strict = strict;
        this.limits = limits;
        this.path = path;
    }

    List<Finding> findings() {
        return findings;
    }

    /** @return the findings of the field constraints, when asked for (kept apart: they count for a whole document only) */
    List<Finding> constraintFindings() {
        return constraintFindings;
    }

    /** @return the list elements that were left out, for {@link IndexMap} */
    IndexMap indexMap() {
        return new IndexMap(dropped == null ? Map.of() : dropped);
    }

    // ---------------------------------------------------------------- documents

    /** Reads the document object at the current token (START_OBJECT). */
    Document document() {
        int before = findings.size();
        Map<String, Object> v = new HashMap<>();
        Map<String, String> ext = new LinkedHashMap<>();
        List<String[]> pending = null;
        DocumentKind kind = null;
        boolean kindGiven = false;
        String name;
        Set<String> seenNames = new java.util.HashSet<>();
        while ((name = p.nextName()) != null) {
            p.nextToken();
            path.push(name);
            if (!seenNames.add(name)) {
                duplicate(name);
            }
            if (name.equals("kind")) {
                kindGiven = p.currentToken() != JsonToken.VALUE_NULL;
                kind = enumValue(KINDS);
                if (kind != null && pending != null) {
                    path.pop(); // the pending fields are siblings of "kind", not inside it
                    bindPending(pending, kind, v, ext);
                    path.push(name);
                    pending = null;
                }
            } else if (COMMON.contains(name)) {
                bindField(name, v);
            } else if (DECLARATION_ONLY.contains(name) || PLAN_ONLY.contains(name)) {
                if (kind == null) {
                    if (pending == null) {
                        pending = new ArrayList<>();
                    }
                    pending.add(new String[] {name, RawJson.copy(p)});
                } else if (belongs(kind, name)) {
                    bindField(name, v);
                } else {
                    unknown(name, ext, what(kind));
                }
            } else {
                unknown(name, ext, kind == null ? "document" : what(kind));
            }
            path.pop();
        }
        if (kind == null) {
            if (!kindGiven) {
                path.push("kind");
                add(Rule.REQUIRED, "The document has no \"kind\"; add \"kind\": \"declaration\" or \"kind\": \"actionPlan\".");
                path.pop();
            }
            kind = guessKind(pending);
            if (pending != null) {
                bindPending(pending, kind, v, ext);
            }
        }
        Extensions extensions = extensions(ext);
        return kind == DocumentKind.ACTION_PLAN ? create(Format.ACTION_PLAN, v, extensions, before)
                : create(Format.DECLARATION, v, extensions, before);
    }

    private <D extends Document> D create(Shape<D> shape, Map<String, Object> v, Extensions extensions, int before) {
        Object[] values = new Object[shape.fields().size()];
        for (Field<D> f : shape.fields()) {
            values[f.index()] = v.get(f.name());
        }
        checkConstraints(shape, values, before);
        return told(shape.create(values, extensions));
    }

    private <T> T told(T record) {
        if (listener != null) {
            listener.read(record, pointer);
        }
        return record;
    }

    /**
     * Reports the field constraints of an object just read, as Hibernate Validator would on the model: a
     * field whose value could not be read has its finding already, so it gets no second one.
     */
    private <T> void checkConstraints(Shape<T> shape, Object[] values, int before) {
        if (!constraints) {
            return;
        }
        List<Field<T>> checked = shape.constrained();
        for (int i = 0; i < checked.size(); i++) {
            Field<T> f = checked.get(i);
            Object value = values[f.index()];
            Format.Constraint presence = f.presence();
            if (presence != null && (value == null || presence == Format.Constraint.NON_EMPTY && ((List<?>) value).isEmpty())) {
                String pointer = fieldPointer(f.name());
                if (!reportedSince(before, pointer)) {
                    constraintFindings.add(ConstraintFindings.of(presence, pointer, f.name(), value));
                }
            } else if (f.syntax() != null && value != null && !ConstraintFindings.meets(f.syntax(), (String) value)) {
                constraintFindings.add(ConstraintFindings.of(f.syntax(), fieldPointer(f.name()), f.name(), value));
            }
        }
    }

    private String fieldPointer(String name) {
        return path.pointer() + "/" + JsonStrings.escapePointerToken(name);
    }

    private boolean reportedSince(int before, String pointer) {
        for (int i = before; i < findings.size(); i++) {
            if (findings.get(i).pointer().equals(pointer)) {
                return true;
            }
        }
        return false;
    }

    private static boolean belongs(DocumentKind kind, String name) {
        return kind == DocumentKind.DECLARATION ? DECLARATION_ONLY.contains(name) : PLAN_ONLY.contains(name);
    }

    private static DocumentKind guessKind(List<String[]> pending) {
        if (pending != null) {
            for (String[] f : pending) {
                if (PLAN_ONLY.contains(f[0])) {
                    return DocumentKind.ACTION_PLAN;
                }
            }
        }
        return DocumentKind.DECLARATION;
    }

    /** Binds fields that came before "kind", now that the kind is known, from their captured text. */
    private void bindPending(List<String[]> pending, DocumentKind kind, Map<String, Object> v, Map<String, String> ext) {
        JsonParser outer = p;
        try {
            for (String[] f : pending) {
                path.push(f[0]);
                if (belongs(kind, f[0])) {
                    try (JsonParser sub = factory.createParser(ObjectReadContext.empty(), f[1])) {
                        p = sub;
                        p.nextToken();
                        bindField(f[0], v);
                    } finally {
                        p = outer;
                    }
                } else {
                    unknownRaw(f[0], f[1], ext, what(kind));
                }
                path.pop();
            }
        } finally {
            p = outer;
        }
    }

    private void bindField(String name, Map<String, Object> v) {
        Field<?> f = Format.DECLARATION.field(name);
        v.put(name, value(f != null ? f : Format.ACTION_PLAN.field(name)));
    }

    // ---------------------------------------------------------------- parts

    /**
     * Reads an object's fields with a per-field binder that returns the field's index, or -1 for a name
     * the format does not define; those become extensions. A name given twice is reported (a bit set
     * per object, cheaper than the parser's own duplicate detection).
     */
    private <T> Extensions fields(String what, Shape<T> shape, Object[] values) {
        Map<String, String> ext = null;
        long seen = 0;
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            path.push(name);
            Field<T> f = shape.field(name);
            int index = -1;
            if (f != null) {
                values[f.index()] = value(f);
                index = f.index();
            }
            if (index >= 0) {
                if ((seen & 1L << index) != 0) {
                    duplicate(name);
                }
                seen |= 1L << index;
            } else {
                if (ext == null) {
                    ext = new LinkedHashMap<>();
                } else if (ext.containsKey(name)) {
                    duplicate(name);
                }
                unknown(name, ext, what);
            }
            path.pop();
        }
        return ext == null ? Extensions.NONE : extensions(ext);
    }

    private void duplicate(String name) {
        add(Rule.JSON_SYNTAX, "The field " + JsonStrings.quoteForMessage(name) + " appears twice in this object; keep one "
                + "(only the last is read).");
    }

    /** Reads an object of the format at the current token (START_OBJECT). */
    private <T> T read(Shape<T> shape) {
        if (shape == Format.PARAGRAPH || shape == Format.PREAMBULAR_PARAGRAPH) {
            countParagraph();
        } else if (shape == Format.COMMITMENT) {
            countCommitment();
        }
        int before = findings.size();
        Object[] values = new Object[shape.fields().size()];
        Extensions ext = fields(shape.what(), shape, values);
        checkConstraints(shape, values, before);
        return told(shape.create(values, ext));
    }

    /** Reads the value of a field at the current token; null, with a finding, when it is not of the field's type. */
    private Object value(Field<?> f) {
        return switch (f.type()) {
            case STRING -> string();
            case INTEGER -> integer();
            case BOOLEAN -> bool();
            case DATE -> date();
            case ENUM -> enumValue(f.enumeration());
            case STRINGS -> list(STRING_ELEMENTS, null);
            case OBJECT -> object(f.shape());
            case OBJECTS -> list(OBJECT_ELEMENTS, f.shape());
            case DOCUMENTS -> list(DOCUMENT_ELEMENTS, null);
        };
    }

    private void countCommitment() {
        if (++commitments > limits.maxCommitments()) {
            limit("The document has more than " + limits.maxCommitments()
                    + " commitments, the configured limit (Limits.maxCommitments).");
        }
    }

    private void countParagraph() {
        if (++paragraphs > limits.maxParagraphs()) {
            limit("The document has more than " + limits.maxParagraphs()
                    + " paragraphs, the configured limit (Limits.maxParagraphs).");
        }
    }

    private void limit(String message) {
        add(Rule.LIMIT_EXCEEDED, message);
        throw new LimitAbort();
    }

    // ---------------------------------------------------------------- values

    private static final int STRING_ELEMENTS = 0;
    private static final int OBJECT_ELEMENTS = 1;
    private static final int DOCUMENT_ELEMENTS = 2;

    /** Reads an object of {@code shape}, or a document when {@code shape} is null, at the current token. */
    private Object object(Shape<?> shape) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            return shape == null ? document() : read(shape);
        }
        if (t != JsonToken.VALUE_NULL) {
            typeError("an object");
        }
        return null;
    }

    /** Reads a list of strings, objects of {@code shape} or documents (no function objects: start-up time). */
    private List<Object> list(int elements, Shape<?> shape) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.START_ARRAY) {
            typeError("an array");
            return null;
        }
        List<Object> out = new ArrayList<>();
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            path.push(i);
            Object value;
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                add(Rule.JSON_TYPE, "A list may not hold null; remove the null element.");
                value = null;
            } else {
                value = elements == STRING_ELEMENTS ? string() : object(elements == OBJECT_ELEMENTS ? shape : null);
            }
            path.pop();
            if (value == null) {
                drop(i);
            } else {
                out.add(value);
            }
            i++;
        }
        return out;
    }

    private void drop(int index) {
        if (dropped == null) {
            dropped = new HashMap<>();
        }
        TreeSet<Integer> indexes = dropped.get(path.pointer());
        if (indexes == null) {
            indexes = new TreeSet<>();
            dropped.put(path.pointer(), indexes);
        }
        indexes.add(index);
    }

    private String string() {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            return p.getString();
        }
        if (t != JsonToken.VALUE_NULL) {
            typeError("a string");
        }
        return null;
    }

    private Integer integer() {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
            return p.getIntValue();
        }
        if (t == JsonToken.VALUE_NUMBER_INT) {
            add(Rule.JSON_TYPE, "The number " + abbreviate(p.getString()) + " is too large; expected an integer up to "
                    + Integer.MAX_VALUE + ".");
        } else if (t != JsonToken.VALUE_NULL) {
            typeError("an integer");
        }
        return null;
    }

    private Boolean bool() {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            return t == JsonToken.VALUE_TRUE;
        }
        if (t != JsonToken.VALUE_NULL) {
            typeError("true or false");
        }
        return null;
    }

    private PartialDate date() {
        String text = string();
        if (text == null) {
            return null;
        }
        Optional<PartialDate> d = PartialDate.tryParse(text);
        if (d.isEmpty()) {
            add(Rule.DATE_FORMAT, JsonStrings.quoteForMessage(text) + " is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.");
        }
        return d.orElse(null);
    }

    private <E> E enumValue(Format.Enumeration<E> enumeration) {
        String text = string();
        if (text == null) {
            return null;
        }
        Optional<E> e = enumeration.parse(text);
        if (e.isEmpty()) {
            List<String> names = new ArrayList<>();
            for (E v : enumeration.values()) {
                names.add("\"" + enumeration.nameOf(v) + "\"");
            }
            add(Rule.JSON_ENUM, JsonStrings.quoteForMessage(text) + " is not allowed here; use one of " + String.join(", ", names) + ".");
        }
        return e.orElse(null);
    }

    private void unknown(String name, Map<String, String> ext, String what) {
        unknownRaw(name, RawJson.copy(p), ext, what);
    }

    private void unknownRaw(String name, String json, Map<String, String> ext, String what) {
        if (strict) {
            findings.add(new Finding(Rule.JSON_UNKNOWN_FIELD, Severity.ERROR, path.pointer(), 0, 0,
                    "Unknown field " + JsonStrings.quoteForMessage(name) + " in " + article(what) + " " + what
                            + "; strict mode rejects fields the format does not define."));
        } else {
            ext.put(name, json);
            findings.add(new Finding(Rule.JSON_UNKNOWN_FIELD, Severity.WARNING, path.pointer(), 0, 0,
                    "Unknown field " + JsonStrings.quoteForMessage(name) + " in " + article(what) + " " + what
                            + " is kept as it is; check its spelling if it was meant to be a format field."));
        }
    }

    private static String what(DocumentKind kind) {
        return kind == DocumentKind.ACTION_PLAN ? "action plan" : "declaration";
    }

    private static String article(String noun) {
        return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
    }

    private static Extensions extensions(Map<String, String> ext) {
        return ext.isEmpty() ? Extensions.NONE : Extensions.of(ext);
    }

    private void typeError(String expected) {
        add(Rule.JSON_TYPE, "Expected " + expected + " but found " + describe(p.currentToken()) + ".");
        p.skipChildren();
    }

    private static String describe(JsonToken t) {
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT -> "an integer";
            case VALUE_NUMBER_FLOAT -> "a decimal number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.name();
        };
    }

    private static String abbreviate(String s) {
        return s.length() <= JsonStrings.MESSAGE_QUOTE_LENGTH ? s : s.substring(0, JsonStrings.MESSAGE_QUOTE_LENGTH - 3) + "...";
    }

    private void add(Rule rule, String message) {
        findings.add(Finding.of(rule, path.pointer(), message));
    }
}
