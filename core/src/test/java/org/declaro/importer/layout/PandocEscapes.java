package org.declaro.importer.layout;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * What pandoc writes when it converts a document whose numbers are text, not lists: {@code 2\.} for a
 * paragraph number, maybe {@code \(a\)} for a label, an {@code <!-- -->} separator or two between blocks (its
 * way of ending a list), and a rule ({@code -------}, or 72 dashes) between blocks. On the text rendering it
 * makes the pandoc Markdown of that text.
 */
final class PandocEscapes implements LayoutTransform {

    static final String SEPARATOR = "<!-- -->";

    @Override
    public String name() {
        return "PandocEscapes";
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
        List<String> lines = escape(Lines.split(text), random.nextBoolean());
        int separators = 1 + random.nextInt(2);
        for (int k = 0; k < separators; k++) {
            insertBetweenBlocks(lines, SEPARATOR, random);
        }
        insertBetweenBlocks(lines, random.nextBoolean() ? "-------" : "-".repeat(72), random);
        return Lines.join(lines);
    }

    /**
     * @param lines lines
     * @param labels whether labels are escaped too
     * @return the lines with their paragraph numbers (and labels) escaped
     */
    static List<String> escape(List<String> lines, boolean labels) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            Matcher p = Lines.PARAGRAPH.matcher(line);
            Matcher s = Lines.SUB.matcher(line);
            if (p.matches()) {
                out.add(p.group(1) + "\\. " + p.group(2));
            } else if (labels && s.matches() && s.group(1).isEmpty()) {
                out.add("\\(" + s.group(2) + "\\) " + s.group(3));
            } else {
                out.add(line);
            }
        }
        return out;
    }

    /** Puts a line and a blank line after a blank line that ends a block, chosen at random. */
    static void insertBetweenBlocks(List<String> lines, String line, Random random) {
        List<Integer> places = new ArrayList<>();
        for (int i = 1; i + 1 < lines.size(); i++) {
            if (lines.get(i).isEmpty() && !lines.get(i - 1).isBlank() && !lines.get(i + 1).isBlank()) {
                places.add(i + 1);
            }
        }
        if (!places.isEmpty()) {
            int at = places.get(random.nextInt(places.size()));
            lines.add(at, "");
            lines.add(at, line);
        }
    }
}
