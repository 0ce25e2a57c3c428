package org.declaro.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.declaro.model.Declaration;
import org.declaro.model.Extensions;
import org.declaro.model.Paragraph;
import org.declaro.model.Subparagraph;
import org.declaro.report.Rule;
import org.declaro.validation.DocumentValidator;

/** The extractor's output is always a valid span of its input, whatever the input. */
class ExtractorProperties {
    private final CommitmentExtractor extractor = CommitmentExtractor.builder().themes(ThemeVocabulary.mineAction()).build();

    @Provide
    Arbitrary<String> cueSoup() {
        Arbitrary<String> token = Arbitraries.oneOf(
                Arbitraries.of("We", "we", "Our", "will", "commit", "to", "call", "upon", "appeal", "and", ",", ".", ";",
                        ":", "reaffirm", "our", "commitment", "pledge", "aspire", "by", "2029", "December", "States",
                        "Parties", "that", "which", "decides", "urge", "encourage", "\u2013", "be", "Each", "State", "Party"),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8),
                Arbitraries.strings().ofMinLength(1).ofMaxLength(3));
        return token.list().ofMaxSize(60).map(t -> String.join(" ", t));
    }

    @Property(tries = 1000, edgeCases = EdgeCasesMode.NONE)
    void unitsAreExactSpansThatValidate(@ForAll("cueSoup") String text) {
        List<CommitmentExtractor.Unit> units = extractor.find(Passage.of(text));
        for (CommitmentExtractor.Unit u : units) {
            assertEquals(u.commitment().text(), text.substring(u.commitment().start(), u.commitment().end()));
            assertTrue(u.commitment().end() > u.commitment().start());
        }
        if (!text.isBlank() && text.strip().equals(text) && !text.contains("  ")) {
            Declaration d = (Declaration) extractor.extract(Declaration.builder("x", "X").paragraph(new Paragraph(1, text)).build());
            assertTrue(DocumentValidator.standard().validate(d).findings().stream()
                    .noneMatch(f -> f.rule() == Rule.COMMITMENT_SPAN_RANGE || f.rule() == Rule.COMMITMENT_SPAN_TEXT
                            || f.rule() == Rule.COMMITMENT_ID_DUPLICATE));
        }
    }

    @Provide
    Arbitrary<List<Subparagraph>> items() {
        Arbitrary<String> opening = Arbitraries.of("to convene", "To continue", "support", "Stay", "by strengthening",
                "Declarations", "We will", "that", "(a)", "and", "");
        Arbitrary<String> text = Arbitraries.of("", " ", ":", ";", "; and", ".").flatMap(end -> Combinators.combine(opening, cueSoup())
                .as((o, t) -> (o + " " + t).strip() + end));
        Arbitrary<Subparagraph> leaf = text.map(t -> new Subparagraph(null, t));
        return Combinators.combine(text, leaf.list().ofMaxSize(3)).as((t, subs) -> new Subparagraph("a", t, subs, Extensions.NONE))
                .list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void unitsOnListItemsAreExactSpansOfTheirItemsWithUniqueIds(@ForAll("cueSoup") String opener,
            @ForAll("items") List<Subparagraph> items, @ForAll boolean resolution) {
        String text = opener + (resolution ? " Decides:" : " we will:");
        Declaration d = (Declaration) extractor.extract(Declaration.builder("x", "X").author(resolution ? "The General Assembly" : null)
                .paragraph(new Paragraph(1, text, items, List.of(), List.of())).build());
        assertTrue(DocumentValidator.standard().validate(d).findings().stream()
                .noneMatch(f -> f.rule() == Rule.COMMITMENT_SPAN_RANGE || f.rule() == Rule.COMMITMENT_SPAN_TEXT
                        || f.rule() == Rule.COMMITMENT_ID_DUPLICATE), () -> d.toString());
        check(d.paragraphs().get(0).subparagraphs());
    }

    private static void check(List<Subparagraph> subs) {
        for (Subparagraph s : subs) {
            for (var c : s.commitments()) {
                assertEquals(c.text(), s.text().substring(c.start(), c.end()));
                assertTrue(c.end() > c.start());
            }
            check(s.subparagraphs());
        }
    }

    @Property(tries = 10, edgeCases = EdgeCasesMode.NONE)
    void adversarialRepetitionsFinish(@ForAll("adversarial") String text) {
        // no assertion on time (that is the benchmark's job); a catastrophic pattern would not finish
        List<CommitmentExtractor.Unit> units = extractor.find(Passage.of(text));
        for (CommitmentExtractor.Unit u : units) {
            assertEquals(u.commitment().text(), text.substring(u.commitment().start(), u.commitment().end()));
        }
        if (text.startsWith("we will ")) {
            assertEquals(1, units.size(), "without a clause boundary, repeated cues stay one unit");
        }
    }

    @Provide
    Arbitrary<String> adversarial() {
        return Arbitraries.of("call upon ", "we will ", "reaffirm our ", "by the ", "Our ", "and ", ", ", "urge all States ")
                .map(s -> s.repeat(20_000));
    }
}
