package org.declaro;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The real corpus: documents as published (UN resolutions, joint statements from the web), kept outside
 * this repository and never copied into it. Give its folder with {@code -Ddeclaro.corpus=/path/to/corpus/real}
 * ({@code .ci/run} passes {@code ../shared/corpus/real}); without it the tests that read it skip and say so.
 */
public final class RealCorpus {
    /** the files of a corpus folder that are about it, not inputs */
    private static final Set<String> NOT_INPUTS = Set.of("SOURCES.md", "INDEX.md", "README.md");

    private RealCorpus() {
    }

    /** @return the inputs of the corpus: every file of its folders but those about it, folder by folder, sorted */
    public static List<Path> inputs(Path corpus) throws IOException {
        List<Path> inputs = new ArrayList<>();
        List<Path> folders;
        try (Stream<Path> dirs = Files.list(corpus)) {
            folders = dirs.filter(Files::isDirectory).sorted().toList();
        }
        for (Path dir : folders) {
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(Files::isRegularFile).filter(p -> !NOT_INPUTS.contains(p.getFileName().toString())).sorted()
                        .forEach(inputs::add);
            }
        }
        return inputs;
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
