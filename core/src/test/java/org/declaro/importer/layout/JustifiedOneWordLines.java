package org.declaro.importer.layout;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Lines broken one word a line, as a PDF's text layer gives a justified line whose word spacing was stretched
 * (each word placed on its own): in one or two lines of a paragraph's running text, a run of two to six words (never the
 * first two, so a number stays with its text) is cut into one line a word.
 */
final class JustifiedOneWordLines implements LayoutTransform {

    @Override
    public String name() {
        return "JustifiedOneWordLines";
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
        List<String> lines = Lines.split(text);
        int count = 1 + random.nextInt(2);
        for (int k = 0; k < count; k++) {
            List<Integer> candidates = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i);
                if (Lines.prose(l) && Lines.inParagraph(lines, i) && l.strip().split(" +").length >= 5) {
                    candidates.add(i);
                }
            }
            if (candidates.isEmpty()) {
                break;
            }
            int i = candidates.get(random.nextInt(candidates.size()));
            int n = lines.get(i).strip().split(" +").length;
            int start = 2 + random.nextInt(n - 3);
            int run = 2 + random.nextInt(5);
            List<String> cut = cut(lines.get(i), start, run);
            lines.remove(i);
            lines.addAll(i, cut);
        }
        return Lines.join(lines);
    }

    /**
     * @param line a line
     * @param start the index of the first word to stand alone (0 the first word)
     * @param run how many words stand alone (fewer if the line ends before)
     * @return the lines the line becomes
     */
    static List<String> cut(String line, int start, int run) {
        String indent = Lines.indent(line);
        String[] words = line.strip().split(" +");
        List<String> out = new ArrayList<>();
        out.add(indent + String.join(" ", java.util.Arrays.asList(words).subList(0, start)));
        int end = Math.min(words.length, start + run);
        for (int w = start; w < end; w++) {
            out.add(indent + words[w]);
        }
        if (end < words.length) {
            out.add(indent + String.join(" ", java.util.Arrays.asList(words).subList(end, words.length)));
        }
        return out;
    }
}
