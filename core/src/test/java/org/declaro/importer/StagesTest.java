package org.declaro.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.declaro.report.Finding;
import org.junit.jupiter.api.Test;

/**
 * The importer reads as stages over one classified line stream: the layout stage alone reads and mends the
 * source; every later stage reads the stream ({@link Lines}); each line is classified once and owned by one
 * stage, recorded once; and no method of the package is longer than {@value #LONGEST} lines.
 */
class StagesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/declaro/importer");
    /** the source stage, the layout stage and the wiring: the only files that may read the raw source */
    private static final Set<String> READ_SOURCE = Set.of("SourceText.java", "Context.java", "Layout.java",
            "FootnoteDefinitions.java", "LanguageSwitch.java", "Lines.java", "TextImporter.java");
    private static final Pattern RAW = Pattern.compile("\\bSourceText\\b|\\bctx\\.src\\b");
    private static final int LONGEST = 60;

    @Test
    void stagesAfterTheLayoutReadOnlyTheStream() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : sources()) {
            if (READ_SOURCE.contains(file.getFileName().toString())) {
                continue;
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (RAW.matcher(lines.get(i)).find()) {
                    found.add(file.getFileName() + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertEquals(List.of(), found, "a stage after the layout reads the raw source instead of the line stream");
    }

    @Test
    void noMethodIsLongerThanSixtyLines() throws IOException {
        List<String> longest = new ArrayList<>();
        for (Path file : sources()) {
            methodLengths(file, longest);
        }
        longest.sort(Comparator.comparingInt(StagesTest::length).reversed());
        assertTrue(longest.size() >= 10, "the measure found methods: " + longest);
        List<String> over = longest.stream().filter(m -> length(m) > LONGEST).toList();
        assertEquals(List.of(), over, "methods over " + LONGEST + " lines; the ten longest: " + longest.subList(0, 10));
    }

    @Test
    void theMeasureCountsAMethodFromItsSignatureToItsClosingBrace() {
        List<String> out = new ArrayList<>();
        methodLengths(List.of("class A {", "    private static int f(int a,", "            int b) {", "        if (a > b) {",
                "            return a;", "        }", "        return b;", "    }", "}"), "A.java", out);
        assertEquals(List.of("7 A.java f"), out);
    }

    @Test
    void eachLineIsClassifiedOnceWithItsPartsProfile() {
        String text = "Title\n\n1. We will act.\n\n(a) first;\n\nAction 2: do it.\n";
        Context ctx = context(text);
        ctx.tokenise(pages(ctx), null, -1);
        Lines lines = ctx.lines;
        assertEquals(LineClassifier.Kind.NUMBERED, lines.get(2).token().kind());
        assertEquals("1", lines.get(2).group(1));
        assertEquals(LineClassifier.Kind.LABEL, lines.get(4).token().kind());
        assertEquals(LineClassifier.Kind.ACTION, lines.get(6).token().kind());
        assertEquals(1, lines.get(2).blanksBefore());
        assertFalse(lines.get(2).token().evidence().isBlank(), "the evidence that decided the kind is kept");
        assertThrows(IllegalStateException.class, () -> ctx.tokenise(pages(ctx), null, -1), "the stream is made once");
    }

    @Test
    void aSecondLanguagePartIsClassifiedWithItsOwnWords() {
        String text = "Title\n\nConsidering the past,\n\nConsidérant le passé,\n";
        Context ctx = context(text);
        LayoutProfile french = LayoutProfile.inLanguage(ctx.profile, "fr");
        ctx.tokenise(pages(ctx), french, 4);
        assertTrue(ctx.profile.opensClause(ctx.lines.text(2)));
        assertEquals(ctx.lines.token(4).kind(), new LineClassifier(french).classify(ctx.lines.text(4)).kind());
    }

    @Test
    void aLineIsOwnedByOneStageAndNeverReassigned() {
        Stage[] owner = new Stage[3];
        Lines.claim(owner, 1, Stage.BODY);
        Lines.claim(owner, 1, Stage.BODY); // the same stage again: nothing changes
        assertEquals(Stage.BODY, owner[1]);
        assertNull(owner[0]);
        boolean assertions = false;
        assert assertions = true;
        if (assertions) {
            assertThrows(AssertionError.class, () -> Lines.claim(owner, 1, Stage.FRONT_MATTER));
        } else {
            Lines.claim(owner, 1, Stage.FRONT_MATTER);
        }
        assertEquals(Stage.BODY, owner[1], "the first owner is kept");
    }

    @Test
    void aBlockClaimLeavesLinesAnEarlierStageOwns() {
        Context ctx = context("a\nb\nc\n");
        ctx.use(1, Stage.FOOTNOTES);
        ctx.useBlock(0, 2, Stage.FRONT_MATTER);
        assertEquals(Stage.FRONT_MATTER, ctx.src.owner[0]);
        assertEquals(Stage.FOOTNOTES, ctx.src.owner[1]);
        assertEquals(Stage.FRONT_MATTER, ctx.src.owner[2]);
    }

    @Test
    void pageEvidenceCountsPagesAndPositionsFromPageProofs() {
        String text = "Title of the text\n\nFirst line of page one.\nSecond line.\n\n2/3\n\nFirst of page two.\n";
        Context ctx = context(text);
        Line.Page[] pages = Layout.markFurniture(ctx);
        assertEquals(new Line.Page(1, 1, false, null), pages[0]);
        assertEquals(new Line.Page(1, 3, false, null), pages[3]);
        assertEquals("a page number", pages[5].furniture());
        assertEquals(new Line.Page(2, 1, true, null), pages[7]);
        assertEquals(Stage.LAYOUT, ctx.src.owner[5]);
    }

    private static Context context(String text) {
        List<Finding> findings = new ArrayList<>();
        return new Context(SourceText.of(text, findings), findings, LayoutProfile.choose(text), "en");
    }

    private static Line.Page[] pages(Context ctx) {
        Line.Page[] pages = new Line.Page[ctx.src.size()];
        java.util.Arrays.fill(pages, Line.Page.NONE);
        return pages;
    }

    private static List<Path> sources() throws IOException {
        assumeTrue(Files.isDirectory(SOURCES), "the importer's sources are not at " + SOURCES.toAbsolutePath()
                + " (run from the core module); skipped");
        try (Stream<Path> s = Files.list(SOURCES)) {
            List<Path> files = s.filter(p -> p.getFileName().toString().endsWith(".java")).sorted().toList();
            assumeTrue(!files.isEmpty(), "no Java sources in " + SOURCES.toAbsolutePath() + "; skipped");
            return files;
        }
    }

    /** a method's signature: modifiers, a type, a name and an opening parenthesis, at a member's indentation */
    private static final Pattern SIGNATURE = Pattern.compile("^ {4,8}(?:(?:public|private|protected|static|final|abstract|"
            + "synchronized|default)\\s+)*(?:<[^>]+>\\s+)?[\\w.\\[\\]]+(?:<[^()]*>)?(?:\\[\\])?\\s+(\\w+)\\s*\\(");
    private static final Set<String> NOT_NAMES = Set.of("if", "for", "while", "switch", "catch", "return", "new", "else",
            "throw", "try");

    private static void methodLengths(Path file, List<String> out) throws IOException {
        methodLengths(Files.readAllLines(file, StandardCharsets.UTF_8), file.getFileName().toString(), out);
    }

    /** Adds "length file name" for each method of the lines: from its signature to its closing brace. */
    static void methodLengths(List<String> lines, String file, List<String> out) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = SIGNATURE.matcher(lines.get(i));
            if (!m.find() || NOT_NAMES.contains(m.group(1)) || lines.get(i).split("\\(")[0].contains("=")) {
                continue;
            }
            int open = i;
            while (open < lines.size() && !lines.get(open).stripTrailing().endsWith("{")
                    && !lines.get(open).stripTrailing().endsWith(";")) {
                open++;
            }
            if (open == lines.size() || !lines.get(open).stripTrailing().endsWith("{")) {
                continue; // an abstract method or a call
            }
            int depth = 0;
            int k = open;
            for (; k < lines.size(); k++) {
                depth += braces(lines.get(k));
                if (depth == 0) {
                    break;
                }
            }
            out.add((k - i + 1) + " " + file + " " + m.group(1));
            i = k;
        }
    }

    /** The braces a line opens, less those it closes, outside string and character literals. */
    private static int braces(String line) {
        int n = 0;
        boolean string = false;
        char quote = 0;
        for (int c = 0; c < line.length(); c++) {
            char ch = line.charAt(c);
            if (string) {
                if (ch == '\\') {
                    c++;
                } else if (ch == quote) {
                    string = false;
                }
            } else if (ch == '"' || ch == '\'') {
                string = true;
                quote = ch;
            } else if (ch == '/' && c + 1 < line.length() && line.charAt(c + 1) == '/') {
                break;
            } else {
                n += ch == '{' ? 1 : ch == '}' ? -1 : 0;
            }
        }
        return n;
    }

    private static int length(String measured) {
        return Integer.parseInt(measured.substring(0, measured.indexOf(' ')));
    }
}
