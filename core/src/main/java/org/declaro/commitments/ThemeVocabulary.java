package org.declaro.commitments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Themes and the keywords that suggest them: the one type for themes in the API. The
 * {@link CommitmentExtractor} tags a commitment with every theme one of whose keywords occurs in its text
 * (case-insensitive), in the vocabulary's order; the {@link org.declaro.validation.DocumentValidator} accepts
 * on commitments only the vocabulary's {@linkplain #themes() themes}. Immutable and serializable.
 */
public final class ThemeVocabulary implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** Unmodifiable, in theme order; serializable, as its {@code LinkedHashMap} and {@code List.of} lists are. */
    private final Map<String, List<String>> keywords;

    private ThemeVocabulary(Map<String, List<String>> keywords) {
        this.keywords = keywords;
    }

    /**
     * @param keywordsByTheme theme to keywords, in the order themes should be listed
     * @return the vocabulary
     */
    public static ThemeVocabulary of(Map<String, List<String>> keywordsByTheme) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        keywordsByTheme.forEach((theme, words) -> copy.put(theme,
                words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList()));
        return new ThemeVocabulary(java.util.Collections.unmodifiableMap(copy));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ThemeVocabulary v && keywords.equals(v.keywords);
    }

    @Override
    public int hashCode() {
        return keywords.hashCode();
    }

    @Override
    public String toString() {
        return "ThemeVocabulary" + keywords;
    }

    /**
     * A vocabulary of themes without keywords: enough for the validator, which checks theme names only; an
     * extractor tags nothing with it.
     *
     * @param themes the theme names, in order
     * @return the vocabulary
     * @throws NullPointerException if a name is null
     */
    public static ThemeVocabulary ofThemes(java.util.Collection<String> themes) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (String t : themes) {
            m.put(java.util.Objects.requireNonNull(t, "theme"), List.of());
        }
        return of(m);
    }

    /**
     * The mine-action themes of the Siem Reap-Angkor example (COMMITMENTS.md), with keywords for each.
     *
     * @return the vocabulary
     */
    public static ThemeVocabulary mineAction() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("universalization", List.of("universal", "adherence", "join the convention", "outreach", "join us"));
        m.put("compliance", List.of("compliance", "norm against", "violations"));
        m.put("risk-education", List.of("risk education", "risk reduction"));
        m.put("victim-assistance", List.of("victim", "survivor"));
        m.put("clearance", List.of("clearance", "survey", "mined areas"));
        m.put("stockpile-destruction", List.of("stockpile"));
        m.put("cooperation-assistance", List.of("cooperation and assistance", "resources", "no state is left behind"));
        m.put("partnerships", List.of("partnership"));
        m.put("synergies", List.of("synergies"));
        m.put("sustainable-development", List.of("sustainable development"));
        m.put("environment-climate", List.of("environment", "climate"));
        m.put("implementation", List.of("implementation", "obligations"));
        return of(m);
    }

    /** @return the themes, in order */
    public Set<String> themes() {
        return keywords.keySet();
    }

    /**
     * @param text a clause
     * @return the themes whose keywords occur in it, in vocabulary order
     */
    public List<String> themesOf(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        keywords.forEach((theme, words) -> {
            for (String w : words) {
                if (lower.contains(w)) {
                    out.add(theme);
                    return;
                }
            }
        });
        return out;
    }
}
