package org.declaro.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code declaro import FILE.docx}, its --revisions, and Word files in a corpus. */
class WordImportTest {

    @Test
    void importsAWordFileAsItNowReads(@TempDir Path dir) throws Exception {
        Path draft = dir.resolve("draft.docx");
        Files.write(draft, WordDraft.trackedChanges());
        Cli.Run run = Cli.run("", "import", draft.toString());
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertTrue(run.out().contains("We may clear all mined areas by 2030."), run.out());
        assertFalse(run.out().contains("urgently"), run.out());
        assertTrue(run.err().contains("tracked changes"), run.err());
        assertFalse(run.err().contains("Log4j"), "POI's logging stays quiet: " + run.err());
    }

    @Test
    void importsTheOriginalOfAWordFile(@TempDir Path dir) throws Exception {
        Path draft = dir.resolve("draft.docx");
        Files.write(draft, WordDraft.trackedChanges());
        Cli.Run run = Cli.run("", "import", "--revisions", "original", draft.toString());
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertTrue(run.out().contains("We will clear all mined areas by 2030."), run.out());
        assertTrue(run.out().contains("urgently"), run.out());
    }

    @Test
    void bothComparesTheTwoVersionsCommitmentByCommitment(@TempDir Path dir) throws Exception {
        Path draft = dir.resolve("draft.docx");
        Files.write(draft, WordDraft.trackedChanges());
        Cli.Run run = Cli.run("", "import", "--revisions", "both", draft.toString());
        assertEquals(ExitCode.OK, run.code(), run.err());
        String report = run.out();
        assertTrue(report.contains("We [-will-]{+may+} clear all mined areas by 2030."), report);
        assertTrue(report.contains("We commit to assist the victims{+ and their families+}."), report);
        assertTrue(report.contains("We pledge to [-urgently -]destroy all stockpiled mines."), report);
        assertTrue(report.contains("{+We commit to share our data openly.+}"), report);
        assertTrue(report.contains("[-We will report every year on our progress.-]"), report);
        // the commitments: the one added with its paragraph, the one removed with its paragraph
        assertTrue(report.contains("commit added (we): We commit to share our data openly"), report);
        assertTrue(report.contains("will removed (we): We will report every year on our progress"), report);
        // "will" to "may" takes the paragraph out of the commitments: weakened, not removed
        assertTrue(report.contains("modality: will weakened to \"may\""), report);
        // the moved paragraph is the one reported as moved, and only it: the paragraphs it passed were edited
        assertTrue(report.contains("Paragraphs: 3 changed, 1 added, 1 removed, 1 moved, 0 unchanged"), report);
        assertTrue(report.matches("(?s).*paragraph 1 → 5: moved\\n  We call upon all donors to fund mine risk education\\.\\n.*"),
                report);
        // the findings of both imports go to standard error, the info about the tracked changes once
        assertEquals(1, run.err().split("tracked changes", -1).length - 1, run.err());
    }

    @Test
    void bothNeedsAWordFile(@TempDir Path dir) throws Exception {
        Path text = dir.resolve("text.md");
        Files.writeString(text, "# Title\n\n1. We will act.\n");
        Cli.Run run = Cli.run("", "import", "--revisions", "both", text.toString());
        assertEquals(ExitCode.USAGE, run.code());
        assertTrue(run.err().contains("not a Word .docx file"), run.err());
        Cli.Run corpus = Cli.run("", "import", "--revisions", "both", "--corpus", dir.toString(), "--out", dir.resolve("o").toString());
        assertEquals(ExitCode.USAGE, corpus.code());
    }

    @Test
    void aWordFileOnStandardInputIsKnownByItsBytes() {
        Cli.Run run = Cli.run(WordDraft.trackedChanges(), "import", "-");
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertTrue(run.out().contains("We may clear all mined areas by 2030."), run.out());
    }
}
