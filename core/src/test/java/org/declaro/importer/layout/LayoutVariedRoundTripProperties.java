package org.declaro.importer.layout;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.declaro.importer.layout.LayoutTransform.Rendering;
import org.declaro.model.Declaration;

/**
 * Layout-varied round trips, "the engine of generality": a generated declaration is rendered, one to three
 * {@link LayoutTransform}s change its layout as real sources do, and the importer must read back the same
 * kind, as many preambular paragraphs and paragraphs, the same paragraph numbers and sub-paragraph labels,
 * the same paragraph texts up to white space, and every word (see {@link RoundTrip}). A failure names the
 * combination, the rendering and the transforms' seed; jqwik prints its own seed to run it again.
 *
 * <p>The build runs the transforms that pass today ({@link #PASSING}) on the renderings that read back
 * today ({@link #PASSING_RENDERINGS}). The others, with the reason they fail, are in {@link #KNOWN_FAILING}
 * and {@link #KNOWN_FAILING_RENDERINGS}; {@code LayoutTransformReportTest} counts their failures. To run
 * others, name them:
 *
 * <pre>
 * mvn -B -q -ntp -pl core test -Dtest=LayoutVariedRoundTripProperties -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dlayout.transforms=HardWrap,PageBreaks        (or ALL)
 *     -Dlayout.renderings=TEXT,MARKDOWN              (default TEXT)
 * </pre>
 */
class LayoutVariedRoundTripProperties {

    /** The transforms whose round trips pass today, alone and together, on both renderings: all of them. */
    static final List<String> PASSING = List.of("LostSubLabels", "EmphasisedPreambleVerbs", "PandocEscapes", "YamlFrontMatter",
            "HardWrap", "Hyphenation", "JustifiedOneWordLines", "NoBreakSpaces", "CrLf", "SecondLanguageCueWords",
            "MarkdownLists", "NumbersOnOwnLine", "PageBreaks", "FootnotesToPageFoot", "ArticleNumbers");

    /**
     * The transforms whose round trips fail today, each with the reason: none since the importer's stages learned
     * their layouts (2026-12-06). Before that, out of 200 declarations each on the text rendering: MarkdownLists
     * 193, NumbersOnOwnLine 135, SecondLanguageCueWords 149, FootnotesToPageFoot 23, PageBreaks 12; and the
     * Markdown rendering itself 197 with no transform. ArticleNumbers (2026-12-07) failed on its first tries: an
     * article's number in capitals ("ARTICLE 1") or as a Markdown heading ("## Article 1") was not read.
     */
    static final Map<String, String> KNOWN_FAILING = Map.of();

    /** The renderings the build runs the transforms on. */
    static final List<Rendering> PASSING_RENDERINGS = List.of(Rendering.TEXT, Rendering.MARKDOWN);

    /** The renderings that do not read back today, untransformed, with the reason: none. */
    static final Map<Rendering, String> KNOWN_FAILING_RENDERINGS = Map.of();

    /** @return the transforms of {@code -Dlayout.transforms}, or {@link #PASSING} */
    static List<LayoutTransform> transforms() {
        String named = System.getProperty("layout.transforms");
        return Transforms.named(named == null || named.isBlank() ? String.join(",", PASSING) : named);
    }

    /** @return the renderings of {@code -Dlayout.renderings}, or {@link #PASSING_RENDERINGS} */
    static List<Rendering> renderings() {
        String named = System.getProperty("layout.renderings");
        if (named == null || named.isBlank()) {
            return PASSING_RENDERINGS;
        }
        return Arrays.stream(named.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> Rendering.valueOf(s.toUpperCase(Locale.ROOT))).toList();
    }

    /**
     * What a try applies: a rendering and the transforms, in the order they are applied.
     *
     * @param rendering the rendering
     * @param combination the transforms
     */
    record Case(Rendering rendering, List<LayoutTransform> combination) {
        @Override
        public String toString() {
            return "[" + RoundTrip.names(combination) + "] on the " + rendering.name().toLowerCase(Locale.ROOT) + " rendering";
        }
    }

    @Provide
    Arbitrary<Declaration> declarations() {
        return Declarations.declarations();
    }

    @Provide
    Arbitrary<Case> cases() {
        List<LayoutTransform> transforms = transforms();
        List<Rendering> renderings = renderings().stream()
                .filter(r -> transforms.stream().anyMatch(t -> t.renderings().contains(r))).toList();
        if (renderings.isEmpty()) {
            throw new IllegalArgumentException("no transform of " + RoundTrip.names(transforms) + " applies to " + renderings());
        }
        return Arbitraries.of(renderings).flatMap(r -> {
            List<LayoutTransform> fit = transforms.stream().filter(t -> t.renderings().contains(r)).toList();
            return Arbitraries.subsetOf(fit).ofMinSize(1).ofMaxSize(Math.min(3, fit.size()))
                    .map(s -> RoundTrip.ordered(new ArrayList<>(s)))
                    .filter(Transforms::compatible)
                    .map(c -> new Case(r, c));
        });
    }

    // A fixed seed: the build's 2,000 tries are the same every run, so that a red build names a change, not a
    // draw. Explore with another seed (or none, for a random one) when working on the importer; every failure found
    // so far was a class of layouts the importer then learned (see docs/IMPORTING.md).
    @Property(tries = 2000, edgeCases = EdgeCasesMode.NONE, seed = "20261206")
    void aDeclarationInAnotherLayoutReadsBackTheSame(@ForAll("declarations") Declaration d, @ForAll("cases") Case c,
            @ForAll long seed) {
        RoundTrip.Outcome o = RoundTrip.run(d, c.rendering(), c.combination(), seed);
        assertTrue(o.passed(), o::describe);
    }
}
