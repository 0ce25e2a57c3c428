package org.declaro.commitments;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.declaro.model.Modality;

/**
 * The words a {@link CommitmentExtractor} looks for in one language: each modality's cue phrases (COMMITMENTS.md,
 * "Modalities"), the first-person pronouns and possessives of the authors, the future that makes a {@code will}
 * unit, the words that end an appeal's addressee, the conjunctions and relative pronouns that cut clauses, the
 * words of a deadline and the first words of a list item that states an action. The extractor builds its regular
 * expressions from this data, in one place, when the cue set is built; it holds no word of its own.
 *
 * <p>Five cue sets come with Declaro: {@link #english()} (the extractor's behaviour since its first version),
 * {@link #french()}, {@link #spanish()}, {@link #german()} and {@link #swedish()}. Another language is added without editing this package: build a cue
 * set with {@link #builder()} (or extend one with {@link #toBuilder()}) and give it to
 * {@link CommitmentExtractor.Builder#cues(String, CommitmentCues)}.
 *
 * <p><b>Cue phrases</b> ({@link Builder#cue(Modality, String...)}) are written in a small notation: tokens separated
 * by spaces, matched in order with white space between them, ignoring case.
 * <ul>
 *   <li>{@code w1|w2|...}: one of these words. In a word, {@code _} stands for white space ({@code en_faveur_de});
 *       an apostrophe ({@code '} or {@code ’}, either matches either) at its end makes it elided, so that the next
 *       word follows it without a space ({@code de|d'}); a leading {@code *} stands for one or more letters
 *       ({@code *ment}, {@code *ar}).</li>
 *   <li>{@code [w1|w2]}: optionally one of these words (not elided ones).</li>
 *   <li>{@code ~}: optionally one of the cue set's {@link Words#AFTER_VERB} words ("Décide <u>également</u>
 *       de").</li>
 *   <li>{@code {N}}: up to N words of letters, {@code {N-}}: up to N words of letters and hyphens, as few as
 *       possible ("reaffirm our <u>long-standing</u> commitment").</li>
 * </ul>
 * A phrase starts and ends with a word token. For {@link Modality#APPEAL} a phrase is the verb up to its addressee
 * ({@code "call|calls upon|on"}, {@code "urge|urges"}): the addressee, then one of the
 * {@link Words#ADDRESSEE_MARKER} or {@link Words#ADDRESSEE_CLAUSE_MARKER} words follow it ("Urges <u>all
 * States</u> to comply"), and the addressee is the unit's actor. The future of {@link Modality#WILL} ("we will")
 * is not a phrase: it is the {@link Words#FUTURE} words after a first-person subject.
 *
 * <p><b>Word lists</b> ({@link Builder#words(Words, String...)}): each {@link Words} kind says where its words are
 * used. In them, a space or {@code _} stands for white space, a leading {@code *} for one or more letters, and an
 * apostrophe at the end marks an elided word, as in phrases.
 *
 * <p>Immutable and thread-safe; equal when their data are equal.
 *
 * <pre>{@code
 * CommitmentCues dutch = CommitmentCues.builder()
 *         .cue(Modality.COMMIT, "verbinden ons ertoe")
 *         .words(CommitmentCues.Words.FIRST_PERSON, "wij", "we")
 *         .words(CommitmentCues.Words.FUTURE, "zullen")
 *         .words(CommitmentCues.Words.AND, "en")
 *         .build();
 * CommitmentExtractor extractor = CommitmentExtractor.builder().cues("nl", dutch).build();
 * }</pre>
 */
public final class CommitmentCues {

    /**
     * The kinds of words a cue set holds besides its cue phrases, each with where the extractor uses it (the
     * English words in brackets).
     */
    public enum Words {
        /** First-person plural subject pronouns of the authors ["we"]: "We will ...", an author "We, the Leaders". */
        FIRST_PERSON,
        /** First-person plural possessives ["our"]: "Our efforts will ..." is the authors speaking. */
        POSSESSIVE,
        /** Reflexive pronouns that may stand between the subject and the future ("nous <u>nous</u> efforcerons"). */
        REFLEXIVE,
        /** Words that may stand between the subject and the future ["therefore", "also", "*ly", ...]: "We also will". */
        SUBJECT_ADVERB,
        /**
         * Words that make a first-person future after a subject ["will", "shall"]; future verb forms too, by their
         * ending ("*erons": "nous renforcerons").
         */
        FUTURE,
        /**
         * Third-person future verb forms, by their ending ("*ront": "renforceront", "*rán": "reunirán"), for a language
         * whose {@link #FUTURE} is first-person only: a {@code will} unit after the authors named in the third person.
         */
        THIRD_PERSON_FUTURE,
        /** Words that match {@link #FUTURE} but are not a future ("aspirons"). */
        NOT_FUTURE,
        /** Adverbs that may follow an operative verb, for the {@code ~} token and list openers ("Décide <u>en outre</u> :"). */
        AFTER_VERB,
        /** What ends an appeal's addressee and is followed by a verb ["to"]: "urge X <u>to</u> act". */
        ADDRESSEE_MARKER,
        /** What ends an appeal's addressee and is followed by a clause ("pide a X <u>que</u> presente"). */
        ADDRESSEE_CLAUSE_MARKER,
        /** Words that cannot open an addressee ["for", "on", "in", "with", "that", "upon"]: "calls for", "urges that". */
        NOT_ADDRESSEE,
        /** Words that, after an addressee marker, show it is no verb's ["the", "this", "that", "its", "their"]: "to the". */
        NOT_AFTER_MARKER,
        /**
         * Unstressed pronouns that may stand between an addressee marker and its verb ("de <u>lui</u> présenter"), in a
         * language whose verbs are told by their endings ({@link Builder#verbByDefault(boolean) verbByDefault} false).
         */
        CLITIC,
        /** Operative verbs that open a list of decisions when followed by a colon ["decides", "resolves", ...]: "Decides:". */
        DECIDE_OPENER,
        /** Words that may precede a bare list opener besides the pronoun ["also", "further", "again"]: "Also requests X:". */
        OPENER_ADVERB,
        /** Determiners of a third-person subject naming the authors ["All", "Each", "The", ...], case-sensitive. */
        NAMED_DETERMINER,
        /** Head nouns of a third-person subject naming the authors ["States", "Parties", "Ministers", ...], case-sensitive. */
        NAMED_HEAD,
        /** Words that may follow the head noun ["Party", "Parties"]: "States Parties", case-sensitive. */
        NAMED_SUFFIX,
        /**
         * Determiners of the words by which a joint text names its authors ["the two", "both", "each", ...]: "<u>The
         * two</u> sides agreed to", "<u>Both</u> countries aim to"; with a {@link #DESIGNATION_NOUN} after them.
         */
        DESIGNATION_DETERMINER,
        /**
         * Nouns by which a joint text names its authors ["sides", "countries", "delegations", "ministers", ...]: "the
         * two <u>sides</u>", "each <u>country</u>", after a {@link #DESIGNATION_DETERMINER} (and perhaps one word).
         */
        DESIGNATION_NOUN,
        /**
         * Third-person plural subject pronouns ["they"]: "They also will work" is the authors' when an earlier sentence of
         * the paragraph named them.
         */
        THIRD_PERSON,
        /**
         * Reflexive pronouns that may stand between a third-person subject and its verb ("Ambos ministros <u>se</u>
         * reunirán", "Les ministres <u>se</u> réuniront").
         */
        THIRD_PERSON_REFLEXIVE,
        /**
         * Words that join the parts of a name ["of", "of the"]: "the President <u>of the</u> United States"; the authors'
         * names are found as coordinated names ("Arcadia and the United Provinces").
         */
        NAME_LINK,
        /** Determiners that may open a name ["the"]: "<u>the</u> United States". */
        NAME_DETERMINER,
        /** Coordinating "and" ["and"]: a clause boundary, a shared subject ("... and will strive to"). */
        AND,
        /** Coordinating "or" ["or"]: dropped at the end of a list item ("...; or"). */
        OR,
        /** Relative pronouns ["which", "who"]: a unit stops before ", which ..."; a cue right after one is not the authors'. */
        RELATIVE,
        /** Relative pronouns that are one only after a comma ["that"]: a unit stops before ", that ...". */
        COMMA_RELATIVE,
        /** Other words that, right before a cue, make it no unit ("s'" in "s'engage"): see {@link #RELATIVE}. */
        NOT_BEFORE_CUE,
        /** Infinitive markers ["to"]: a cue right after one is inside another clause ("to commit to"). */
        INFINITIVE_MARKER,
        /** Exceptions to {@link #INFINITIVE_MARKER}, as written ["continue to", "continues to"]: "continue to commit to". */
        CONTINUING,
        /** Words that open an aside after an addressee ["upon", "including", "inter alia", ...]: ", upon its first meeting,". */
        ASIDE,
        /** Words that introduce a deadline ["by", "before", "until", "no later than"]: "by 2029". */
        DEADLINE,
        /** The twelve month names, January first ["January", ...], case-sensitive: "by December 2025". */
        MONTH,
        /** Infinitive markers that open a list item stating an action ["to"]: "(a) To convene ...". */
        ITEM_MARKER,
        /** Words that open a list item that is a full clause ["that"]: "(a) that the Group shall meet". */
        ITEM_CLAUSE,
        /** Subject pronouns that open a list item that is a full clause ["we", "they", "it", "he", "she"]. */
        ITEM_SUBJECT,
        /** Adverbs that may precede an item's verb ["further", "also", "jointly", "*ly" (of five letters or more)]. */
        ITEM_ADVERB,
        /** Words that are never an item's verb: articles, prepositions, conjunctions, ... ["a", "the", "by", ...]. */
        NOT_VERB,
        /** Words that are an item's verb whatever their ending ["implement", "enable", ...]. */
        VERB,
        /** Endings of verbs ["eal", "eed", "ss", "us"]; the longest of the word's endings in this list and in {@link #NOT_VERB_ENDING} decides. */
        VERB_ENDING,
        /** Endings of nouns and adjectives ["ing", "tion", "ment", "al", "ed", "s", ...]; see {@link #VERB_ENDING}. */
        NOT_VERB_ENDING
    }

    /** The order in which the extractor tries the modalities' cues (a tie at one place goes to the first). */
    static final List<Modality> ORDER = List.of(Modality.REAFFIRM, Modality.COMMIT, Modality.PLEDGE, Modality.ASPIRE,
            Modality.WILL, Modality.DECIDE, Modality.APPEAL);

    private final Map<Modality, List<String>> cues;
    private final Map<Modality, List<String>> authorsCues;
    private final List<String> unaddressed;
    private final Map<Words, List<String>> words;
    private final boolean subjectOptional;
    private final boolean verbByDefault;
    /** Trigger words set by hand, by modality (package-private: see {@link Builder#triggers}). */
    private final Map<Modality, List<String>> triggers;
    private final CuePatterns patterns;

    private CommitmentCues(Builder b) {
        Map<Modality, List<String>> c = new EnumMap<>(Modality.class);
        for (Modality m : Modality.values()) {
            c.put(m, List.copyOf(b.cues.get(m)));
        }
        Map<Words, List<String>> w = new EnumMap<>(Words.class);
        for (Words k : Words.values()) {
            w.put(k, List.copyOf(b.words.get(k)));
        }
        this.cues = Collections.unmodifiableMap(c);
        Map<Modality, List<String>> a = new EnumMap<>(Modality.class);
        for (Modality m : Modality.values()) {
            a.put(m, List.copyOf(b.authorsCues.get(m)));
        }
        this.authorsCues = Collections.unmodifiableMap(a);
        this.unaddressed = List.copyOf(b.unaddressed);
        this.words = Collections.unmodifiableMap(w);
        this.subjectOptional = b.subjectOptional;
        this.verbByDefault = b.verbByDefault;
        Map<Modality, List<String>> t = new EnumMap<>(Modality.class);
        b.triggers.forEach((m, list) -> t.put(m, List.copyOf(list)));
        this.triggers = Collections.unmodifiableMap(t);
        this.patterns = new CuePatterns(this);
    }

    /**
     * The English cue set: the cues the extractor has always used, and the one it uses for a document whose
     * language has no cue set of its own.
     *
     * @return the English cues
     */
    public static CommitmentCues english() {
        return StandardCues.ENGLISH;
    }

    /**
     * The French cue set: "nous nous engageons à", "nous réaffirmons notre engagement", "nous renforcerons",
     * "nous allons", "décide de", "prie X de", "engage X à", ...
     *
     * @return the French cues
     */
    public static CommitmentCues french() {
        return StandardCues.FRENCH;
    }

    /**
     * The Spanish cue set: "nos comprometemos a", "reafirmamos nuestro compromiso", "fortaleceremos", "decide
     * convocar", "insta a X a que", "pide al X que", ...
     *
     * @return the Spanish cues
     */
    public static CommitmentCues spanish() {
        return StandardCues.SPANISH;
    }

    /**
     * The German cue set: "wir verpflichten uns", "wir bekräftigen unser Engagement", "wir werden", "beschließt",
     * "fordert X auf, ...", "legt X nahe, ...".
     *
     * @return the German cues
     */
    public static CommitmentCues german() {
        return StandardCues.GERMAN;
    }

    /**
     * The Swedish cue set: "vi åtar oss att", "vi förbinder oss att", "vi bekräftar vårt åtagande", "vi kommer att",
     * "vi ska", "beslutar att", "uppmanar X att".
     *
     * @return the Swedish cues
     */
    public static CommitmentCues swedish() {
        return StandardCues.SWEDISH;
    }

    /** @return a builder of an empty cue set (no cues, no words; verbs told by their endings only if set so) */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this cue set's data, to extend it */
    public Builder toBuilder() {
        Builder b = new Builder();
        cues.forEach((m, list) -> b.cues.get(m).addAll(list));
        authorsCues.forEach((m, list) -> b.authorsCues.get(m).addAll(list));
        b.unaddressed.addAll(unaddressed);
        words.forEach((k, list) -> b.words.get(k).addAll(list));
        b.subjectOptional = subjectOptional;
        b.verbByDefault = verbByDefault;
        b.triggers.putAll(triggers);
        return b;
    }

    /**
     * @param modality a modality
     * @return its cue phrases, as given to the builder (for {@link Modality#APPEAL}, the verbs before the addressee)
     */
    public List<String> cues(Modality modality) {
        return cues.get(Objects.requireNonNull(modality, "modality"));
    }

    /**
     * @param modality a modality
     * @return its cue phrases that make a unit only after the authors as subject, as given to the builder (see
     *         {@link Builder#authorsCue(Modality, String...)})
     */
    public List<String> authorsCues(Modality modality) {
        return authorsCues.get(Objects.requireNonNull(modality, "modality"));
    }

    /**
     * @return the appeal verbs that make an {@code appeal} without an addressee in a body's operative paragraph, as
     *         given to the builder (see {@link Builder#unaddressed(String...)})
     */
    public List<String> unaddressed() {
        return unaddressed;
    }

    /**
     * @param kind a kind of words
     * @return the words of that kind, as given to the builder
     */
    public List<String> words(Words kind) {
        return words.get(Objects.requireNonNull(kind, "kind"));
    }

    /**
     * @return whether a first-person verb form needs no pronoun (Spanish "fortaleceremos"): a {@link Words#FUTURE}
     *         word at the start of a clause is then the authors' even without a {@link Words#FIRST_PERSON} word
     */
    public boolean subjectOptional() {
        return subjectOptional;
    }

    /**
     * @return whether a list item's first word is taken for a verb unless its ending or a word list says otherwise
     *         (English, where the base form has no ending), rather than only when its ending is a
     *         {@link Words#VERB_ENDING} (French, Spanish infinitives); in the latter case the word after an
     *         {@link Words#ADDRESSEE_MARKER} must be a verb too
     */
    public boolean verbByDefault() {
        return verbByDefault;
    }

    /** The regular expressions built from this cue set. */
    CuePatterns patterns() {
        return patterns;
    }

    /** @return the trigger words set by hand for a modality, or null when they come from its phrases */
    List<String> triggers(Modality modality) {
        return triggers.get(modality);
    }

    /**
     * @param o another object
     * @return whether it is a cue set with the same phrases, words and settings
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof CommitmentCues c && c.cues.equals(cues) && c.authorsCues.equals(authorsCues)
                && c.unaddressed.equals(unaddressed) && c.words.equals(words)
                && c.subjectOptional == subjectOptional && c.verbByDefault == verbByDefault && c.triggers.equals(triggers);
    }

    /** @return a hash of the phrases, words and settings, consistent with {@link #equals(Object)} */
    @Override
    public int hashCode() {
        return Objects.hash(cues, authorsCues, unaddressed, words, subjectOptional, verbByDefault, triggers);
    }

    /** @return "CommitmentCues" and the first-person pronouns, e.g. {@code CommitmentCues[we]} */
    @Override
    public String toString() {
        return "CommitmentCues" + words.get(Words.FIRST_PERSON);
    }

    /**
     * Builds a {@link CommitmentCues}. Every method adds to what is there; {@link #build()} checks the phrases and
     * compiles the cue set's regular expressions.
     */
    public static final class Builder {
        private final Map<Modality, List<String>> cues = new EnumMap<>(Modality.class);
        private final Map<Modality, List<String>> authorsCues = new EnumMap<>(Modality.class);
        private final List<String> unaddressed = new ArrayList<>();
        private final Map<Words, List<String>> words = new EnumMap<>(Words.class);
        private boolean subjectOptional;
        private boolean verbByDefault;
        private final Map<Modality, List<String>> triggers = new EnumMap<>(Modality.class);

        private Builder() {
            for (Modality m : Modality.values()) {
                cues.put(m, new ArrayList<>());
                authorsCues.put(m, new ArrayList<>());
            }
            for (Words k : Words.values()) {
                words.put(k, new ArrayList<>());
            }
        }

        /**
         * Adds cue phrases of a modality, in the notation of the class comment, tried in the order given.
         *
         * @param modality the modality the phrases give
         * @param phrases  the phrases, e.g. {@code "commit|commits|undertake|undertakes [ourselves|themselves] to"}
         * @return this builder
         * @throws NullPointerException     if an argument is or holds null
         * @throws IllegalArgumentException if a phrase is blank
         */
        public Builder cue(Modality modality, String... phrases) {
            Objects.requireNonNull(modality, "modality");
            for (String p : phrases) {
                Objects.requireNonNull(p, "phrase");
                if (p.isBlank()) {
                    throw new IllegalArgumentException("a cue phrase of " + modality + " is blank");
                }
                cues.get(modality).add(p.strip());
            }
            triggers.remove(modality); // the phrases changed: their triggers come from them again
            return this;
        }

        /**
         * Adds cue phrases of a modality that make a unit only when the authors are the clause's subject: the
         * first-person pronoun or possessive, the authors named in the third person, or a subject shared with such a
         * clause ("The two sides <u>agreed to</u> meet", not "the parties to the conflict agreed to"). Same notation as
         * {@link #cue(Modality, String...)}; not for {@link Modality#APPEAL}.
         *
         * @param modality the modality the phrases give
         * @param phrases  the phrases, e.g. {@code "agree|agrees|agreed to"}
         * @return this builder
         * @throws NullPointerException     if an argument is or holds null
         * @throws IllegalArgumentException if a phrase is blank, or the modality is {@code APPEAL}
         */
        public Builder authorsCue(Modality modality, String... phrases) {
            Objects.requireNonNull(modality, "modality");
            if (modality == Modality.APPEAL) {
                throw new IllegalArgumentException("an appeal's actor is its addressee, not the authors: use cue or unaddressed");
            }
            for (String p : phrases) {
                Objects.requireNonNull(p, "phrase");
                if (p.isBlank()) {
                    throw new IllegalArgumentException("a cue phrase of " + modality + " is blank");
                }
                authorsCues.get(modality).add(p.strip());
            }
            return this;
        }

        /**
         * Adds appeal verbs that make an {@code appeal} unit with the actor {@code unspecified} when no addressee
         * follows them, in an operative paragraph of a text whose author is a body ("Calls for the immediate ...",
         * "Encourages the promotion of ...", "Demands that ..."; COMMITMENTS.md). Not in preambular paragraphs
         * ("Calling for"), nor where the authors speak in the first person. Same notation as
         * {@link #cue(Modality, String...)}; an appeal with an addressee ({@link #cue}) at the same place wins.
         *
         * @param phrases the verbs, e.g. {@code "call|calls for"}, {@code "demand|demands that"}
         * @return this builder
         * @throws NullPointerException     if an argument is or holds null
         * @throws IllegalArgumentException if a phrase is blank
         */
        public Builder unaddressed(String... phrases) {
            for (String p : phrases) {
                Objects.requireNonNull(p, "phrase");
                if (p.isBlank()) {
                    throw new IllegalArgumentException("an appeal verb without addressee is blank");
                }
                unaddressed.add(p.strip());
            }
            return this;
        }

        /**
         * Sets the words one of which a sentence must hold (in lower case) for a modality's phrases to be tried, in place
         * of those taken from the phrases, until a phrase of that modality is added. Package-private: the English set
         * keeps the trigger words of its first version with it, so that it behaves as it always did.
         */
        Builder triggers(Modality modality, String... words) {
            triggers.put(modality, List.of(words));
            return this;
        }

        /**
         * Adds words of a kind.
         *
         * @param kind  the kind
         * @param added the words, e.g. {@code "we"} for {@link Words#FIRST_PERSON}
         * @return this builder
         * @throws NullPointerException     if an argument is or holds null
         * @throws IllegalArgumentException if a word is blank
         */
        public Builder words(Words kind, String... added) {
            Objects.requireNonNull(kind, "kind");
            for (String w : added) {
                Objects.requireNonNull(w, "word");
                if (w.isBlank()) {
                    throw new IllegalArgumentException("a word of " + kind + " is blank");
                }
                words.get(kind).add(w.strip());
            }
            return this;
        }

        /**
         * @param optional whether a first-person verb form needs no pronoun (see {@link CommitmentCues#subjectOptional()});
         *                 false unless set
         * @return this builder
         */
        public Builder subjectOptional(boolean optional) {
            this.subjectOptional = optional;
            return this;
        }

        /**
         * @param byDefault whether an item's first word is a verb unless said otherwise (see
         *                  {@link CommitmentCues#verbByDefault()}); false unless set
         * @return this builder
         */
        public Builder verbByDefault(boolean byDefault) {
            this.verbByDefault = byDefault;
            return this;
        }

        /**
         * @return the cue set
         * @throws IllegalArgumentException if a phrase breaks the notation (an unknown token, a phrase opening or
         *                                  ending with an optional token, an elided optional word, an appeal verb
         *                                  ending with an elided word) or {@link Words#MONTH} holds neither none
         *                                  nor twelve names
         */
        public CommitmentCues build() {
            int months = words.get(Words.MONTH).size();
            if (months != 0 && months != 12) {
                throw new IllegalArgumentException("MONTH needs twelve names, January first, or none; got " + months);
            }
            return new CommitmentCues(this);
        }
    }

    /** Lower case, as the extractor compares words (Locale.ROOT). */
    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
