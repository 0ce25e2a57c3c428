package org.declaro.importer.layout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Example;
import org.declaro.model.Declaration;

/**
 * Measures, for each layout transform alone on each rendering it applies to, how many of 200 generated
 * declarations no longer read back: structure broken (kind, counts, numbers, labels), paragraph text changed,
 * words lost; with the first failure's cause as an example. A baseline row ("none") shows the rendering
 * untransformed. Runs only with {@code -Dlayout.report=true}:
 *
 * <pre>
 * mvn -B -q -ntp -pl core test -Dtest=LayoutTransformReportTest -Dlayout.report=true -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * It prints the table and writes it, with each example's text, to {@code core/target/layout-report.md}. A
 * jqwik example (not a JUnit test): the declarations come from jqwik's generators, which need its context.
 */
class LayoutTransformReportTest {

    static final int DOCUMENTS = 200;

    /** The untransformed rendering, for the baseline row. */
    private static final LayoutTransform NONE = new LayoutTransform() {
        @Override
        public String name() {
            return "none";
        }

        @Override
        public Set<Rendering> renderings() {
            return Set.of(Rendering.values());
        }

        @Override
        public Phase phase() {
            return Phase.CONTENT;
        }

        @Override
        public String apply(String text, Random random) {
            return text;
        }
    };

    /** One row of the table. */
    record Row(String transform, LayoutTransform.Rendering rendering, int structure, int text, int words, int failed,
            RoundTrip.Outcome example) {
    }

    @Example
    void measureEachTransformAlone() throws IOException {
        if (!Boolean.getBoolean("layout.report")) {
            return;
        }
        List<Declaration> documents = new ArrayList<>();
        for (long seed = 0; seed < DOCUMENTS; seed++) {
            documents.add(Declarations.sample(seed));
        }
        List<LayoutTransform> transforms = new ArrayList<>(List.of(NONE));
        transforms.addAll(Transforms.ALL);
        List<Row> rows = new ArrayList<>();
        for (LayoutTransform.Rendering rendering : LayoutTransform.Rendering.values()) {
            for (LayoutTransform t : transforms) {
                if (t.renderings().contains(rendering)) {
                    rows.add(measure(t, rendering, documents));
                }
            }
        }
        StringBuilder table = new StringBuilder("| transform | rendering | structure broken | text changed | words lost | failed"
                + " | example |\n|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            table.append("| ").append(r.transform()).append(" | ").append(r.rendering().name().toLowerCase(Locale.ROOT)).append(" | ")
                    .append(r.structure()).append(" | ").append(r.text()).append(" | ").append(r.words()).append(" | ")
                    .append(r.failed()).append(" | ")
                    .append(r.example() == null ? "" : "seed " + r.example().seed() + ": " + cell(r.example().problems(), 160))
                    .append(" |\n");
        }
        System.out.println("\nLayout-varied round trips, each transform alone, out of " + DOCUMENTS + " declarations\n" + table);
        StringBuilder file = new StringBuilder("# Layout-varied round trips\n\nEach transform alone, out of ").append(DOCUMENTS)
                .append(" declarations (seeds 0 to ").append(DOCUMENTS - 1).append(").\n\n").append(table).append("\n## Examples\n");
        for (Row r : rows) {
            if (r.example() != null) {
                file.append("\n### ").append(r.transform()).append(" (").append(r.rendering().name().toLowerCase(Locale.ROOT))
                        .append(")\n\n```\n").append(r.example().describe()).append("\n```\n");
            }
        }
        Path out = Path.of("target", "layout-report.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, file);
    }

    private static Row measure(LayoutTransform t, LayoutTransform.Rendering rendering, List<Declaration> documents) {
        int structure = 0;
        int text = 0;
        int words = 0;
        int failed = 0;
        RoundTrip.Outcome example = null;
        for (int seed = 0; seed < documents.size(); seed++) {
            RoundTrip.Outcome o = RoundTrip.run(documents.get(seed), rendering, List.of(t), seed);
            structure += o.structure() != null ? 1 : 0;
            text += o.text() != null ? 1 : 0;
            words += o.lostWord() != null ? 1 : 0;
            if (!o.passed()) {
                failed++;
                if (example == null) {
                    example = o;
                }
            }
        }
        return new Row(t.name(), rendering, structure, text, words, failed, example);
    }

    private static String cell(String s, int max) {
        String c = s.replace("|", "\\|").replace("\n", " ");
        return c.length() <= max ? c : c.substring(0, max) + "…";
    }
}
