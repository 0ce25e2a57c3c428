package org.declaro.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.declaro.json.CanonicalJsonWriter;
import org.declaro.json.DocumentReader;
import org.declaro.model.Commitment;
import org.declaro.model.Declaration;
import org.declaro.model.Paragraph;

/**
 * A generated JSON Lines corpus: document {@code i} is the worked example with 1 to 6 of its paragraphs, or for one
 * in 10, 10 to 30 (about 1.5 to 30 kB, 5.7 kB on average), starting at a paragraph that depends on {@code i}, with its
 * own id and title. Most carry
 * the example's annotated commitments; one in 7 has none; one in 50 lacks its title (one error), so that reports
 * with findings are made too. Deterministic: the same {@code i} gives the same line.
 */
final class JsonLinesCorpus {
    private static final Declaration BASE = (Declaration) DocumentReader.standard().read(Corpus.example()).document().orElseThrow();
    /** Canonical JSON's indentation: line breaks occur only there (strings escape theirs). */
    private static final Pattern INDENT = Pattern.compile("\n *");

    private JsonLinesCorpus() {
    }

    /**
     * @param i the document's index, from 0
     * @return the document as one line of JSON, without line end
     */
    static byte[] line(int i) {
        int spread = (int) ((i * 7919L) % 21);
        int n = i % 10 == 0 ? 10 + spread : 1 + spread % 6; // mostly 1 to 6 paragraphs, one in 10 has 10 to 30
        int size = BASE.paragraphs().size();
        boolean annotated = i % 7 != 3;
        List<Paragraph> paragraphs = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            Paragraph p = BASE.paragraphs().get((i + k) % size);
            List<Commitment> cs = new ArrayList<>();
            if (annotated) {
                for (int c = 0; c < p.commitments().size(); c++) {
                    cs.add(p.commitments().get(c).withId("p" + (k + 1) + ".c" + (c + 1)));
                }
            }
            paragraphs.add(new Paragraph(k + 1, p.text(), p.subparagraphs(), p.footnotes(), cs));
        }
        Declaration d = BASE.toBuilder().id("generated-declaration-" + i).title(i % 50 == 49 ? null : "Generated declaration " + i)
                .paragraphs(paragraphs).build();
        String json = CanonicalJsonWriter.standard().write(d);
        return INDENT.matcher(json.strip()).replaceAll("").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Writes documents {@code 0} to {@code n - 1}, one a line, each ending with LF.
     *
     * @param n   how many documents
     * @param out where to write
     * @return the bytes written
     */
    static long write(int n, OutputStream out) {
        long bytes = 0;
        try {
            for (int i = 0; i < n; i++) {
                byte[] line = line(i);
                out.write(line);
                out.write('\n');
                bytes += line.length + 1;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes;
    }

    /**
     * @param n how many documents
     * @return the stream of {@link #write} in memory
     */
    static byte[] stream(int n) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(n, out);
        return out.toByteArray();
    }
}
