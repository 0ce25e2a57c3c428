package org.declaro.benchmarks;

import java.util.concurrent.TimeUnit;
import org.declaro.json.DocumentReader;
import org.declaro.json.ReadResult;
import org.declaro.validation.DocumentValidator;
import org.declaro.validation.ValidationReport;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Read+validate of declaration JSON against plain Jackson {@code readTree} of the same bytes, in the
 * same process. Sizes: the worked example (17 kB), and generated declarations of 100, 10,000 and
 * 100,000 paragraphs.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class ReadValidateBenchmark {

    @Param({"example", "100", "10000", "100000"})
    public String size;

    byte[] json;
    ObjectMapper mapper;
    DocumentReader reader;
    DocumentValidator validator;

    @Setup(Level.Trial)
    public void setUp() {
        json = Corpus.document(size);
        mapper = JsonMapper.builder().build();
        reader = DocumentReader.builder().limits(Corpus.LIMITS).build();
        validator = DocumentValidator.builder().limits(Corpus.LIMITS).build();
        ValidationReport r = validator.validate(json);
        if (r.hasErrors() || !r.findings().isEmpty()) {
            throw new IllegalStateException("benchmark input has findings: " + r.findings());
        }
    }

    /** The baseline: Jackson's tree model of the same bytes. */
    @Benchmark
    public JsonNode jacksonReadTree() {
        return mapper.readTree(json);
    }

    /** Declaro's reader alone: bytes to the typed model, with binding checks. */
    @Benchmark
    public ReadResult declaroRead() {
        return reader.read(json);
    }

    /** The whole job: bytes to the model, every rule checked, findings located. */
    @Benchmark
    public ValidationReport declaroReadValidate() {
        return validator.validate(json);
    }
}
