package org.declaro.importer.layout;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A YAML header, as pandoc and static site generators write it: the title (quoted with double or single
 * quotes, or bare), and some of a date, a language, a symbol and a source address, between {@code ---} lines
 * before the text. The title stays in the text too.
 */
final class YamlFrontMatter implements LayoutTransform {

    @Override
    public String name() {
        return "YamlFrontMatter";
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
        String title = Pager.title(Lines.split(text));
        List<String> header = new ArrayList<>();
        if (title != null) {
            header.add("title: " + List.of("\"%s\"", "'%s'", "%s").get(random.nextInt(3)).formatted(title));
        }
        if (random.nextBoolean()) {
            header.add("date: " + (2000 + random.nextInt(30)) + "-" + String.format("%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28)));
        }
        if (random.nextBoolean()) {
            header.add("lang: en");
        }
        if (random.nextBoolean()) {
            header.add("symbol: A/RES/" + (50 + random.nextInt(30)) + "/" + (1 + random.nextInt(300)));
        }
        if (random.nextBoolean()) {
            header.add("source_url: https://example.org/documents/" + random.nextInt(1000));
        }
        return front(header, text);
    }

    /** @return the text after a front matter of these entries */
    static String front(List<String> entries, String text) {
        return "---\n" + String.join("\n", entries) + (entries.isEmpty() ? "" : "\n") + "---\n\n" + text;
    }
}
