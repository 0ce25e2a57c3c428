package org.declaro.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.declaro.json.CanonicalJsonWriter;
import org.declaro.json.DocumentReader;
import org.declaro.model.Declaration;
import org.declaro.model.Paragraph;

/**
 * Writes a large generated declaration for measuring a command, e.g. the diff of a 40 MB document with
 * itself:
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.declaro.benchmarks.GenerateDocument 40 /tmp/big.json
 * /usr/bin/time -v java -jar examples/target/declaro.jar diff /tmp/big.json /tmp/big.json &gt; /dev/null
 * </pre>
 * The paragraphs are the worked example's, repeated, each tagged with its number so that every
 * paragraph's text is its own (as in real documents); {@code --repeat} leaves them repeated, word for word.
 */
public final class GenerateDocument {
    private GenerateDocument() {
    }

    /**
     * @param args {@code MEGABYTES FILE [--repeat]}
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: GenerateDocument MEGABYTES FILE [--repeat]");
            System.exit(2);
        }
        double megabytes = Double.parseDouble(args[0]);
        boolean repeat = args.length > 2 && args[2].equals("--repeat");
        byte[] json = document(megabytes, repeat);
        Files.write(Path.of(args[1]), json);
        System.out.println(args[1] + ": " + json.length + " bytes");
    }

    /**
     * @param megabytes the approximate size of the canonical JSON
     * @param repeat    whether paragraphs repeat word for word (otherwise each is tagged with its number)
     * @return the document as canonical JSON
     */
    static byte[] document(double megabytes, boolean repeat) {
        int perParagraph = Corpus.document("1000").length / 1000;
        int n = Math.max(1, (int) (megabytes * 1_000_000 / perParagraph));
        Declaration d = (Declaration) DocumentReader.builder().limits(Corpus.LIMITS).build().read(Corpus.document(String.valueOf(n)))
                .document().orElseThrow();
        return CanonicalJsonWriter.standard().write(repeat ? d : tagged(d)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Each paragraph's text made its own: its number appended (commitment spans stay valid). */
    static Declaration tagged(Declaration d) {
        List<Paragraph> unique = new ArrayList<>(d.paragraphs().size());
        for (Paragraph p : d.paragraphs()) {
            unique.add(new Paragraph(p.number(), p.text() + " [" + p.number() + "]", p.subparagraphs(), p.footnotes(),
                    p.commitments()));
        }
        return d.toBuilder().paragraphs(unique).build();
    }
}
