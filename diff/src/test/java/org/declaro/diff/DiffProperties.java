package org.declaro.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Word changes always rebuild both texts exactly. */
class DiffProperties {

    @Provide
    Arbitrary<String> sentences() {
        return Arbitraries.oneOf(Arbitraries.of("we", "will", "commit", "to", "the", ",", ".", " ", "  ", "2029", "non-binding", "States’"),
                Arbitraries.strings().ofMaxLength(4)).list().ofMaxSize(40).map(ts -> String.join(" ", ts));
    }

    @Property(tries = 500)
    void wordChangesRebuildBothTexts(@ForAll("sentences") String a, @ForAll("sentences") String b) {
        List<WordChange> words = DocumentDiff.words(a, b);
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        for (WordChange w : words) {
            if (w.op() != WordChange.Op.INSERT) {
                before.append(w.text());
            }
            if (w.op() != WordChange.Op.DELETE) {
                after.append(w.text());
            }
        }
        assertEquals(a, before.toString());
        assertEquals(b, after.toString());
    }
}
