package org.declaro.importer.layout;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A cue word of a second language on a line of its own, as in a bilingual text or a copy that kept a line of
 * the other language version: "Considérant" or "Recordando" before a preambular paragraph, "Décide" or
 * "Solicita" before an operative one, in a block of its own.
 *
 * <p>What structure should this give? The line is not a paragraph of the declaration (it has no number and
 * no text of its own), and it belongs to no paragraph; so the round trip expects the structure and the
 * paragraph texts unchanged, and the word kept, in the document (a heading, say) or in a finding: it is in
 * {@link #wordsToKeep()}.
 */
final class SecondLanguageCueWords implements LayoutTransform {

    static final List<String> PREAMBULAR = List.of("Considérant", "Rappelant", "Reconociendo", "Recordando");
    static final List<String> OPERATIVE = List.of("Décide", "Prie", "Decide", "Solicita");
    private static final List<String> ENDINGS = List.of("", " :", ",", ":");

    @Override
    public String name() {
        return "SecondLanguageCueWords";
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
    public Set<String> wordsToKeep() {
        Set<String> words = new java.util.HashSet<>(PREAMBULAR);
        words.addAll(OPERATIVE);
        return words;
    }

    @Override
    public String apply(String text, Random random) {
        List<String> lines = Lines.split(text);
        int first = Lines.firstParagraph(lines);
        List<Integer> places = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i - 1).isBlank() && (i >= first ? Lines.PARAGRAPH.matcher(lines.get(i)).matches() : preambular(lines.get(i)))) {
                places.add(i);
            }
        }
        if (places.isEmpty()) {
            return text;
        }
        int at = places.get(random.nextInt(places.size()));
        List<String> cues = at >= first ? OPERATIVE : PREAMBULAR;
        return insert(lines, at, cues.get(random.nextInt(cues.size())) + ENDINGS.get(random.nextInt(ENDINGS.size())));
    }

    private static boolean preambular(String line) {
        return Declarations.PARTICIPLES.stream().anyMatch(p -> line.startsWith(p + " "));
    }

    /** @return the lines with the cue line and a blank line inserted before line {@code at} */
    static String insert(List<String> lines, int at, String cue) {
        List<String> out = new ArrayList<>(lines);
        out.add(at, "");
        out.add(at, cue);
        return Lines.join(out);
    }
}
