package org.declaro.docx;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.declaro.importer.spi.SourceContent;

/** Mutated Word files: the reader never throws, and gives lines or an error finding. */
class DocxMutationProperties {

    private static final byte[] SAMPLE = DocxRevisionsTest.draft();

    @Provide
    Arbitrary<List<Tuple.Tuple2<Integer, Byte>>> mutations() {
        return Arbitraries.integers().between(0, SAMPLE.length - 1)
                .flatMap(at -> Arbitraries.bytes().map(b -> Tuple.of(at, b))).list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 150)
    void mutatedBytesNeverThrow(@ForAll("mutations") List<Tuple.Tuple2<Integer, Byte>> edits) {
        byte[] b = SAMPLE.clone();
        edits.forEach(e -> b[e.get1()] = e.get2());
        SourceContent c = Docx.read(b);
        assertTrue(!c.lines().isEmpty() || c.hasErrors(), "no lines and no error: " + c.findings());
    }

    @Property(tries = 60)
    void truncatedFilesNeverThrow(@ForAll("lengths") int length) {
        SourceContent c = Docx.read(java.util.Arrays.copyOf(SAMPLE, length));
        // a file cut in its last bytes may still read (the zip's end record is found): lines, or an error
        assertTrue(!c.lines().isEmpty() || c.hasErrors(), "no lines and no error: " + c.findings());
    }

    @Provide
    Arbitrary<Integer> lengths() {
        return Arbitraries.integers().between(0, SAMPLE.length - 1);
    }
}
