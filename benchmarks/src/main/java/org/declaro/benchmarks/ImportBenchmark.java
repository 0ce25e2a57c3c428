package org.declaro.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.declaro.importer.ImportResult;
import org.declaro.importer.TextImporter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Plain-text import of the Siem Reap-Angkor text, of 1,300 paragraphs (the text ×100) and of 10,000
 * paragraphs, against a baseline in the same run: decoding the same bytes and cutting them into lines,
 * the least any text importer must do. Time per byte should stay flat across the sizes.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class ImportBenchmark {

    @Param({"example", "1300", "10000"})
    public String size;

    /** {@code text}, or {@code markdown}: the same text with YAML front matter and bold lead words */
    @Param({"text", "markdown"})
    public String syntax;

    byte[] text;
    TextImporter importer;

    @Setup(Level.Trial)
    public void setUp() {
        text = syntax.equals("markdown") ? TextCorpus.markdown(size) : TextCorpus.text(size);
        importer = TextImporter.standard();
    }

    /** Imports the text into the model. */
    @Benchmark
    public ImportResult importText() {
        return importer.importText(text);
    }

    /** The baseline: UTF-8 decoding and splitting into lines. */
    @Benchmark
    public long baselineLines() {
        return new String(text, StandardCharsets.UTF_8).lines().mapToInt(String::length).sum();
    }
}
