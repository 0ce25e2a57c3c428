package org.declaro.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.declaro.diff.Comparison;
import org.declaro.diff.DocumentDiff;
import org.declaro.json.DocumentReader;
import org.declaro.model.Declaration;
import org.declaro.model.Paragraph;
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
 * The version comparison at three sizes, each 4 times the one before (about 1.2, 4.9 and 19.6 MB of JSON):
 * time per paragraph should stay flat, i.e. the time grow linearly. Three pairs: a document with itself,
 * with a revision (one paragraph in ten reworded, one in a hundred removed, renumbered), and with its
 * paragraphs in reverse order (every paragraph moved: the case that was quadratic).
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar DiffBenchmark -f 1 -wi 1 -i 2
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@State(Scope.Benchmark)
public class DiffBenchmark {

    /** Paragraphs of the document. */
    @Param({"4000", "16000", "64000"})
    public String paragraphs;

    Declaration doc;
    Declaration copy;
    Declaration revised;
    Declaration reversed;

    @Setup(Level.Trial)
    public void setUp() {
        doc = GenerateDocument.tagged((Declaration) DocumentReader.builder().limits(Corpus.LIMITS).build()
                .read(Corpus.document(paragraphs)).document().orElseThrow());
        // an equal document that is not the same object, as when both versions are read from files
        copy = doc.toBuilder().paragraphs(new ArrayList<>(doc.paragraphs().stream()
                .map(p -> new Paragraph(p.number(), new String(p.text()), p.subparagraphs(), p.footnotes(), p.commitments()))
                .toList())).build();
        List<Paragraph> ps = new ArrayList<>();
        int n = 0;
        for (int i = 0; i < doc.paragraphs().size(); i++) {
            Paragraph p = doc.paragraphs().get(i);
            if (i % 100 == 50) {
                continue;
            }
            String text = i % 10 == 3 ? p.text().replace("We ", "We firmly ") : p.text();
            ps.add(new Paragraph(++n, text, p.subparagraphs(), p.footnotes(), p.commitments()));
        }
        revised = doc.toBuilder().paragraphs(ps).build();
        List<Paragraph> back = new ArrayList<>(doc.paragraphs());
        Collections.reverse(back);
        reversed = doc.toBuilder().paragraphs(back).build();
    }

    @Benchmark
    public Comparison itself() {
        return DocumentDiff.standard().compare(doc, copy);
    }

    @Benchmark
    public Comparison revision() {
        return DocumentDiff.standard().compare(doc, revised);
    }

    @Benchmark
    public Comparison reversedOrder() {
        return DocumentDiff.standard().compare(doc, reversed);
    }
}
