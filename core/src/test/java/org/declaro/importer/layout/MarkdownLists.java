package org.declaro.importer.layout;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Paragraphs as an ordered Markdown list and sub-paragraphs as items nested in it, as pandoc or a web page
 * converted to Markdown writes them: the paragraphs keep their {@code 3.}, the sub-paragraphs become
 * {@code - (a) text}, {@code * (a) text}, {@code a. text} (pandoc's fancy lists) or {@code (a) text},
 * indented by three or four spaces; the list is tight (no blank line between its items) or loose. On the text
 * rendering it makes the Markdown of that text; on the Markdown rendering it changes the style of its lists.
 */
final class MarkdownLists implements LayoutTransform {

    static final List<String> MARKERS = List.of("- (%s) ", "* (%s) ", "%s. ", "(%s) ");

    @Override
    public String name() {
        return "MarkdownLists";
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
        return lists(text, MARKERS.get(random.nextInt(MARKERS.size())), 3 + random.nextInt(2), random.nextBoolean());
    }

    /**
     * @param text a text
     * @param marker the sub-paragraph's marker, {@code %s} standing for its label
     * @param indent how many spaces the nested items are indented by
     * @param tight whether the blank lines between paragraphs go
     * @return the text with its paragraphs in an ordered list
     */
    static String lists(String text, String marker, int indent, boolean tight) {
        List<String> out = new ArrayList<>();
        boolean inList = false;
        for (String line : Lines.split(text)) {
            Matcher s = Lines.SUB.matcher(line);
            if (Lines.PARAGRAPH.matcher(line).matches()) {
                if (tight && inList && !out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
                    out.remove(out.size() - 1);
                }
                inList = true;
                out.add(line);
            } else if (s.matches() && inList) {
                out.add(" ".repeat(indent) + String.format(marker, s.group(2)) + s.group(3));
            } else {
                if (!line.isEmpty()) {
                    inList = false;
                }
                out.add(line);
            }
        }
        return Lines.join(out);
    }
}
