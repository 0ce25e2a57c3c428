package org.declaro.benchmarks;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.declaro.validation.DocumentValidator;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Whole-process measurement of JSON Lines validation: writes a generated corpus ({@link JsonLinesCorpus}), then
 * validates it with {@code DocumentValidator.validateJsonLines} (or, as the baseline, parses each line with
 * Jackson's {@code readTree}), printing documents per second. Run it under {@code /usr/bin/time -v} for the peak
 * memory (maximum resident set size):
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.declaro.benchmarks.JsonLinesMain generate 100000 /tmp/corpus.jsonl
 * /usr/bin/time -v java -cp benchmarks/target/benchmarks.jar org.declaro.benchmarks.JsonLinesMain validate /tmp/corpus.jsonl
 * /usr/bin/time -v java -cp benchmarks/target/benchmarks.jar org.declaro.benchmarks.JsonLinesMain readtree /tmp/corpus.jsonl
 * /usr/bin/time -v java -jar examples/target/declaro.jar validate --jsonl /tmp/corpus.jsonl &gt; /dev/null
 * </pre>
 */
public final class JsonLinesMain {
    private JsonLinesMain() {
    }

    /**
     * @param args {@code generate N FILE}, {@code validate FILE} or {@code readtree FILE}
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: JsonLinesMain generate N FILE | validate FILE | readtree FILE");
            System.exit(2);
        }
        switch (args[0]) {
            case "generate" -> {
                int n = Integer.parseInt(args[1]);
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of(args[2])), 1 << 16)) {
                    long bytes = JsonLinesCorpus.write(n, out);
                    System.out.println(args[2] + ": " + n + " documents, " + bytes + " bytes");
                }
            }
            case "validate" -> {
                Path file = Path.of(args[1]);
                Map<String, Long> counts = new TreeMap<>();
                long start = System.nanoTime();
                long n;
                try (InputStream in = Files.newInputStream(file)) {
                    n = DocumentValidator.standard().validateJsonLines(in, file.toString(), r -> {
                        counts.merge(!r.hasErrors() ? "valid" : "invalid", 1L, Long::sum);
                        counts.merge("findings", (long) r.findings().size(), Long::sum);
                    });
                }
                print("validateJsonLines", n, start, file, counts);
            }
            case "readtree" -> {
                Path file = Path.of(args[1]);
                ObjectMapper mapper = JsonMapper.builder().build();
                long start = System.nanoTime();
                long n = 0;
                try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        if (!line.isBlank()) {
                            mapper.readTree(line);
                            n++;
                        }
                    }
                }
                print("Jackson readTree a line", n, start, file, Map.of());
            }
            default -> {
                System.err.println("unknown mode " + args[0] + ": use generate, validate or readtree");
                System.exit(2);
            }
        }
    }

    private static void print(String what, long n, long start, Path file, Map<String, Long> counts) throws IOException {
        double s = (System.nanoTime() - start) / 1e9;
        System.out.printf("%s: %d documents (%.1f MB) in %.2f s: %.0f documents/s, %.1f MB/s %s%n", what, n,
                Files.size(file) / 1e6, s, n / s, Files.size(file) / 1e6 / s, counts.isEmpty() ? "" : counts);
    }
}
