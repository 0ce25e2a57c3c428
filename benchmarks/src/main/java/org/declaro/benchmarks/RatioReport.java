package org.declaro.benchmarks;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;

/**
 * Runs the benchmarks (JMH options may be given as usual) and prints, per input size, µs/op, the ratio
 * to Jackson's {@code readTree} measured in the same run, and MB/s.
 */
public final class RatioReport {
    private RatioReport() {
    }

    /**
     * @param args JMH command-line options, e.g. {@code -f 2 -p size=example,10000}
     * @throws Exception if JMH fails
     */
    public static void main(String[] args) throws Exception {
        Options options = new CommandLineOptions(args);
        Collection<RunResult> results = new Runner(options).run();
        print(results);
    }

    static void print(Collection<RunResult> results) throws RunnerException {
        Map<String, Map<String, double[]>> bySize = new TreeMap<>();
        for (RunResult r : results) {
            String size = r.getParams().getParam("size");
            String name = r.getParams().getBenchmark().replaceAll(".*\\.", "");
            bySize.computeIfAbsent(size, k -> new TreeMap<>()).put(name,
                    new double[] {r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreError()});
        }
        System.out.println();
        System.out.printf("%-9s %10s %-22s %14s %9s %8s %9s%n", "size", "bytes", "benchmark", "us/op", "+-", "ratio", "MB/s");
        for (Map.Entry<String, Map<String, double[]>> e : bySize.entrySet()) {
            int bytes = Corpus.document(e.getKey()).length;
            double base = e.getValue().getOrDefault("jacksonReadTree", new double[] {Double.NaN})[0];
            for (Map.Entry<String, double[]> b : e.getValue().entrySet()) {
                double us = b.getValue()[0];
                System.out.printf("%-9s %10d %-22s %14.1f %9.1f %8.2f %9.1f%n", e.getKey(), bytes, b.getKey(), us,
                        b.getValue()[1], us / base, bytes / us);
            }
        }
    }
}
