package org.declaro.importer.layout;

import java.util.EnumSet;
import java.util.Random;
import java.util.Set;

/**
 * No-break spaces in place of some spaces, as word processors and web pages put them: U+00A0 (after a
 * paragraph number, in dates, anywhere a writer typed one) and U+202F (the narrow one of French typography).
 * Each space between two words is replaced with a chance of a fifth to a half; indentation is left alone.
 */
final class NoBreakSpaces implements LayoutTransform {

    @Override
    public String name() {
        return "NoBreakSpaces";
    }

    @Override
    public Set<Rendering> renderings() {
        return EnumSet.allOf(Rendering.class);
    }

    @Override
    public Phase phase() {
        return Phase.CHARACTERS;
    }

    @Override
    public String apply(String text, Random random) {
        double share = 0.2 + 0.3 * random.nextDouble();
        StringBuilder b = new StringBuilder(text);
        for (int i = 1; i + 1 < b.length(); i++) {
            if (b.charAt(i) == ' ' && !Character.isWhitespace(b.charAt(i - 1)) && !Character.isWhitespace(b.charAt(i + 1))
                    && random.nextDouble() < share) {
                b.setCharAt(i, random.nextInt(10) < 7 ? '\u00A0' : '\u202F');
            }
        }
        return b.toString();
    }
}
