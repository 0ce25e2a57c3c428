package org.declaro.importer.layout;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The preamble's opening participle set off, as sources set it: in italics ({@code *Recalling*}, the United
 * Nations' own style), in bold ({@code **Recalling**}) or in capitals ({@code RECALLING}, many summit
 * declarations), one style for the whole document.
 */
final class EmphasisedPreambleVerbs implements LayoutTransform {

    /** How the participle is set off. */
    enum Style {
        ITALIC, BOLD, CAPITALS
    }

    @Override
    public String name() {
        return "EmphasisedPreambleVerbs";
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
        return emphasise(text, Style.values()[random.nextInt(Style.values().length)]);
    }

    /** @return the text with the participle opening each preambular paragraph set off in the style */
    static String emphasise(String text, Style style) {
        List<String> lines = Lines.split(text);
        int end = Lines.firstParagraph(lines);
        List<String> out = new ArrayList<>(lines);
        for (int i = 0; i < end; i++) {
            String l = lines.get(i);
            for (String p : Declarations.PARTICIPLES) {
                if (l.startsWith(p + " ")) {
                    String set = switch (style) {
                        case ITALIC -> "*" + p + "*";
                        case BOLD -> "**" + p + "**";
                        case CAPITALS -> p.toUpperCase(Locale.ROOT);
                    };
                    out.set(i, set + l.substring(p.length()));
                    break;
                }
            }
        }
        return Lines.join(out);
    }
}
