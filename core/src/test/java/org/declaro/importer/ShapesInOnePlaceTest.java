package org.declaro.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every shape of a line lives in {@link Shapes} and every word in a {@link LayoutProfile}: no other source file
 * of the importer compiles a regular expression, openly ({@code Pattern.compile}) or hidden in a string method
 * ({@code matches}, {@code replaceFirst}, {@code replaceAll}, {@code split} on a regular expression).
 */
class ShapesInOnePlaceTest {

    /** the package's sources, relative to the module (surefire's working directory) */
    private static final Path SOURCES = Path.of("src/main/java/org/declaro/importer");
    /** the files allowed to compile expressions: the shapes, and the profile's word table */
    private static final Set<String> ALLOWED = Set.of("Shapes.java", "LayoutProfile.java");

    /** a Java string literal's body */
    private static final String LITERAL = "\"((?:[^\"\\\\]|\\\\.)*)\"";
    /** an open compile */
    private static final Pattern COMPILE = Pattern.compile("\\bPattern\\.compile\\(");
    /** String.matches on a literal (Matcher.matches takes no argument) */
    private static final Pattern MATCHES = Pattern.compile("\\.matches\\(\"");
    /** String.replaceFirst and replaceAll: a literal, then the replacement (Matcher's take the replacement only) */
    private static final Pattern REPLACE = Pattern.compile("\\.replace(?:First|All)\\(" + LITERAL + "\\s*,");
    /** String.split on a literal; group 1 the literal's body */
    private static final Pattern SPLIT = Pattern.compile("\\.split\\(" + LITERAL);
    /** the characters that make a one-character split a regular expression */
    private static final String META = ".$|()[{^?*+\\";

    @Test
    void noExpressionIsCompiledOutsideShapesAndTheProfile() throws IOException {
        assumeTrue(Files.isDirectory(SOURCES), "the importer's sources are not at " + SOURCES.toAbsolutePath()
                + " (run from the core module); skipped");
        List<String> found = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(SOURCES)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".java"))
                    .filter(p -> !ALLOWED.contains(p.getFileName().toString())).sorted().toList();
        }
        assumeTrue(!files.isEmpty(), "no Java sources in " + SOURCES.toAbsolutePath() + "; skipped");
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String problem = problem(lines.get(i));
                if (problem != null) {
                    found.add(file.getFileName() + ":" + (i + 1) + ": " + problem + ": " + lines.get(i).strip());
                }
            }
        }
        assertEquals(List.of(), found, "regular expressions belong in Shapes.java (shapes) or LayoutProfile.java (words)");
    }

    /** @return what compiles an expression on the line, or null */
    private static String problem(String line) {
        if (COMPILE.matcher(line).find()) {
            return "Pattern.compile";
        }
        if (MATCHES.matcher(line).find()) {
            return "String.matches";
        }
        if (REPLACE.matcher(line).find()) {
            return "String.replaceFirst/replaceAll";
        }
        Matcher m = SPLIT.matcher(line);
        while (m.find()) {
            if (!plainSeparator(m.group(1))) {
                return "String.split on a regular expression";
            }
        }
        return null;
    }

    /** @return whether a split's literal is one plain character, which String.split takes without a regex */
    private static boolean plainSeparator(String literal) {
        return literal.length() == 1 && META.indexOf(literal.charAt(0)) < 0;
    }
}
