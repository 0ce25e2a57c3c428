package org.declaro.commitments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Themes and the keywords that suggest them, for tagging commitments. A commitment gets every theme one
 * of whose keywords occurs in its text (case-insensitive), in the vocabulary's order. Immutable.
 */
public final class ThemeVocabulary {
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
