package org.declaro.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.declaro.model.Limits;
import org.declaro.report.Rule;
import org.junit.jupiter.api.Test;

/**
 * Memory is bounded by the largest document, not the stream: a JVM with a 48 MiB heap validates a generated
 * stream of several hundred MiB, one line of which alone is five times its heap. Were the stream, or the long
 * line, held in memory, the child would fail with an OutOfMemoryError.
 */
class JsonLinesMemoryTest {
    static final int DOCUMENTS_EACH_SIDE = 2000;
    static final long LONG_LINE = 256L << 20;
    static final long LIMIT = 64 << 10;

    /** A stream made as it is read: documents, one line of {@code LONG_LINE} bytes, documents. */
    static final class Generated extends InputStream {
        private final long longLine;
        private final int each;
        private byte[] pending = new byte[0];
        private int pos;
        private int doc;
        private long longSent;
        private long produced;

        Generated(int each, long longLine) {
            this.each = each;
            this.longLine = longLine;
        }

        long produced() {
            return produced;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            int n;
            if (pos >= pending.length && doc == each && longSent < longLine) { // the long line: "[0000...", never closed, ending with a LF
                n = (int) Math.min(len, longLine - longSent);
                Arrays.fill(b, off, off + n, (byte) '0');
                if (longSent == 0) {
                    b[off] = '[';
                }
                longSent += n;
                if (longSent == longLine) {
                    b[off + n - 1] = '\n';
                }
            } else {
                if (pos >= pending.length) {
                    if (doc >= 2 * each) {
                        return -1;
                    }
                    pending = document(doc++).getBytes(StandardCharsets.UTF_8);
                    pos = 0;
                }
                n = Math.min(len, pending.length - pos);
                System.arraycopy(pending, pos, b, off, n);
                pos += n;
            }
            produced += n;
            return n;
        }

        static String document(int i) {
            return "{\"schemaVersion\":\"1.1\",\"kind\":\"declaration\",\"id\":\"doc-" + i + "\",\"title\":\"Document " + i
                    + "\",\"language\":\"en\",\"paragraphs\":[{\"number\":1,\"text\":\"We will act by " + (2000 + i % 100)
                    + ".\"}]}\n";
        }
    }

    /** The child: validates the generated stream and prints what it saw. */
    public static void main(String[] args) {
        Generated in = new Generated(DOCUMENTS_EACH_SIDE, LONG_LINE);
        DocumentValidator v = DocumentValidator.builder().limits(Limits.DEFAULTS.withMaxInputBytes(LIMIT)).build();
        Map<String, Long> seen = new HashMap<>();
        v.validateJsonLines(in, "generated", r -> {
            seen.merge("reports", 1L, Long::sum);
            if (r.findings().stream().anyMatch(f -> f.rule() == Rule.LIMIT_EXCEEDED)) {
                seen.merge("tooLong", 1L, Long::sum);
                seen.put("tooLongLine", (long) r.findings().get(0).line());
            } else if (!r.hasErrors()) {
                seen.merge("valid", 1L, Long::sum);
            }
        });
        System.out.println("reports=" + seen.get("reports") + " valid=" + seen.get("valid") + " tooLong=" + seen.get("tooLong")
                + " tooLongLine=" + seen.get("tooLongLine") + " bytes=" + in.produced() + " heap=" + Runtime.getRuntime().maxMemory());
    }

    @Test
    void aStreamFarLargerThanTheHeapIsValidatedInASmallHeap() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx48m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                JsonLinesMemoryTest.class.getName()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), out);
        assertEquals(0, p.exitValue(), out);
        String last = out.lines().filter(l -> l.startsWith("reports=")).findFirst().orElseThrow(() -> new AssertionError(out));
        Map<String, Long> v = new HashMap<>();
        for (String kv : last.split(" ")) {
            String[] parts = kv.split("=");
            v.put(parts[0], Long.parseLong(parts[1]));
        }
        assertEquals(2L * DOCUMENTS_EACH_SIDE + 1, v.get("reports"), out);
        assertEquals(2L * DOCUMENTS_EACH_SIDE, v.get("valid"), "every generated document is valid: " + out);
        assertEquals(1L, v.get("tooLong"), out);
        assertEquals(DOCUMENTS_EACH_SIDE + 1L, v.get("tooLongLine"), out);
        assertTrue(v.get("bytes") > LONG_LINE, out);
        assertTrue(v.get("bytes") > 4 * v.get("heap"), "the stream is far larger than the child's heap: " + out);
    }

    @Test
    void theGeneratorMakesWhatTheChildExpects() {
        assertEquals(1, Generated.document(7).lines().count());
        Generated g = new Generated(1, 10);
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = g.read()) >= 0) {
            sb.append((char) c);
        }
        assertEquals(Generated.document(0) + "[00000000\n" + Generated.document(1), sb.toString());
    }
}
