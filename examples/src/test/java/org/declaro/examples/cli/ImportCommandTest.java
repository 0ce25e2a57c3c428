package org.declaro.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.declaro.json.DocumentReader;
import org.declaro.model.ActionPlan;
import org.declaro.model.Declaration;
import org.declaro.validation.DocumentValidator;
import org.junit.jupiter.api.Test;

class ImportCommandTest {
    static final String TEXT_RESOURCE = "/org/declaro/examples/siem-reap-angkor-declaration-draft-2024.txt";

    private static String[] run(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Main(new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new String[] {String.valueOf(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    private static byte[] text() throws Exception {
        try (InputStream in = Main.class.getResourceAsStream(TEXT_RESOURCE)) {
            return in.readAllBytes();
        }
    }

    @Test
    void importsTheExampleTextToTheWorkedExample() throws Exception {
        String[] r = run(text(), "import", "-");
        assertEquals("0", r[0], r[2]);
        assertEquals("", r[2], "every line placed: nothing to say");
        byte[] json = r[1].getBytes(StandardCharsets.UTF_8);
        assertTrue(DocumentValidator.standard().validate(json).isValid());
        try (InputStream in = Main.class.getResourceAsStream(Main.DEMO_RESOURCE)) {
            Declaration expected = (Declaration) DocumentReader.lenient().read(in.readAllBytes()).document().orElseThrow();
            Declaration imported = (Declaration) DocumentReader.lenient().read(json).document().orElseThrow();
            assertEquals(expected.paragraphs().stream().map(p -> p.text()).toList(),
                    imported.paragraphs().stream().map(p -> p.text()).toList());
            assertEquals(23, imported.paragraphs().stream().mapToInt(p -> p.commitments().size()).sum());
        }
    }

    @Test
    void noCommitmentsKindAndTitleOptions() {
        String plan = "Action 1: States will act by 2027.\nAction 2: States will report.\n";
        String[] r = run(plan.getBytes(StandardCharsets.UTF_8), "import", "--no-commitments", "--title", "Small Plan 2026-2030",
                "--kind", "action-plan", "-");
        assertEquals("0", r[0], r[2]);
        ActionPlan p = (ActionPlan) DocumentReader.lenient().read(r[1].getBytes(StandardCharsets.UTF_8)).document().orElseThrow();
        assertEquals("Small Plan 2026-2030", p.title());
        assertEquals(2, p.actions().size());
        assertTrue(p.actions().get(0).commitments().isEmpty());
    }

    @Test
    void findingsGoToStandardErrorWithTheirLine() {
        String[] r = run("Title\n\nSubtitle\n\nStray\n\n1. We will act.\n".getBytes(StandardCharsets.UTF_8), "import", "-");
        assertEquals("0", r[0]);
        assertTrue(r[2].contains("-:5:1: warning import.unplaced"), r[2]);
    }

    @Test
    void unusableTextExitsWithOneAndBadUsageWithTwo() {
        assertEquals("1", run(new byte[0], "import", "-")[0]);
        assertEquals("1", run(new byte[] {(byte) 0xFF, (byte) 0xFE, 0}, "import", "-")[0]);
        assertEquals("2", run(new byte[0], "import", "--kind", "memo", "-")[0]);
        assertEquals("2", run(new byte[0], "import")[0]);
        assertEquals("2", run(new byte[0], "import", "no-such-file.txt")[0]);
        assertTrue(run(new byte[0], "import", "--help")[1].startsWith("Usage: declaro import"));
    }
}
