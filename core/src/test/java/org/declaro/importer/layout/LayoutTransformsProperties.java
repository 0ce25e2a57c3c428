package org.declaro.importer.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.declaro.model.Declaration;

/** What every layout transform promises: it keeps the words, and it does change the layout of most documents. */
class LayoutTransformsProperties {

    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    @Provide
    Arbitrary<Declaration> declarations() {
        return Declarations.declarations();
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(text.replaceAll("-\\r?\\n", ""));
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
    void everyTransformKeepsEveryWord(@ForAll("declarations") Declaration d, @ForAll long seed) {
        for (LayoutTransform.Rendering r : LayoutTransform.Rendering.values()) {
            String rendered = RoundTrip.render(d, r);
            for (LayoutTransform t : Transforms.ALL) {
                if (t.renderings().contains(r)) {
                    String out = t.apply(rendered, new Random(seed));
                    Set<String> missing = new HashSet<>(words(rendered));
                    missing.removeAll(words(out));
                    assertTrue(missing.isEmpty(), () -> t.name() + " on " + r + " lost " + missing + "\n" + out);
                }
            }
        }
    }

    @Example
    void everyTransformChangesMostDocuments() {
        for (LayoutTransform.Rendering r : LayoutTransform.Rendering.values()) {
            for (LayoutTransform t : Transforms.ALL) {
                if (!t.renderings().contains(r)) {
                    continue;
                }
                int changed = 0;
                for (long seed = 0; seed < 40; seed++) {
                    String rendered = RoundTrip.render(Declarations.sample(seed), r);
                    changed += t.apply(rendered, new Random(seed)).equals(rendered) ? 0 : 1;
                }
                assertTrue(changed >= 12, t.name() + " on " + r + " changed " + changed + " of 40");
            }
        }
    }

    @Example
    void transformsAreNamedAndAppliedPhaseByPhase() {
        assertEquals(Transforms.ALL, Transforms.named("all"));
        assertEquals(List.of("HardWrap", "CrLf"), Transforms.named(" crlf, HardWrap ").stream().map(LayoutTransform::name).toList());
        assertThrows(IllegalArgumentException.class, () -> Transforms.named("HardWrap,Typo"));
        List<LayoutTransform> backwards = new java.util.ArrayList<>(Transforms.ALL);
        java.util.Collections.reverse(backwards);
        assertEquals(Transforms.ALL, RoundTrip.ordered(backwards));
        assertEquals(15, Transforms.ALL.stream().map(LayoutTransform::name).distinct().count());
        assertTrue(!Transforms.compatible(Transforms.named("PageBreaks,FootnotesToPageFoot")));
        assertTrue(!Transforms.compatible(Transforms.named("ArticleNumbers,MarkdownLists")));
        assertTrue(!Transforms.compatible(Transforms.named("ArticleNumbers,NumbersOnOwnLine")));
        assertTrue(Transforms.compatible(Transforms.named("ArticleNumbers,HardWrap")));
        assertTrue(Transforms.compatible(Transforms.named("PageBreaks,HardWrap")));
    }

    @Example
    void thePropertysListsNameEveryTransformOnce() {
        Set<String> listed = new HashSet<>(LayoutVariedRoundTripProperties.PASSING);
        listed.addAll(LayoutVariedRoundTripProperties.KNOWN_FAILING.keySet());
        assertEquals(LayoutVariedRoundTripProperties.PASSING.size() + LayoutVariedRoundTripProperties.KNOWN_FAILING.size(), listed.size());
        assertEquals(Transforms.ALL.stream().map(LayoutTransform::name).collect(java.util.stream.Collectors.toSet()), listed);
    }
}
