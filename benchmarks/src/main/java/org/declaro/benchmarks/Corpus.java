package org.declaro.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.declaro.json.CanonicalJsonWriter;
import org.declaro.json.DocumentReader;
import org.declaro.model.Limits;
import org.declaro.model.Commitment;
import org.declaro.model.Declaration;
import org.declaro.model.Paragraph;

/** Benchmark inputs: the worked example, and declarations of N paragraphs made from its paragraphs. */
final class Corpus {
    /** Limits high enough for the largest generated document. */
    static final Limits LIMITS = new Limits(1L << 30, 64, 10_000_000, 10_000_000, 10_000_000);

    private Corpus() {
    }

    static byte[] example() {
        try (InputStream in = Corpus.class.getResourceAsStream("/siem-reap-angkor-declaration-draft-2024.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param size "example" or a number of paragraphs
     * @return canonical JSON of that size, valid, with the example's paragraphs and commitments repeated
     */
    static byte[] document(String size) {
        byte[] example = example();
        if (size.equals("example")) {
            return example;
        }
        int n = Integer.parseInt(size);
        Declaration base = (Declaration) DocumentReader.standard().read(example).document().orElseThrow();
        List<Paragraph> paragraphs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Paragraph p = base.paragraphs().get(i % base.paragraphs().size());
            List<Commitment> cs = new ArrayList<>();
            for (int k = 0; k < p.commitments().size(); k++) {
                Commitment c = p.commitments().get(k);
                cs.add(new Commitment("p" + (i + 1) + ".c" + (k + 1), c.modality(), c.actor(), c.text(), c.start(),
                        c.end(), c.themes(), c.deadline()));
            }
            paragraphs.add(new Paragraph(i + 1, p.text(), p.subparagraphs(), p.footnotes(), cs));
        }
        return CanonicalJsonWriter.standard().write(base.toBuilder().paragraphs(paragraphs).build()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
