package org.declaro.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
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
 * <p>To add a field: add the record component (and a constructor keeping the old signature), then one
 * {@link Field} line below, with {@link Field#since} when a new format version adds it.
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
     * @param jsonName the JSON name of a constant
     * @param parse    the constant of a JSON name
     */
    public record Enumeration<E>(List<E> values, Function<E, String> jsonName, Function<String, Optional<E>> parse) {
        /** @return the JSON name of a constant of this enumeration */
        @SuppressWarnings("unchecked")
        public String nameOf(Object constant) {
            return jsonName.apply((E) constant);
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
        private final Function<T, ?> accessor;
        private final Supplier<Shape<?>> shape;
        private final Enumeration<?> enumeration;
        private final FormatVersion since;
        private final Constraint presence;
        private final Constraint syntax;
        private int index = -1;

        private Field(String name, Type type, Function<T, ?> accessor, Supplier<Shape<?>> shape, Enumeration<?> enumeration,
                FormatVersion since) {
            this(name, type, accessor, shape, enumeration, since, null, null);
        }

        private Field(String name, Type type, Function<T, ?> accessor, Supplier<Shape<?>> shape, Enumeration<?> enumeration,
                FormatVersion since, Constraint presence, Constraint syntax) {
            this.name = name;
            this.type = type;
            this.accessor = accessor;
            this.shape = shape;
            this.enumeration = enumeration;
            this.since = since;
            this.presence = presence;
            this.syntax = syntax;
        }

        /** @return a copy of this field that format version {@code version} added */
        Field<T> since(FormatVersion version) {
            return new Field<>(name, type, accessor, shape, enumeration, version, presence, syntax);
        }

        /** @return a copy of this field that must have a value ({@code @NotNull}) */
        Field<T> required() {
            return new Field<>(name, type, accessor, shape, enumeration, since, Constraint.REQUIRED, syntax);
        }

        /** @return a copy of this list field that must hold an element ({@code @NotEmpty}) */
        Field<T> nonEmpty() {
            return new Field<>(name, type, accessor, shape, enumeration, since, Constraint.NON_EMPTY, syntax);
        }

        /** @return a copy of this string field whose value, when present, must be a slug ({@code @Slug}) */
        Field<T> slug() {
            return new Field<>(name, type, accessor, shape, enumeration, since, presence, Constraint.SLUG);
        }

        /** @return a copy of this string field whose value, when present, must be a language tag */
        Field<T> languageTag() {
            return new Field<>(name, type, accessor, shape, enumeration, since, presence, Constraint.LANGUAGE_TAG);
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
            return shape == null ? null : shape.get();
        }

        /** @return the enumeration of its values, for {@link Type#ENUM} */
        public Enumeration<?> enumeration() {
            return enumeration;
        }

        /** @return the field's value in {@code owner}: null, a value of its type, or a list (never null for lists) */
        public Object get(T owner) {
            return accessor.apply(owner);
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
        private final Map<String, Field<T>> byName = new HashMap<>();
        private final Function<Values, T> constructor;
        private final Function<T, Extensions> extensions;
        private final Map<FormatVersion, Boolean> newer = new ConcurrentHashMap<>();
        private final List<Field<T>> constrained;
        private final Field<T>[] bySlot;
        private final Object[] newerPlans = new Object[FormatVersion.values().length];

        @SafeVarargs
        private Shape(String schemaName, String what, Class<T> type, Function<T, Extensions> extensions,
                Function<Values, T> constructor, Field<T>... fields) {
            this.schemaName = schemaName;
            this.what = what;
            this.type = type;
            this.fields = List.of(fields);
            this.constructor = constructor;
            this.extensions = extensions;
            List<Field<T>> checked = new ArrayList<>();
            for (int i = 0; i < fields.length; i++) {
                fields[i].index = i;
                if (byName.put(fields[i].name(), fields[i]) != null) {
                    throw new IllegalStateException("two fields " + fields[i].name() + " in " + what);
                }
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
            // the reader's names are interned, as the table's are: most lookups end at the first slot
            Field<T>[] slots = bySlot;
            int mask = slots.length - 1;
            for (int i = name.hashCode() & mask;; i = i + 1 & mask) {
                Field<T> f = slots[i];
                if (f == null) {
                    return byName.get(name); // another spelling of the same name, or none
                }
                if (f.name == name) {
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
            return constructor.apply(new Values(this, values, extension, null));
        }

        /** @return the names of the fields its constructor reads (for a test: each field must be read) */
        Set<String> namesReadByConstructor() {
            Set<String> read = new HashSet<>();
            constructor.apply(new Values(this, new Object[fields.size()], Extensions.NONE, read));
            return read;
        }

        /** @return the fields the format does not define, of a record of this shape */
        public Extensions extensionsOf(T value) {
            return extensions.apply(value);
        }

        /** @return whether this object, or one nested in it (not an annex), may hold a field newer than {@code version} */
        public boolean mayHoldNewerThan(FormatVersion version) {
            return newer.computeIfAbsent(version, v -> mayHoldNewerThan(v, new HashSet<>()));
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

    // ---------------------------------------------------------------- field constructors

    private static <T> Field<T> string(String name, Function<T, String> get) {
        return new Field<>(name, Type.STRING, get, null, null, FormatVersion.V1_0);
    }

    private static <T> Field<T> integer(String name, Function<T, Integer> get) {
        return new Field<>(name, Type.INTEGER, get, null, null, FormatVersion.V1_0);
    }

    private static <T> Field<T> bool(String name, Function<T, Boolean> get) {
        return new Field<>(name, Type.BOOLEAN, get, null, null, FormatVersion.V1_0);
    }

    private static <T> Field<T> date(String name, Function<T, ?> get) {
        return new Field<>(name, Type.DATE, get, null, null, FormatVersion.V1_0);
    }

    private static <T> Field<T> strings(String name, Function<T, List<String>> get) {
        return new Field<>(name, Type.STRINGS, get, null, null, FormatVersion.V1_0);
    }

    private static <T, E> Field<T> enumeration(String name, Function<T, E> get, Enumeration<E> values) {
        return new Field<>(name, Type.ENUM, get, null, values, FormatVersion.V1_0);
    }

    private static <T> Field<T> object(String name, Function<T, ?> get, Supplier<Shape<?>> shape) {
        return new Field<>(name, Type.OBJECT, get, shape, null, FormatVersion.V1_0);
    }

    private static <T> Field<T> objects(String name, Function<T, ? extends List<?>> get, Supplier<Shape<?>> shape) {
        return new Field<>(name, Type.OBJECTS, get, shape, null, FormatVersion.V1_0);
    }

    private static <T> Field<T> documents(String name, Function<T, List<Document>> get) {
        return new Field<>(name, Type.DOCUMENTS, get, null, null, FormatVersion.V1_0);
    }

    // ---------------------------------------------------------------- the format

    /** {@code status} */
    public static final Enumeration<Status> STATUS = new Enumeration<>(List.of(Status.values()), Status::jsonName,
            Status::fromJsonName);
    /** {@code modality} */
    public static final Enumeration<Modality> MODALITY = new Enumeration<>(List.of(Modality.values()), Modality::jsonName,
            Modality::fromJsonName);

    /** {@code source} (format 1.1) */
    public static final Shape<Source> SOURCE = new Shape<>("source", "source", Source.class, Source::extensions,
            v -> new Source(v.get("format"), v.get("name"), v.get("sha256"), v.extensions()),
            string("format", Source::format),
            string("name", Source::name),
            string("sha256", Source::sha256));

    /** A footnote. */
    public static final Shape<Footnote> FOOTNOTE = new Shape<>("footnote", "footnote", Footnote.class,
            Footnote::extensions,
            v -> new Footnote(v.get("marker"), v.get("text"), v.extensions()),
            string("marker", Footnote::marker).required(),
            string("text", Footnote::text).required());

    /** {@code meeting} */
    public static final Shape<Meeting> MEETING = new Shape<>("meeting", "meeting", Meeting.class, Meeting::extensions,
            v -> new Meeting(v.get("name"), v.get("place"), v.get("date"), v.extensions()),
            string("name", Meeting::name),
            string("place", Meeting::place),
            date("date", Meeting::date));

    /** {@code agendaItem} */
    public static final Shape<AgendaItem> AGENDA_ITEM = new Shape<>("agendaItem", "agendaItem", AgendaItem.class,
            AgendaItem::extensions,
            v -> new AgendaItem(v.get("number"), v.get("title"), v.get("provisional"), v.extensions()),
            string("number", AgendaItem::number),
            string("title", AgendaItem::title),
            bool("provisional", AgendaItem::provisional));

    /** {@code adoption} */
    public static final Shape<Adoption> ADOPTION = new Shape<>("adoption", "adoption", Adoption.class,
            Adoption::extensions,
            v -> new Adoption(v.get("place"), v.get("date"), v.extensions()),
            string("place", Adoption::place),
            date("date", Adoption::date));

    /** A reference. */
    public static final Shape<Reference> REFERENCE = new Shape<>("reference", "reference", Reference.class,
            Reference::extensions,
            v -> new Reference(v.get("kind"), v.get("title"), v.get("id"), v.get("paragraph"), v.extensions()),
            string("kind", Reference::kind).required(),
            string("title", Reference::title).required(),
            string("id", Reference::id).slug(),
            integer("paragraph", Reference::paragraph));

    /** A heading. */
    public static final Shape<Heading> HEADING = new Shape<>("heading", "heading", Heading.class, Heading::extensions,
            v -> new Heading(v.get("before"), v.get("level"), v.get("label"), v.get("title"), v.get("restart"),
                    v.extensions()),
            integer("before", Heading::before).required(),
            integer("level", Heading::level),
            string("label", Heading::label),
            string("title", Heading::title).required(),
            Format.<Heading>bool("restart", Heading::restart).since(FormatVersion.V1_1));

    /** {@code period} */
    public static final Shape<Period> PERIOD = new Shape<>("period", "period", Period.class, Period::extensions,
            v -> new Period(v.get("from"), v.get("to"), v.extensions()),
            integer("from", Period::from).required(),
            integer("to", Period::to).required());

    /** A commitment. */
    public static final Shape<Commitment> COMMITMENT = new Shape<>("commitment", "commitment", Commitment.class,
            Commitment::extensions,
            v -> new Commitment(v.get("id"), v.get("modality"), v.get("actor"), v.get("text"), v.get("start"),
                    v.get("end"), v.get("themes"), v.get("deadline"), v.extensions()),
            string("id", Commitment::id).required(),
            enumeration("modality", Commitment::modality, MODALITY).required(),
            string("actor", Commitment::actor).required(),
            string("text", Commitment::text).required(),
            integer("start", Commitment::start).required(),
            integer("end", Commitment::end).required(),
            strings("themes", Commitment::themes),
            date("deadline", Commitment::deadline));

    /** A sub-paragraph. */
    public static final Shape<Subparagraph> SUBPARAGRAPH = new Shape<>("subparagraph", "subparagraph",
            Subparagraph.class, Subparagraph::extensions,
            v -> new Subparagraph(v.get("label"), v.get("text"), v.get("subparagraphs"), v.get("commitments"),
                    v.extensions()),
            string("label", Subparagraph::label),
            string("text", Subparagraph::text).required(),
            objects("subparagraphs", Subparagraph::subparagraphs, () -> Format.SUBPARAGRAPH),
            Format.<Subparagraph>objects("commitments", Subparagraph::commitments, () -> COMMITMENT)
                    .since(FormatVersion.V1_1));

    /** A paragraph of a declaration's body. */
    public static final Shape<Paragraph> PARAGRAPH = new Shape<>("paragraph", "paragraph", Paragraph.class,
            Paragraph::extensions,
            v -> new Paragraph(v.get("number"), v.get("text"), v.get("subparagraphs"), v.get("footnotes"),
                    v.get("commitments"), v.extensions()),
            integer("number", Paragraph::number),
            string("text", Paragraph::text).required(),
            objects("subparagraphs", Paragraph::subparagraphs, () -> SUBPARAGRAPH),
            strings("footnotes", Paragraph::footnotes),
            objects("commitments", Paragraph::commitments, () -> COMMITMENT));

    /** A preambular paragraph. */
    public static final Shape<PreambularParagraph> PREAMBULAR_PARAGRAPH = new Shape<>("preambularParagraph",
            "preambular paragraph", PreambularParagraph.class, PreambularParagraph::extensions,
            v -> new PreambularParagraph(v.get("text"), v.get("footnotes"), v.get("commitments"), v.extensions()),
            string("text", PreambularParagraph::text).required(),
            strings("footnotes", PreambularParagraph::footnotes),
            objects("commitments", PreambularParagraph::commitments, () -> COMMITMENT));

    /** An action. */
    public static final Shape<Action> ACTION = new Shape<>("action", "action", Action.class, Action::extensions,
            v -> new Action(v.get("number"), v.get("text"), v.get("indicators"), v.get("commitments"), v.get("deadline"),
                    v.extensions()),
            integer("number", Action::number).required(),
            string("text", Action::text).required(),
            strings("indicators", Action::indicators),
            objects("commitments", Action::commitments, () -> COMMITMENT),
            date("deadline", Action::deadline));

    /** A section of an action plan. */
    public static final Shape<Section> SECTION = new Shape<>("section", "section", Section.class, Section::extensions,
            v -> new Section(v.get("number"), v.get("title"), v.get("paragraphs"), v.get("actions"), v.extensions()),
            string("number", Section::number),
            string("title", Section::title).required(),
            strings("paragraphs", Section::paragraphs),
            objects("actions", Section::actions, () -> ACTION));

    /** {@code kind: "declaration"}; {@code kind} is decided by the reader before the other fields. */
    public static final Shape<Declaration> DECLARATION = new Shape<>("declaration", "declaration", Declaration.class,
            Declaration::extensions,
            v -> new Declaration(v.get("schemaVersion"), v.get("id"), v.get("title"), v.get("titleFootnotes"),
                    v.get("subtitle"), v.get("status"), v.get("language"), v.get("originalLanguage"), v.get("symbol"),
                    v.get("date"), v.get("issuer"), v.get("author"), v.get("meeting"), v.get("agendaItem"),
                    v.get("preamble"), v.get("paragraphs"), v.get("headings"), v.get("footnotes"), v.get("adoption"),
                    v.get("references"), v.get("annexes"), v.get("source"), v.extensions()),
            string("schemaVersion", Declaration::schemaVersion).required(),
            string("kind", d -> d.kind().jsonName()),
            string("id", Declaration::id).required().slug(),
            string("title", Declaration::title).required(),
            strings("titleFootnotes", Declaration::titleFootnotes),
            string("subtitle", Declaration::subtitle),
            enumeration("status", Declaration::status, STATUS),
            string("language", Declaration::language).required().languageTag(),
            string("originalLanguage", Declaration::originalLanguage).languageTag(),
            string("symbol", Declaration::symbol),
            date("date", Declaration::date),
            string("issuer", Declaration::issuer),
            string("author", Declaration::author),
            object("meeting", Declaration::meeting, () -> MEETING),
            object("agendaItem", Declaration::agendaItem, () -> AGENDA_ITEM),
            objects("preamble", Declaration::preamble, () -> PREAMBULAR_PARAGRAPH),
            objects("paragraphs", Declaration::paragraphs, () -> PARAGRAPH).nonEmpty(),
            objects("headings", Declaration::headings, () -> HEADING),
            objects("footnotes", Declaration::footnotes, () -> FOOTNOTE),
            object("adoption", Declaration::adoption, () -> ADOPTION),
            objects("references", Declaration::references, () -> REFERENCE),
            documents("annexes", Declaration::annexes),
            Format.<Declaration>object("source", Declaration::source, () -> SOURCE).since(FormatVersion.V1_1));

    /**
     * {@code kind: "actionPlan"}, in the order of README's "Canonical JSON" (FORMAT.md groups the shared
     * fields in one row).
     */
    public static final Shape<ActionPlan> ACTION_PLAN = new Shape<>("actionPlan", "actionPlan", ActionPlan.class,
            ActionPlan::extensions,
            v -> new ActionPlan(v.get("schemaVersion"), v.get("id"), v.get("title"), v.get("status"), v.get("language"),
                    v.get("symbol"), v.get("date"), v.get("issuer"), v.get("period"), v.get("introduction"),
                    v.get("sections"), v.get("footnotes"), v.get("source"), v.extensions()),
            string("schemaVersion", ActionPlan::schemaVersion).required(),
            string("kind", a -> a.kind().jsonName()),
            string("id", ActionPlan::id).required().slug(),
            string("title", ActionPlan::title).required(),
            enumeration("status", ActionPlan::status, STATUS),
            string("language", ActionPlan::language).required().languageTag(),
            string("symbol", ActionPlan::symbol),
            date("date", ActionPlan::date),
            string("issuer", ActionPlan::issuer),
            object("period", ActionPlan::period, () -> PERIOD),
            strings("introduction", ActionPlan::introduction),
            objects("sections", ActionPlan::sections, () -> SECTION).nonEmpty(),
            objects("footnotes", ActionPlan::footnotes, () -> FOOTNOTE),
            Format.<ActionPlan>object("source", ActionPlan::source, () -> SOURCE).since(FormatVersion.V1_1));

    /** Every shape, documents first. */
    public static final List<Shape<?>> SHAPES = List.of(DECLARATION, ACTION_PLAN, SOURCE, FOOTNOTE, MEETING, AGENDA_ITEM,
            ADOPTION, REFERENCE, HEADING, PERIOD, COMMITMENT, SUBPARAGRAPH, PARAGRAPH, PREAMBULAR_PARAGRAPH, ACTION, SECTION);

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
        shape.fields().forEach(f -> names.add(f.name()));
        return names;
    }
}
