package org.declaro.importer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.declaro.RealCorpus;
import org.declaro.commitments.CommitmentExtractor;
import org.declaro.model.Document;
import org.junit.jupiter.api.Test;

/**
 * The real corpus, imported as {@code declaro import} does, each input measured by {@link Consistency} (the
 * checks of the project's corpus checker). Runs when {@code -Ddeclaro.corpus} names the corpus folder
 * ({@code .ci/run} passes {@code ../shared/corpus/real}); skips and says so otherwise. Prints a line an input
 * with the checks it failed.
 */
class RealCorpusTest {

    /**
     * How many inputs must be fully consistent: 122 of 130 when this test was written. A floor to raise as the
     * importer improves, never to lower.
     */
    static final int CONSISTENT_FLOOR = 123;

    @Test
    void theRealCorpusImportsConsistently() throws IOException {
        Path corpus = RealCorpus.assumeDir();
        List<Path> inputs = new ArrayList<>();
        for (String part : List.of("un", "web")) {
            Path dir = corpus.resolve(part);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".txt")).sorted().forEach(inputs::add);
                }
            }
        }
        assertTrue(!inputs.isEmpty(), "the corpus folder has no .md or .txt file under un/ or web/: " + corpus);
        int consistent = 0;
        Map<Consistency.Check, Integer> failures = new EnumMap<>(Consistency.Check.class);
        StringBuilder table = new StringBuilder("real corpus, consistency of each import (" + corpus + "):\n");
        for (Path input : inputs) {
            ImportResult result = TextImporter.standard().importText(input);
            Document doc = CommitmentExtractor.standard().extract(result.document());
            String source = new String(Files.readAllBytes(input), StandardCharsets.UTF_8);
            Consistency.Result r = Consistency.check(source, result, doc);
            if (r.consistent()) {
                consistent++;
            }
            r.failed().keySet().forEach(c -> failures.merge(c, 1, Integer::sum));
            table.append(String.format("  %-50s %s%n", corpus.relativize(input).toString().replace('\\', '/'), r));
        }
        table.append("failed checks (inputs): ").append(failures.isEmpty() ? "none" : failures.entrySet().stream()
                .map(e -> e.getKey().label + " " + e.getValue()).reduce((a, b) -> a + ", " + b).orElse("")).append('\n');
        table.append("consistent: ").append(consistent).append(" / ").append(inputs.size()).append('\n');
        System.out.print(table);
        assertTrue(consistent >= CONSISTENT_FLOOR, "fully consistent imports: " + consistent + " of " + inputs.size()
                + ", below the floor of " + CONSISTENT_FLOOR + " (see the table printed above)");
    }
}
