package org.declaro.importer.layout;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Sub-paragraph labels lost, as when a source's automatic list numbering ({@code (a)}, {@code (b)}) does not
 * survive a copy: {@code (a) text} becomes {@code text} (in Markdown, {@code - (a) text} becomes
 * {@code - text}). The labels cannot come back: the round trip knows this as
 * {@link LayoutTransform.Degradation#SUB_LABELS_LOST} and compares each paragraph's words instead.
 */
final class LostSubLabels implements LayoutTransform {

    @Override
    public String name() {
        return "LostSubLabels";
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
    public Set<Degradation> degradations() {
        return EnumSet.of(Degradation.SUB_LABELS_LOST);
    }

    @Override
    public String apply(String text, Random random) {
        return drop(text);
    }

    /** @return the text without its sub-paragraph labels */
    static String drop(String text) {
        List<String> out = new ArrayList<>();
        for (String line : Lines.split(text)) {
            Matcher s = Lines.SUB.matcher(line);
            out.add(s.matches() ? s.group(1) + s.group(3) : line);
        }
        return Lines.join(out);
    }
}
