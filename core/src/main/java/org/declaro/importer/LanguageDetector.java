package org.declaro.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The language of a text, from its evidence: the script of its letters (Arabic, Han, Cyrillic), and for texts in
 * Latin letters the share of the commonest words of English, French, Spanish, German, Swedish, Portuguese and
 * Italian. Reads at most the first 32 KB, so
 * its cost does not grow with the text. Front matter or the caller's language wins over it.
 */
final class LanguageDetector {

    private static final int READ = 32 * 1024;
    /** the fewest common words of one language that decide */
    private static final int MIN_HITS = 12;
    /**
     * The commonest short words (four letters at most) of each Latin-script language shipped: articles, prepositions,
     * conjunctions, pronouns. A word that is common in two of these languages counts for both, and one language
     * decides only with twice the words of any other, so each list holds mostly words of its own language ("und",
     * "och", "che", "não"); the few it shares ("de" of Portuguese, "la" of Italian) are the commonest of both.
     */
    private static final Map<String, Set<String>> COMMON = Map.of(
            "en", Set.of("the", "of", "and", "to", "in", "that", "is", "for", "with", "on", "by", "its", "be", "we", "our",
                    "are", "will", "all", "this"),
            "fr", Set.of("le", "la", "les", "des", "et", "du", "de", "que", "dans", "est", "une", "pour", "sur", "au", "aux",
                    "qui", "nous", "à", "par", "ces", "ses", "leur", "nos"),
            "es", Set.of("el", "los", "las", "del", "y", "de", "que", "en", "por", "con", "una", "para", "se", "al", "su",
                    "sus", "nos", "este", "esta", "como"),
            "de", Set.of("der", "die", "das", "und", "ist", "mit", "von", "dem", "ein", "eine", "auf", "für", "sich", "wir",
                    "uns", "auch", "bei", "als", "wie", "oder", "sind", "wird", "zur", "zum", "aus", "nach", "über"),
            "sv", Set.of("och", "att", "är", "för", "som", "på", "ett", "det", "av", "med", "vi", "oss", "vår", "våra",
                    "inte", "ska", "har", "samt", "även", "vid", "mot", "från"),
            "pt", Set.of("os", "da", "do", "dos", "em", "uma", "não", "são", "nós", "ao", "aos", "pelo", "pela", "seu", "sua",
                    "seus", "suas", "às", "já", "foi", "nas", "na", "ou", "e", "de", "que"),
            "it", Set.of("il", "di", "che", "gli", "nel", "dei", "è", "ed", "sono", "noi", "ai", "dal", "sul", "per", "non",
                    "alla", "agli", "nei", "sui", "dall", "nell", "ci", "tra", "ad", "e", "la", "le", "una"));
    /** The Latin-script languages in the order in which a tie is decided (it never decides: twice as many are needed). */
    private static final List<String> LATIN = List.of("en", "es", "fr", "de", "sv", "pt", "it");
    /**
     * {@link #COMMON} turned around: each common word with the languages (bits by their place in {@link #LATIN})
     * whose lists hold it, so that a word costs one look-up, not one a language.
     */
    private static final Map<String, Integer> LANGUAGES_OF = languagesOf();

    private static Map<String, Integer> languagesOf() {
        Map<String, Integer> out = new HashMap<>();
        for (int k = 0; k < LATIN.size(); k++) {
            for (String w : COMMON.get(LATIN.get(k))) {
                out.merge(w, 1 << k, (a, b) -> a | b);
            }
        }
        return Map.copyOf(out);
    }

    private LanguageDetector() {
    }

    /**
     * @param text the text
     * @return the primary language subtag of one of {@link Languages#SHIPPED}, or empty when the evidence is too thin
     */
    static Optional<String> detect(CharSequence text) {
        return detect(text, MIN_HITS);
    }

    /**
     * @param text    the text
     * @param minHits the fewest common words of one language that decide (a block of a page has fewer than a text)
     * @return the primary language subtag, or empty when the evidence is too thin
     */
    static Optional<String> detect(CharSequence text, int minHits) {
        int n = Math.min(text.length(), READ);
        int arabic = 0;
        int han = 0;
        int cyrillic = 0;
        int latin = 0;
        int[] hits = new int[LATIN.size()];
        char[] word = new char[4]; // a word's first letters, lower case: only words of four letters at most count
        int length = 0; // the word's letters so far
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            if (c < 0x80 && (c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
                latin++; // the common case, without a look into the script table
                if (length < word.length) {
                    word[length] = (char) (c | 0x20);
                }
                length++;
                continue;
            }
            if (Character.isLetter(c)) {
                Character.UnicodeScript s = Character.UnicodeScript.of(c);
                switch (s) {
                    case ARABIC -> arabic++;
                    case HAN -> han++;
                    case CYRILLIC -> cyrillic++;
                    case LATIN -> latin++;
                    default -> {
                        // other scripts are not shipped
                    }
                }
                if (length < word.length) {
                    word[length] = Character.toLowerCase(c);
                }
                length++;
                continue;
            }
            if (length > 0 && length <= word.length) {
                countCommon(new String(word, 0, length), hits);
            }
            length = 0;
        }
        int letters = arabic + han + cyrillic + latin;
        if (letters < 20) {
            return Optional.empty();
        }
        for (Map.Entry<String, Integer> e : List.of(Map.entry("ar", arabic), Map.entry("zh", han), Map.entry("ru", cyrillic))) {
            if (e.getValue() * 2 > letters) {
                return Optional.of(e.getKey());
            }
        }
        return byCommonWords(hits, minHits);
    }

    /** Counts a short word for each language whose common words hold it ({@code hits} by place in {@link #LATIN}). */
    private static void countCommon(String w, int[] hits) {
        Integer languages = LANGUAGES_OF.get(w);
        if (languages != null) {
            for (int k = 0; k < hits.length; k++) {
                hits[k] += languages >> k & 1;
            }
        }
    }

    /**
     * The Latin-script language by its common words: enough of them to count, and twice as many of one language
     * as of any other.
     */
    private static Optional<String> byCommonWords(int[] hits, int minHits) {
        String best = null;
        int most = 0;
        int second = 0;
        for (int k = 0; k < LATIN.size(); k++) {
            String lang = LATIN.get(k);
            int count = hits[k];
            if (count > most) {
                second = most;
                best = lang;
                most = count;
            } else if (count > second) {
                second = count;
            }
        }
        // enough common words to count, and twice as many of one language as of any other: a short or mixed
        // text says nothing, and keeps the default
        return most >= minHits && most >= 2 * second ? Optional.of(best.toLowerCase(Locale.ROOT)) : Optional.empty();
    }
}
