package org.declaro.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.declaro.akn.AknWriter;
import org.declaro.diff.Comparison;
import org.declaro.diff.DocumentDiff;
import org.declaro.json.CanonicalJsonWriter;
import org.declaro.json.DocumentReader;
import org.declaro.model.Declaration;
import org.declaro.model.Paragraph;
import org.declaro.render.HtmlRenderer;
import org.declaro.render.MarkdownRenderer;
import org.declaro.render.TextRenderer;
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
 * The outputs (HTML, Markdown, text, Akoma Ntoso) and the version comparison at three sizes, against
 * writing canonical JSON of the same document in the same run. Time per byte should stay flat.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public class OutputBenchmark {

    @Param({"example", "1300", "10000"})
    public String size;

    Declaration doc;
    Declaration revised;

    @Setup(Level.Trial)
    public void setUp() {
        Declaration repeated = (Declaration) DocumentReader.builder().limits(Corpus.LIMITS).build().read(Corpus.document(size))
                .document().orElseThrow();
        // real documents do not repeat paragraphs: make each one's text its own (spans are kept: the tag is at the end)
        List<Paragraph> unique = new ArrayList<>();
        for (Paragraph p : repeated.paragraphs()) {
            unique.add(new Paragraph(p.number(), p.text() + " [" + p.number() + "]", p.subparagraphs(), p.footnotes(), p.commitments()));
        }
        doc = repeated.toBuilder().paragraphs(unique).build();
        // a revision: one paragraph in ten reworded, one in a hundred removed, renumbered
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
    }

    /** The baseline: canonical JSON of the same document. */
    @Benchmark
    public String baselineJson() {
        return CanonicalJsonWriter.standard().write(doc);
    }

    @Benchmark
    public String html() {
        return HtmlRenderer.standard().render(doc);
    }

    @Benchmark
    public String markdown() {
        return MarkdownRenderer.standard().render(doc);
    }

    @Benchmark
    public String text() {
        return TextRenderer.standard().render(doc);
    }

    @Benchmark
    public String akn() {
        return AknWriter.standard().write(doc);
    }

    /** Compares the document with its revision. */
    @Benchmark
    public Comparison diff() {
        return DocumentDiff.standard().compare(doc, revised);
    }
}
