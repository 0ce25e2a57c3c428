package org.declaro.importer.layout;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The layout transforms, by name; in the order they are applied within a phase. */
final class Transforms {

    /** every transform: content, lines, pages, characters */
    static final List<LayoutTransform> ALL = List.of(new LostSubLabels(), new ArticleNumbers(), new EmphasisedPreambleVerbs(),
            new SecondLanguageCueWords(), new MarkdownLists(), new PandocEscapes(), new YamlFrontMatter(),
            new NumbersOnOwnLine(), new HardWrap(), new Hyphenation(), new JustifiedOneWordLines(), new PageBreaks(),
            new FootnotesToPageFoot(), new NoBreakSpaces(), new CrLf());

    private static final Map<String, LayoutTransform> BY_NAME = ALL.stream()
            .collect(Collectors.toMap(t -> t.name().toLowerCase(Locale.ROOT), Function.identity()));

    private Transforms() {
    }

    /**
     * @param names names, separated by commas (case does not matter); {@code ALL} for all
     * @return the transforms named, in the order of {@link #ALL}
     * @throws IllegalArgumentException if a name is not a transform's
     */
    static List<LayoutTransform> named(String names) {
        if (names.strip().equalsIgnoreCase("all")) {
            return ALL;
        }
        List<String> wanted = Arrays.stream(names.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT)).toList();
        for (String w : wanted) {
            if (!BY_NAME.containsKey(w)) {
                throw new IllegalArgumentException("no layout transform is named " + w + "; there are "
                        + ALL.stream().map(LayoutTransform::name).collect(Collectors.joining(", ")));
            }
        }
        return ALL.stream().filter(t -> wanted.contains(t.name().toLowerCase(Locale.ROOT))).toList();
    }

    /**
     * @param combination transforms
     * @return whether they can be applied together: {@link FootnotesToPageFoot} cuts the pages itself, so it
     *         does not go with {@link PageBreaks}; {@link ArticleNumbers} takes the numbers that
     *         {@link MarkdownLists} and {@link NumbersOnOwnLine} lay out
     */
    static boolean compatible(List<LayoutTransform> combination) {
        boolean articles = combination.stream().anyMatch(t -> t instanceof ArticleNumbers);
        return !(combination.stream().anyMatch(t -> t instanceof PageBreaks)
                && combination.stream().anyMatch(t -> t instanceof FootnotesToPageFoot))
                && !(articles && combination.stream().anyMatch(t -> t instanceof MarkdownLists || t instanceof NumbersOnOwnLine));
    }
}
