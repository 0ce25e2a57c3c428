package org.declaro.benchmarks;

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
 * Import of adversarial texts (fragments of the patterns the importer looks for, repeated, on one line
 * or many) at 100 k, 1 M and 10 M characters: time per character must stay flat, which shows that no
 * regular expression backtracks and no scan is quadratic.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class AdversarialImportBenchmark {

    @Param({"numbers", "labels", "markers", "lines", "dates", "clauses"})
    public String kind;

    @Param({"100000", "1000000", "10000000"})
    public int chars;

    byte[] text;

    @Setup(Level.Trial)
    public void setUp() {
        text = TextCorpus.adversarial(kind, chars);
    }

    /** Imports the text. */
    @Benchmark
    public ImportResult importText() {
        return TextImporter.standard().importText(text);
    }
}
