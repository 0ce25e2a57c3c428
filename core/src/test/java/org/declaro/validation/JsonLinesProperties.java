package org.declaro.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * However documents are laid out in a JSON Lines stream (LF or CRLF, blank lines, a final line end or none, chunk
 * boundaries anywhere), each document's report is the report of validating it alone, moved to its line.
 */
class JsonLinesProperties {
    private static final DocumentValidator VALIDATOR = DocumentValidator.standard();

    @Provide
    Arbitrary<String> document() {
        return Arbitraries.of(JsonLinesTest.SIEM_REAP, JsonLinesTest.PLAN, JsonLinesTest.BROKEN, JsonLinesTest.UNTITLED,
                "  " + JsonLinesTest.UNTITLED, JsonLinesTest.UNTITLED.replace(",\"id\"", ",\r\"id\""), "[]", "{", "\"text\"",
                "{\"kind\":\"declaration\",\"title\":\"\u00e9\u00e8 \ud83d\ude00\",\"id\":3}");
    }

    @Provide
    Arbitrary<String> lineEnd() {
        return Arbitraries.of("\n", "\r\n", "\n\n", "\n \n", "\r\n\t\r\n");
    }

    @Property(tries = 200)
    void eachReportIsTheDocumentAloneAtItsLine(@ForAll @Size(max = 6) List<@From("document") String> docs,
            @ForAll @Size(max = 6) List<@From("lineEnd") String> ends, @ForAll boolean finalLineEnd,
            @ForAll("chunk") int chunk) {
        StringBuilder stream = new StringBuilder();
        List<Integer> lines = new ArrayList<>();
        int line = 1;
        for (int i = 0; i < docs.size(); i++) {
            lines.add(line);
            stream.append(docs.get(i));
            if (i < docs.size() - 1 || finalLineEnd) {
                String end = ends.isEmpty() ? "\n" : ends.get(i % ends.size());
                stream.append(end);
                line += (int) end.chars().filter(c -> c == '\n').count();
            }
        }
        byte[] bytes = stream.toString().getBytes(StandardCharsets.UTF_8);
        List<ValidationReport> reports = new ArrayList<>();
        VALIDATOR.validateJsonLines(new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk)); // lines cross the reads at every place
            }
        }, "s", reports::add);
        assertEquals(docs.size(), reports.size());
        for (int i = 0; i < docs.size(); i++) {
            ValidationReport r = reports.get(i);
            assertEquals("s:" + lines.get(i), r.source());
            // a CR alone inside a line is whitespace: a space in its place gives the same report on one line
            assertEquals(JsonLinesTest.alone(VALIDATOR, docs.get(i).replace('\r', ' '), lines.get(i)), r.findings(), docs.get(i));
        }
    }

    @Provide
    Arbitrary<Integer> chunk() {
        return Arbitraries.oneOf(Arbitraries.integers().between(1, 7), Arbitraries.just(65536));
    }
}
