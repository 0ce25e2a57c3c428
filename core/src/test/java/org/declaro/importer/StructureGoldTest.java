package org.declaro.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.declaro.RealCorpus;
import org.declaro.model.ActionPlan;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.declaro.model.Heading;
import org.declaro.model.Paragraph;
import org.declaro.model.Section;
import org.declaro.model.Subparagraph;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The structure of 24 development documents against answers made blind (from {@code docs/FORMAT.md} and the
 * source alone, before anything was tuned on them): {@code src/test/resources/structure-gold/}, whose README
 * gives the shape. Each document is imported as {@code declaro import} does (the Markdown copy where there is one,
 * since only it carries the title of a web page; the plain text otherwise) and every field is compared: title,
 * author, kind, language, preamble count, paragraph numbers, sub-paragraph labels, headings, footnote count and
 * annexes, recursively. Prints the fields each document gets wrong; asserts a floor of exact documents.
 * Runs when {@code -Ddeclaro.corpus} names the real corpus; skips and says so otherwise.
 */
class StructureGoldTest {

    /**
     * Documents whose structure is exact: 7 of 24 with the importer of 3f56a5f (before the work), 18 on 2026-12-06, 19 on 2026-12-07
     * (and 5 more wrong in the author alone: a subject in the third person, which the corpus checker counts as cut). A floor to raise
     * as the importer improves, never to lower.
     */
    static final int EXACT_FLOOR = 19;

    static final List<String> GOLD = List.of(
            "un__A_RES_80_1", "un__A_RES_80_4", "un__A_RES_80_10", "un__A_RES_80_16", "un__A_RES_80_23",
            "un__A_RES_80_30", "un__A_RES_80_41", "un__A_RES_80_52",
            "web__quad-spirit-2021", "web__washington-declaration-2021", "web__us-mexico-joint-declaration-2021",
            "web__spain-us-joint-declaration-2022", "web__declaration-of-north-america-2023",
            "web__ukraine-recovery-declaration-2024", "web__6g-principles-2024", "web__us-africa-food-security-2022",
            "un-raw__A_RES_72_290", "un-raw__A_RES_73_10", "un-raw__A_RES_76_50", "un-raw__A_RES_77_90",
            "un-raw__A_RES_79_10", "un-raw__A_RES_78_317",
            "udhr__udhr_eng", "udhr__udhr_fra");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Test
    void theGoldDocumentsImportWithTheirStructure() throws IOException {
        Path corpus = RealCorpus.assumeDir();
        int exact = 0;
        int authorOnly = 0;
        StringBuilder table = new StringBuilder("structure gold, fields each import gets wrong (" + corpus + "):\n");
        for (String name : GOLD) {
            JsonNode gold = gold(name);
            Path input = input(corpus, gold.get("document").asString());
            Document doc = TextImporter.standard().importText(input).document().orElseThrow();
            List<String> wrong = new ArrayList<>();
            compare("", gold, structure(doc), wrong);
            if (wrong.isEmpty()) {
                exact++;
            } else if (wrong.stream().allMatch(w -> w.startsWith("author:"))) {
                authorOnly++; // a subject named in the third person: the gold names it, the corpus checker calls it cut
            }
            table.append(String.format("  %-45s %s%n", corpus.relativize(input).toString().replace('\\', '/'),
                    wrong.isEmpty() ? "exact" : String.join("; ", wrong)));
        }
        table.append("exact: ").append(exact).append(" / ").append(GOLD.size()).append("; wrong in the author alone: ")
                .append(authorOnly).append('\n');
        System.out.print(table);
        assertTrue(exact >= EXACT_FLOOR, "documents with the exact structure: " + exact + " of " + GOLD.size()
                + ", below the floor of " + EXACT_FLOOR + " (see the table printed above)");
    }

    /** Every gold file is listed, and each names its document: no answer is left out of the count. */
    @Test
    void everyGoldFileIsCounted() throws IOException {
        for (String name : GOLD) {
            JsonNode g = gold(name);
            assertEquals(name.replace("__", "/"), g.get("document").asString(), name);
            for (String field : List.of("title", "kind", "language", "preamble", "numbers", "labels", "headings",
                    "footnotes", "annexes")) {
                assertTrue(g.has(field), name + " has no \"" + field + "\"");
            }
        }
    }

    /** The comparison itself: a field that differs is named with its path; equal structures name nothing. */
    @Test
    void theComparisonNamesEachDifferentField() throws IOException {
        JsonNode gold = gold("un__A_RES_80_1");
        List<String> none = new ArrayList<>();
        compare("", gold, gold.deepCopy(), none);
        assertEquals(List.of(), none);
        ObjectNode changed = (ObjectNode) gold.deepCopy();
        changed.put("preamble", gold.get("preamble").asInt() + 1);
        changed.put("title", gold.get("title").asString() + " more");
        List<String> wrong = new ArrayList<>();
        compare("", gold, changed, wrong);
        assertEquals(2, wrong.size(), wrong::toString);
        assertTrue(wrong.get(0).startsWith("title") && wrong.get(1).startsWith("preamble"), wrong::toString);
    }

    private static JsonNode gold(String name) throws IOException {
        try (InputStream in = StructureGoldTest.class.getResourceAsStream("/structure-gold/" + name + ".json")) {
            assertTrue(in != null, "no gold file " + name + ".json");
            return JSON.readTree(in);
        }
    }

    /** The Markdown copy of a document where there is one, its plain text otherwise. */
    private static Path input(Path corpus, String document) {
        Path md = corpus.resolve(document + ".md");
        return Files.isRegularFile(md) ? md : corpus.resolve(document + ".txt");
    }

    /** The document in the gold's shape. */
    static ObjectNode structure(Document doc) {
        ObjectNode n = NODES.objectNode();
        n.put("title", doc.title());
        if (doc instanceof ActionPlan plan) {
            n.put("kind", "actionPlan");
            n.put("language", plan.language());
            n.put("introduction", plan.introduction().size());
            ArrayNode sections = n.putArray("sections");
            for (Section s : plan.sections()) {
                ObjectNode o = sections.addObject();
                o.put("number", s.number());
                o.put("title", s.title());
                o.put("actions", s.actions().size());
            }
            return n;
        }
        Declaration d = (Declaration) doc;
        n.put("author", d.author());
        n.put("kind", "declaration");
        n.put("language", d.language());
        n.put("preamble", d.preamble().size());
        ArrayNode numbers = n.putArray("numbers");
        ObjectNode labels = n.putObject("labels");
        for (int i = 0; i < d.paragraphs().size(); i++) {
            Paragraph p = d.paragraphs().get(i);
            if (p.number() == null) {
                numbers.addNull();
            } else {
                numbers.add(p.number());
            }
            if (!p.subparagraphs().isEmpty()) {
                labels(p.subparagraphs(), "", labels.putArray(String.valueOf(i)));
            }
        }
        ArrayNode headings = n.putArray("headings");
        for (Heading h : d.headings()) {
            ObjectNode o = headings.addObject();
            o.put("before", h.before());
            o.put("label", h.label());
            o.put("title", h.title());
        }
        n.put("footnotes", d.footnotes().size());
        ArrayNode annexes = n.putArray("annexes");
        d.annexes().forEach(a -> annexes.add(structure(a)));
        return n;
    }

    private static void labels(List<Subparagraph> subs, String parent, ArrayNode out) {
        for (Subparagraph s : subs) {
            String label = parent + (s.label() == null ? "-" : s.label());
            out.add(label);
            labels(s.subparagraphs(), label + "/", out);
        }
    }

    /** Adds to {@code wrong} each field of {@code gold} that {@code actual} does not have equal. */
    static void compare(String path, JsonNode gold, JsonNode actual, List<String> wrong) {
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.properties().iterator(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            if (key.equals("document")) {
                continue;
            }
            JsonNode want = e.getValue();
            JsonNode got = actual.get(key);
            String at = path + key;
            if (key.equals("annexes")) {
                int a = got == null ? 0 : got.size();
                if (a != want.size()) {
                    wrong.add(at + ": " + a + " instead of " + want.size());
                }
                for (int i = 0; i < Math.min(a, want.size()); i++) {
                    compare(at + "/" + i + "/", want.get(i), got.get(i), wrong);
                }
            } else if (!same(want, got)) {
                wrong.add(at + ": " + brief(got) + " instead of " + brief(want));
            }
        }
    }

    private static boolean same(JsonNode want, JsonNode got) {
        if (got == null || got.isNull()) {
            return want.isNull();
        }
        if (want.isString() && got.isString()) {
            return normal(want.asString()).equals(normal(got.asString()));
        }
        if (want.isContainer() && got.isContainer()) {
            if (want.size() != got.size() || want.isArray() != got.isArray()) {
                return false;
            }
            if (want.isArray()) {
                for (int i = 0; i < want.size(); i++) {
                    if (!same(want.get(i), got.get(i))) {
                        return false;
                    }
                }
                return true;
            }
            for (Map.Entry<String, JsonNode> e : want.properties()) {
                if (!same(e.getValue(), got.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return want.equals(got);
    }

    /**
     * Text compared as a reader would: spaces of any kind as one, typographic quotes and dashes as plain ones, and
     * case ignored (a title printed in capitals, or in sentence case by the annotator, is the same title).
     */
    private static String normal(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("[\\s\\u00a0\\u202f]+", " ")
                .replaceAll("[‘’]", "'").replaceAll("[“”]", "\"").replaceAll("[–—]", "-").strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static String brief(JsonNode n) {
        String s = n == null ? "nothing" : n.toString();
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
