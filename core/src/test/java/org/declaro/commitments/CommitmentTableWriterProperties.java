package org.declaro.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the table writer writes reads back as the same cells, whatever the text. */
class CommitmentTableWriterProperties {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Provide
    Arbitrary<String> cell() {
        // the characters CSV and JSON treat specially, often, among any others
        Arbitrary<String> special = Arbitraries.strings().withChars(",\"\r\n \t\\{}:\u2028\u0000").ofMaxLength(6);
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(12);
        return Arbitraries.oneOf(special, any, Combinators.combine(any, special, any).as((a, b, c) -> a + b + c)).injectNull(0.1);
    }

    @Provide
    Arbitrary<CommitmentRow> row() {
        Arbitrary<String> c = cell();
        Arbitrary<String> paragraph = cell().filter(s -> s != null);
        return Combinators.combine(c, paragraph, c, c, c, c, c, c).as(CommitmentRow::new);
    }

    private static List<String> cells(CommitmentRow r) {
        List<String> out = new ArrayList<>();
        for (CommitmentTable.Column col : CommitmentTable.ALL) {
            String v = r.get(col);
            out.add(v == null ? "" : v);
        }
        return out;
    }

    @Property(tries = 500)
    void csvReadsBackAsTheSameCells(@ForAll @Size(max = 8) List<@From("row") CommitmentRow> rows) {
        StringBuilder sb = new StringBuilder();
        CommitmentTableWriter.csv(sb).writeAll(rows);
        List<List<String>> records = Csv.parse(sb.toString());
        assertEquals(rows.size() + 1, records.size());
        assertEquals(CommitmentTable.ALL.stream().map(CommitmentTable.Column::header).toList(), records.get(0));
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(cells(rows.get(i)), records.get(i + 1));
        }
    }

    @Property(tries = 500)
    void jsonLinesReadBackAsTheSameValuesOneRowALine(@ForAll @Size(max = 8) List<@From("row") CommitmentRow> rows) {
        StringBuilder sb = new StringBuilder();
        CommitmentTableWriter.jsonLines(sb).writeAll(rows);
        String[] lines = sb.toString().split("\n", -1);
        assertEquals(rows.size() + 1, lines.length, "one line a row, each ending with LF");
        assertEquals("", lines[rows.size()]);
        for (int i = 0; i < rows.size(); i++) {
            assertFalse(lines[i].contains("\r"), "no CR inside a line");
            JsonNode n = MAPPER.readTree(lines[i]);
            CommitmentRow r = rows.get(i);
            for (CommitmentTable.Column col : CommitmentTable.ALL) {
                String v = r.get(col);
                if (v == null) {
                    assertFalse(n.has(col.header()), "a missing value is left out");
                } else { // an unpaired surrogate is written as an escape, which reads back as the same char
                    assertEquals(v, n.get(col.header()).asString());
                }
            }
        }
    }
}
