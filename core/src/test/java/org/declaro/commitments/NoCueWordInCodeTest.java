package org.declaro.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.declaro.commitments.CommitmentCues.Words;
import org.declaro.model.Modality;
import org.junit.jupiter.api.Test;

/**
 * Cues are data: no cue word of a standard cue set is written in the extractor's code. The string literals of the
 * extractor's sources ({@code CommitmentExtractor.java}, {@code CuePatterns.java}) are read, comments left out, and no
 * word of two letters or more in them may be a word of a cue phrase of the English, French or Spanish set, or of one of
 * the word lists that say what makes a unit ({@link #CUE_KINDS}: the authors' pronouns and names, the future, the
 * appeal's markers, the conjunctions and relatives that cut clauses, ...). The lists of closed-class words that only
 * rule a match out ("the", "in", "for" ...) are left out of the check: they are the words of any error message too.
 */
class NoCueWordInCodeTest {

    /** The package's sources, from the module's directory (where the build runs the tests). */
    private static final Path SOURCES = Path.of("src/main/java/org/declaro/commitments");
    /** The extractor's code: what finds units, from a cue set's data. */
    private static final List<String> CODE = List.of("CommitmentExtractor.java", "CuePatterns.java");

    /** The word lists whose words are cues: what makes a unit, and where its clause starts and ends. */
    static final Set<Words> CUE_KINDS = Set.copyOf(EnumSet.complementOf(EnumSet.of(Words.AFTER_VERB, Words.NOT_ADDRESSEE,
            Words.NOT_AFTER_MARKER, Words.CLITIC, Words.OPENER_ADVERB, Words.SUBJECT_ADVERB, Words.ASIDE, Words.ITEM_ADVERB,
            Words.NOT_VERB, Words.VERB, Words.VERB_ENDING, Words.NOT_VERB_ENDING)));

    /**
     * Words that are allowed in the code although a cue set holds them, each for a reason that is not a cue: the actor
     * COMMITMENTS.md gives the authors' units in every language ("we"), and the language tags of the standard sets.
     */
    private static final Set<String> NOT_CUES = Set.of("we", "en", "fr", "es");

    /** The words of every phrase and word list of a cue set, lower case, two letters or more. */
    static Set<String> cueWords(CommitmentCues cues) {
        Set<String> out = new TreeSet<>();
        List<String> all = new ArrayList<>();
        for (Modality m : Modality.values()) {
            all.addAll(cues.cues(m));
        }
        for (Words k : CUE_KINDS) {
            all.addAll(cues.words(k));
        }
        for (String s : all) {
            for (String w : s.split("[^\\p{L}]+")) {
                if (w.length() >= 2) {
                    out.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    /**
     * The contents of a Java source's string and character literals, comments and the messages of exceptions thrown
     * (prose, not cues: a literal in a statement that opens with {@code throw new}) left out.
     */
    static List<String> literals(String source) {
        List<String> out = new ArrayList<>();
        int n = source.length();
        int i = 0;
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = source.indexOf('\n', i);
                i = i < 0 ? n : i;
            } else if (source.startsWith("/*", i)) {
                int e = source.indexOf("*/", i + 2);
                i = e < 0 ? n : e + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int e = source.indexOf("\"\"\"", i + 3);
                out.add(source.substring(i + 3, e < 0 ? n : e));
                i = e < 0 ? n : e + 3;
            } else if (c == '"' || c == '\'') {
                StringBuilder lit = new StringBuilder();
                int j = i + 1;
                while (j < n && source.charAt(j) != c) {
                    if (source.charAt(j) == '\\' && j + 1 < n) {
                        lit.append(source.charAt(j)).append(source.charAt(j + 1));
                        j += 2;
                    } else {
                        lit.append(source.charAt(j++));
                    }
                }
                if (!inThrow(source, i)) {
                    out.add(lit.toString());
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    /** Whether the statement that holds position {@code at} opens with "throw new". */
    private static boolean inThrow(String source, int at) {
        int from = Math.max(Math.max(source.lastIndexOf(';', at), source.lastIndexOf('{', at)), source.lastIndexOf('}', at)) + 1;
        return source.substring(from, at).strip().startsWith("throw new");
    }

    /** Regular-expression escapes ("\\p{Lu}", "\\s", "\\b", "\\u2019") are not words. */
    private static final Pattern ESCAPE = Pattern.compile("\\\\+(?:[pP]\\{\\w+\\}|u[0-9a-fA-F]{4}|\\p{L})");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");

    /** The cue words written in the literals of a source, with the literal they are in. */
    static List<String> cueWordsIn(String source, Set<String> cueWords) {
        List<String> found = new ArrayList<>();
        for (String literal : literals(source)) {
            Matcher w = WORD.matcher(ESCAPE.matcher(literal).replaceAll(" "));
            while (w.find()) {
                String word = w.group().toLowerCase(Locale.ROOT);
                if (cueWords.contains(word) && !NOT_CUES.contains(word)) {
                    found.add(word + " in \"" + literal + "\"");
                }
            }
        }
        return found;
    }

    private static Set<String> standardCueWords() {
        Set<String> words = new TreeSet<>(cueWords(CommitmentCues.english()));
        words.addAll(cueWords(CommitmentCues.french()));
        words.addAll(cueWords(CommitmentCues.spanish()));
        words.addAll(cueWords(CommitmentCues.german()));
        words.addAll(cueWords(CommitmentCues.swedish()));
        return words;
    }

    @Test
    void noWordOfAStandardCueSetIsWrittenInTheExtractorsCode() throws IOException {
        Set<String> words = standardCueWords();
        List<String> found = new ArrayList<>();
        for (Path f : CODE.stream().map(SOURCES::resolve).toList()) {
            cueWordsIn(Files.readString(f, StandardCharsets.UTF_8), words).forEach(w -> found.add(f.getFileName() + ": " + w));
        }
        assertEquals(List.of(), found, "cue words belong in a cue set (StandardCues), not in the code");
    }

    @Test
    void theCheckSeesACueWordInALiteralButNotInACommentOrAnEscape() {
        Set<String> words = standardCueWords();
        assertTrue(words.containsAll(List.of("will", "urge", "engageons", "comprometemos", "insta")), "the sets' words are read");
        assertEquals(List.of("will in \"will (subject)\""), cueWordsIn("String s = \"will (subject)\";", words));
        assertEquals(List.of("nous in \"nous engageons\"", "engageons in \"nous engageons\""),
                cueWordsIn("x(\"nous engageons\");", words));
        assertEquals(List.of(), cueWordsIn("// \"will\"\n/* \"urge\" */ int x = 1;", words), "comments are not code");
        assertEquals(List.of(), cueWordsIn("Pattern.compile(\"\\\\p{L}+\\\\s+\\\\b\");", words), "regular-expression escapes");
        assertEquals(List.of(), cueWordsIn("String s = \"we\";", words), "the actor of the authors' units is the format's");
        assertFalse(cueWordsIn("char c = '\"'; String s = \"and\";", words).isEmpty(), "a quote in a char literal ends nothing");
        assertTrue(words.containsAll(List.of("nous", "and", "which", "shall")), "the lists of the authors' and the clauses' words");
        assertEquals(List.of(), cueWordsIn("if (x) { throw new IllegalArgumentException(\"a phrase ends with a word: \" + p); }", words),
                "an exception's message is prose");
        assertEquals(List.of("will in \"will\""), cueWordsIn("throw new X(\"m\"); String s = \"will\";", words));
        assertFalse(words.contains("including"), "words that only rule a match out are not cues");
    }
}
