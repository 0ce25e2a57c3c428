package org.declaro.importer.layout;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Paragraph numbers ({@code 3.}), sub-paragraph labels ({@code (a)}) and heading labels ({@code II.}) alone on
 * their line, the text on the next, as a PDF's text layer gives a hanging number set in its own column: for every
 * number and label of a document, or for about half of them.
 */
final class NumbersOnOwnLine implements LayoutTransform {

    @Override
    public String name() {
        return "NumbersOnOwnLine";
    }

    @Override
    public Set<Rendering> renderings() {
        return EnumSet.of(Rendering.TEXT);
    }

    @Override
    public Phase phase() {
        return Phase.LINES;
    }

    @Override
    public String apply(String text, Random random) {
        boolean all = random.nextBoolean();
        return split(text, () -> all || random.nextBoolean());
    }

    /**
     * @param text a text
     * @param which asked for each number or label whether to put it alone on its line
     * @return the text with those numbers and labels on lines of their own
     */
    static String split(String text, java.util.function.BooleanSupplier which) {
        List<String> out = new ArrayList<>();
        for (String line : Lines.split(text)) {
            Matcher p = Lines.PARAGRAPH.matcher(line);
            Matcher s = Lines.SUB.matcher(line);
            Matcher h = Lines.ROMAN_HEADING.matcher(line);
            if (p.matches() && which.getAsBoolean()) {
                out.add(p.group(1) + ".");
                out.add(p.group(2));
            } else if (h.matches() && which.getAsBoolean()) {
                out.add(h.group(1) + ".");
                out.add(h.group(2));
            } else if (s.matches() && s.group(1).isBlank() && which.getAsBoolean()) {
                out.add(s.group(1) + "(" + s.group(2) + ")");
                out.add(s.group(1) + s.group(3));
            } else {
                out.add(line);
            }
        }
        return Lines.join(out);
    }
}
