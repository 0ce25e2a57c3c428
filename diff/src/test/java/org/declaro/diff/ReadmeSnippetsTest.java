package org.declaro.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
 * Every {@code ```java} block of the README and of docs/*.md compiles against core and diff as a user's code would (this test
 * lives in the diff module, the one whose test class path holds both): each block is
 * the body of a method that declares no checked exception, with the exported packages imported. A block
 * may use variables that an HTML comment just before it declares, e.g.
 * {@code <!-- given: Declaration draft; Declaration adopted -->}, and variables of the blocks before it
 * in the same section are not visible. Compile errors name the README's line.
 */
class ReadmeSnippetsTest {

    private static final Pattern FENCE = Pattern.compile("^(\\s*)```java\\s*$");
    private static final Pattern GIVEN = Pattern.compile("^\\s*<!--\\s*given:(.*)-->\\s*$");
    /** A block that a test also runs (it must need no file and no variable), after {@code <!-- run -->}. */
    private static final Pattern RUN = Pattern.compile("^\\s*<!--\\s*run\\s*-->\\s*$");

    private static final List<String> IMPORTS = List.of("java.util.*", "java.nio.file.*", "java.nio.charset.StandardCharsets", "org.declaro.*",
            "org.declaro.model.*", "org.declaro.json.*", "org.declaro.report.*", "org.declaro.validation.*",
            "org.declaro.commitments.*", "org.declaro.importer.*", "org.declaro.importer.spi.*", "org.declaro.render.*", "org.declaro.diff.*",
            "org.declaro.akn.*", "tools.jackson.databind.json.JsonMapper");

    /** A block: its first code line in the README (1-based), its lines, and the given variables. */
    record Snippet(String file, int firstLine, List<String> lines, List<String> given, boolean run) {
    }

    static List<Snippet> snippets(List<String> readme) {
        return snippets("README.md", readme);
    }

    static List<Snippet> snippets(String file, List<String> readme) {
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
            boolean run = before >= 0 && RUN.matcher(readme.get(before)).matches();
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
            out.add(new Snippet(file, i + 2, lines, given, run));
            i = j;
        }
        return out;
    }

    /** The source of a class with one method per snippet, and for each of its lines the README line (0: none). */
    static String source(List<Snippet> snippets, List<String> readmeLines) {
        StringBuilder b = new StringBuilder();
        for (String imp : IMPORTS) {
            b.append("import ").append(imp).append(";\n");
            readmeLines.add("");
        }
        b.append("class ReadmeSnippets {\n");
        readmeLines.add("");
        for (int n = 0; n < snippets.size(); n++) {
            Snippet s = snippets.get(n);
            b.append("  static void snippet").append(n).append("(").append(String.join(", ", s.given())).append(") {\n");
            readmeLines.add(s.file() + ":" + (s.firstLine() - 1));
            for (int k = 0; k < s.lines().size(); k++) {
                b.append(s.lines().get(k)).append('\n');
                readmeLines.add(s.file() + ":" + (s.firstLine() + k));
            }
            b.append("  }\n");
            readmeLines.add("");
        }
        b.append("}\n");
        return b.toString();
    }

    /** The README and the documents of docs/, whose java blocks are compiled. */
    static List<Snippet> allSnippets() throws IOException {
        List<Snippet> all = new ArrayList<>(snippets("README.md", Files.readAllLines(Path.of("..", "README.md"), StandardCharsets.UTF_8)));
        try (var docs = Files.list(Path.of("..", "docs"))) {
            for (Path doc : docs.filter(d -> d.toString().endsWith(".md")).sorted().toList()) {
                all.addAll(snippets("docs/" + doc.getFileName(), Files.readAllLines(doc, StandardCharsets.UTF_8)));
            }
        }
        return all;
    }

    /** Compiles the snippets into {@code classes}; fails naming the README's (or the document's) line. */
    static void compile(List<Snippet> snippets, Path tmp, Path classes) throws IOException {
        List<String> readmeLines = new ArrayList<>();
        Path src = tmp.resolve("ReadmeSnippets.java");
        Files.writeString(src, source(snippets, readmeLines));
        ToolProvider javac = ToolProvider.findFirst("javac").orElse(null);
        assertNotNull(javac, "a JDK runs the tests");
        StringWriter out = new StringWriter();
        int rc = javac.run(new PrintWriter(out), new PrintWriter(out), "--release", "17", "-proc:none", "-Xlint:all",
                "-encoding", "UTF-8", "-classpath", classPath(), "-d", classes.toString(), src.toString());
        StringBuilder report = new StringBuilder();
        Matcher m = Pattern.compile("(?m)^.*ReadmeSnippets\\.java:(\\d+): (.*)$").matcher(out.toString());
        while (m.find()) {
            int line = Integer.parseInt(m.group(1));
            String at = line > 0 && line <= readmeLines.size() ? readmeLines.get(line - 1) : "";
            report.append("\n").append(at).append(": ").append(m.group(2));
        }
        assertEquals(0, rc, "README snippets do not compile:" + report + "\n" + out);
        assertEquals("", out.toString().strip(), "README snippets compile with warnings:" + report);
    }

    @Test
    void everyJavaBlockOfTheReadmeAndTheDocsCompilesAsUserCode(@TempDir Path tmp) throws IOException {
        List<Snippet> snippets = allSnippets();
        assertTrue(snippets.stream().filter(s -> s.file().equals("README.md")).count() >= 2,
                "the README's API tour has its java blocks");
        assertTrue(snippets.stream().anyMatch(s -> String.join("\n", s.lines()).contains("TextImporter")),
                "the importer's block is among the compiled ones");
        compile(snippets, tmp, Files.createDirectories(tmp.resolve("classes")));
    }

    /**
     * The README's advice for a user's own validator, compiled and run: it must work without an Expression Language
     * implementation (none is on this class path), where {@code Validation.buildDefaultValidatorFactory()} fails.
     */
    @Test
    void theReadmesOwnValidatorAdviceRunsWithoutExpressionLanguage(@TempDir Path tmp) throws Exception {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("jakarta.el.ExpressionFactory"),
                "no Expression Language on the class path, as the README says none is needed");
        List<Snippet> all = allSnippets();
        List<Integer> toRun = new ArrayList<>();
        for (int n = 0; n < all.size(); n++) {
            if (all.get(n).run()) {
                toRun.add(n);
            }
        }
        assertTrue(all.stream().anyMatch(s -> s.run() && String.join("\n", s.lines()).contains("ParameterMessageInterpolator")),
                "the README's advice for your own validator is a block marked <!-- run -->");
        Path classes = Files.createDirectories(tmp.resolve("classes"));
        compile(all, tmp, classes);
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        java.io.PrintStream console = System.out;
        try (java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {classes.toUri().toURL()},
                getClass().getClassLoader())) {
            Class<?> c = loader.loadClass("ReadmeSnippets");
            System.setOut(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
            for (int n : toRun) {
                java.lang.reflect.Method m = c.getDeclaredMethod("snippet" + n);
                m.setAccessible(true);
                m.invoke(null);
            }
        } finally {
            System.setOut(console);
        }
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains("id: must be a slug"), printed.toString(StandardCharsets.UTF_8));
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
                "jakarta.validation.Validation", "org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator")) {
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
