package org.declaro.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.function.Supplier;
import org.declaro.model.Action;
import org.declaro.model.ActionPlan;
import org.declaro.model.Adoption;
import org.declaro.model.AgendaItem;
import org.declaro.model.Commitment;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.declaro.model.DocumentKind;
import org.declaro.model.Extensions;
import org.declaro.model.Footnote;
import org.declaro.model.Heading;
import org.declaro.model.Meeting;
import org.declaro.model.Modality;
import org.declaro.model.Paragraph;
import org.declaro.model.PartialDate;
import org.declaro.model.Period;
import org.declaro.model.PreambularParagraph;
import org.declaro.model.Reference;
import org.declaro.model.Section;
import org.declaro.model.Status;
import org.declaro.model.Subparagraph;
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

    private static final Set<String> COMMON = Set.of("schemaVersion", "kind", "id", "title", "status", "language",
            "symbol", "date", "issuer", "footnotes");
    private static final Set<String> DECLARATION_ONLY = Set.of("titleFootnotes", "subtitle", "originalLanguage",
            "author", "meeting", "agendaItem", "preamble", "paragraphs", "headings", "adoption", "references", "annexes");
    private static final Set<String> PLAN_ONLY = Set.of("period", "introduction", "sections");

    private JsonParser p;
    private final JsonFactory factory;
    private final boolean strict;
    private final JsonLimits limits;
    private final JsonPath path;
    private final List<Finding> findings = new ArrayList<>();
    /** JSON pointer of a list → JSON indices of its elements that were left out of the model. */
    private Map<String, TreeSet<Integer>> dropped;
    private int paragraphs;
    private int commitments;

    DocumentBinder(JsonParser p, JsonFactory factory, boolean strict, JsonLimits limits, JsonPath path) {
        this.p = p;
        this.factory = factory;
        this.strict = strict;
        this.limits = limits;
        this.path = path;
    }

    List<Finding> findings() {
        return findings;
    }

    /** @return the list elements that were left out, for {@link IndexMap} */
    IndexMap indexMap() {
        return new IndexMap(dropped == null ? Map.of() : dropped);
    }

    // ---------------------------------------------------------------- documents

    /** Reads the document object at the current token (START_OBJECT). */
    Document document() {
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
                kind = enumValue(DocumentKind::fromJsonName, DocumentKind.values(), DocumentKind::jsonName);
                if (kind != null && pending != null) {
                    bindPending(pending, kind, v, ext);
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
                    unknown(name, ext, kind.jsonName());
                }
            } else {
                unknown(name, ext, kind == null ? "document" : kind.jsonName());
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
        if (kind == DocumentKind.ACTION_PLAN) {
            return new ActionPlan(s(v, "schemaVersion"), s(v, "id"), s(v, "title"), (Status) v.get("status"),
                    s(v, "language"), s(v, "symbol"), (PartialDate) v.get("date"), s(v, "issuer"),
                    (Period) v.get("period"), l(v, "introduction"), l(v, "sections"), l(v, "footnotes"), extensions);
        }
        return new Declaration(s(v, "schemaVersion"), s(v, "id"), s(v, "title"), l(v, "titleFootnotes"),
                s(v, "subtitle"), (Status) v.get("status"), s(v, "language"), s(v, "originalLanguage"),
                s(v, "symbol"), (PartialDate) v.get("date"), s(v, "issuer"), s(v, "author"),
                (Meeting) v.get("meeting"), (AgendaItem) v.get("agendaItem"), l(v, "preamble"),
                l(v, "paragraphs"), l(v, "headings"), l(v, "footnotes"), (Adoption) v.get("adoption"),
                l(v, "references"), l(v, "annexes"), extensions);
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
                    unknownRaw(f[0], f[1], ext, kind.jsonName());
                }
                path.pop();
            }
        } finally {
            p = outer;
        }
    }

    private void bindField(String name, Map<String, Object> v) {
        Object value = switch (name) {
            case "schemaVersion", "id", "title", "language", "symbol", "issuer", "subtitle", "originalLanguage",
                    "author" -> string();
            case "status" -> enumValue(Status::fromJsonName, Status.values(), Status::jsonName);
            case "date" -> date();
            case "footnotes" -> list(() -> object(this::footnote));
            case "titleFootnotes", "introduction" -> list(this::string);
            case "meeting" -> object(this::meeting);
            case "agendaItem" -> object(this::agendaItem);
            case "preamble" -> list(() -> object(this::preambularParagraph));
            case "paragraphs" -> list(() -> object(this::paragraph));
            case "headings" -> list(() -> object(this::heading));
            case "adoption" -> object(this::adoption);
            case "references" -> list(() -> object(this::reference));
            case "annexes" -> list(() -> object(this::document));
            case "period" -> object(this::period);
            case "sections" -> list(() -> object(this::section));
            default -> throw new IllegalStateException(name);
        };
        v.put(name, value);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> l(Map<String, Object> v, String name) {
        return (List<T>) v.get(name);
    }

    private static String s(Map<String, Object> v, String name) {
        return (String) v.get(name);
    }

    // ---------------------------------------------------------------- parts

    /**
     * Reads an object's fields with a per-field binder that returns the field's index, or -1 for a name
     * the format does not define; those become extensions. A name given twice is reported (a bit set
     * per object, cheaper than the parser's own duplicate detection).
     */
    private Extensions fields(String what, ToIntFunction<String> field) {
        Map<String, String> ext = null;
        long seen = 0;
        String name;
        while ((name = p.nextName()) != null) {
            p.nextToken();
            path.push(name);
            int index = field.applyAsInt(name);
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
        add(Rule.JSON_SYNTAX, "The field \"" + abbreviate(name) + "\" appears twice in this object; keep one "
                + "(only the last is read).");
    }

    private Footnote footnote() {
        Object[] f = new Object[2];
        Extensions ext = fields("footnote", n -> switch (n) {
            case "marker" -> set(f, 0, string());
            case "text" -> set(f, 1, string());
            default -> -1;
        });
        return new Footnote((String) f[0], (String) f[1], ext);
    }

    private Meeting meeting() {
        Object[] f = new Object[3];
        Extensions ext = fields("meeting", n -> switch (n) {
            case "name" -> set(f, 0, string());
            case "place" -> set(f, 1, string());
            case "date" -> set(f, 2, date());
            default -> -1;
        });
        return new Meeting((String) f[0], (String) f[1], (PartialDate) f[2], ext);
    }

    private AgendaItem agendaItem() {
        Object[] f = new Object[3];
        Extensions ext = fields("agendaItem", n -> switch (n) {
            case "number" -> set(f, 0, string());
            case "title" -> set(f, 1, string());
            case "provisional" -> set(f, 2, bool());
            default -> -1;
        });
        return new AgendaItem((String) f[0], (String) f[1], (Boolean) f[2], ext);
    }

    private Adoption adoption() {
        Object[] f = new Object[2];
        Extensions ext = fields("adoption", n -> switch (n) {
            case "place" -> set(f, 0, string());
            case "date" -> set(f, 1, date());
            default -> -1;
        });
        return new Adoption((String) f[0], (PartialDate) f[1], ext);
    }

    private Reference reference() {
        Object[] f = new Object[4];
        Extensions ext = fields("reference", n -> switch (n) {
            case "kind" -> set(f, 0, string());
            case "title" -> set(f, 1, string());
            case "id" -> set(f, 2, string());
            case "paragraph" -> set(f, 3, integer());
            default -> -1;
        });
        return new Reference((String) f[0], (String) f[1], (String) f[2], (Integer) f[3], ext);
    }

    private Heading heading() {
        Object[] f = new Object[4];
        Extensions ext = fields("heading", n -> switch (n) {
            case "before" -> set(f, 0, integer());
            case "level" -> set(f, 1, integer());
            case "label" -> set(f, 2, string());
            case "title" -> set(f, 3, string());
            default -> -1;
        });
        return new Heading((Integer) f[0], (Integer) f[1], (String) f[2], (String) f[3], ext);
    }

    private Period period() {
        Object[] f = new Object[2];
        Extensions ext = fields("period", n -> switch (n) {
            case "from" -> set(f, 0, integer());
            case "to" -> set(f, 1, integer());
            default -> -1;
        });
        return new Period((Integer) f[0], (Integer) f[1], ext);
    }

    private PreambularParagraph preambularParagraph() {
        countParagraph();
        Object[] f = new Object[3];
        Extensions ext = fields("preambular paragraph", n -> switch (n) {
            case "text" -> set(f, 0, string());
            case "footnotes" -> set(f, 1, list(this::string));
            case "commitments" -> set(f, 2, list(() -> object(this::commitment)));
            default -> -1;
        });
        return new PreambularParagraph((String) f[0], cast(f[1]), cast(f[2]), ext);
    }

    private Paragraph paragraph() {
        countParagraph();
        Object[] f = new Object[5];
        Extensions ext = fields("paragraph", n -> switch (n) {
            case "number" -> set(f, 0, integer());
            case "text" -> set(f, 1, string());
            case "subparagraphs" -> set(f, 2, list(() -> object(this::subparagraph)));
            case "footnotes" -> set(f, 3, list(this::string));
            case "commitments" -> set(f, 4, list(() -> object(this::commitment)));
            default -> -1;
        });
        return new Paragraph((Integer) f[0], (String) f[1], cast(f[2]), cast(f[3]), cast(f[4]), ext);
    }

    private Subparagraph subparagraph() {
        Object[] f = new Object[3];
        Extensions ext = fields("subparagraph", n -> switch (n) {
            case "label" -> set(f, 0, string());
            case "text" -> set(f, 1, string());
            case "subparagraphs" -> set(f, 2, list(() -> object(this::subparagraph)));
            default -> -1;
        });
        return new Subparagraph((String) f[0], (String) f[1], cast(f[2]), ext);
    }

    private Commitment commitment() {
        if (++commitments > limits.maxCommitments()) {
            limit("The document has more than " + limits.maxCommitments()
                    + " commitments, the configured limit (JsonLimits.maxCommitments).");
        }
        Object[] f = new Object[8];
        Extensions ext = fields("commitment", n -> switch (n) {
            case "id" -> set(f, 0, string());
            case "modality" -> set(f, 1, enumValue(Modality::fromJsonName, Modality.values(), Modality::jsonName));
            case "actor" -> set(f, 2, string());
            case "text" -> set(f, 3, string());
            case "start" -> set(f, 4, integer());
            case "end" -> set(f, 5, integer());
            case "themes" -> set(f, 6, list(this::string));
            case "deadline" -> set(f, 7, date());
            default -> -1;
        });
        return new Commitment((String) f[0], (Modality) f[1], (String) f[2], (String) f[3], (Integer) f[4],
                (Integer) f[5], cast(f[6]), (PartialDate) f[7], ext);
    }

    private Section section() {
        Object[] f = new Object[4];
        Extensions ext = fields("section", n -> switch (n) {
            case "number" -> set(f, 0, string());
            case "title" -> set(f, 1, string());
            case "paragraphs" -> set(f, 2, list(this::string));
            case "actions" -> set(f, 3, list(() -> object(this::action)));
            default -> -1;
        });
        return new Section((String) f[0], (String) f[1], cast(f[2]), cast(f[3]), ext);
    }

    private Action action() {
        Object[] f = new Object[5];
        Extensions ext = fields("action", n -> switch (n) {
            case "number" -> set(f, 0, integer());
            case "text" -> set(f, 1, string());
            case "indicators" -> set(f, 2, list(this::string));
            case "commitments" -> set(f, 3, list(() -> object(this::commitment)));
            case "deadline" -> set(f, 4, date());
            default -> -1;
        });
        return new Action((Integer) f[0], (String) f[1], cast(f[2]), cast(f[3]), (PartialDate) f[4], ext);
    }

    private void countParagraph() {
        if (++paragraphs > limits.maxParagraphs()) {
            limit("The document has more than " + limits.maxParagraphs()
                    + " paragraphs, the configured limit (JsonLimits.maxParagraphs).");
        }
    }

    private void limit(String message) {
        add(Rule.LIMIT_EXCEEDED, message);
        throw new LimitAbort();
    }

    // ---------------------------------------------------------------- values

    private static int set(Object[] f, int i, Object value) {
        f[i] = value;
        return i;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> cast(Object o) {
        return (List<T>) o;
    }

    private <T> T object(Supplier<T> reader) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            return reader.get();
        }
        if (t != JsonToken.VALUE_NULL) {
            typeError("an object");
        }
        return null;
    }

    /** Reads an array; elements the reader returns null for are left out and remembered. */
    private <T> List<T> list(Supplier<T> element) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t != JsonToken.START_ARRAY) {
            typeError("an array");
            return null;
        }
        List<T> out = new ArrayList<>();
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            path.push(i);
            T value;
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                add(Rule.JSON_TYPE, "A list may not hold null; remove the null element.");
                value = null;
            } else {
                value = element.get();
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
        dropped.computeIfAbsent(path.pointer(), k -> new TreeSet<>()).add(index);
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
            add(Rule.DATE_FORMAT, "\"" + abbreviate(text) + "\" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.");
        }
        return d.orElse(null);
    }

    private <E> E enumValue(Function<String, Optional<E>> parse, E[] values, Function<E, String> jsonName) {
        String text = string();
        if (text == null) {
            return null;
        }
        Optional<E> e = parse.apply(text);
        if (e.isEmpty()) {
            List<String> names = new ArrayList<>();
            for (E v : values) {
                names.add("\"" + jsonName.apply(v) + "\"");
            }
            add(Rule.JSON_ENUM, "\"" + abbreviate(text) + "\" is not allowed here; use one of " + String.join(", ", names) + ".");
        }
        return e.orElse(null);
    }

    private void unknown(String name, Map<String, String> ext, String what) {
        unknownRaw(name, RawJson.copy(p), ext, what);
    }

    private void unknownRaw(String name, String json, Map<String, String> ext, String what) {
        if (strict) {
            findings.add(new Finding(Rule.JSON_UNKNOWN_FIELD, Severity.ERROR, path.pointer(), 0, 0,
                    "Unknown field \"" + abbreviate(name) + "\" in a " + what
                            + "; strict mode rejects fields the format does not define."));
        } else {
            ext.put(name, json);
            findings.add(new Finding(Rule.JSON_UNKNOWN_FIELD, Severity.WARNING, path.pointer(), 0, 0,
                    "Unknown field \"" + abbreviate(name) + "\" in a " + what
                            + " is kept as it is; check its spelling if it was meant to be a format field."));
        }
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

    static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    private void add(Rule rule, String message) {
        findings.add(Finding.of(rule, path.pointer(), message));
    }
}
