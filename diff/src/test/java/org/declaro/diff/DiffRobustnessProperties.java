package org.declaro.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.declaro.json.CanonicalJsonWriter;
import org.declaro.json.DocumentReader;
import org.declaro.model.Commitment;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.declaro.model.Modality;
import org.declaro.model.Paragraph;
import org.declaro.model.PartialDate;
import org.declaro.model.PreambularParagraph;
import org.declaro.model.Subparagraph;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The diff never crashes: declarations are generated, written as JSON, broken (fields removed, set to
 * null, given a value of another type, lists emptied), read back by the lenient reader, and compared with
 * each other and with valid ones; every comparison and every report is made without an exception, and
 * the word changes of every paragraph still rebuild both texts.
 */
class DiffRobustnessProperties {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** How a field or element is broken. */
    enum Break {
        REMOVE, NULL, NUMBER, STRING, BOOLEAN, EMPTY_ARRAY, EMPTY_OBJECT
    }

    /** One break: which value (an index into the document's values, taken modulo their count) and how. */
    record Mutation(int at, Break how) {
    }

    @Provide
    Arbitrary<Declaration> declarations() {
        Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.of("We", "will", "commit", "to", "clear", "all", "mined",
                "areas", "by", "2030", "States", "aspire", "reaffirm", "the", "Convention", ",", "."),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6));
        Arbitrary<String> text = word.list().ofMinSize(1).ofMaxSize(14).map(ws -> String.join(" ", ws) + ".");
        Arbitrary<Paragraph> paragraph = Combinators.combine(text, Arbitraries.of(Modality.class), text.list().ofMaxSize(2),
                Arbitraries.integers().between(0, 2)).as((t, modality, subTexts, commitments) -> {
                    List<Commitment> cs = new ArrayList<>();
                    for (int k = 0; k < commitments; k++) {
                        int end = Math.max(1, t.length() / (k + 1));
                        cs.add(new Commitment("c" + k, modality, k == 0 ? "we" : "all States", t.substring(0, end), 0, end,
                                List.of(), k == 1 ? PartialDate.ofYear(2030) : null));
                    }
                    List<Subparagraph> subs = new ArrayList<>();
                    for (int k = 0; k < subTexts.size(); k++) {
                        String s = subTexts.get(k);
                        subs.add(new Subparagraph(String.valueOf((char) ('a' + k)), s, List.of(), k == 0 ? List.of(
                                new Commitment("s" + k, Modality.WILL, "we", s.substring(0, 1), 0, 1, List.of(), null)) : List.of(),
                                null));
                    }
                    return new Paragraph(null, t, subs, List.of(), cs);
                });
        return Combinators.combine(paragraph.list().ofMinSize(1).ofMaxSize(6), text.list().ofMaxSize(3), Arbitraries.of(true, false))
                .as((ps, preamble, numbered) -> {
                    Declaration.Builder b = Declaration.builder("generated", "A generated declaration").language("en");
                    preamble.forEach(t -> b.preamble(new PreambularParagraph(t, List.of(), List.of(), null)));
                    for (int i = 0; i < ps.size(); i++) {
                        Paragraph p = ps.get(i);
                        List<Commitment> cs = new ArrayList<>();
                        for (Commitment c : p.commitments()) {
                            cs.add(new Commitment("p" + (i + 1) + "." + c.id(), c.modality(), c.actor(), c.text(), c.start(),
                                    c.end(), c.themes(), c.deadline()));
                        }
                        b.paragraph(new Paragraph(numbered ? i + 1 : null, p.text(), p.subparagraphs(), p.footnotes(), cs));
                    }
                    return b.build();
                });
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return Combinators.combine(Arbitraries.integers().between(0, 10_000), Arbitraries.of(Break.class)).as(Mutation::new)
                .list().ofMinSize(1).ofMaxSize(5);
    }

    @Property(tries = 150, edgeCases = EdgeCasesMode.MIXIN)
    void brokenDocumentsAreComparedWithoutAnException(@ForAll("declarations") Declaration valid,
            @ForAll("mutations") List<Mutation> first, @ForAll("declarations") Declaration other,
            @ForAll("mutations") List<Mutation> second) {
        List<Declaration> versions = new ArrayList<>(List.of(valid, other));
        read(broken(valid, first), versions);
        read(broken(other, second), versions);
        read(broken(valid, second), versions);
        for (Declaration a : versions) {
            for (Declaration b : versions) {
                check(a, b);
            }
        }
    }

    /** Compares, writes every report, and checks that the word changes rebuild both texts. */
    static void check(Declaration a, Declaration b) {
        Comparison c = DocumentDiff.standard().compare(a, b);
        for (String report : List.of(DiffReport.text(c), DiffReport.markdown(c), DiffReport.html(c), DiffReport.json(c))) {
            assertFalse(report.isEmpty());
        }
        c.commitments().forEach(CommitmentChange::summary);
        for (ParagraphChange p : c.paragraphs()) {
            StringBuilder before = new StringBuilder();
            StringBuilder after = new StringBuilder();
            for (WordChange w : p.words()) {
                if (w.op() != WordChange.Op.INSERT) {
                    before.append(w.text());
                }
                if (w.op() != WordChange.Op.DELETE) {
                    after.append(w.text());
                }
            }
            if (p.beforeIndex() != null) {
                assertEquals(textOf(a, p.part(), p.beforeIndex()), before.toString());
            }
            if (p.afterIndex() != null) {
                assertEquals(textOf(b, p.part(), p.afterIndex()), after.toString());
            }
        }
        long paragraphs = a.preamble().size() + a.paragraphs().size();
        assertEquals(paragraphs, c.paragraphs().stream().filter(p -> p.beforeIndex() != null).count(), "every old paragraph once");
    }

    private static String textOf(Declaration d, String part, int index) {
        String t = part.equals("preamble") ? d.preamble().get(index).text() : d.paragraphs().get(index).text();
        return t == null ? "" : t;
    }

    /** The document as JSON with the mutations applied to its values, in document order. */
    static byte[] broken(Declaration d, List<Mutation> mutations) {
        JsonNode root = MAPPER.readTree(CanonicalJsonWriter.standard().write(d));
        for (Mutation m : mutations) {
            List<Object[]> slots = new ArrayList<>();
            slots(root, slots);
            if (slots.isEmpty()) {
                break;
            }
            Object[] slot = slots.get(m.at() % slots.size());
            apply(slot, m.how());
        }
        return MAPPER.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
    }

    /** Every field (object, name) and element (array, index) under the node, in document order. */
    private static void slots(JsonNode node, List<Object[]> out) {
        if (node instanceof ObjectNode o) {
            for (String name : new ArrayList<>(o.propertyNames())) {
                out.add(new Object[] {o, name});
                slots(o.get(name), out);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                out.add(new Object[] {a, i});
                slots(a.get(i), out);
            }
        }
    }

    private static void apply(Object[] slot, Break how) {
        if (slot[0] instanceof ObjectNode o) {
            String name = (String) slot[1];
            switch (how) {
                case REMOVE -> o.remove(name);
                case NULL -> o.putNull(name);
                case NUMBER -> o.put(name, 7);
                case STRING -> o.put(name, "x");
                case BOOLEAN -> o.put(name, true);
                case EMPTY_ARRAY -> o.putArray(name);
                case EMPTY_OBJECT -> o.putObject(name);
            }
        } else {
            ArrayNode a = (ArrayNode) slot[0];
            int i = (Integer) slot[1];
            switch (how) {
                case REMOVE -> a.remove(i);
                case NULL -> a.setNull(i);
                case NUMBER -> a.set(i, 7);
                case STRING -> a.set(i, "x");
                case BOOLEAN -> a.set(i, true);
                case EMPTY_ARRAY -> a.set(i, MAPPER.createArrayNode());
                case EMPTY_OBJECT -> a.set(i, MAPPER.createObjectNode());
            }
        }
    }

    /** Reads leniently and keeps what the reader produces as a declaration, valid or not. */
    private static void read(byte[] json, List<Declaration> out) {
        Document doc = DocumentReader.standard().read(json).document().orElse(null);
        if (doc instanceof Declaration d) {
            out.add(d);
        }
    }
}
