package org.declaro;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The real corpus: documents as published (UN resolutions, joint statements from the web), kept outside
 * this repository and never copied into it. Give its folder with {@code -Ddeclaro.corpus=/path/to/corpus/real}
 * ({@code .ci/run} passes {@code ../shared/corpus/real}); without it the tests that read it skip and say so.
 */
public final class RealCorpus {
    private RealCorpus() {
    }

    /** @return the corpus folder given by {@code -Ddeclaro.corpus}, or null when none is given or it is not a folder */
    public static Path dir() {
        String path = System.getProperty("declaro.corpus");
        return path == null || path.isBlank() || !Files.isDirectory(Path.of(path)) ? null : Path.of(path);
    }

    /** @return the corpus folder; the calling test is skipped, saying why, when there is none */
    public static Path assumeDir() {
        Path dir = dir();
        Assumptions.assumeTrue(dir != null, "SKIPPED: no real corpus given; run with -Ddeclaro.corpus=/path/to/corpus/real"
                + " (the documents are not in this repository; .ci/run passes ../shared/corpus/real)");
        return dir;
    }
}
