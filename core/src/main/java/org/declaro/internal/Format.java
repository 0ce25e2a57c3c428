package org.declaro.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.declaro.model.Action;
import org.declaro.model.ActionPlan;
import org.declaro.model.Adoption;
import org.declaro.model.AgendaItem;
import org.declaro.model.Commitment;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.declaro.model.Extensions;
import org.declaro.model.Footnote;
import org.declaro.model.FormatVersion;
import org.declaro.model.Heading;
import org.declaro.model.Meeting;
import org.declaro.model.Modality;
import org.declaro.model.Paragraph;
import org.declaro.model.Period;
import org.declaro.model.PreambularParagraph;
import org.declaro.model.Reference;
import org.declaro.model.Section;
import org.declaro.model.Source;
import org.declaro.model.Status;
import org.declaro.model.Subparagraph;

/**
 * The fields of every JSON object of the format, in canonical order, with their JSON type, the model
 * accessor and the format version that added them: the one place that says what FORMAT.md says about
 * structure. The JSON binder reads by it, the canonical writer writes by it, the validator finds fields
 * newer than a document's {@code schemaVersion} by it, and a test holds the JSON Schema to it.
 *
 * <p>The table is generated from the one description of the format, the record components of
 * {@code org.declaro.model} and their annotations ({@code @Since}, {@code @Json}, {@code @NotNull},
 * {@code @NotEmpty}, {@code @Slug}, {@code @LanguageTag}), by {@code FormatGenerator} (in the tests), which also
 * writes the JSON Schema and the records' withers and builders. To add a field: add the record component with its
 * {@code @param} line and annotations, then run
 * {@code java core/src/test/java/org/declaro/internal/FormatGenerator.java}; {@code FormatGeneratorTest} fails
 * while a generated file is stale. The table is plain code (a switch a shape, no reflection, no lambda), for
 * start-up time.
 */
public final class Format {
    private Format() {
    }

    /** The JSON type of a field's value. */
    public enum Type {
        /** a string */
        STRING,
        /** an integer */
        INTEGER,
        /** true or false */
        BOOLEAN,
        /** a partial date, as a string */
        DATE,
        /** a string from an enumeration ({@link Field#enumeration()}) */
        ENUM,
        /** an array of strings */
        STRINGS,
        /** an object of {@link Field#shape()} */
        OBJECT,
        /** an array of objects of {@link Field#shape()} */
        OBJECTS,
        /** an array of documents, declarations or action plans (annexes) */
        DOCUMENTS
    }

    /**
     * A constraint on a field's value, as the model's Bean Validation annotations state it: the table repeats
     * the annotations so that JSON can be checked where each value is read, without Hibernate Validator's
     * metadata; a test holds the two equal.
     */
    public enum Constraint {
        /** {@code @NotNull}: the field must have a value */
        REQUIRED,
        /** {@code @NotEmpty}: the list must hold at least one element */
        NON_EMPTY,
        /** {@code @Slug}: a value, when present, is a slug */
        SLUG,
        /** {@code @LanguageTag}: a value, when present, is a well-formed BCP 47 tag */
        LANGUAGE_TAG
    }

    /**
     * The values of an enumeration and their JSON names.
     *
     * @param <E>      the enum
     * @param values   its constants
     */
    public record Enumeration<E>(List<E> values) {
        /**
         * @return the JSON name of a constant of this enumeration: its {@code toString()}, which every enum of
         *         the model returns as its JSON name (no function objects: they cost start-up time)
         */
        public String nameOf(Object constant) {
            return constant.toString();
        }

        /** @return the constant of that JSON name, if any */
        public Optional<E> parse(String name) {
            for (E e : values) {
                if (e.toString().equals(name)) {
                    return Optional.of(e);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * One field of an object.
     *
     * @param <T> the record holding it
     */
    public static final class Field<T> {
        private final String name;
        private final Type type;
        /** The name of the constant of the shape of the objects it holds, or null. */
        private final String shapeName;
        private final Enumeration<?> enumeration;
        private final FormatVersion since;
        private final Constraint presence;
        private final Constraint syntax;
        private int index = -1;
        /** How the records that hold it are read; set by the shape that holds it. */
        private Records<T> records;
        /** The shape named by {@link #shapeName}, once asked for. */
        private volatile Shape<?> shape;

        private Field(String name, Type type, String shapeName, Enumeration<?> enumeration, FormatVersion since) {
            this(name, type, shapeName, enumeration, since, null, null);
        }

        private Field(String name, Type type, String shapeName, Enumeration<?> enumeration, FormatVersion since,
                Constraint presence, Constraint syntax) {
            this.name = name;
            this.type = type;
            this.shapeName = shapeName;
            this.enumeration = enumeration;
            this.since = since;
            this.presence = presence;
            this.syntax = syntax;
        }

        /** @return a copy of this field that format version {@code version} added */
        Field<T> since(FormatVersion version) {
            return new Field<>(name, type, shapeName, enumeration, version, presence, syntax);
        }

        /** @return a copy of this field that must have a value ({@code @NotNull}) */
        Field<T> required() {
            return new Field<>(name, type, shapeName, enumeration, since, Constraint.REQUIRED, syntax);
        }

        /** @return a copy of this list field that must hold an element ({@code @NotEmpty}) */
        Field<T> nonEmpty() {
            return new Field<>(name, type, shapeName, enumeration, since, Constraint.NON_EMPTY, syntax);
        }

        /** @return a copy of this string field whose value, when present, must be a slug ({@code @Slug}) */
        Field<T> slug() {
            return new Field<>(name, type, shapeName, enumeration, since, presence, Constraint.SLUG);
        }

        /** @return a copy of this string field whose value, when present, must be a language tag */
        Field<T> languageTag() {
            return new Field<>(name, type, shapeName, enumeration, since, presence, Constraint.LANGUAGE_TAG);
        }

        /**
         * @return {@link Constraint#REQUIRED}, {@link Constraint#NON_EMPTY}, or null when the field may be
         *         absent
         */
        public Constraint presence() {
            return presence;
        }

        /** @return {@link Constraint#SLUG}, {@link Constraint#LANGUAGE_TAG}, or null when any string will do */
        public Constraint syntax() {
            return syntax;
        }

        /** @return the JSON name */
        public String name() {
            return name;
        }

        /** @return the JSON type */
        public Type type() {
            return type;
        }

        /** @return the position of the field in its object's canonical order, from 0 */
        public int index() {
            return index;
        }

        /** @return the format version that added the field */
        public FormatVersion since() {
            return since;
        }

        /** @return the shape of the objects it holds, for {@link Type#OBJECT} and {@link Type#OBJECTS} */
        public Shape<?> shape() {
            Shape<?> s = shape;
            if (s == null && shapeName != null) {
                s = shapeNamed(shapeName);
                shape = s;
            }
            return s;
        }

        /** @return the enumeration of its values, for {@link Type#ENUM} */
        public Enumeration<?> enumeration() {
            return enumeration;
        }

        /** @return the field's value in {@code owner}: null, a value of its type, or a list (never null for lists) */
        public Object get(T owner) {
            return records.get(owner, name);
        }

        /** @return whether {@code owner} has a value here that would be written: not null, not an empty list */
        public boolean isPresent(T owner) {
            Object v = get(owner);
            return v != null && !(v instanceof List<?> l && l.isEmpty());
        }
    }

    /**
     * The fields a constructor gets, by JSON name; unread fields are {@code null}.
     */
    public static final class Values {
        private final Shape<?> shape;
        private final Object[] values;
        private final Extensions extensions;
        /** Names read, when a test asks; else null. */
        final Set<String> read;

        Values(Shape<?> shape, Object[] values, Extensions extensions, Set<String> read) {
            this.shape = shape;
            this.values = values;
            this.extensions = extensions;
            this.read = read;
        }

        /** @return the value of the field, cast to what the constructor needs */
        @SuppressWarnings("unchecked")
        <V> V get(String name) {
            Field<?> f = shape.field(name);
            if (f == null) {
                throw new IllegalArgumentException("no field " + name + " in a " + shape.what());
            }
            if (read != null) {
                read.add(name);
            }
            return (V) values[f.index()];
        }

        Extensions extensions() {
            return extensions;
        }
    }

    /**
     * A JSON object of the format: its fields in canonical order and how to build its record.
     *
     * @param <T> the record
     */
    public static final class Shape<T> {
        private final String schemaName;
        private final String what;
        private final Class<T> type;
        private final List<Field<T>> fields;
        private final Records<T> records;
        private final Map<FormatVersion, Boolean> newer = new ConcurrentHashMap<>();
        private final List<Field<T>> constrained;
        private final Field<T>[] bySlot;
        private final Object[] newerPlans = new Object[FormatVersion.values().length];

        @SuppressWarnings("unchecked")
        private Shape(String schemaName, String what, Class<T> type, Records<T> records, Field<?>... untyped) {
            this.schemaName = schemaName;
            this.what = what;
            this.type = type;
            this.records = records;
            Field<T>[] fields = (Field<T>[]) untyped; // each is a field of T: the table says so, a test reads each
            this.fields = List.of(fields);
            List<Field<T>> checked = new ArrayList<>();
            for (int i = 0; i < fields.length; i++) {
                fields[i].index = i;
                fields[i].records = records;
                if (fields[i].presence != null || fields[i].syntax != null) {
                    checked.add(fields[i]);
                }
            }
            this.constrained = List.copyOf(checked);
            @SuppressWarnings("unchecked")
            Field<T>[] slots = new Field[Integer.highestOneBit(fields.length * 4 - 1) << 1];
            for (Field<T> f : fields) {
                int i = f.name.hashCode() & slots.length - 1;
                while (slots[i] != null) {
                    if (slots[i].name.equals(f.name)) {
                        throw new IllegalStateException("two fields " + f.name + " in " + what);
                    }
                    i = i + 1 & slots.length - 1;
                }
                slots[i] = f;
            }
            this.bySlot = slots;
        }

        /** @return the fields with a {@link Constraint}, in canonical order */
        public List<Field<T>> constrained() {
            return constrained;
        }

        /** @return the name of its definition in the JSON Schema ({@code $defs}) */
        public String schemaName() {
            return schemaName;
        }

        /** @return what it is, in words, for messages: "paragraph", "preambular paragraph" */
        public String what() {
            return what;
        }

        /** @return the record class */
        public Class<T> type() {
            return type;
        }

        /** @return the fields, in canonical order */
        public List<Field<T>> fields() {
            return fields;
        }

        /** @return the field of that JSON name, or null when the format defines none */
        public Field<T> field(String name) {
            // the reader's names are interned, as the table's are: most lookups end at the first slot, by identity
            Field<T>[] slots = bySlot;
            int mask = slots.length - 1;
            for (int i = name.hashCode() & mask;; i = i + 1 & mask) {
                Field<T> f = slots[i];
                if (f == null || f.name == name || f.name.equals(name)) {
                    return f;
                }
            }
        }

        /**
         * @param values     the fields' values by {@link Field#index()}, null where absent
         * @param extension  the fields the format does not define
         * @return the record
         */
        public T create(Object[] values, Extensions extension) {
            return records.create(new Values(this, values, extension, null));
        }

        /** @return the names of the fields its constructor reads (for a test: each field must be read) */
        Set<String> namesReadByConstructor() {
            Set<String> read = new HashSet<>();
            records.create(new Values(this, new Object[fields.size()], Extensions.NONE, read));
            return read;
        }

        /** @return the fields the format does not define, of a record of this shape */
        public Extensions extensionsOf(T value) {
            return records.extensions(value);
        }

        /** @return whether this object, or one nested in it (not an annex), may hold a field newer than {@code version} */
        public boolean mayHoldNewerThan(FormatVersion version) {
            Boolean may = newer.get(version);
            if (may == null) { // a benign race: every thread computes the same answer
                may = mayHoldNewerThan(version, new HashSet<>());
                newer.put(version, may);
            }
            return may;
        }

        private boolean mayHoldNewerThan(FormatVersion version, Set<Shape<?>> visiting) {
            if (!visiting.add(this)) {
                return false;
            }
            for (Field<T> f : fields) {
                if (!version.isAtLeast(f.since())
                        || f.shape() != null && f.shape().mayHoldNewerThan(version, visiting)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * What the walk for fields newer than a version does in an object of this shape, worked out once: the
         * fields it looks at, in canonical order, and which of them are newer (the others it descends into).
         */
        private record NewerPlan<T>(List<Field<T>> visit, List<Field<T>> newer) {
        }

        /** @return the fields of this object that format versions after {@code version} added */
        public List<Field<T>> fieldsNewerThan(FormatVersion version) {
            return newerPlan(version).newer();
        }

        /** @return whether {@code record}, an object of this shape, has a value in a field newer than {@code version} */
        public boolean hasFieldNewerThan(FormatVersion version, Object record) {
            for (Field<T> f : newerPlan(version).newer()) {
                if (f.isPresent(type.cast(record))) {
                    return true;
                }
            }
            return false;
        }

        @SuppressWarnings("unchecked")
        private NewerPlan<T> newerPlan(FormatVersion version) {
            NewerPlan<T> plan = (NewerPlan<T>) newerPlans[version.ordinal()];
            if (plan == null) { // a benign race: every thread computes the same immutable plan
                List<Field<T>> visit = new ArrayList<>();
                List<Field<T>> newerFields = new ArrayList<>();
                for (Field<T> f : fields) {
                    if (!version.isAtLeast(f.since())) {
                        visit.add(f);
                        newerFields.add(f);
                    } else if (f.shape() != null && f.shape().mayHoldNewerThan(version)) {
                        visit.add(f);
                    }
                }
                plan = new NewerPlan<>(List.copyOf(visit), List.copyOf(newerFields));
                newerPlans[version.ordinal()] = plan;
            }
            return plan;
        }
    }

    /**
     * How the records of a shape are read and made. One class a shape, with a switch on the field's name, rather
     * than a lambda a field: each lambda is a class the JVM makes when the table is first used, and some 150 of
     * them made this table most of the tool's start-up after the JVM's own.
     *
     * @param <T> the record
     */
    private abstract static class Records<T> {
        /** @return the value of the field of that name in {@code owner} */
        abstract Object get(T owner, String field);

        /** @return the record of these values */
        abstract T create(Values v);

        /** @return the fields the format does not define, of {@code owner} */
        abstract Extensions extensions(T owner);
    }

    private static IllegalArgumentException noField(String field, String what) {
        return new IllegalArgumentException("no field " + field + " in a " + what);
    }

    // ---------------------------------------------------------------- field constructors

    private static <T> Field<T> string(String name) {
        return new Field<>(name, Type.STRING, null, null, FormatVersion.V1_0);
    }

    private static <T> Field<T> integer(String name) {
        return new Field<>(name, Type.INTEGER, null, null, FormatVersion.V1_0);
    }

    private static <T> Field<T> bool(String name) {
        return new Field<>(name, Type.BOOLEAN, null, null, FormatVersion.V1_0);
    }

    private static <T> Field<T> date(String name) {
        return new Field<>(name, Type.DATE, null, null, FormatVersion.V1_0);
    }

    private static <T> Field<T> strings(String name) {
        return new Field<>(name, Type.STRINGS, null, null, FormatVersion.V1_0);
    }

    private static <T> Field<T> enumeration(String name, Enumeration<?> values) {
        return new Field<>(name, Type.ENUM, null, values, FormatVersion.V1_0);
    }

    /** @param shape the name of the constant of the shape of its value */
    private static <T> Field<T> object(String name, String shape) {
        return new Field<>(name, Type.OBJECT, shape, null, FormatVersion.V1_0);
    }

    /** @param shape the name of the constant of the shape of its elements */
    private static <T> Field<T> objects(String name, String shape) {
        return new Field<>(name, Type.OBJECTS, shape, null, FormatVersion.V1_0);
    }

    private static <T> Field<T> documents(String name) {
        return new Field<>(name, Type.DOCUMENTS, null, null, FormatVersion.V1_0);
    }

    // ---------------------------------------------------------------- the format

    // Generated by FormatGenerator from the record components (docs/DEVELOPING.md, "Adding a field"): do not edit by hand.

    /** The values of {@code status}. */
    public static final Enumeration<Status> STATUS = new Enumeration<>(List.of(Status.values()));

    /** The values of {@code modality}. */
    public static final Enumeration<Modality> MODALITY = new Enumeration<>(List.of(Modality.values()));

    /** The fields of {@link Declaration}. */
    public static final Shape<Declaration> DECLARATION = new Shape<>(
            "declaration", "declaration", Declaration.class,
            new Records<Declaration>() {
                @Override
                Object get(Declaration o, String field) {
                    return switch (field) {
                        case "schemaVersion" -> o.schemaVersion();
                        case "kind" -> o.kind().jsonName();
                        case "id" -> o.id();
                        case "title" -> o.title();
                        case "titleFootnotes" -> o.titleFootnotes();
                        case "subtitle" -> o.subtitle();
                        case "status" -> o.status();
                        case "language" -> o.language();
                        case "originalLanguage" -> o.originalLanguage();
                        case "symbol" -> o.symbol();
                        case "date" -> o.date();
                        case "issuer" -> o.issuer();
                        case "author" -> o.author();
                        case "meeting" -> o.meeting();
                        case "agendaItem" -> o.agendaItem();
                        case "preamble" -> o.preamble();
                        case "paragraphs" -> o.paragraphs();
                        case "headings" -> o.headings();
                        case "footnotes" -> o.footnotes();
                        case "adoption" -> o.adoption();
                        case "references" -> o.references();
                        case "annexes" -> o.annexes();
                        case "source" -> o.source();
                        default -> throw noField(field, "declaration");
                    };
                }

                @Override
                Declaration create(Values v) {
                    return new Declaration(v.get("schemaVersion"), v.get("id"), v.get("title"),
                            v.get("titleFootnotes"), v.get("subtitle"), v.get("status"), v.get("language"),
                            v.get("originalLanguage"), v.get("symbol"), v.get("date"), v.get("issuer"),
                            v.get("author"), v.get("meeting"), v.get("agendaItem"), v.get("preamble"),
                            v.get("paragraphs"), v.get("headings"), v.get("footnotes"), v.get("adoption"),
                            v.get("references"), v.get("annexes"), v.get("source"), v.extensions());
                }

                @Override
                Extensions extensions(Declaration o) {
                    return o.extensions();
                }
            },
            Format.<Declaration>string("schemaVersion").required(),
            Format.<Declaration>string("kind"),
            Format.<Declaration>string("id").required().slug(),
            Format.<Declaration>string("title").required(),
            Format.<Declaration>strings("titleFootnotes"),
            Format.<Declaration>string("subtitle"),
            Format.<Declaration>enumeration("status", STATUS),
            Format.<Declaration>string("language").required().languageTag(),
            Format.<Declaration>string("originalLanguage").languageTag(),
            Format.<Declaration>string("symbol"),
            Format.<Declaration>date("date"),
            Format.<Declaration>string("issuer"),
            Format.<Declaration>string("author"),
            Format.<Declaration>object("meeting", "MEETING"),
            Format.<Declaration>object("agendaItem", "AGENDA_ITEM"),
            Format.<Declaration>objects("preamble", "PREAMBULAR_PARAGRAPH"),
            Format.<Declaration>objects("paragraphs", "PARAGRAPH").nonEmpty(),
            Format.<Declaration>objects("headings", "HEADING"),
            Format.<Declaration>objects("footnotes", "FOOTNOTE"),
            Format.<Declaration>object("adoption", "ADOPTION"),
            Format.<Declaration>objects("references", "REFERENCE"),
            Format.<Declaration>documents("annexes"),
            Format.<Declaration>object("source", "SOURCE").since(FormatVersion.V1_1));

    /** The fields of {@link ActionPlan}. */
    public static final Shape<ActionPlan> ACTION_PLAN = new Shape<>(
            "actionPlan", "actionPlan", ActionPlan.class,
            new Records<ActionPlan>() {
                @Override
                Object get(ActionPlan o, String field) {
                    return switch (field) {
                        case "schemaVersion" -> o.schemaVersion();
                        case "kind" -> o.kind().jsonName();
                        case "id" -> o.id();
                        case "title" -> o.title();
                        case "status" -> o.status();
                        case "language" -> o.language();
                        case "symbol" -> o.symbol();
                        case "date" -> o.date();
                        case "issuer" -> o.issuer();
                        case "period" -> o.period();
                        case "introduction" -> o.introduction();
                        case "sections" -> o.sections();
                        case "footnotes" -> o.footnotes();
                        case "source" -> o.source();
                        default -> throw noField(field, "actionPlan");
                    };
                }

                @Override
                ActionPlan create(Values v) {
                    return new ActionPlan(v.get("schemaVersion"), v.get("id"), v.get("title"), v.get("status"),
                            v.get("language"), v.get("symbol"), v.get("date"), v.get("issuer"), v.get("period"),
                            v.get("introduction"), v.get("sections"), v.get("footnotes"), v.get("source"),
                            v.extensions());
                }

                @Override
                Extensions extensions(ActionPlan o) {
                    return o.extensions();
                }
            },
            Format.<ActionPlan>string("schemaVersion").required(),
            Format.<ActionPlan>string("kind"),
            Format.<ActionPlan>string("id").required().slug(),
            Format.<ActionPlan>string("title").required(),
            Format.<ActionPlan>enumeration("status", STATUS),
            Format.<ActionPlan>string("language").required().languageTag(),
            Format.<ActionPlan>string("symbol"),
            Format.<ActionPlan>date("date"),
            Format.<ActionPlan>string("issuer"),
            Format.<ActionPlan>object("period", "PERIOD"),
            Format.<ActionPlan>strings("introduction"),
            Format.<ActionPlan>objects("sections", "SECTION").nonEmpty(),
            Format.<ActionPlan>objects("footnotes", "FOOTNOTE"),
            Format.<ActionPlan>object("source", "SOURCE").since(FormatVersion.V1_1));

    /** The fields of {@link Source}. */
    public static final Shape<Source> SOURCE = new Shape<>(
            "source", "source", Source.class,
            new Records<Source>() {
                @Override
                Object get(Source o, String field) {
                    return switch (field) {
                        case "format" -> o.format();
                        case "name" -> o.name();
                        case "sha256" -> o.sha256();
                        default -> throw noField(field, "source");
                    };
                }

                @Override
                Source create(Values v) {
                    return new Source(v.get("format"), v.get("name"), v.get("sha256"), v.extensions());
                }

                @Override
                Extensions extensions(Source o) {
                    return o.extensions();
                }
            },
            Format.<Source>string("format"),
            Format.<Source>string("name"),
            Format.<Source>string("sha256"));

    /** The fields of {@link Footnote}. */
    public static final Shape<Footnote> FOOTNOTE = new Shape<>(
            "footnote", "footnote", Footnote.class,
            new Records<Footnote>() {
                @Override
                Object get(Footnote o, String field) {
                    return switch (field) {
                        case "marker" -> o.marker();
                        case "text" -> o.text();
                        default -> throw noField(field, "footnote");
                    };
                }

                @Override
                Footnote create(Values v) {
                    return new Footnote(v.get("marker"), v.get("text"), v.extensions());
                }

                @Override
                Extensions extensions(Footnote o) {
                    return o.extensions();
                }
            },
            Format.<Footnote>string("marker").required(),
            Format.<Footnote>string("text").required());

    /** The fields of {@link Meeting}. */
    public static final Shape<Meeting> MEETING = new Shape<>(
            "meeting", "meeting", Meeting.class,
            new Records<Meeting>() {
                @Override
                Object get(Meeting o, String field) {
                    return switch (field) {
                        case "name" -> o.name();
                        case "place" -> o.place();
                        case "date" -> o.date();
                        default -> throw noField(field, "meeting");
                    };
                }

                @Override
                Meeting create(Values v) {
                    return new Meeting(v.get("name"), v.get("place"), v.get("date"), v.extensions());
                }

                @Override
                Extensions extensions(Meeting o) {
                    return o.extensions();
                }
            },
            Format.<Meeting>string("name"),
            Format.<Meeting>string("place"),
            Format.<Meeting>date("date"));

    /** The fields of {@link AgendaItem}. */
    public static final Shape<AgendaItem> AGENDA_ITEM = new Shape<>(
            "agendaItem", "agendaItem", AgendaItem.class,
            new Records<AgendaItem>() {
                @Override
                Object get(AgendaItem o, String field) {
                    return switch (field) {
                        case "number" -> o.number();
                        case "title" -> o.title();
                        case "provisional" -> o.provisional();
                        default -> throw noField(field, "agendaItem");
                    };
                }

                @Override
                AgendaItem create(Values v) {
                    return new AgendaItem(v.get("number"), v.get("title"), v.get("provisional"), v.extensions());
                }

                @Override
                Extensions extensions(AgendaItem o) {
                    return o.extensions();
                }
            },
            Format.<AgendaItem>string("number"),
            Format.<AgendaItem>string("title"),
            Format.<AgendaItem>bool("provisional"));

    /** The fields of {@link Adoption}. */
    public static final Shape<Adoption> ADOPTION = new Shape<>(
            "adoption", "adoption", Adoption.class,
            new Records<Adoption>() {
                @Override
                Object get(Adoption o, String field) {
                    return switch (field) {
                        case "place" -> o.place();
                        case "date" -> o.date();
                        default -> throw noField(field, "adoption");
                    };
                }

                @Override
                Adoption create(Values v) {
                    return new Adoption(v.get("place"), v.get("date"), v.extensions());
                }

                @Override
                Extensions extensions(Adoption o) {
                    return o.extensions();
                }
            },
            Format.<Adoption>string("place"),
            Format.<Adoption>date("date"));

    /** The fields of {@link Reference}. */
    public static final Shape<Reference> REFERENCE = new Shape<>(
            "reference", "reference", Reference.class,
            new Records<Reference>() {
                @Override
                Object get(Reference o, String field) {
                    return switch (field) {
                        case "kind" -> o.kind();
                        case "title" -> o.title();
                        case "id" -> o.id();
                        case "paragraph" -> o.paragraph();
                        default -> throw noField(field, "reference");
                    };
                }

                @Override
                Reference create(Values v) {
                    return new Reference(v.get("kind"), v.get("title"), v.get("id"), v.get("paragraph"),
                            v.extensions());
                }

                @Override
                Extensions extensions(Reference o) {
                    return o.extensions();
                }
            },
            Format.<Reference>string("kind").required(),
            Format.<Reference>string("title").required(),
            Format.<Reference>string("id").slug(),
            Format.<Reference>integer("paragraph"));

    /** The fields of {@link Heading}. */
    public static final Shape<Heading> HEADING = new Shape<>(
            "heading", "heading", Heading.class,
            new Records<Heading>() {
                @Override
                Object get(Heading o, String field) {
                    return switch (field) {
                        case "before" -> o.before();
                        case "level" -> o.level();
                        case "label" -> o.label();
                        case "title" -> o.title();
                        case "restart" -> o.restart();
                        default -> throw noField(field, "heading");
                    };
                }

                @Override
                Heading create(Values v) {
                    return new Heading(v.get("before"), v.get("level"), v.get("label"), v.get("title"),
                            v.get("restart"), v.extensions());
                }

                @Override
                Extensions extensions(Heading o) {
                    return o.extensions();
                }
            },
            Format.<Heading>integer("before").required(),
            Format.<Heading>integer("level"),
            Format.<Heading>string("label"),
            Format.<Heading>string("title").required(),
            Format.<Heading>bool("restart").since(FormatVersion.V1_1));

    /** The fields of {@link Period}. */
    public static final Shape<Period> PERIOD = new Shape<>(
            "period", "period", Period.class,
            new Records<Period>() {
                @Override
                Object get(Period o, String field) {
                    return switch (field) {
                        case "from" -> o.from();
                        case "to" -> o.to();
                        default -> throw noField(field, "period");
                    };
                }

                @Override
                Period create(Values v) {
                    return new Period(v.get("from"), v.get("to"), v.extensions());
                }

                @Override
                Extensions extensions(Period o) {
                    return o.extensions();
                }
            },
            Format.<Period>integer("from").required(),
            Format.<Period>integer("to").required());

    /** The fields of {@link Commitment}. */
    public static final Shape<Commitment> COMMITMENT = new Shape<>(
            "commitment", "commitment", Commitment.class,
            new Records<Commitment>() {
                @Override
                Object get(Commitment o, String field) {
                    return switch (field) {
                        case "id" -> o.id();
                        case "modality" -> o.modality();
                        case "actor" -> o.actor();
                        case "text" -> o.text();
                        case "start" -> o.start();
                        case "end" -> o.end();
                        case "themes" -> o.themes();
                        case "deadline" -> o.deadline();
                        default -> throw noField(field, "commitment");
                    };
                }

                @Override
                Commitment create(Values v) {
                    return new Commitment(v.get("id"), v.get("modality"), v.get("actor"), v.get("text"),
                            v.get("start"), v.get("end"), v.get("themes"), v.get("deadline"), v.extensions());
                }

                @Override
                Extensions extensions(Commitment o) {
                    return o.extensions();
                }
            },
            Format.<Commitment>string("id").required(),
            Format.<Commitment>enumeration("modality", MODALITY).required(),
            Format.<Commitment>string("actor").required(),
            Format.<Commitment>string("text").required(),
            Format.<Commitment>integer("start").required(),
            Format.<Commitment>integer("end").required(),
            Format.<Commitment>strings("themes"),
            Format.<Commitment>date("deadline"));

    /** The fields of {@link Subparagraph}. */
    public static final Shape<Subparagraph> SUBPARAGRAPH = new Shape<>(
            "subparagraph", "subparagraph", Subparagraph.class,
            new Records<Subparagraph>() {
                @Override
                Object get(Subparagraph o, String field) {
                    return switch (field) {
                        case "label" -> o.label();
                        case "text" -> o.text();
                        case "subparagraphs" -> o.subparagraphs();
                        case "commitments" -> o.commitments();
                        default -> throw noField(field, "subparagraph");
                    };
                }

                @Override
                Subparagraph create(Values v) {
                    return new Subparagraph(v.get("label"), v.get("text"), v.get("subparagraphs"),
                            v.get("commitments"), v.extensions());
                }

                @Override
                Extensions extensions(Subparagraph o) {
                    return o.extensions();
                }
            },
            Format.<Subparagraph>string("label"),
            Format.<Subparagraph>string("text").required(),
            Format.<Subparagraph>objects("subparagraphs", "SUBPARAGRAPH"),
            Format.<Subparagraph>objects("commitments", "COMMITMENT").since(FormatVersion.V1_1));

    /** The fields of {@link Paragraph}. */
    public static final Shape<Paragraph> PARAGRAPH = new Shape<>(
            "paragraph", "paragraph", Paragraph.class,
            new Records<Paragraph>() {
                @Override
                Object get(Paragraph o, String field) {
                    return switch (field) {
                        case "number" -> o.number();
                        case "text" -> o.text();
                        case "subparagraphs" -> o.subparagraphs();
                        case "footnotes" -> o.footnotes();
                        case "commitments" -> o.commitments();
                        default -> throw noField(field, "paragraph");
                    };
                }

                @Override
                Paragraph create(Values v) {
                    return new Paragraph(v.get("number"), v.get("text"), v.get("subparagraphs"), v.get("footnotes"),
                            v.get("commitments"), v.extensions());
                }

                @Override
                Extensions extensions(Paragraph o) {
                    return o.extensions();
                }
            },
            Format.<Paragraph>integer("number"),
            Format.<Paragraph>string("text").required(),
            Format.<Paragraph>objects("subparagraphs", "SUBPARAGRAPH"),
            Format.<Paragraph>strings("footnotes"),
            Format.<Paragraph>objects("commitments", "COMMITMENT"));

    /** The fields of {@link PreambularParagraph}. */
    public static final Shape<PreambularParagraph> PREAMBULAR_PARAGRAPH = new Shape<>(
            "preambularParagraph", "preambular paragraph", PreambularParagraph.class,
            new Records<PreambularParagraph>() {
                @Override
                Object get(PreambularParagraph o, String field) {
                    return switch (field) {
                        case "text" -> o.text();
                        case "footnotes" -> o.footnotes();
                        case "commitments" -> o.commitments();
                        default -> throw noField(field, "preambular paragraph");
                    };
                }

                @Override
                PreambularParagraph create(Values v) {
                    return new PreambularParagraph(v.get("text"), v.get("footnotes"), v.get("commitments"),
                            v.extensions());
                }

                @Override
                Extensions extensions(PreambularParagraph o) {
                    return o.extensions();
                }
            },
            Format.<PreambularParagraph>string("text").required(),
            Format.<PreambularParagraph>strings("footnotes"),
            Format.<PreambularParagraph>objects("commitments", "COMMITMENT"));

    /** The fields of {@link Action}. */
    public static final Shape<Action> ACTION = new Shape<>(
            "action", "action", Action.class,
            new Records<Action>() {
                @Override
                Object get(Action o, String field) {
                    return switch (field) {
                        case "number" -> o.number();
                        case "text" -> o.text();
                        case "indicators" -> o.indicators();
                        case "commitments" -> o.commitments();
                        case "deadline" -> o.deadline();
                        default -> throw noField(field, "action");
                    };
                }

                @Override
                Action create(Values v) {
                    return new Action(v.get("number"), v.get("text"), v.get("indicators"), v.get("commitments"),
                            v.get("deadline"), v.extensions());
                }

                @Override
                Extensions extensions(Action o) {
                    return o.extensions();
                }
            },
            Format.<Action>integer("number").required(),
            Format.<Action>string("text").required(),
            Format.<Action>strings("indicators"),
            Format.<Action>objects("commitments", "COMMITMENT"),
            Format.<Action>date("deadline"));

    /** The fields of {@link Section}. */
    public static final Shape<Section> SECTION = new Shape<>(
            "section", "section", Section.class,
            new Records<Section>() {
                @Override
                Object get(Section o, String field) {
                    return switch (field) {
                        case "number" -> o.number();
                        case "title" -> o.title();
                        case "paragraphs" -> o.paragraphs();
                        case "actions" -> o.actions();
                        default -> throw noField(field, "section");
                    };
                }

                @Override
                Section create(Values v) {
                    return new Section(v.get("number"), v.get("title"), v.get("paragraphs"), v.get("actions"),
                            v.extensions());
                }

                @Override
                Extensions extensions(Section o) {
                    return o.extensions();
                }
            },
            Format.<Section>string("number"),
            Format.<Section>string("title").required(),
            Format.<Section>strings("paragraphs"),
            Format.<Section>objects("actions", "ACTION"));

    /** Every shape, documents first. */
    public static final List<Shape<?>> SHAPES = List.of(DECLARATION, ACTION_PLAN, SOURCE, FOOTNOTE, MEETING, AGENDA_ITEM, ADOPTION, REFERENCE, HEADING, PERIOD, COMMITMENT, SUBPARAGRAPH, PARAGRAPH, PREAMBULAR_PARAGRAPH, ACTION, SECTION);

    /** @return the shape of that constant's name (the table refers to shapes by name: one may hold itself) */
    private static Shape<?> shapeNamed(String constant) {
        return switch (constant) {
            case "DECLARATION" -> DECLARATION;
            case "ACTION_PLAN" -> ACTION_PLAN;
            case "SOURCE" -> SOURCE;
            case "FOOTNOTE" -> FOOTNOTE;
            case "MEETING" -> MEETING;
            case "AGENDA_ITEM" -> AGENDA_ITEM;
            case "ADOPTION" -> ADOPTION;
            case "REFERENCE" -> REFERENCE;
            case "HEADING" -> HEADING;
            case "PERIOD" -> PERIOD;
            case "COMMITMENT" -> COMMITMENT;
            case "SUBPARAGRAPH" -> SUBPARAGRAPH;
            case "PARAGRAPH" -> PARAGRAPH;
            case "PREAMBULAR_PARAGRAPH" -> PREAMBULAR_PARAGRAPH;
            case "ACTION" -> ACTION;
            case "SECTION" -> SECTION;
            default -> throw new IllegalArgumentException("no shape " + constant);
        };
    }
    // End of generated code.

    /**
     * @param doc a document
     * @return the shape of its kind
     */
    @SuppressWarnings("unchecked")
    public static <D extends Document> Shape<D> shapeOf(D doc) {
        return (Shape<D>) (doc instanceof Declaration ? DECLARATION : ACTION_PLAN);
    }

    /**
     * Calls {@code out} with the JSON Pointer (below {@code base}) and the field of every field of the
     * document that is present and newer than {@code version}; annexes are documents of their own and are
     * not visited. Only the objects that can hold such a field are walked.
     *
     * @param doc     a document
     * @param version the version it says it has
     * @param base    its pointer: "" or "/annexes/0"
     * @param out     receives each newer field
     */
    public static void forEachNewerField(Document doc, FormatVersion version, String base,
            BiConsumer<String, Field<?>> out) {
        walk(shapeOf(doc), doc, version, base, out);
    }

    private static <T> void walk(Shape<T> shape, T value, FormatVersion version, String pointer,
            BiConsumer<String, Field<?>> out) {
        for (Field<T> f : shape.newerPlan(version).visit()) {
            if (!version.isAtLeast(f.since())) {
                if (f.isPresent(value)) {
                    out.accept(pointer + "/" + f.name(), f);
                }
                continue;
            }
            Shape<?> inner = f.shape();
            Object v = f.get(value);
            if (f.type() == Type.OBJECT && v != null) {
                walkAny(inner, v, version, pointer + "/" + f.name(), out);
            } else if (f.type() == Type.OBJECTS) {
                List<?> list = (List<?>) v;
                if (!list.isEmpty()) {
                    String prefix = pointer + "/" + f.name() + "/";
                    for (int i = 0; i < list.size(); i++) {
                        walkAny(inner, list.get(i), version, prefix + i, out);
                    }
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void walkAny(Shape<T> shape, Object value, FormatVersion version, String pointer,
            BiConsumer<String, Field<?>> out) {
        walk(shape, (T) value, version, pointer, out);
    }

    /** @return the names of the fields of {@code shape}, in canonical order */
    public static List<String> names(Shape<?> shape) {
        List<String> names = new ArrayList<>();
        for (Field<?> f : shape.fields()) {
            names.add(f.name());
        }
        return names;
    }
}
