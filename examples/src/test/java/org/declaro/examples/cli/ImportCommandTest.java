package org.declaro.examples.cli;

import static org.declaro.examples.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.declaro.examples.cli.Cli.Run;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.declaro.json.DocumentReader;
import org.declaro.model.ActionPlan;
import org.declaro.model.Declaration;
import org.declaro.model.Paragraph;
import org.declaro.validation.DocumentValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
    /** Imports to a document whose paragraph numbers jump from 2 to 5: not valid. */
    static final String JUMPING = "Declaration on Jumps\n\n1. We will act on the first thing now.\n\n"
            + "2. We will act on the second thing soon.\n\n5. We will act on the fifth thing later.\n\n"
            + "6. We will act on the sixth thing.\n";
    static final String VALID = "Declaration on Small Things\n\n1. We will clear the mined areas by 2030.\n\n"
            + "2. We will report every year.\n";
    static final String FRONT_MATTER = "---\ntitle: \"Joint Statement on Rivers\"\ndate: 2024-05-02\n---\n\n"
            + "1. The two governments will *protect* the rivers they share.\n\n2. They will publish the data every year.\n\n"
            + "3. They call on others to join them in this work.\n";
    /** One kind of Markdown markup only: plain text unless the name or --from says Markdown. */
    static final String EMPHASIS = "Declaration on Emphasis\n\n1. We will act **now** on the first thing.\n\n2. We will report.\n";

    @TempDir
    Path dir;
    static final String TEXT_RESOURCE = "/org/declaro/examples/siem-reap-angkor-declaration-draft-2024.txt";

    private static Declaration declaration(String json) {
        return (Declaration) DocumentReader.standard().read(json.getBytes(StandardCharsets.UTF_8)).document().orElseThrow();
    }

    private Path file(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content);
    }

    private static byte[] text() throws Exception {
        try (InputStream in = Main.class.getResourceAsStream(TEXT_RESOURCE)) {
            return in.readAllBytes();
        }
    }

    @Test
    void importsTheExampleTextToTheWorkedExample() throws Exception {
        Run r = run(text(), "import", "-");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err(), "every line placed: nothing to say");
        byte[] json = r.out().getBytes(StandardCharsets.UTF_8);
        assertFalse(DocumentValidator.standard().validate(json).hasErrors());
        try (InputStream in = Main.class.getResourceAsStream(Main.DEMO_RESOURCE)) {
            Declaration expected = (Declaration) DocumentReader.standard().read(in.readAllBytes()).document().orElseThrow();
            Declaration imported = (Declaration) DocumentReader.standard().read(json).document().orElseThrow();
            assertEquals(expected.paragraphs().stream().map(p -> p.text()).toList(),
                    imported.paragraphs().stream().map(p -> p.text()).toList());
            assertEquals(23, imported.paragraphs().stream().mapToInt(p -> p.commitments().size()).sum());
        }
    }

    @Test
    void noCommitmentsKindAndTitleOptions() {
        String plan = "Action 1: States will act by 2027.\nAction 2: States will report.\n";
        Run r = run(plan.getBytes(StandardCharsets.UTF_8), "import", "--no-commitments", "--title", "Small Plan 2026-2030",
                "--kind", "action-plan", "-");
        assertEquals(0, r.code(), r.err());
        ActionPlan p = (ActionPlan) DocumentReader.standard().read(r.out().getBytes(StandardCharsets.UTF_8)).document().orElseThrow();
        assertEquals("Small Plan 2026-2030", p.title());
        assertEquals(2, p.actions().size());
        assertTrue(p.actions().get(0).commitments().isEmpty());
    }

    @Test
    void findingsGoToStandardErrorWithTheirLine() {
        Run r = run("Title\n\nSubtitle\n\nStray\n\n1. We will act.\n".getBytes(StandardCharsets.UTF_8), "import", "-");
        assertEquals(0, r.code());
        assertTrue(r.err().contains("-:5:1: warning import.unplaced"), r.err());
    }

    @Test
    void unusableTextExitsWithOneAndBadUsageWithTwo() {
        assertEquals(1, run(new byte[0], "import", "-").code());
        assertEquals(1, run(new byte[] {(byte) 0xFF, (byte) 0xFE, 0}, "import", "-").code());
        assertEquals(2, run(new byte[0], "import", "--kind", "memo", "-").code());
        assertEquals(2, run(new byte[0], "import").code());
        assertEquals(2, run(new byte[0], "import", "no-such-file.txt").code());
        assertTrue(run(new byte[0], "import", "--help").out().startsWith("Usage: declaro import"));
    }

    @Test
    void profileChoosesTheCueTableAndUnknownProfilesAreUsageErrors() throws Exception {
        String plan = "Harbour Plan\n\nI. Shore Power\n\n1. States will fund shore power.\n\n2. States will report.\n";
        assertTrue(run(plan, "import", "--profile", "statement", "-").out().contains("\"kind\": \"declaration\""));
        assertTrue(run(plan, "import", "--profile", "action-plan", "-").out().contains("\"kind\": \"actionPlan\""));
        assertEquals(0, run(plan, "import", "--profile", "auto", "-").code());
        Run r = run(plan, "import", "--profile", "memo", "-");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no layout profile \"memo\""), r.err());
    }

    @Test
    void aFileRecordsItsSourceUnlessToldNot() throws Exception {
        Path md = file("rivers.md", FRONT_MATTER);
        Declaration d = declaration(run("", "import", md.toString()).out());
        assertEquals("markdown", d.source().format());
        assertEquals("rivers.md", d.source().name());
        assertEquals(64, d.source().sha256().length());
        assertEquals(null, declaration(run("", "import", "--no-source", md.toString()).out()).source());
    }

    @Test
    void fromChoosesTheSyntaxAndAFileNamedMdIsMarkdown() throws Exception {
        String plain = "We will act **now** on the first thing.";
        String markdown = "We will act now on the first thing.";
        assertEquals(plain, declaration(run(EMPHASIS, "import", "-").out()).paragraphs().get(0).text(), "detected: plain text");
        assertEquals(markdown, declaration(run(EMPHASIS, "import", "--from", "markdown", "-").out()).paragraphs().get(0).text());
        assertEquals(markdown, declaration(run(EMPHASIS, "import", "--from", "md", "-").out()).paragraphs().get(0).text());
        Path md = file("emphasis.md", EMPHASIS);
        Path txt = file("emphasis.txt", EMPHASIS);
        assertEquals(markdown, declaration(run("", "import", md.toString()).out()).paragraphs().get(0).text(), "named .md");
        assertEquals(plain, declaration(run("", "import", "--from", "text", md.toString()).out()).paragraphs().get(0).text());
        assertEquals(plain, declaration(run("", "import", txt.toString()).out()).paragraphs().get(0).text());
        assertEquals(markdown, declaration(run("", "import", "--from", "markdown", txt.toString()).out()).paragraphs().get(0).text());
        Run r = run(EMPHASIS, "import", "--from", "rst", "-");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown format 'rst' for --from: use text, markdown, "), r.err());
        assertTrue(r.err().contains("pdf"), "the installed readers' formats are named: " + r.err());
    }

    /** @return a PDF of one page in Helvetica with these lines, 14 points apart (a well-formed file: offsets right) */
    static byte[] pdf(String... lines) {
        StringBuilder content = new StringBuilder("BT /F1 12 Tf 72 760 Td 14 TL");
        for (String line : lines) {
            content.append(" (").append(line.replace("(", "\\(").replace(")", "\\)")).append(") ' ");
        }
        content.append(" ET");
        List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
                "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new java.util.ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(o -> pdf.append(String.format("%010d 00000 n \n", o)));
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void importsAPdfByItsNameOrByFromPdf() throws Exception {
        byte[] pdf = pdf("Declaration on Paper", "", "1. We will read the text layer of a PDF.", "",
                "2. We will report what we find.");
        Path file = dir.resolve("paper.pdf");
        Files.write(file, pdf);
        Declaration byName = declaration(run("", "import", file.toString()).out());
        assertEquals(List.of(1, 2), byName.paragraphs().stream().map(Paragraph::number).toList());
        assertEquals("We will read the text layer of a PDF.", byName.paragraphs().get(0).text());
        Path unnamed = dir.resolve("paper.bin");
        Files.write(unnamed, pdf);
        assertEquals(byName.paragraphs(), declaration(run("", "import", "--from", "pdf", unnamed.toString()).out()).paragraphs());
        assertEquals(byName.paragraphs(), declaration(run(pdf, "import", "--from", "pdf", "-").out()).paragraphs());
        Run damaged = run(java.util.Arrays.copyOf(pdf, 20), "import", "--from", "pdf", "-");
        assertEquals(1, damaged.code(), damaged.err());
        assertTrue(damaged.err().contains("error import.source"), damaged.err());
    }

    @Test
    void frontMatterGivesTheTitleAndDate() {
        Run r = run(FRONT_MATTER, "import", "-");
        assertEquals(0, r.code(), r.err());
        Declaration d = declaration(r.out());
        assertEquals("Joint Statement on Rivers", d.title());
        assertEquals("2024-05-02", d.date().toString());
        assertEquals("The two governments will protect the rivers they share.", d.paragraphs().get(0).text());
    }

    @Test
    void languageAndThemesOptions() throws Exception {
        Run r = run(VALID, "import", "--language", "fr", "-");
        assertEquals(0, r.code(), r.err());
        assertEquals("fr", declaration(r.out()).language());
        List<Paragraph> tagged = declaration(run(text(), "import", "--themes", "mine-action", "-").out()).paragraphs();
        List<Paragraph> untagged = declaration(run(text(), "import", "-").out()).paragraphs();
        assertTrue(tagged.stream().flatMap(p -> p.commitments().stream()).anyMatch(c -> !c.themes().isEmpty()));
        assertTrue(untagged.stream().flatMap(p -> p.commitments().stream()).allMatch(c -> c.themes().isEmpty()));
        assertEquals(2, run(VALID, "import", "--themes", "health", "-").code());
    }

    @Test
    void aResultThatDoesNotValidateIsPrintedAndExitsWithOne() {
        Run r = run(JUMPING, "import", "-");
        assertEquals(1, r.code());
        Declaration d = declaration(r.out());
        assertEquals(List.of(1, 2, 5, 6), d.paragraphs().stream().map(Paragraph::number).toList(), "the JSON is printed all the same");
        assertEquals(List.of("-: error paragraph.number.sequence /paragraphs/2/number: Paragraph number 5 follows 2; expected 3.",
                "declaro: the imported document does not validate: 1 error (paragraph.number.sequence); see the findings above"),
                r.err().lines().toList());
    }

    @Test
    void aValidResultExitsWithZeroAndNoSummary() {
        Run r = run(VALID, "import", "-");
        assertEquals(0, r.code());
        assertEquals("", r.err());
        assertFalse(DocumentValidator.standard().validate(r.out().getBytes(StandardCharsets.UTF_8)).hasErrors());
    }

    @Test
    void anOptionValueTheFormatRefusesMakesTheResultInvalid() {
        Run r = run(VALID, "import", "--language", "en_GB", "-");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("-: error language.tag /language: "), r.err());
        assertTrue(r.err().endsWith("declaro: the imported document does not validate: 1 error (language.tag); see the findings above\n"), r.err());
        assertEquals("en_GB", declaration(r.out()).language());
    }

    @Test
    void errorSummaryCountsEachRule() {
        var f = new org.declaro.report.Finding(org.declaro.report.Rule.PARAGRAPH_NUMBER_SEQUENCE,
                org.declaro.report.Severity.ERROR, "/paragraphs/2/number", 0, 0, "x");
        var g = new org.declaro.report.Finding(org.declaro.report.Rule.IMPORT_MISSING, org.declaro.report.Severity.ERROR, "/title", 1, 1, "y");
        assertEquals("3 errors (paragraph.number.sequence x2, import.missing)", ImportCommand.errorSummary(List.of(f, g, f)));
    }

    @Test
    void corpusImportsEveryTextInPathOrderAndSummarises() throws Exception {
        file("corpus/a/one.txt", VALID);
        file("corpus/b/two.md", FRONT_MATTER);
        file("corpus/c.txt", JUMPING);
        file("corpus/notes.json", "{}");
        Path out = dir.resolve("out");
        Run r = run("", "import", "--corpus", dir.resolve("corpus").toString(), "--out", out.toString());
        assertEquals(1, r.code(), r.err());
        assertEquals(List.of("[1/3] a/one.txt: 2 paragraphs, 0 warnings, valid", "[2/3] b/two.md: 3 paragraphs, 0 warnings, valid",
                "[3/3] c.txt: 4 paragraphs, 0 warnings, INVALID: 1 error (paragraph.number.sequence)"), r.err().lines().toList());
        assertEquals("Declaration on Small Things", declaration(Files.readString(out.resolve("a/one.txt.json"))).title());
        assertEquals("Joint Statement on Rivers", declaration(Files.readString(out.resolve("b/two.md.json"))).title(),
                "a .md file is read as Markdown");
        assertEquals(4, declaration(Files.readString(out.resolve("c.txt.json"))).paragraphs().size());
        assertEquals("", Files.readString(out.resolve("a/one.txt.err")));
        assertTrue(Files.readString(out.resolve("b/two.md.err")).startsWith(dir.resolve("corpus/b/two.md") + ":2:1: info import.unplaced "));
        assertEquals(dir.resolve("corpus/c.txt") + ": error paragraph.number.sequence /paragraphs/2/number: "
                + "Paragraph number 5 follows 2; expected 3.\n", Files.readString(out.resolve("c.txt.err")));
        assertTrue(Files.notExists(out.resolve("notes.json.json")));
        List<String> table = r.out().lines().map(String::strip).toList();
        assertEquals(List.of("documents", "3"), words(table, "documents"));
        assertEquals(List.of("valid", "2"), words(table, "valid"));
        assertEquals(List.of("invalid", "1"), words(table, "invalid"));
        assertEquals(List.of("paragraphs", "9"), words(table, "paragraphs"));
        assertEquals(List.of("findings", "by", "rule", "error", "warning", "info"), words(table, "findings by rule"));
        assertEquals(List.of("import.unplaced", "0", "0", "2"), words(table, "import.unplaced"));
        assertEquals(List.of("paragraph.number.sequence", "1", "0", "0"), words(table, "paragraph.number.sequence"));
        assertTrue(table.contains("invalid results"), r.out());
        assertTrue(table.contains("c.txt: 1 error (paragraph.number.sequence)"), r.out());
    }

    @Test
    void aCorpusOfValidTextsExitsWithZero() throws Exception {
        file("corpus/one.txt", VALID);
        file("corpus/two.markdown", FRONT_MATTER);
        Run r = run("", "import", "--no-commitments", "--corpus", dir.resolve("corpus").toString(), "--out", dir.resolve("out").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("invalid results: none"), r.out());
        assertTrue(declaration(Files.readString(dir.resolve("out/one.txt.json"))).paragraphs().get(0).commitments().isEmpty());
        assertEquals("Joint Statement on Rivers", declaration(Files.readString(dir.resolve("out/two.markdown.json"))).title());
    }

    @Test
    void corpusUsageErrorsExitWithTwo() throws Exception {
        file("corpus/one.txt", VALID);
        String corpus = dir.resolve("corpus").toString();
        String out = dir.resolve("out").toString();
        assertEquals("2", String.valueOf(run("", "import", "--corpus", corpus).code()), "--out is needed");
        assertEquals("2", String.valueOf(run("", "import", "--out", out, "x.txt").code()), "--corpus is needed");
        assertEquals("2", String.valueOf(run("", "import", "--corpus", corpus, "--out", out, "x.txt").code()), "no FILE with --corpus");
        assertEquals("2", String.valueOf(run("", "import", "--title", "T", "--corpus", corpus, "--out", out).code()), "one title, many documents");
        assertEquals("2", String.valueOf(run("", "import", "--corpus", dir.resolve("none").toString(), "--out", out).code()), "no such directory");
        Files.createDirectories(dir.resolve("empty"));
        assertEquals("2", String.valueOf(run("", "import", "--corpus", dir.resolve("empty").toString(), "--out", out).code()), "no text in it");
        assertEquals(2, run("", "import", "--corpus").code());
        assertTrue(Files.notExists(dir.resolve("out")), "nothing written after a usage error");
        assertEquals("2", String.valueOf(run("", "import", corpus).code()), "a directory without --corpus");
    }

    /** The words of the first line of the table that starts with the label. */
    private static List<String> words(List<String> table, String label) {
        return List.of(table.stream().filter(l -> l.startsWith(label)).findFirst().orElseThrow(() -> new AssertionError(label + " not in " + table))
                .split("\\s+"));
    }
}
