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
 * to the baseline measured in the same run (Jackson's {@code readTree}, or the benchmark's {@code baseline*}
 * method), MB/s and ns/byte of the input, and for inputs of pages (PDFs) pages/s; with
 * {@code -prof org.declaro.benchmarks.CpuTimeProfiler}, the same of the CPU time of an operation ({@link CpuTimeProfiler}).
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
        // grouped by benchmark class and parameters; the baseline of a group is its method named
        // jacksonReadTree or baseline*
        Map<String, Map<String, double[]>> groups = new TreeMap<>();
        Map<String, Integer> bytesOf = new TreeMap<>();
        for (RunResult r : results) {
            String full = r.getParams().getBenchmark();
            String type = full.replaceAll("\\.[^.]+$", "").replaceAll(".*\\.", "");
            String name = full.replaceAll(".*\\.", "");
            String size = r.getParams().getParam("size");
            String kind = r.getParams().getParam("kind");
            String chars = r.getParams().getParam("chars");
            String pages = r.getParams().getParam("pages");
            String key = type + " " + (size != null ? size : pages != null ? pages + " pages" : kind + "/" + chars);
            int bytes = switch (type) {
                case "ImportBenchmark" -> TextCorpus.text(size).length;
                case "AdversarialImportBenchmark" -> TextCorpus.adversarial(kind, Integer.parseInt(chars)).length;
                case "JsonLinesBenchmark" -> JsonLinesCorpus.stream(Integer.parseInt(size)).length;
                case "PdfBenchmark" -> PdfBenchmark.resolution(Integer.parseInt(pages)).length;
                case "DocxBenchmark" -> WordCorpus.docx(size).length;
                default -> Corpus.document(size).length;
            };
            bytesOf.put(key, bytes);
            // with -prof org.declaro.benchmarks.CpuTimeProfiler, the CPU time of an operation too (else NaN)
            org.openjdk.jmh.results.Result cpu = r.getSecondaryResults().get("cpu");
            groups.computeIfAbsent(key, k -> new TreeMap<>()).put(name,
                    new double[] {r.getPrimaryResult().getScore(), r.getPrimaryResult().getScoreError(),
                        cpu == null ? Double.NaN : cpu.getScore()});
        }
        System.out.println();
        System.out.printf("%-44s %10s %-22s %14s %9s %8s %9s %9s %9s %12s %8s %9s %9s%n", "input", "bytes", "benchmark",
                "us/op", "+-", "ratio", "MB/s", "ns/byte", "pages/s", "cpu us/op", "ratio", "cpu MB/s", "cpu pg/s");
        for (Map.Entry<String, Map<String, double[]>> e : groups.entrySet()) {
            int bytes = bytesOf.get(e.getKey());
            double base = e.getValue().entrySet().stream()
                    .filter(b -> b.getKey().equals("jacksonReadTree") || b.getKey().startsWith("baseline"))
                    .mapToDouble(b -> b.getValue()[0]).findFirst().orElse(Double.NaN);
            double cpuBase = e.getValue().entrySet().stream()
                    .filter(b -> b.getKey().equals("jacksonReadTree") || b.getKey().startsWith("baseline"))
                    .mapToDouble(b -> b.getValue()[2]).findFirst().orElse(Double.NaN);
            // pages, for inputs of pages (PdfBenchmark's "N pages"); 0 for the others
            int pages = e.getKey().endsWith(" pages") ? Integer.parseInt(e.getKey().replaceAll(".* (\\d+) pages$", "$1")) : 0;
            for (Map.Entry<String, double[]> b : e.getValue().entrySet()) {
                double us = b.getValue()[0];
                double cpu = b.getValue()[2];
                System.out.printf("%-44s %10d %-22s %14.1f %9.1f %8.2f %9.1f %9.2f %9s %12.1f %8.2f %9.1f %9s%n", e.getKey(),
                        bytes, b.getKey(), us, b.getValue()[1], us / base, bytes / us, us * 1000 / bytes,
                        pages > 0 ? String.format("%.1f", pages * 1e6 / us) : "", cpu, cpu / cpuBase, bytes / cpu,
                        pages > 0 ? String.format("%.1f", pages * 1e6 / cpu) : "");
            }
        }
    }
}
