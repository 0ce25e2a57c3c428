package org.declaro.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The documents that {@code tools/make-test-documents.sh} makes from the real corpus (Word files, PDFs), each with
 * the corpus text it was made from, and their comparison: the one copy for the import tests of {@code declaro-docx}
 * and {@code declaro-pdf}. Needs {@code -Ddeclaro.testdocs} (the script's output) and {@code -Ddeclaro.corpus}; a
 * test without them, or without documents of its kind, is skipped, saying so.
 */
public final class MadeDocuments {

    /**
     * A made document and its text.
     *
     * @param stem   {@code GROUP/NAME}, the text's place in the corpus without its extension
     * @param made   the made document
     * @param source the corpus text ({@code .md}, else {@code .txt}) it was made from
     */
    public record Pair(String stem, Path made, Path source) {
    }

    private MadeDocuments() {
    }

    /**
     * @param kind      the folder of the script's output ({@code docx}, {@code pdf}, {@code html-pdf})
     * @param extension the made documents' extension, with its dot ({@code .docx})
     * @return every made document of that kind whose text is in the corpus, in the order of their paths
     * @throws IOException if a folder cannot be read
     */
    public static List<Pair> of(String kind, String extension) throws IOException {
        String docsPath = System.getProperty("declaro.testdocs");
        Assumptions.assumeTrue(docsPath != null && !docsPath.isBlank() && Files.isDirectory(Path.of(docsPath)),
                "SKIPPED: no test documents given; run tools/make-test-documents.sh, then the tests with"
                        + " -Ddeclaro.testdocs=target/test-documents (.ci/run does both)");
        String corpusPath = System.getProperty("declaro.corpus");
        Assumptions.assumeTrue(corpusPath != null && Files.isDirectory(Path.of(corpusPath)),
                "SKIPPED: no real corpus given; run with -Ddeclaro.corpus=/path/to/corpus/real");
        Path docs = Path.of(docsPath, kind);
        Assumptions.assumeTrue(Files.isDirectory(docs), "SKIPPED: no " + docs + " (its tool was missing when the"
                + " documents were made)");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(docs)) {
            files = walk.filter(p -> p.toString().endsWith(extension)).sorted().toList();
        }
        Assumptions.assumeFalse(files.isEmpty(), "SKIPPED: no " + extension + " in " + docs);
        Path corpus = Path.of(corpusPath);
        List<Pair> out = new ArrayList<>();
        for (Path made : files) {
            String relative = docs.relativize(made).toString();
            String stem = relative.substring(0, relative.length() - extension.length());
            Path source = corpus.resolve(stem + ".md");
            if (!Files.exists(source)) {
                source = corpus.resolve(stem + ".txt");
            }
            if (Files.exists(source)) {
                out.add(new Pair(stem, made, source));
            }
        }
        return out;
    }

    /**
     * Compares each made document with its text and prints how many match and what differs in each other one.
     *
     * @param label      the printout's label ({@code docx})
     * @param noun       what the documents are, in the plural ({@code Word files})
     * @param pairs      the documents and their texts
     * @param difference what differs between a text and its made document (in that order), or null when nothing
     * @return how many match
     */
    public static int compare(String label, String noun, List<Pair> pairs, BiFunction<Path, Path, String> difference) {
        Map<String, String> differences = new LinkedHashMap<>();
        for (Pair p : pairs) {
            String what = difference.apply(p.source(), p.made());
            if (what != null) {
                differences.put(p.stem(), what);
            }
        }
        int matched = pairs.size() - differences.size();
        System.out.printf("[%s] %d of %d %s import to the structure of their text%n", label, matched, pairs.size(), noun);
        differences.forEach((doc, what) -> System.out.println("  differs: " + doc + ": " + what));
        return matched;
    }
}
