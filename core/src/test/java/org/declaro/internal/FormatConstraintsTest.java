package org.declaro.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import org.declaro.internal.Format.Constraint;
import org.declaro.internal.Format.Field;
import org.declaro.internal.Format.Shape;
import org.declaro.model.LanguageTag;
import org.declaro.model.Slug;
import org.junit.jupiter.api.Test;

/**
 * The table's constraints say what the records' Bean Validation annotations say, field by field: the JSON
 * reader checks by the table and Hibernate Validator by the annotations, so they must not drift apart.
 */
class FormatConstraintsTest {

    @Test
    void everyFieldHasTheConstraintsOfItsRecordComponent() {
        int constrained = 0;
        for (Shape<?> shape : Format.SHAPES) {
            for (Field<?> f : shape.fields()) {
                if (f.name().equals("kind")) {
                    continue; // a document's kind is its class
                }
                RecordComponent c = component(shape, f.name());
                String where = shape.what() + "." + f.name();
                Set<Class<? extends Annotation>> on = annotations(c);
                Constraint presence = on.contains(NotEmpty.class) ? Constraint.NON_EMPTY
                        : on.contains(NotNull.class) ? Constraint.REQUIRED : null;
                Constraint syntax = on.contains(Slug.class) ? Constraint.SLUG
                        : on.contains(LanguageTag.class) ? Constraint.LANGUAGE_TAG : null;
                assertEquals(presence, f.presence(), where);
                assertEquals(syntax, f.syntax(), where);
                if (presence != null || syntax != null) {
                    constrained++;
                    assertTrue(shape.constrained().contains(f), where);
                }
            }
            assertEquals(shape.constrained().size(), shape.fields().stream()
                    .filter(f -> f.presence() != null || f.syntax() != null).count(), shape.what());
        }
        assertTrue(constrained >= 30, "the model's constraints were found: " + constrained);
    }

    @Test
    void theTableCanExpressEveryConstraintOfTheModel() {
        List<String> others = new ArrayList<>();
        for (Shape<?> shape : Format.SHAPES) {
            for (RecordComponent c : shape.type().getRecordComponents()) {
                for (Class<? extends Annotation> t : annotations(c)) {
                    boolean known = t == NotNull.class || t == NotEmpty.class || t == Slug.class || t == LanguageTag.class;
                    if (!known && t.isAnnotationPresent(jakarta.validation.Constraint.class)) {
                        others.add(shape.what() + "." + c.getName() + " @" + t.getSimpleName());
                    }
                }
            }
        }
        assertEquals(List.of(), others, "constraints the reader does not check; add them to Format.Constraint");
    }

    /** The reader checks every object it reads, so Hibernate Validator must cascade into every one as well. */
    @Test
    void everyNestedObjectIsCascaded() {
        for (Shape<?> shape : Format.SHAPES) {
            for (Field<?> f : shape.fields()) {
                if (f.type() != Format.Type.OBJECT && f.type() != Format.Type.OBJECTS && f.type() != Format.Type.DOCUMENTS) {
                    continue;
                }
                RecordComponent c = component(shape, f.name());
                AnnotatedType type = c.getAnnotatedType();
                boolean valid = c.isAnnotationPresent(Valid.class) || type.isAnnotationPresent(Valid.class)
                        || type instanceof AnnotatedParameterizedType p
                                && p.getAnnotatedActualTypeArguments()[0].isAnnotationPresent(Valid.class);
                assertTrue(valid, shape.what() + "." + f.name() + " has no @Valid");
            }
        }
    }

    /** The annotations Hibernate Validator sees on a component: those of its field and of its accessor. */
    private static Set<Class<? extends Annotation>> annotations(RecordComponent c) {
        Set<Class<? extends Annotation>> on = new HashSet<>();
        try {
            for (Annotation a : c.getDeclaringRecord().getDeclaredField(c.getName()).getAnnotations()) {
                on.add(a.annotationType());
            }
        } catch (NoSuchFieldException e) {
            throw new AssertionError(e);
        }
        for (Annotation a : c.getAccessor().getAnnotations()) {
            on.add(a.annotationType());
        }
        return on;
    }

    /** The enumerations name their constants by toString(), which must be the JSON name. */
    @Test
    void everyEnumerationNamesItsConstantsByTheirJsonNames() {
        for (org.declaro.model.Status v : org.declaro.model.Status.values()) {
            assertEquals(v.jsonName(), Format.STATUS.nameOf(v));
            assertEquals(java.util.Optional.of(v), Format.STATUS.parse(v.jsonName()));
        }
        for (org.declaro.model.Modality v : org.declaro.model.Modality.values()) {
            assertEquals(v.jsonName(), Format.MODALITY.nameOf(v));
            assertEquals(java.util.Optional.of(v), Format.MODALITY.parse(v.jsonName()));
        }
        for (org.declaro.model.DocumentKind v : org.declaro.model.DocumentKind.values()) {
            assertEquals(v.jsonName(), v.toString(), "the reader reads a document's kind by toString()");
        }
        assertEquals(java.util.Optional.empty(), Format.MODALITY.parse("Will"));
    }

    private static RecordComponent component(Shape<?> shape, String name) {
        for (RecordComponent c : shape.type().getRecordComponents()) {
            if (c.getName().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no component " + name + " in " + shape.type());
    }
}
