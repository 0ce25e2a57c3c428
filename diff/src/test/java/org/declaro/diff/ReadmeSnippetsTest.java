package org.declaro.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code ```java} block of the README compiles against core and diff as a user's code would (this test
 * lives in the diff module, the one whose test class path holds both): each block is
 * the body of a method that declares no checked exception, with the exported packages imported. A block
 * may use variables that an HTML comment just before it declares, e.g.
 * {@code <!-- given: Declaration draft; Declaration adopted -->}, and variables of the blocks before it
 * in the same section are not visible. Compile errors name the README's line.
 */
class ReadmeSnippetsTest {

    private static final Pattern FENCE = Pattern.compile("^(\\s*)```java\\s*$");
    private static final Pattern GIVEN = Pattern.compile("^\\s*<!--\\s*given:(.*)-->\\s*$");

    private static final List<String> IMPORTS = List.of("java.util.*", "java.nio.file.*", "java.nio.charset.StandardCharsets", "org.declaro.*",
            "org.declaro.model.*", "org.declaro.json.*", "org.declaro.report.*", "org.declaro.validation.*",
            "org.declaro.commitments.*", "org.declaro.importer.*", "org.declaro.render.*", "org.declaro.diff.*",
            "org.declaro.akn.*", "tools.jackson.databind.json.JsonMapper");

    /** A block: its first code line in the README (1-based), its lines, and the given variables. */
    record Snippet(int firstLine, List<String> lines, List<String> given) {
    }

    static List<Snippet> snippets(List<String> readme) {
        List<Snippet> out = new ArrayList<>();
        for (int i = 0; i < readme.size(); i++) {
            Matcher fence = FENCE.matcher(readme.get(i));
            if (!fence.matches()) {
                continue;
            }
            String indent = fence.group(1);
            List<String> given = new ArrayList<>();
            int before = i - 1;
            while (before >= 0 && readme.get(before).isBlank()) {
                before--;
            }
            Matcher g = before >= 0 ? GIVEN.matcher(readme.get(before)) : null;
            if (g != null && g.matches()) {
                for (String decl : g.group(1).split(";")) {
                    if (!decl.isBlank()) {
                        given.add(decl.strip());
                    }
                }
            }
            List<String> lines = new ArrayList<>();
            int j = i + 1;
            while (j < readme.size() && !readme.get(j).strip().equals("```")) {
                String line = readme.get(j);
                lines.add(line.startsWith(indent) ? line.substring(indent.length()) : line);
                j++;
            }
            assertTrue(j < readme.size(), "README line " + (i + 1) + ": a ```java block is not closed");
            out.add(new Snippet(i + 2, lines, given));
            i = j;
        }
        return out;
    }

    /** The source of a class with one method per snippet, and for each of its lines the README line (0: none). */
    static String source(List<Snippet> snippets, List<Integer> readmeLines) {
        StringBuilder b = new StringBuilder();
        for (String imp : IMPORTS) {
            b.append("import ").append(imp).append(";\n");
            readmeLines.add(0);
        }
        b.append("class ReadmeSnippets {\n");
        readmeLines.add(0);
        for (int n = 0; n < snippets.size(); n++) {
            Snippet s = snippets.get(n);
            b.append("  static void snippet").append(n).append("(").append(String.join(", ", s.given())).append(") {\n");
            readmeLines.add(s.firstLine() - 1);
            for (int k = 0; k < s.lines().size(); k++) {
                b.append(s.lines().get(k)).append('\n');
                readmeLines.add(s.firstLine() + k);
            }
            b.append("  }\n");
            readmeLines.add(0);
        }
        b.append("}\n");
        return b.toString();
    }

    @Test
    void everyJavaBlockOfTheReadmeCompilesAsUserCode(@TempDir Path tmp) throws IOException {
        List<String> readme = Files.readAllLines(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        List<Snippet> snippets = snippets(readme);
        assertTrue(snippets.size() >= 4, "the README's API tour has its java blocks: " + snippets.size());
        assertTrue(snippets.stream().anyMatch(s -> String.join("\n", s.lines()).contains("TextImporter")),
                "the importer's block is among the compiled ones");

        List<Integer> readmeLines = new ArrayList<>();
        Path src = tmp.resolve("ReadmeSnippets.java");
        Files.writeString(src, source(snippets, readmeLines));
        Path classes = Files.createDirectories(tmp.resolve("classes"));

        ToolProvider javac = ToolProvider.findFirst("javac").orElse(null);
        assertNotNull(javac, "a JDK runs the tests");
        StringWriter out = new StringWriter();
        int rc = javac.run(new PrintWriter(out), new PrintWriter(out), "--release", "17", "-proc:none", "-Xlint:all",
                "-encoding", "UTF-8", "-classpath", classPath(), "-d", classes.toString(), src.toString());
        StringBuilder report = new StringBuilder();
        Matcher m = Pattern.compile("(?m)^.*ReadmeSnippets\\.java:(\\d+): (.*)$").matcher(out.toString());
        while (m.find()) {
            int line = Integer.parseInt(m.group(1));
            int at = line > 0 && line <= readmeLines.size() ? readmeLines.get(line - 1) : 0;
            report.append("\nREADME.md:").append(at).append(": ").append(m.group(2));
        }
        assertEquals(0, rc, "README snippets do not compile:" + report + "\n" + out);
        assertEquals("", out.toString().strip(), "README snippets compile with warnings:" + report);
    }

    @Test
    void aGivenCommentDeclaresTheBlocksVariablesAndIndentedBlocksAreRead() {
        List<Snippet> s = snippets(List.of("text", "<!-- given: Declaration draft; Document doc -->", "", "   ```java",
                "   String t = doc.title();", "   ```", "```java", "int x = 1;", "```"));
        assertEquals(2, s.size());
        assertEquals(List.of("Declaration draft", "Document doc"), s.get(0).given());
        assertEquals(List.of("String t = doc.title();"), s.get(0).lines());
        assertEquals(5, s.get(0).firstLine());
        assertEquals(List.of(), s.get(1).given());
    }

    /** The test class path, and the jars of the types the snippets name (surefire may hide them in a manifest). */
    private static String classPath() {
        Set<String> entries = new LinkedHashSet<>(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
        for (String type : List.of("org.declaro.Declaro", "org.declaro.diff.DocumentDiff", "com.github.difflib.DiffUtils",
                "tools.jackson.databind.json.JsonMapper",
                "tools.jackson.core.JsonParser", "com.fasterxml.jackson.annotation.JsonInclude",
                "jakarta.validation.Validation")) {
            try {
                Class<?> c = Class.forName(type);
                entries.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (ClassNotFoundException | URISyntaxException | NullPointerException e) {
                // not on the test class path: the compiler says what is missing
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
