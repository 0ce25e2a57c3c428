package org.declaro.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The conveniences a Java user expects of the model (issue 9, item 8): a builder, {@code toBuilder} and a
 * {@code withX} for each component of every record users edit, enums that print as the format spells them,
 * a switch over the two kinds of document without a cast, and the constructor policy that japicmp relies on.
 */
class ModelConveniencesTest {

    /** The records with a builder and a withX per component. */
    static final List<Class<? extends Record>> EDITED = List.of(Paragraph.class, Subparagraph.class,
            PreambularParagraph.class, Commitment.class, Footnote.class, Section.class, Heading.class, Action.class,
            Meeting.class, Adoption.class, AgendaItem.class, Reference.class, Period.class, Source.class);

    /** Every record of the model whose canonical constructor is {@link Unstable}. */
    static final List<Class<? extends Record>> ALL = concat(EDITED, List.of(Declaration.class, ActionPlan.class));

    @Test
    void changingOneParagraphsTextIsOneLine() {
        Declaration d = Declaration.builder("d", "D").paragraph("We will act.").paragraph("We will report.")
                .heading(new Heading(1, 1, "I", "Reporting")).build();
        Declaration changed = d.withParagraph(1, d.paragraphs().get(1).withText("We will report yearly."));
        assertEquals(List.of("We will act.", "We will report yearly."), changed.paragraphs().stream().map(Paragraph::text).toList());
        assertEquals(2, changed.paragraphs().get(1).number());
        assertEquals(d.headings(), changed.headings());
        assertEquals(d.toBuilder().paragraphs(changed.paragraphs()).build(), changed);
        assertThrows(IndexOutOfBoundsException.class, () -> d.withParagraph(2, d.paragraphs().get(0)));
        assertThrows(NullPointerException.class, () -> d.withParagraph(0, null));
    }

    @Test
    void changingOneSectionOfAPlanIsOneLine() {
        ActionPlan p = ActionPlan.builder("p", "P").section(new Section("I", "One", List.of(), List.of(new Action(1, "Act."))))
                .section(new Section("II", "Two", List.of(), List.of(new Action(2, "Report.")))).build();
        ActionPlan changed = p.withSection(1, p.sections().get(1).withTitle("Second"));
        assertEquals(List.of("One", "Second"), changed.sections().stream().map(Section::title).toList());
        assertEquals(p.actions(), changed.actions());
        assertThrows(IndexOutOfBoundsException.class, () -> p.withSection(-1, p.sections().get(0)));
        assertThrows(NullPointerException.class, () -> p.withSection(0, null));
    }

    @Test
    void documentBuildersReplaceListsWithThePluralSetters() {
        Declaration d = Declaration.builder("d", "D").paragraph("A.").preamble(new PreambularParagraph("Recalling x,"))
                .heading(new Heading(0, 1, "I", "H")).footnote(new Footnote("1", "F"))
                .reference(new Reference("actionPlan", "Plan", null, 1)).annex(Declaration.builder("a", "A").paragraph("B.").build())
                .build();
        Declaration emptied = d.toBuilder().preamble(List.of()).headings(List.of()).footnotes(List.of()).references(List.of())
                .annexes(List.of()).build();
        assertEquals(Declaration.builder("d", "D").paragraph("A.").build(), emptied);
        Declaration refilled = emptied.toBuilder().preamble(d.preamble()).headings(d.headings()).footnotes(d.footnotes())
                .references(d.references()).annexes(d.annexes()).build();
        assertEquals(d, refilled);

        ActionPlan p = ActionPlan.builder("p", "P").introduction("Intro.").section(new Section("I", "S", List.of(), List.of()))
                .footnote(new Footnote("1", "F")).build();
        ActionPlan bare = p.toBuilder().introduction(List.of()).sections(List.of()).footnotes(List.of()).build();
        assertEquals(ActionPlan.builder("p", "P").build(), bare);
        assertEquals(p, bare.toBuilder().introduction(p.introduction()).sections(p.sections()).footnotes(p.footnotes()).build());
        assertEquals(p, bare.withSections(p.sections()).toBuilder().introduction(p.introduction()).footnotes(p.footnotes()).build());
    }

    @Test
    void everyEditedRecordHasABuilderThatSetsEachComponent() throws ReflectiveOperationException {
        for (Class<? extends Record> type : EDITED) {
            Object builder = type.getMethod("builder").invoke(null);
            for (RecordComponent c : type.getRecordComponents()) {
                Object returned = builder.getClass().getMethod(c.getName(), c.getType()).invoke(builder, sample(c, 1));
                assertEquals(builder, returned, type.getSimpleName() + ".Builder." + c.getName() + " returns the builder");
            }
            Object built = builder.getClass().getMethod("build").invoke(builder);
            for (RecordComponent c : type.getRecordComponents()) {
                assertEquals(sample(c, 1), c.getAccessor().invoke(built), type.getSimpleName() + "." + c.getName());
            }
            Object rebuilt = type.getMethod("toBuilder").invoke(built);
            assertEquals(built, rebuilt.getClass().getMethod("build").invoke(rebuilt), type.getSimpleName() + ".toBuilder()");
        }
    }

    @Test
    void theDocumentBuildersSetEachScalarComponent() throws ReflectiveOperationException {
        for (Object builder : List.of(Declaration.builder("d", "D"), ActionPlan.builder("p", "P"))) {
            Class<?> type = builder.getClass().getEnclosingClass();
            int set = 0;
            for (RecordComponent c : type.getRecordComponents()) {
                if (c.getType() == List.class) {
                    continue;
                }
                Object v = c.getType() == Status.class ? Status.WITHDRAWN : c.getType() == Meeting.class
                        ? new Meeting("M", "P", null) : c.getType() == AgendaItem.class ? new AgendaItem("4", "T", true)
                        : c.getType() == Adoption.class ? new Adoption("A", null) : c.getType() == Period.class
                        ? new Period(2025, 2029) : c.getType() == Source.class ? new Source("text", "n", null)
                        : sample(c, 1);
                Method setter = builder.getClass().getMethod(c.getName(), c.getType());
                assertEquals(builder, setter.invoke(builder, v), type.getSimpleName() + ".Builder." + c.getName());
                Object built = builder.getClass().getMethod("build").invoke(builder);
                assertEquals(v, c.getAccessor().invoke(built), type.getSimpleName() + "." + c.getName());
                set++;
            }
            assertTrue(set >= 10, type + ": " + set);
        }
        assertEquals(List.of("*", "**"), Declaration.builder("d", "D").titleFootnotes("*", "**").build().titleFootnotes());
    }

    @Test
    void anEmptyBuilderGivesEmptyListsAndNoExtensions() throws ReflectiveOperationException {
        for (Class<? extends Record> type : EDITED) {
            Object builder = type.getMethod("builder").invoke(null);
            Object built = builder.getClass().getMethod("build").invoke(builder);
            for (RecordComponent c : type.getRecordComponents()) {
                Object v = c.getAccessor().invoke(built);
                Object expected = c.getType() == List.class ? List.of() : c.getType() == Extensions.class ? Extensions.NONE : null;
                assertEquals(expected, v, type.getSimpleName() + "." + c.getName() + " of an empty builder");
            }
        }
    }

    @Test
    void everyEditedRecordHasAWithXThatChangesOnlyThatComponent() throws ReflectiveOperationException {
        for (Class<? extends Record> type : EDITED) {
            Object original = instance(type, 1);
            for (RecordComponent c : type.getRecordComponents()) {
                String name = "with" + Character.toUpperCase(c.getName().charAt(0)) + c.getName().substring(1);
                Method with = type.getMethod(name, c.getType());
                Object changed = with.invoke(original, sample(c, 2));
                for (RecordComponent other : type.getRecordComponents()) {
                    Object expected = (other.getName().equals(c.getName()) ? sample(other, 2) : sample(other, 1));
                    assertEquals(expected, other.getAccessor().invoke(changed), type.getSimpleName() + "." + name + ": " + other.getName());
                }
                assertNotEquals(original, changed, type.getSimpleName() + "." + name);
            }
        }
    }

    @Test
    void enumsPrintAsTheFormatSpellsThem() {
        assertEquals("will", Modality.WILL.toString());
        assertEquals("draft", String.valueOf(Status.DRAFT));
        assertEquals("kind actionPlan", "kind " + DocumentKind.ACTION_PLAN);
        assertEquals("1.0", FormatVersion.V1_0.toString());
        assertEquals("error", org.declaro.report.Severity.ERROR.toString());
        for (Modality m : Modality.values()) {
            assertEquals(m.jsonName(), m.toString());
            assertEquals(m, Modality.fromJsonName(m.toString()).orElseThrow());
        }
        for (Status s : Status.values()) {
            assertEquals(s.jsonName(), s.toString());
        }
        for (DocumentKind k : DocumentKind.values()) {
            assertEquals(k.jsonName(), k.toString());
        }
        for (FormatVersion v : FormatVersion.values()) {
            assertEquals(v.jsonName(), v.toString());
        }
        for (org.declaro.report.Severity s : org.declaro.report.Severity.values()) {
            assertEquals(s.label(), s.toString());
        }
    }

    @Test
    void matchAppliesTheFunctionOfTheDocumentsKind() {
        Document d = Declaration.builder("d", "D").paragraph("A.").paragraph("B.").build();
        Document p = ActionPlan.builder("p", "P").section(new Section("I", "S", List.of(), List.of(new Action(1, "Act.")))).build();
        assertEquals(2, d.<Integer>match(x -> x.paragraphs().size(), x -> -x.actions().size()));
        assertEquals(-1, p.<Integer>match(x -> x.paragraphs().size(), x -> -x.actions().size()));
        for (Document doc : List.of(d, p)) {
            assertThrows(NullPointerException.class, () -> doc.match(null, x -> 1));
            assertThrows(NullPointerException.class, () -> doc.match(x -> 1, null));
        }
    }

    @Test
    void onlyTheCanonicalConstructorsAreUnstable() {
        for (Class<? extends Record> type : ALL) {
            Class<?>[] canonical = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
            for (Constructor<?> ctor : type.getConstructors()) {
                boolean isCanonical = Arrays.equals(canonical, ctor.getParameterTypes());
                assertEquals(isCanonical, ctor.isAnnotationPresent(Unstable.class), ctor.toString());
            }
        }
        assertFalse(PartialDate.class.getConstructors()[0].isAnnotationPresent(Unstable.class), "PartialDate's constructor is stable");
        assertTrue(ALL.stream().allMatch(Class::isRecord));
    }

    // samples: distinct values per component and variant, of the component's type

    private static Object instance(Class<? extends Record> type, int variant) throws ReflectiveOperationException {
        RecordComponent[] cs = type.getRecordComponents();
        Object[] args = new Object[cs.length];
        for (int i = 0; i < cs.length; i++) {
            args[i] = sample(cs[i], variant);
        }
        return type.getDeclaredConstructor(Arrays.stream(cs).map(RecordComponent::getType).toArray(Class<?>[]::new))
                .newInstance(args);
    }

    private static Object sample(RecordComponent c, int variant) {
        Class<?> t = c.getType();
        String tag = c.getName() + variant;
        if (t == String.class) {
            return tag;
        }
        if (t == Integer.class) {
            return c.getName().hashCode() % 1000 + variant * 1000;
        }
        if (t == Boolean.class) {
            return variant == 1;
        }
        if (t == PartialDate.class) {
            return new PartialDate(2000 + variant, variant, 0);
        }
        if (t == Modality.class) {
            return Modality.values()[variant];
        }
        if (t == Extensions.class) {
            return Extensions.of(Map.of("x-" + tag, "1"));
        }
        if (t == List.class) {
            Type element = ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
            if (element == String.class) {
                return List.of(tag);
            }
            if (element == Commitment.class) {
                return List.of(new Commitment(tag, Modality.WILL, "we", "act", 0, 3, List.of(), null));
            }
            if (element == Subparagraph.class) {
                return List.of(new Subparagraph("a", tag));
            }
            if (element == Action.class) {
                return List.of(new Action(variant, tag));
            }
        }
        throw new AssertionError("no sample for " + c);
    }

    private static <T> List<T> concat(List<? extends T> a, List<? extends T> b) {
        List<T> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
