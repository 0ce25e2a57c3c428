package org.declaro.pdf;

import static org.declaro.pdf.Pdfs.ROMAN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.declaro.importer.spi.SourceContent;
import org.declaro.importer.spi.SourceRequest;
import org.declaro.model.Limits;
import org.declaro.report.Finding;

/**
 * The law of a reader: whatever the bytes, {@code read} returns (no exception) lines or an error finding. Checked on
 * PDFs with bytes overwritten, cut short, or spliced from elsewhere in the file.
 */
class PdfRobustnessProperties {
    private static final byte[] PDF = Pdfs.pdf(
            new Pdfs.Page().at(260, 40, ROMAN, 9, "A/RES/1/1").at(72, 100, "The General Assembly,")
                    .at(72, 128, "1.").at(108, 128, "Decides to test the reader").then(ROMAN, 7, 4, "1").then(";")
                    .at(72, 760, ROMAN, 7, "1").then(ROMAN, 10, 0, " A note."),
            Pdfs.text("A second page of text.", "", "With a second paragraph."));

    @Provide
    Arbitrary<byte[]> mutated() {
        Arbitrary<byte[]> overwritten = Arbitraries.integers().between(0, PDF.length - 1).list().ofMinSize(1).ofMaxSize(20)
                .flatMap(at -> Arbitraries.bytes().list().ofSize(at.size()).map(values -> {
                    byte[] b = PDF.clone();
                    for (int i = 0; i < at.size(); i++) {
                        b[at.get(i)] = values.get(i);
                    }
                    return b;
                }));
        Arbitrary<byte[]> truncated = Arbitraries.integers().between(0, PDF.length - 1).map(n -> Arrays.copyOf(PDF, n));
        Arbitrary<byte[]> spliced = Arbitraries.integers().between(0, PDF.length - 1).tuple3()
                .map(t -> splice(t.get1(), t.get2(), t.get3()));
        return Arbitraries.oneOf(overwritten, truncated, spliced);
    }

    /** @return the file with the bytes from {@code from} (up to 200 of them) copied over those at {@code to} */
    private static byte[] splice(int from, int to, int length) {
        byte[] b = PDF.clone();
        int n = Math.min(Math.min(length % 200, PDF.length - from), PDF.length - to);
        System.arraycopy(PDF, from, b, to, n);
        return b;
    }

    @Property(tries = 300)
    void anyBytesGiveLinesOrAnErrorFindingNeverAnException(@ForAll("mutated") byte[] bytes) throws IOException {
        SourceContent content = new PdfSourceReader().read(new ByteArrayInputStream(bytes), SourceRequest.of(Limits.DEFAULTS));
        boolean failed = content.findings().stream().anyMatch(Finding::isError);
        assertEquals(failed, content.lines().isEmpty(), "either lines or an error finding: " + content.findings());
    }
}
