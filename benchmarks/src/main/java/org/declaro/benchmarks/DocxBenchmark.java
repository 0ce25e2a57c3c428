package org.declaro.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.declaro.docx.DocxSourceReader;
import org.declaro.importer.ImportResult;
import org.declaro.importer.TextImporter;
import org.declaro.importer.spi.SourceContent;
import org.declaro.importer.spi.SourceRequest;
import org.declaro.model.Limits;
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
 * Word input ({@code declaro-docx}) of generated resolutions of 1,000, 10,000 and 40,000 numbered paragraphs
 * ({@link WordCorpus}), against a baseline in the same run: inflating the main document part and parsing it into a
 * DOM with the JDK, the least any reader of a Word file must do. {@code read} is the reader alone (the line stream),
 * {@code importDocx} the whole import. Time per byte should stay flat across the sizes.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class DocxBenchmark {

    @Param({"1000", "10000", "40000"})
    public String size;

    byte[] docx;
    DocxSourceReader reader;
    TextImporter importer;
    SourceRequest request;

    @Setup(Level.Trial)
    public void setUp() {
        docx = WordCorpus.docx(size);
        reader = new DocxSourceReader();
        importer = TextImporter.standard();
        request = SourceRequest.of(Limits.DEFAULTS);
    }

    /** The reader alone: the package opened within the limits, the parts parsed, the line stream made. */
    @Benchmark
    public SourceContent read() throws IOException {
        return reader.read(new ByteArrayInputStream(docx), request);
    }

    /** The whole import, from the file's bytes to the model. */
    @Benchmark
    public ImportResult importDocx() {
        return importer.importText(docx);
    }

    /** The baseline: the main document part inflated and parsed into a DOM by the JDK. */
    @Benchmark
    public Object baselineInflateParse() throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                if (e.getName().equals("word/document.xml")) {
                    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
                    f.setNamespaceAware(true);
                    return f.newDocumentBuilder().parse(new ByteArrayInputStream(zip.readAllBytes()));
                }
            }
        }
        throw new IllegalStateException("no document part");
    }
}
