package org.declaro.importer.layout;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Long words broken at a line end with a hyphen, as justified PDF text has them: one to three words of nine
 * letters or more, in the running text of paragraphs. Where the text is wrapped, the first word of a continuation line gives its head to the line
 * before ({@code ... imple-} / {@code mentation ...}); where it is not, a line is cut inside a long word.
 */
final class Hyphenation implements LayoutTransform {

    private static final Pattern LONG_FIRST = Pattern.compile("^(\\s*)([a-z]{9,})(?=\\s|$)");
    private static final Pattern LONG_INSIDE = Pattern.compile("(?<=\\S )([a-z]{9,})(?=\\s|$)");
    private static final Pattern BARE = Pattern.compile("^\\s*(?:\\d+\\.|\\([a-z]+\\)|[-*])\\s*$");

    @Override
    public String name() {
        return "Hyphenation";
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
        int count = 1 + random.nextInt(3);
        for (int k = 0; k < count; k++) {
            if (!hyphenateOne(lines, random)) {
                break;
            }
        }
        return Lines.join(lines);
    }

    /** A place to break a word: at line {@code line}, the word at {@code start}, of {@code length} letters. */
    private record Place(int line, int start, int length, boolean continuation) {
    }

    /**
     * Breaks one long word, chosen at random.
     *
     * @return false if no word could be broken
     */
    static boolean hyphenateOne(List<String> lines, Random random) {
        List<Place> places = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (!Lines.prose(l) || !Lines.inParagraph(lines, i)) {
                continue;
            }
            String before = i > 0 ? lines.get(i - 1) : "";
            if (Lines.prose(before) && !BARE.matcher(before).matches() && !before.endsWith("-") && !Lines.startsItem(l)) {
                Matcher m = LONG_FIRST.matcher(l);
                if (m.find()) {
                    places.add(new Place(i, m.start(2), m.group(2).length(), true));
                }
            }
            Matcher m = LONG_INSIDE.matcher(l);
            while (m.find()) {
                places.add(new Place(i, m.start(1), m.group(1).length(), false));
            }
        }
        if (places.isEmpty()) {
            return false;
        }
        // a head of four letters or more and a tail of five or more: shorter parts can be the halves of an English
        // compound ("self-", "-led"), where a reader, and the importer, rightly keep the hyphen
        places.removeIf(pl -> pl.length() < 9);
        if (places.isEmpty()) {
            return false;
        }
        Place p = places.get(random.nextInt(places.size()));
        int cut = 4 + random.nextInt(p.length() - 8);
        String l = lines.get(p.line());
        String head = l.substring(p.start(), p.start() + cut);
        String tail = l.substring(p.start() + cut);
        if (p.continuation()) {
            lines.set(p.line() - 1, lines.get(p.line() - 1) + " " + head + "-");
            lines.set(p.line(), l.substring(0, p.start()) + tail);
        } else {
            lines.set(p.line(), l.substring(0, p.start()) + head + "-");
            lines.add(p.line() + 1, Lines.indent(l) + tail);
        }
        return true;
    }
}
