package org.declaro.importer;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.declaro.report.Finding;
import org.declaro.report.Rule;
import org.declaro.report.Severity;

/**
 * What one import run shares: the source (read by the layout stage only), the classified line stream every later
 * stage reads, which stage owns each line, the findings, and the document's words.
 */
final class Context {

    /** the normalised source: the layout stage's to read and mend, before the stream is made */
    final SourceText src;
    /** the classified line stream, made once after the layout ({@link #tokenise}); null before */
    Lines lines;
    final List<Finding> findings;
    /** the cue words of the layout */
    final LayoutProfile profile;
    /** every word of the text, lower-cased, with inner hyphens kept: evidence for hyphenation, built when first needed */
    final Set<String> words = new LazyWords();
    /** the document uses footnote markers glued to words, such as {@code 2024*} */
    final boolean starMarkersUsed;

    /** the BCP 47 tag of the document's language */
    final String language;

    /** the first line this context reads: 0, or where a second language version begins */
    final int firstLine;

    Context(SourceText src, List<Finding> findings, LayoutProfile profile, String language) {
        this(src, findings, profile, language, 0);
    }

    Context(SourceText src, List<Finding> findings, LayoutProfile profile, String language, int firstLine) {
        this.firstLine = firstLine;
        this.language = language;
        this.src = src;
        this.findings = findings;
        this.profile = profile;
        boolean stars = false;
        for (int i = 0; i < src.size(); i++) {
            String t = src.text[i];
            for (int k = 1; k < t.length() && !stars; k++) {
                char p = t.charAt(k - 1);
                if (t.charAt(k) == '*' && p != '*' && p != ' ' && p != '-') {
                    stars = true;
                }
            }
        }
        starMarkersUsed = stars;
        blankSeparated = src.blankSeparated || src.evidence != null || markersAfterBlanks(src, profile);
    }

    /**
     * Paragraphs are separated by blank lines: most lines stand after one, or the lines that open a paragraph (a
     * number, a label, a preambular clause's opening) nearly all do, however many lines each paragraph takes. A break
     * inside a block of such a text is a wrap.
     */
    final boolean blankSeparated;

    private static boolean markersAfterBlanks(SourceText src, LayoutProfile profile) {
        int openers = 0;
        int afterBlank = 0;
        // a sample is evidence enough: the first two hundred openers
        for (int i = 0; i < src.size() && openers < 200; i++) {
            String t = src.text[i];
            if (t.isEmpty() || !(Character.isDigit(t.charAt(0)) && Shapes.NUMBERED.matcher(t).matches()
                    || t.length() > 1 && (t.charAt(0) == '(' || t.charAt(1) == ')' || t.charAt(1) == '.')
                            && Shapes.LABEL.matcher(t).matches()
                    || profile.opensClause(t))) {
                continue;
            }
            openers++;
            afterBlank += i == 0 || src.blank(i - 1) ? 1 : 0;
        }
        return openers >= 5 && afterBlank * 10 >= openers * 9;
    }

    /** The words of the text, collected on the first question: most texts have no hyphen at a line end. */
    private final class LazyWords extends java.util.AbstractSet<String> {
        private Set<String> words;

        private Set<String> words() {
            if (words == null) {
                // only words that start like a fragment broken at a line end can answer a question
                Set<String> prefixes = new HashSet<>();
                for (String t : src.text) {
                    int n = t.length();
                    if (n >= 2 && t.charAt(n - 1) == '-' && Character.isLetter(t.charAt(n - 2))) {
                        int s = n - 2;
                        while (s > 0 && Character.isLetter(t.charAt(s - 1))) {
                            s--;
                        }
                        prefixes.add(t.substring(s, n - 1).toLowerCase(Locale.ROOT));
                    }
                }
                words = new HashSet<>();
                if (!prefixes.isEmpty()) {
                    java.util.BitSet firstLetters = new java.util.BitSet();
                    java.util.TreeSet<Integer> lengthSet = new java.util.TreeSet<>();
                    for (String p : prefixes) {
                        firstLetters.set(p.charAt(0));
                        lengthSet.add(p.length());
                    }
                    int[] lengths = lengthSet.stream().mapToInt(Integer::intValue).toArray();
                    for (String t : src.text) {
                        collectWords(t, words, prefixes, firstLetters, lengths);
                    }
                }
            }
            return words;
        }

        @Override
        public boolean contains(Object o) {
            return words().contains(o);
        }

        @Override
        public java.util.Iterator<String> iterator() {
            return words().iterator();
        }

        @Override
        public int size() {
            return words().size();
        }
    }

    private static void collectWords(String t, Set<String> words, Set<String> prefixes, java.util.BitSet firstLetters,
            int[] lengths) {
        int n = t.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(t.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < n && (Character.isLetter(t.charAt(i))
                    || t.charAt(i) == '-' && i + 1 < n && Character.isLetter(t.charAt(i + 1)))) {
                i++;
            }
            if (i > s && i - s < 60 && startsWithAny(t, s, i, prefixes, firstLetters, lengths)) {
                words.add(t.substring(s, i).toLowerCase(Locale.ROOT));
            }
        }
    }

    /** Whether the word {@code t[s, e)} starts with one of the prefixes (lower case); the first letter filters. */
    private static boolean startsWithAny(String t, int s, int e, Set<String> prefixes, java.util.BitSet firstLetters,
            int[] lengths) {
        char first = Character.toLowerCase(t.charAt(s));
        if (!firstLetters.get(first)) {
            return false;
        }
        for (int len : lengths) {
            if (len >= e - s) {
                break;
            }
            if (prefixes.contains(t.substring(s, s + len).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The tokeniser's step: the stream is made from the laid-out source, each line classified once with the
     * profile of the language part it stands in.
     *
     * @param pages        each line's page evidence
     * @param second       the profile of a second language version, or null
     * @param secondLine   where that version begins, or -1
     */
    void tokenise(Line.Page[] pages, LayoutProfile second, int secondLine) {
        if (lines != null) {
            throw new IllegalStateException("the stream is made once");
        }
        lines = second == null ? Lines.tokenise(src, src.owner, pages, List.of(profile), new int[0], blankSeparated)
                : Lines.tokenise(src, src.owner, pages, List.of(profile, second), new int[] {secondLine}, blankSeparated);
    }

    /** A context for a second language version from line {@code first}: the same stream, another language's words. */
    Context inLanguage(LayoutProfile otherProfile, String otherLanguage, int first) {
        Context c = new Context(src, findings, otherProfile, otherLanguage, first);
        c.lines = lines;
        return c;
    }

    /**
     * Records that a stage placed the lines of a block, {@code first} to {@code last}: the lines no other stage
     * owns (a block read whole may hold a line an earlier stage took, such as a footnote or a page's furniture).
     */
    void useBlock(int first, int last, Stage stage) {
        for (int i = first; i <= last; i++) {
            if (!src.placed(i)) {
                Lines.claim(src.owner, i, stage);
            }
        }
    }

    /** Records that a stage placed a line in the model. */
    void use(int line, Stage stage) {
        Lines.claim(src.owner, line, stage);
    }

    /** Records that a stage read a line as layout the model has no place for, and says so in an info finding. */
    void leaveOut(int line, Stage stage, String what) {
        Lines.claim(src.owner, line, stage);
        findings.add(new Finding(Rule.IMPORT_UNPLACED, Severity.INFO, "", line + 1, 1,
                "Line " + (line + 1) + " was read as " + what + " and left out of the model: \""
                        + src.text[line] + "\"."));
    }

    /** Reports every non-blank line nothing placed. */
    void reportUnplaced() {
        for (int i = 0; i < src.size(); i++) {
            if (!src.placed(i) && !src.blank(i)) {
                findings.add(new Finding(Rule.IMPORT_UNPLACED, Rule.IMPORT_UNPLACED.defaultSeverity(), "", i + 1,
                        src.indent[i] + 1, "Line " + (i + 1) + " could not be placed in the document: \""
                                + src.text[i] + "\"; move it into the paragraph it belongs to, or delete it."));
            }
        }
    }
}
