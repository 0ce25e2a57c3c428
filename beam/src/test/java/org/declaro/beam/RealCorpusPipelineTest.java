package org.declaro.beam;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The program over the real corpus (published texts, kept outside this repository): its reports, imports and
 * commitment rows equal what the single-process library gives for the same files. Runs when
 * {@code -Ddeclaro.corpus} names the corpus folder ({@code .ci/run} passes {@code ../shared/corpus/real});
 * skips and says so otherwise.
 */
class RealCorpusPipelineTest {

    @Test
    void theRealCorpusGivesWhatTheLibraryGives(@TempDir Path tmp) throws IOException {
        String path = System.getProperty("declaro.corpus");
        Path corpus = path == null || path.isBlank() ? null : Path.of(path);
        Assumptions.assumeTrue(corpus != null && Files.isDirectory(corpus), "SKIPPED: no real corpus given; run with"
                + " -Ddeclaro.corpus=/path/to/corpus/real (the documents are not in this repository; .ci/run passes"
                + " ../shared/corpus/real)");
        long start = System.nanoTime();
        DeclaroPipelineTest.Run run = DeclaroPipelineTest.run(tmp, "--input=" + corpus);
        long ms = (System.nanoTime() - start) / 1_000_000;
        Library expected = Library.of(corpus, org.declaro.commitments.CommitmentTableWriter.Format.CSV);
        assertTrue(expected.reports().size() > 100 && expected.commitmentCount() > 0, "the corpus is the real one: " + corpus);
        DeclaroPipelineTest.assertSameAsLibrary(corpus, run);
        System.out.println("real corpus on the DirectRunner: " + expected.reports().size() + " texts, "
                + expected.commitmentCount() + " commitments, " + ms + " ms");
    }
}
