package org.declaro.beam;

import org.declaro.testing.Edits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.beam.sdk.values.KV;
import org.declaro.json.CanonicalJsonWriter;
import org.declaro.model.Declaration;
import org.declaro.model.Reference;

/**
 * A small corpus made here, the same on every run (fixed seed): valid and broken JSON documents, references
 * between them, and texts (plain and Markdown, good and unusable). Tests compare what the transforms give on
 * it with what the library gives on the same input, never with numbers written down.
 */
final class GeneratedCorpus {
    private GeneratedCorpus() {
    }

    private static final String[] CLAUSES = {
        "We commit to clear all mined areas under our jurisdiction by 2030.",
        "We will strengthen assistance to victims and their families.",
        "We call upon all States to join the Convention without delay.",
        "We reaffirm our commitment to the full implementation of the Convention.",
        "Recognizing the work done since the last conference, we note the progress made.",
        "We pledge to report on the progress of clearance every year.",
        "The Parties decide to review the plan in 2027.",
    };

    /** @return name to UTF-8 JSON, in a fixed order */
    static Map<String, byte[]> documents() {
        Random random = new Random(20261129L);
        Map<String, byte[]> docs = new LinkedHashMap<>();
        for (int i = 0; i < 12; i++) {
            Declaration.Builder b = Declaration.builder("generated-" + i, "Generated declaration " + i).language("en");
            int paragraphs = 1 + random.nextInt(6);
            for (int p = 0; p < paragraphs; p++) {
                b.paragraph(CLAUSES[random.nextInt(CLAUSES.length)]);
            }
            if (i > 0 && i % 3 == 0) {
                // resolves only when the documents are validated together
                b.reference(new Reference("declaration", "Generated declaration " + (i - 1), "generated-" + (i - 1), 1));
            }
            if (i == 5) {
                b.reference(new Reference("declaration", "Nowhere", "not-in-the-corpus", null));
            }
            docs.put("gen/doc-" + i + ".json", CanonicalJsonWriter.standard().write(b.build()).getBytes(StandardCharsets.UTF_8));
        }
        String good = text(docs.get("gen/doc-1.json"));
        docs.put("broken/truncated.json", bytes(good.substring(0, good.length() / 2)));
        docs.put("broken/number-skipped.json", bytes(Edits.replaceRegex(good, "\"number\": 1", "\"number\": 4")));
        docs.put("broken/number-is-text.json", bytes(Edits.replaceRegex(good, "\"number\": 1", "\"number\": \"one\"")));
        docs.put("broken/no-title.json", bytes(Edits.replaceRegex(good, "\"title\": \"[^\"]*\",", "")));
        docs.put("broken/unknown-field.json", bytes(Edits.replaceRegex(good, "\\{", "{\"colour\": \"blue\",")));
        docs.put("broken/empty.json", new byte[0]);
        docs.put("broken/not-utf8.json", new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'});
        docs.put("examples/siem-reap.json", resource("siem-reap-angkor-declaration-draft-2024.json"));
        docs.put("examples/declaration-1.1.json", resource("declaration-1.1.json"));
        docs.put("examples/action-plan.json", resource("action-plan-example.json"));
        return docs;
    }

    /** @return name to UTF-8 text, in a fixed order */
    static Map<String, byte[]> texts() {
        Random random = new Random(7L);
        Map<String, byte[]> texts = new LinkedHashMap<>();
        for (int i = 0; i < 4; i++) {
            StringBuilder sb = new StringBuilder("Joint Statement number " + i + " on a Mine-Free World\n\n");
            int paragraphs = 2 + random.nextInt(5);
            for (int p = 1; p <= paragraphs; p++) {
                sb.append(p).append(". ").append(CLAUSES[random.nextInt(CLAUSES.length)]).append("\n\n");
            }
            texts.put("gen/statement-" + i + ".txt", bytes(sb.toString()));
        }
        texts.put("gen/markdown.md", bytes("---\ntitle: A Declaration in Markdown\ndate: 2025-03-01\n---\n\n"
                + "# A Declaration in Markdown\n\n1. We commit to *clear* all mined areas by 2030.\n\n"
                + "2. We call upon all States to join the Convention.\n"));
        texts.put("gen/markdown-named-txt.txt", bytes("# Heading Only\n\nWe will **act**.\n"));
        texts.put("broken/empty.txt", new byte[0]);
        texts.put("broken/not-utf8.txt", new byte[] {'T', 'i', 't', 'l', 'e', '\n', '\n', '1', '.', ' ', (byte) 0xFF, 'x', '\n'});
        for (String name : List.of("action-plan.txt", "political-declaration.txt", "resolution-with-annex.txt",
                "un-pdf-page-break.txt")) {
            texts.put("import/" + name, resource("import/" + name));
        }
        return texts;
    }

    static List<KV<String, byte[]>> kvs(Map<String, byte[]> m) {
        List<KV<String, byte[]>> out = new ArrayList<>();
        m.forEach((k, v) -> out.add(KV.of(k, v)));
        return out;
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    static byte[] resource(String name) {
        try (InputStream in = GeneratedCorpus.class.getResourceAsStream("/" + name)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + name + " is missing (copied from core/src/test/resources)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
