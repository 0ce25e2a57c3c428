package org.declaro.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CommitmentTableWriterTest {
    private static final CommitmentRow ROW = new CommitmentRow("siem-reap", "4", "p4.c1", "pledge", "we", "2029",
            "uphold the norm, \"jointly\"", null);

    @Test
    void csvHasAHeaderRowAndQuotesWhatNeedsIt() {
        StringBuilder sb = new StringBuilder();
        CommitmentTableWriter w = CommitmentTableWriter.csv(sb);
        assertEquals("document,paragraph,id,modality,actor,deadline,text,cue\r\n", sb.toString(), "the header comes first");
        w.write(ROW);
        w.write(new CommitmentRow(null, "pre 1", null, null, "line\nbreak", null, "cr\rhere", "will (subject: we)"));
        assertEquals("document,paragraph,id,modality,actor,deadline,text,cue\r\n"
                + "siem-reap,4,p4.c1,pledge,we,2029,\"uphold the norm, \"\"jointly\"\"\",\r\n"
                + ",pre 1,,,\"line\nbreak\",,\"cr\rhere\",will (subject: we)\r\n", sb.toString());
        assertEquals(2, w.rowsWritten());
    }

    @Test
    void anEmptyTableIsItsHeaderInCsvAndNothingInJsonLines() {
        StringBuilder csv = new StringBuilder();
        CommitmentTableWriter.of(CommitmentTableWriter.Format.CSV, CommitmentTable.DOCUMENT_COLUMNS, csv);
        assertEquals("paragraph,id,modality,actor,deadline,text\r\n", csv.toString());
        StringBuilder jsonl = new StringBuilder();
        assertEquals(0, CommitmentTableWriter.jsonLines(jsonl).rowsWritten());
        assertEquals("", jsonl.toString());
    }

    @Test
    void jsonLinesWritesOneObjectALineWithoutMissingValues() {
        StringBuilder sb = new StringBuilder();
        CommitmentTableWriter w = CommitmentTableWriter.jsonLines(sb);
        w.write(ROW);
        w.write(new CommitmentRow("d", "#2", null, null, null, null, "two\nlines", "cue"));
        assertEquals("{\"document\":\"siem-reap\",\"paragraph\":\"4\",\"id\":\"p4.c1\",\"modality\":\"pledge\",\"actor\":\"we\","
                + "\"deadline\":\"2029\",\"text\":\"uphold the norm, \\\"jointly\\\"\"}\n"
                + "{\"document\":\"d\",\"paragraph\":\"#2\",\"text\":\"two\\nlines\",\"cue\":\"cue\"}\n", sb.toString());
    }

    @Test
    void columnsChooseWhatIsWrittenAndInWhichOrder() {
        StringBuilder sb = new StringBuilder();
        CommitmentTableWriter w = CommitmentTableWriter.of(CommitmentTableWriter.Format.CSV,
                List.of(CommitmentTable.Column.TEXT, CommitmentTable.Column.DOCUMENT), sb);
        w.write(ROW);
        assertEquals("text,document\r\n\"uphold the norm, \"\"jointly\"\"\",siem-reap\r\n", sb.toString());
        assertEquals(List.of(CommitmentTable.Column.TEXT, CommitmentTable.Column.DOCUMENT), w.columns());
        assertThrows(IllegalArgumentException.class,
                () -> CommitmentTableWriter.of(CommitmentTableWriter.Format.CSV, List.of(), new StringBuilder()));
        assertThrows(NullPointerException.class, () -> w.write(null));
    }

    @Test
    void aFailingTargetIsAnUncheckedIoException() {
        Writer failing = new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> CommitmentTableWriter.csv(failing));
        assertTrue(e.getMessage().contains("disk full"), e.getMessage());
        CommitmentTableWriter jsonl = CommitmentTableWriter.jsonLines(failing);
        assertThrows(UncheckedIOException.class, () -> jsonl.write(ROW));
    }

    @Test
    void rowsWrittenFromManyThreadsNeverInterleave() throws Exception {
        StringBuilder sb = new StringBuilder(); // not thread-safe itself: the writer's lock must protect it
        CommitmentTableWriter w = CommitmentTableWriter.jsonLines(sb);
        int threads = 8;
        int each = 2000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        w.write(new CommitmentRow("doc-" + thread, String.valueOf(i), "p" + i + ".c1", "will", "we", null,
                                "text of row " + i + " of thread " + thread + ", with a comma", null));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals((long) threads * each, w.rowsWritten());
        JsonMapper mapper = JsonMapper.builder().build();
        Set<String> seen = new HashSet<>();
        List<String> lines = sb.toString().lines().toList();
        assertEquals(threads * each, lines.size());
        for (String line : lines) {
            JsonNode n = mapper.readTree(line);
            String doc = n.get("document").asString();
            String p = n.get("paragraph").asString();
            assertEquals("text of row " + p + " of thread " + doc.substring(4) + ", with a comma", n.get("text").asString());
            assertTrue(seen.add(doc + "/" + p), "each row once");
        }
    }
}
