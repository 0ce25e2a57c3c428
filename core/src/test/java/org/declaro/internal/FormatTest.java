package org.declaro.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.declaro.internal.Format.Field;
import org.declaro.internal.Format.Shape;
import org.declaro.model.Commitment;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.declaro.model.Extensions;
import org.declaro.model.FormatVersion;
import org.declaro.model.Heading;
import org.declaro.model.Modality;
import org.declaro.model.Paragraph;
import org.declaro.model.PartialDate;
import org.declaro.model.Source;
import org.declaro.model.Subparagraph;
import org.junit.jupiter.api.Test;

/** The table of the format's fields is complete, and says which fields each version added. */
class FormatTest {

    @Test
    void everyRecordComponentIsAFieldOfItsShapeAndNothingElse() {
        for (Shape<?> shape : Format.SHAPES) {
            List<String> components = new ArrayList<>();
            for (RecordComponent c : shape.type().getRecordComponents()) {
                if (!c.getName().equals("extensions")) {
                    components.add(c.getName());
                }
            }
            List<String> fields = new ArrayList<>(Format.names(shape));
            if (shape == Format.DECLARATION || shape == Format.ACTION_PLAN) {
                fields.remove("kind"); // a document's kind is its class
            }
            assertEquals(Set.copyOf(components), Set.copyOf(fields), shape.what());
        }
    }

    @Test
    void everyShapeBuildsItsRecordFromEveryField() {
        for (Shape<?> shape : Format.SHAPES) {
            Set<String> expected = new HashSet<>(Format.names(shape));
            if (shape == Format.DECLARATION || shape == Format.ACTION_PLAN) {
                expected.remove("kind");
            }
            assertEquals(expected, shape.namesReadByConstructor(), shape.what());
        }
    }

    @Test
    void everyRecordOfTheModelWithExtensionsHasAShape() {
        Set<Class<?>> shaped = new HashSet<>();
        Format.SHAPES.forEach(s -> shaped.add(s.type()));
        for (Class<?> c : List.of(Source.class, Heading.class, Subparagraph.class, Commitment.class, Paragraph.class)) {
            assertTrue(shaped.contains(c), c.getName());
        }
        assertEquals(16, Format.SHAPES.size());
    }

    @Test
    void format11AddsRestartSubparagraphCommitmentsAndSourceAndNothingElse() {
        List<String> added = new ArrayList<>();
        for (Shape<?> shape : Format.SHAPES) {
            for (Field<?> f : shape.fields()) {
                if (f.since() == FormatVersion.V1_1) {
                    added.add(shape.what() + "." + f.name());
                }
            }
        }
        assertEquals(List.of("declaration.source", "actionPlan.source", "heading.restart", "subparagraph.commitments"), added);
    }

    @Test
    void newerFieldsAreFoundAtTheirPointersAtAnyDepth() {
        Commitment c = new Commitment("x", Modality.WILL, "we", "act", 0, 3, List.of(), null);
        Subparagraph nested = new Subparagraph("i", "act now", List.of(), List.of(c), Extensions.NONE);
        Subparagraph sub = new Subparagraph("a", "first", List.of(nested), List.of(), Extensions.NONE);
        Declaration d = Declaration.builder("t", "T").schemaVersion("1.0")
                .paragraph(new Paragraph(1, "One", List.of(sub), List.of(), List.of(), Extensions.NONE))
                .heading(new Heading(0, 1, "I", "H", false, Extensions.NONE))
                .source(new Source("text", null, null)).build();
        List<String> found = new ArrayList<>();
        Format.forEachNewerField(d, FormatVersion.V1_0, "/annexes/2", (pointer, field) -> found.add(pointer));
        // an object's own newer fields come before those of the objects it holds: the order is the walk's, not a contract
        assertEquals(Set.of("/annexes/2/paragraphs/0/subparagraphs/0/subparagraphs/0/commitments",
                "/annexes/2/headings/0/restart", "/annexes/2/source"), Set.copyOf(found));
        assertEquals(3, found.size(), found.toString());
        List<String> none = new ArrayList<>();
        Format.forEachNewerField(d, FormatVersion.V1_1, "", (pointer, field) -> none.add(pointer));
        assertEquals(List.of(), none);
    }

    @Test
    void onlyObjectsThatCanHoldANewerFieldAreWalked() {
        assertTrue(Format.PARAGRAPH.mayHoldNewerThan(FormatVersion.V1_0));
        assertTrue(!Format.COMMITMENT.mayHoldNewerThan(FormatVersion.V1_0));
        assertTrue(!Format.DECLARATION.mayHoldNewerThan(FormatVersion.V1_1));
        assertEquals(FormatVersion.V1_1, FormatVersion.current());
    }

    /** A record of the shape with a value of its own in every field (nested objects one level deep). */
    private static Object sample(Shape<?> shape, int depth) {
        Object[] values = new Object[shape.fields().size()];
        for (Field<?> f : shape.fields()) {
            int i = f.index();
            values[i] = switch (f.type()) {
                case STRING -> f.name() + " of " + shape.what();
                case INTEGER -> 100 + i;
                case BOOLEAN -> Boolean.TRUE;
                case DATE -> PartialDate.ofDay(2000 + i, 1 + i % 12, 1 + i % 28);
                case ENUM -> f.enumeration().values().get(f.enumeration().values().size() - 1);
                case STRINGS -> List.of(f.name() + " " + i);
                case OBJECT -> depth > 0 ? null : sample(f.shape(), depth + 1);
                case OBJECTS -> depth > 0 ? List.of() : List.of(sample(f.shape(), depth + 1));
                case DOCUMENTS -> List.of();
            };
        }
        return shape.create(values, Extensions.NONE);
    }

    @Test
    void everyFieldReadsItsOwnRecordComponent() throws ReflectiveOperationException {
        for (Shape<?> shape : Format.SHAPES) {
            Object record = sample(shape, 0);
            for (Field<?> f : shape.fields()) {
                Object expected;
                if (f.name().equals("kind") && record instanceof Document d) {
                    expected = d.kind().jsonName(); // a document's kind is its class
                } else {
                    RecordComponent c = java.util.Arrays.stream(shape.type().getRecordComponents())
                            .filter(rc -> rc.getName().equals(f.name())).findFirst().orElseThrow();
                    expected = c.getAccessor().invoke(record);
                }
                assertEquals(expected, get(f, record), shape.what() + "." + f.name());
            }
            assertEquals(Extensions.NONE, extensionsOf(shape, record));
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> Object get(Field<T> f, Object record) {
        return f.get((T) record);
    }

    @SuppressWarnings("unchecked")
    private static <T> Extensions extensionsOf(Shape<T> shape, Object record) {
        return shape.extensionsOf((T) record);
    }

    @Test
    void nestedShapesAreFoundByName() {
        assertEquals(Format.SUBPARAGRAPH, Format.SUBPARAGRAPH.field("subparagraphs").shape());
        assertEquals(Format.COMMITMENT, Format.PARAGRAPH.field("commitments").shape());
        assertEquals(Format.SOURCE, Format.DECLARATION.field("source").shape());
        assertEquals(null, Format.DECLARATION.field("title").shape());
        for (Shape<?> shape : Format.SHAPES) {
            for (Field<?> f : shape.fields()) {
                boolean holdsObjects = f.type() == Format.Type.OBJECT || f.type() == Format.Type.OBJECTS;
                assertEquals(holdsObjects, f.shape() != null, shape.what() + "." + f.name());
            }
        }
    }
}
