package org.declaro.importer.layout;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Hard wrapping, as a PDF's text layer or pandoc gives it: every line of running text longer than a width of
 * 50 to 110 columns is cut at spaces, without blank lines. A continuation line keeps the line's indentation
 * (and steps over a Markdown bullet), so that Markdown list items stay items.
 */
final class HardWrap implements LayoutTransform {

    @Override
    public String name() {
        return "HardWrap";
    }

    @Override
    public Set<Rendering> renderings() {
        return EnumSet.allOf(Rendering.class);
    }

    @Override
    public Phase phase() {
        return Phase.LINES;
    }

    @Override
    public String apply(String text, Random random) {
        return wrap(text, 50 + random.nextInt(61));
    }

    /**
     * @param text a text
     * @param width the greatest length of a wrapped line (a single longer word stays whole)
     * @return the text with its running lines wrapped at spaces
     */
    static String wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        for (String line : Lines.split(text)) {
            if (line.length() <= width || !Lines.prose(line)) {
                out.add(line);
                continue;
            }
            String indent = Lines.indent(line);
            String rest = line.substring(indent.length());
            String hanging = indent + (rest.startsWith("- ") || rest.startsWith("* ") ? "  " : "");
            StringBuilder current = new StringBuilder(indent);
            boolean empty = true;
            for (String w : rest.split(" ")) {
                if (w.isEmpty()) {
                    continue;
                }
                if (!empty && current.length() + 1 + w.length() > width) {
                    out.add(current.toString());
                    current = new StringBuilder(hanging);
                    empty = true;
                }
                if (!empty) {
                    current.append(' ');
                }
                current.append(w);
                empty = false;
            }
            out.add(current.toString());
        }
        return Lines.join(out);
    }
}
