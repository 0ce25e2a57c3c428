package org.declaro.importer.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** What the transforms need to know of the lines a renderer writes. */
final class Lines {

    /** an operative paragraph's first line: {@code 3. text} */
    static final Pattern PARAGRAPH = Pattern.compile("^(\\d+)\\.\\s+(\\S.*)$");
    /** a sub-paragraph's line in the text rendering, {@code (a) text}, or in Markdown, {@code    - (a) text} */
    static final Pattern SUB = Pattern.compile("^(\\s*(?:[-*]\\s+)?)\\(([a-z]+)\\)\\s+(\\S.*)$");
    /** a heading labelled with a Roman number in the text rendering: {@code II. Title} */
    static final Pattern ROMAN_HEADING = Pattern.compile("^([IVXLC]+)\\.\\s+(\\S.*)$");
    /** a footnote definition: {@code [^1]: text} */
    static final Pattern FOOTNOTE = Pattern.compile("^\\[\\^([^\\]]+)\\]:\\s+(.*)$");

    private Lines() {
    }

    /** @return the lines of a text with LF line ends; a final LF gives a last empty line */
    static List<String> split(String text) {
        return new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    }

    /** @return the lines joined with LF */
    static String join(List<String> lines) {
        return String.join("\n", lines);
    }

    /** @return whether a line is blank */
    static boolean blank(String line) {
        return line.isBlank();
    }

    /**
     * Whether a line is running text a source may cut or reflow: not blank, and not a Markdown heading, table
     * row, rule, comment or front matter delimiter.
     */
    static boolean prose(String line) {
        String t = line.strip();
        return !t.isEmpty() && !t.startsWith("#") && !t.startsWith("|") && !t.startsWith("<!--") && !t.matches("[-_*=]{3,}");
    }

    /** @return whether a line starts a block of its own: a paragraph number, a sub-paragraph label or a bullet */
    static boolean startsItem(String line) {
        String t = line.stripLeading();
        return PARAGRAPH.matcher(t).matches() || SUB.matcher(line).matches() || t.startsWith("- ") || t.startsWith("* ")
                || t.startsWith("[^") || t.matches("^\\d+\\.$") || t.matches("^\\([a-z]+\\)$");
    }

    /** @return the index of the first operative paragraph's line, or the number of lines when there is none */
    static int firstParagraph(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (PARAGRAPH.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        return lines.size();
    }

    /**
     * Whether a line is part of a paragraph's running text: its block (the lines around it with no blank line
     * between) has, at or before it, the first line of an operative paragraph, of a sub-paragraph, or of a
     * preambular paragraph (one opening with a participle); not a title, heading, header or footnote line.
     */
    static boolean inParagraph(List<String> lines, int i) {
        for (int j = i; j >= 0 && !lines.get(j).isBlank(); j--) {
            String l = lines.get(j);
            String t = l.stripLeading();
            if (FOOTNOTE.matcher(t).matches()) {
                return false;
            }
            if (PARAGRAPH.matcher(t).matches() || SUB.matcher(l).matches() || t.matches("^(?:\\d+\\.|\\([a-z]+\\))$")) {
                return true;
            }
            String plain = t.replace("*", "");
            if (Declarations.PARTICIPLES.stream().anyMatch(p -> plain.regionMatches(true, 0, p + " ", 0, p.length() + 1))) {
                return true;
            }
        }
        return false;
    }

    /** @return the leading white space of a line */
    static String indent(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return line.substring(0, i);
    }
}
