package org.declaro.benchmarks;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.declaro.validation.DocumentValidator;
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
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON Lines stream of {@code size} generated documents ({@link JsonLinesCorpus}) validated a line at a time with
 * {@code DocumentValidator.validateJsonLines}, against the baseline of splitting the same bytes into lines and
 * parsing each with Jackson's {@code readTree}, in the same run. One operation is the whole stream: documents per
 * second = size / (µs/op) × 10⁶.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class JsonLinesBenchmark {

    @Param({"1000"})
    public String size;

    byte[] stream;
    ObjectMapper mapper;
    DocumentValidator validator;

    @Setup(Level.Trial)
    public void setUp() {
        stream = JsonLinesCorpus.stream(Integer.parseInt(size));
        mapper = JsonMapper.builder().build();
        validator = DocumentValidator.standard();
    }

    /** The baseline: each line's tree, read with Jackson. */
    @Benchmark
    public void jacksonReadTree(Blackhole bh) throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(stream), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                bh.consume(mapper.readTree(line));
            }
        }
    }

    /** Every document read, validated and reported, a line at a time. */
    @Benchmark
    public long declaroValidateJsonLines(Blackhole bh) {
        return validator.validateJsonLines(new ByteArrayInputStream(stream), "bench", bh::consume);
    }
}
