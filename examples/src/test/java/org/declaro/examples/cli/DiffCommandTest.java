package org.declaro.examples.cli;

import static org.declaro.examples.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.declaro.testing.Edits;
import org.declaro.examples.cli.Cli.Run;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {
    @Test
    void comparesADraftTextWithARevisedText(@TempDir Path dir) throws Exception {
        String text;
        try (InputStream in = Main.class.getResourceAsStream(ImportCommandTest.TEXT_RESOURCE)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path old = dir.resolve("draft.txt");
        Path revised = dir.resolve("revised.txt");
        Files.writeString(old, text);
        Files.writeString(revised, Edits.replace(text, "We therefore pledge to uphold", "We therefore aspire to uphold"));
        Run r = run("", "diff", old.toString(), revised.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("modality: pledge weakened to aspire"), r.out());
        assertTrue(r.out().contains("[-pledge-]{+aspire+}"), r.out());
        assertTrue(run("", "diff", "--to", "json", old.toString(), revised.toString()).out().startsWith("{\n  \"paragraphs\": ["));
        assertEquals(2, run("", "diff", old.toString()).code());
        assertEquals(2, run("", "diff", "--to", "pdf", old.toString(), revised.toString()).code());
        assertTrue(run("", "diff", "--help").out().startsWith("Usage: declaro diff"));
    }
}
