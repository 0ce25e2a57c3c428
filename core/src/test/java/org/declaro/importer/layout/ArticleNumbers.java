package org.declaro.importer.layout;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Paragraph numbers printed as articles, the number on a line of its own above the text: {@code Article 3},
 * {@code ARTICLE 3} (a typed archive text or a treaty copy), and in Markdown {@code ## Article 3} or
 * {@code **Article 3**} (a hand-made page).
 */
final class ArticleNumbers implements LayoutTransform {

    static final List<String> TEXT_STYLES = List.of("Article %d", "ARTICLE %d");
    static final List<String> MARKDOWN_STYLES = List.of("Article %d", "## Article %d", "**Article %d**");

    @Override
    public String name() {
        return "ArticleNumbers";
    }

    @Override
    public Set<Rendering> renderings() {
        return EnumSet.allOf(Rendering.class);
    }

    @Override
    public Phase phase() {
        return Phase.CONTENT;
    }

    @Override
    public String apply(String text, Random random) {
        List<String> styles = text.startsWith("# ") || text.startsWith("---") ? MARKDOWN_STYLES : TEXT_STYLES;
        return articles(text, styles.get(random.nextInt(styles.size())));
    }

    /**
     * @param text  a text
     * @param style the article's line, {@code %d} standing for its number
     * @return the text with each paragraph's number (a numbered line after a blank line) on an article's line
     */
    static String articles(String text, String style) {
        List<String> out = new ArrayList<>();
        for (String line : Lines.split(text)) {
            Matcher p = Lines.PARAGRAPH.matcher(line);
            if (p.matches() && (out.isEmpty() || Lines.blank(out.get(out.size() - 1)))) {
                out.add(String.format(style, Integer.parseInt(p.group(1))));
                out.add("");
                out.add(p.group(2));
            } else {
                out.add(line);
            }
        }
        return Lines.join(out);
    }
}
