package org.declaro.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.declaro.json.DocumentReader;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.declaro.model.Paragraph;
import org.declaro.commitments.CommitmentExtractor;
import org.declaro.commitments.ThemeVocabulary;
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
 * Commitment extraction over the paragraphs of the example and of generated declarations of 100 and
 * 10,000 paragraphs (commitments removed first): time per byte of paragraph text should stay flat.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class ExtractBenchmark {

    @Param({"example", "100", "10000"})
    public String size;

    Declaration bare;
    CommitmentExtractor extractor;

    @Setup(Level.Trial)
    public void setUp() {
        Declaration d = (Declaration) DocumentReader.builder().limits(Corpus.LIMITS).build().read(Corpus.document(size))
                .document().orElseThrow();
        List<Paragraph> paragraphs = d.paragraphs().stream().map(p -> p.withCommitments(List.of())).toList();
        bare = d.toBuilder().paragraphs(paragraphs).build();
        extractor = CommitmentExtractor.builder().themes(ThemeVocabulary.mineAction()).build();
    }

    /** Finds the commitments of every paragraph. */
    @Benchmark
    public Document extract() {
        return extractor.extract(bare);
    }
}
