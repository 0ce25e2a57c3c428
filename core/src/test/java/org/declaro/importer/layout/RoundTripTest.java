package org.declaro.importer.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.declaro.model.Declaration;
import org.declaro.model.Paragraph;
import org.declaro.model.PreambularParagraph;
import org.declaro.model.Subparagraph;
import org.junit.jupiter.api.Test;

/** The round trip's checks find what they look for. */
class RoundTripTest {

    private static final Declaration D = Declaration.builder("aaa-bbb", "Aaa Bbb").author("The General Assembly")
            .preamble(new PreambularParagraph("Recalling ccc ddd,"))
            .paragraphs(List.of(new Paragraph(1, "Eee fff:", List.of(new Subparagraph("a", "Ggg hhh;"), new Subparagraph("b", "Iii jjj.")),
                    List.of(), List.of()), new Paragraph(2, "Kkk lll mmm.", List.of(), List.of(), List.of())))
            .build();

    private static LayoutTransform edit(String name, UnaryOperator<String> f, LayoutTransform.Degradation... lost) {
        return new LayoutTransform() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Set<Rendering> renderings() {
                return EnumSet.of(Rendering.TEXT);
            }

            @Override
            public Phase phase() {
                return Phase.CONTENT;
            }

            @Override
            public String apply(String text, Random random) {
                return f.apply(text);
            }

            @Override
            public Set<Degradation> degradations() {
                return lost.length == 0 ? Set.of() : EnumSet.of(lost[0]);
            }
        };
    }

    private static RoundTrip.Outcome run(LayoutTransform t) {
        return RoundTrip.run(D, LayoutTransform.Rendering.TEXT, List.of(t), 42);
    }

    @Test
    void theRenderingAsItIsPasses() {
        RoundTrip.Outcome o = run(edit("Same", s -> s));
        assertTrue(o.passed(), o::describe);
    }

    @Test
    void aLostWordIsFound() {
        RoundTrip.Outcome o = run(edit("Drop", s -> s.replace(" mmm.", ".")));
        assertEquals("mmm", o.lostWord());
        assertTrue(o.describe().startsWith("[Drop] on the text rendering, transform seed 42: "), o.describe());
    }

    @Test
    void aLostNumberIsAStructureBroken() {
        RoundTrip.Outcome o = run(edit("Unnumber", s -> s.replace("2. Kkk", "Kkk")));
        assertTrue(o.structure() != null && !o.passed(), o::describe);
    }

    @Test
    void aChangedTextIsFoundUpToWhiteSpace() {
        assertTrue(run(edit("Spaces", s -> s.replace("Kkk lll", "Kkk \u00A0 lll"))).passed());
        RoundTrip.Outcome o = run(edit("Glue", s -> s.replace("Kkk lll", "Kkklll")));
        assertTrue(o.text() != null && o.text().startsWith("paragraph 2 reads"), o::describe);
    }

    @Test
    void lostLabelsAreComparedAsTheParagraphsWords() {
        LayoutTransform unlabel = edit("Unlabel", LostSubLabels::drop, LayoutTransform.Degradation.SUB_LABELS_LOST);
        RoundTrip.Outcome o = run(unlabel);
        assertNull(o.structure(), o::describe);
        assertNull(o.text(), o::describe);
    }

    @Test
    void theTextReadIsShownWithLineNumbers() {
        assertEquals("  1| a\\r\n  2| \n  3| \\fb", RoundTrip.numbered("a\r\n\n\fb\n"));
    }
}
