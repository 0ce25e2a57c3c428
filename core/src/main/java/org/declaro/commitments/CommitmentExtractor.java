package org.declaro.commitments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.declaro.model.Action;
import org.declaro.model.ActionPlan;
import org.declaro.model.Commitment;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.declaro.model.Modality;
import org.declaro.model.Paragraph;
import org.declaro.model.PreambularParagraph;
import org.declaro.model.Section;
import org.declaro.model.Subparagraph;

/**
 * Finds the commitment units of a document's text, following COMMITMENTS.md: one unit per governing
 * verb with a cue ("we commit to", "we will", "we reaffirm our commitment to", "call upon X to", ...),
 * its modality, its actor, its exact span, a deadline where the clause names a year after "by", and
 * themes from an optional {@link ThemeVocabulary}.
 *
 * <p><b>Languages.</b> The words it looks for are a {@link CommitmentCues cue set}, chosen by the document's
 * {@code language} (its BCP 47 tag: the whole tag, else its primary subtag, so {@code fr-CA} gets the French set):
 * {@link CommitmentCues#english() English}, {@link CommitmentCues#french() French},
 * {@link CommitmentCues#spanish() Spanish}, {@link CommitmentCues#german() German} and
 * {@link CommitmentCues#swedish() Swedish} come with it, a language with no cue set gets the one for {@code en},
 * and {@link #builder()} adds or replaces languages ({@code CommitmentExtractor.builder().cues("nl", dutch).build()}).
 * The class comment speaks of the English words; the other sets hold their own.
 *
 * <p><b>The authors.</b> The actor of the authors' own units is {@code we} in a first-person text and the author as
 * written in a resolution ("The General Assembly"). A joint text that names its authors in the third person has them
 * found from it: the coordinated names that open its first sentence ("Arcadia and the United Provinces condemn ..."; a later
 * subject whose first name is one of them), the cue set's designations ("The two sides", "Both countries", "Each
 * country"), capitalized groups ("Participating States") and a pronoun after them in the paragraph ("They also will").
 * Their units are found in any tense ("reaffirmed their commitment", {@link CommitmentCues.Builder#authorsCue "agreed
 * to"}), with the actor as written; an impersonal future only they can carry out ("Further efforts will be made to")
 * is theirs; a third party's is not ("The Fund will disburse"), nor an act reported after "that" or a relative with
 * another subject ("Notes that the Commission encourages"). In a body's operative paragraphs, an appeal verb with no
 * addressee ("Calls for", "Demands that") is an {@code appeal} of the actor {@code unspecified}
 * ({@link CommitmentCues.Builder#unaddressed}); not in preambular paragraphs.
 *
 * <p>Deterministic and explainable: every {@link Unit} says which cue matched. Works on any
 * {@link Declaration} or {@link ActionPlan}, imported or read from JSON; {@link #extract(Document)}
 * replaces the commitments of every paragraph, sub-paragraph, preambular paragraph and action (annexes
 * included). Immutable and thread-safe. All patterns are bounded, so time is linear in the text's length.
 *
 * <p><b>Lists</b> (format 1.1, COMMITMENTS.md "Lists"). A paragraph, or a sub-paragraph with
 * sub-paragraphs of its own, is a list opener when its text ends with a colon and its last clause has a cue:
 * either the last unit found in its text runs up to that colon ("With the above in mind, we will:", "We
 * are determined to work together and with others to:", "Requests X to take the actions required to
 * accomplish the following objectives:"), or the clause is a bare operative verb with no "to"
 * ("Decides:", "Also resolves:" give {@code decide}; "Requests the Secretary-General:", "Calls upon all
 * States:", "Urges", "Invites", "Encourages", "Appeals to", "Asks" X give {@code appeal} with actor X).
 * Its items (the direct sub-paragraphs) state actions when every one of them does, by its first word (see
 * {@link #statesAnAction(String)}): "to" followed by a verb ("to convene", "To continue"), a verb in the
 * base form ("Stay", "support", "strengthen"), or a full clause ("that ...", "we ..."). Items that open with
 * an "-ing" form ("by strengthening", "Strengthening"), a preposition, an article or another closed-class
 * word, or a word shaped like a noun or an adjective ("Declarations", "Removal", "Verification",
 * "Enhanced", "Effective") are ways, areas or objects of the one action the opener names.
 * <ul>
 *   <li>Items that state actions: each item gets a unit of the opener's modality and actor, on the item,
 *       from its start to the end of its first sentence (without the final ";", "." or a trailing "and" or
 *       "or"), cut before a later cue of the same sentence as units are, and before a colon followed by a
 *       capital ("Maximize food supplies: A steady flow ..."); the opener is not a unit. An item that is a
 *       clause with its own subject and cue ("We ask X to ...") keeps that cue's modality and actor.</li>
 *   <li>Otherwise the opener's unit stays on the paragraph and the items get only the units their own
 *       cues give.</li>
 * </ul>
 * Every sub-paragraph is searched for units of its own cues ("We will ...", "We ask X to ..."), and the
 * rule applies again at each level: an item that ends with a colon and has items of its own is their
 * opener, with the modality and actor of its own unit.
 */
public final class CommitmentExtractor {

    /**
     * One unit found, with the cue that matched.
     *
     * @param commitment the commitment, its span into the analysed text
     * @param cue        what matched: the modality, then the cue's words as matched ({@code commit: "remain committed
     *                   to"}, an appeal's addressee as {@code X}: {@code appeal: "Urges X to"}), the future and what made it
     *                   the authors' ({@code will: "will" (first-person subject)}), or the list opener an item takes its
     *                   unit from
     */
    public record Unit(Commitment commitment, String cue) {
    }

    /** The language a tag without a cue set of its own falls back to. */
    private static final String FALLBACK = "en";

    /** The cue sets that come with Declaro, by language. */
    private static final Map<String, CommitmentCues> STANDARD_CUES = StandardCues.BY_LANGUAGE;

    private static final CommitmentExtractor STANDARD = new CommitmentExtractor(null, STANDARD_CUES);

    private final ThemeVocabulary themes;
    /** Cue sets by lower-case language tag. */
    private final Map<String, CommitmentCues> cues;

    private CommitmentExtractor(ThemeVocabulary themes, Map<String, CommitmentCues> cues) {
        this.themes = themes;
        this.cues = Map.copyOf(cues);
    }

    /** @return an extractor without themes, with the standard cue sets (English, French, Spanish, German, Swedish) */
    public static CommitmentExtractor standard() {
        return STANDARD;
    }

    /**
     * A builder that starts as {@link #standard()}: no themes, the English, French, Spanish, German and Swedish cue sets.
     *
     * <pre>{@code
     * CommitmentExtractor extractor = CommitmentExtractor.builder()
     *         .themes(ThemeVocabulary.mineAction())
     *         .cues("nl", dutchCues)
     *         .build();
     * }</pre>
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder(null, STANDARD_CUES);
    }

    /** @return a builder holding this extractor's themes and cue sets, to change them */
    public Builder toBuilder() {
        return new Builder(themes, cues);
    }

    /**
     * The cue set used for a document in a language: the one registered for the whole tag, else for its primary
     * subtag ({@code fr-CA} gets {@code fr}'s), else the one for {@code en}.
     *
     * @param language a BCP 47 language tag ({@code "fr"}, {@code "fr-CA"}); null or blank gives the {@code en} set
     * @return the cue set
     */
    public CommitmentCues cues(String language) {
        if (language != null) {
            String tag = normalized(language);
            while (!tag.isEmpty()) {
                CommitmentCues c = cues.get(tag);
                if (c != null) {
                    return c;
                }
                int dash = tag.lastIndexOf('-');
                tag = dash < 0 ? "" : tag.substring(0, dash);
            }
        }
        CommitmentCues fallback = cues.get(FALLBACK);
        return fallback == null ? CommitmentCues.english() : fallback;
    }

    private static String normalized(String language) {
        return language.strip().replace('_', '-').toLowerCase(Locale.ROOT);
    }

    /**
     * Builds a {@link CommitmentExtractor}: its themes and its cue set for each language. Not thread-safe; the
     * extractors it builds are.
     */
    public static final class Builder {
        private ThemeVocabulary themes;
        private final Map<String, CommitmentCues> cues;

        private Builder(ThemeVocabulary themes, Map<String, CommitmentCues> cues) {
            this.themes = themes;
            this.cues = new LinkedHashMap<>(cues);
        }

        /**
         * @param vocabulary the themes to tag commitments with, or null for none
         * @return this builder
         */
        public Builder themes(ThemeVocabulary vocabulary) {
            this.themes = vocabulary;
            return this;
        }

        /**
         * Uses a cue set for documents in a language, in place of any set it had.
         *
         * @param language a BCP 47 tag or primary subtag, case-insensitive: {@code "de"} serves {@code de},
         *                 {@code de-AT}, ...; {@code "de-CH"} serves {@code de-CH} only, before {@code "de"}'s set;
         *                 {@code "en"} replaces the set for languages with none
         * @param cueSet   the cue set
         * @return this builder
         * @throws NullPointerException     if an argument is null
         * @throws IllegalArgumentException if {@code language} is not letters, digits and hyphens between them
         */
        public Builder cues(String language, CommitmentCues cueSet) {
            Objects.requireNonNull(language, "language");
            Objects.requireNonNull(cueSet, "cueSet");
            String tag = normalized(language);
            if (!tag.matches("[a-z0-9]+(?:-[a-z0-9]+)*")) {
                throw new IllegalArgumentException("not a language tag: \"" + language + "\"");
            }
            cues.put(tag, cueSet);
            return this;
        }

        /** @return the extractor */
        public CommitmentExtractor build() {
            return new CommitmentExtractor(themes, cues);
        }
    }

    /**
     * Returns a copy of the document whose paragraphs, sub-paragraphs, preambular paragraphs and actions
     * carry the commitments found in their text, with ids {@code pN.cK} (paragraph number, or position from
     * 1), {@code preN.cK} and {@code aN.cK}. A sub-paragraph's ids add its position (from 1) at each level
     * to its paragraph's prefix, as the annotation keys do: {@code p5.s2.c1} is the first unit of paragraph
     * 5's second sub-paragraph, {@code p5.s2.s1.c1} the first of the first sub-paragraph nested in it.
     * Lists are handled as the class comment says. Annexes are processed too.
     *
     * @param doc the document
     * @return the document with commitments
     */
    public Document extract(Document doc) {
        CuePatterns g = cues(doc.language()).patterns();
        if (doc instanceof Declaration d) {
            // first-person texts ("We, the Leaders of the G20") have "we" as the actor of their own units
            Authors author = authors(d, g);
            List<PreambularParagraph> preamble = new ArrayList<>();
            for (int i = 0; i < d.preamble().size(); i++) {
                PreambularParagraph p = d.preamble().get(i);
                preamble.add(new PreambularParagraph(p.text(), p.footnotes(),
                        commitments(find(g, p.text(), "pre" + (i + 1), author.inPreamble(), null)), p.extensions()));
            }
            List<Paragraph> paragraphs = new ArrayList<>();
            // ids name the paragraph by its number; where numbering restarts (format 1.1), by its position
            boolean unique = d.paragraphs().stream().map(Paragraph::number).filter(java.util.Objects::nonNull).distinct()
                    .count() == d.paragraphs().stream().map(Paragraph::number).filter(java.util.Objects::nonNull).count();
            for (int i = 0; i < d.paragraphs().size(); i++) {
                Paragraph p = d.paragraphs().get(i);
                int n = p.number() == null || !unique ? i + 1 : p.number();
                String prefix = "p" + n;
                Listed listed = listed(g, p.text(), find(g, p.text(), prefix, author, null), p.subparagraphs(), prefix, author, null);
                paragraphs.add(new Paragraph(p.number(), p.text(), listed.subparagraphs(), p.footnotes(),
                        commitments(listed.units()), p.extensions()));
            }
            List<Document> annexes = new ArrayList<>();
            for (Document annex : d.annexes()) {
                annexes.add(extract(annex));
            }
            return new Declaration(d.schemaVersion(), d.id(), d.title(), d.titleFootnotes(), d.subtitle(), d.status(),
                    d.language(), d.originalLanguage(), d.symbol(), d.date(), d.issuer(), d.author(), d.meeting(),
                    d.agendaItem(), preamble, paragraphs, d.headings(), d.footnotes(), d.adoption(), d.references(),
                    annexes, d.source(), d.extensions());
        }
        ActionPlan a = (ActionPlan) doc;
        List<Section> sections = new ArrayList<>();
        int position = 0; // an action without a number is named by its position in the plan, as the views name it
        for (Section s : a.sections()) {
            List<Action> actions = new ArrayList<>();
            for (Action act : s.actions()) {
                position++;
                String prefix = "a" + (act.number() == null ? position : act.number());
                actions.add(new Action(act.number(), act.text(), act.indicators(),
                        commitments(find(g, act.text(), prefix, Authors.of(FIRST_PERSON_ACTOR), null)), act.deadline(),
                        act.extensions()));
            }
            sections.add(new Section(s.number(), s.title(), s.paragraphs(), actions, s.extensions()));
        }
        return new ActionPlan(a.schemaVersion(), a.id(), a.title(), a.status(), a.language(), a.symbol(), a.date(),
                a.issuer(), a.period(), a.introduction(), sections, a.footnotes(), a.source(), a.extensions());
    }

    /**
     * {@link #extract(Document)} for a declaration, without a cast.
     *
     * @param declaration the declaration
     * @return the declaration with commitments
     */
    public Declaration extract(Declaration declaration) {
        return (Declaration) extract((Document) declaration);
    }

    /**
     * {@link #extract(Document)} for an action plan, without a cast.
     *
     * @param plan the action plan
     * @return the action plan with commitments
     */
    public ActionPlan extract(ActionPlan plan) {
        return (ActionPlan) extract((Document) plan);
    }

    private static List<Commitment> commitments(List<Unit> units) {
        return units.stream().map(Unit::commitment).toList();
    }

    /**
     * Finds the units of one passage: a text, or a paragraph with its sub-paragraphs at any depth (with the list
     * rule applied, see the class comment, as {@link #extract(Document)} does), with the cue set
     * {@link #cues(String)} gives for its language.
     *
     * <pre>{@code
     * extractor.find(Passage.of(text).withIdPrefix("p3").withAuthor("The General Assembly"));
     * }</pre>
     *
     * @param passage the text or paragraph, its id prefix, author and language
     * @return the units, in text order; for a paragraph, its own first, then each sub-paragraph's, depth first
     * @throws NullPointerException if the passage is null
     */
    public List<Unit> find(Passage passage) {
        CuePatterns g = cues(passage.language()).patterns();
        Authors authors = Authors.of(passage.author());
        return passage.paragraph() != null ? find(g, passage.paragraph(), passage.idPrefix(), authors)
                : find(g, passage.text(), passage.idPrefix(), authors, null);
    }

    /** {@link #find(Passage)} of a paragraph, with the authors found from the document. */
    List<Unit> find(CuePatterns g, Paragraph paragraph, String idPrefix, Authors authors) {
        List<Unit> all = new ArrayList<>();
        listed(g, paragraph.text(), find(g, paragraph.text(), idPrefix, authors, null), paragraph.subparagraphs(), idPrefix, authors, all);
        return all;
    }

    /** {@link #find(Passage)} of a text, with the authors found from the document. */
    List<Unit> find(CuePatterns g, String text, String idPrefix, Authors authors) {
        return find(g, text, idPrefix, authors, null);
    }

    /** The actor of the authors' own units in a first-person text (COMMITMENTS.md): the format's, in every language. */
    static final String FIRST_PERSON_ACTOR = "we";
    /** The actor of an appeal with no addressee (COMMITMENTS.md). */
    static final String UNSPECIFIED = "unspecified";

    /**
     * The authors of a document, as found from it.
     *
     * @param actor    the actor of their own units: {@link #FIRST_PERSON_ACTOR} in a first-person text, else the author
     *                 as written ("The General Assembly")
     * @param body     whether the author is a body speaking in the third person (a resolution's "The General
     *                 Assembly"), whose operative paragraphs may appeal without an addressee
     * @param names    the authors' names, each as the set of its capitalized words, from the author field and the
     *                 coordinated names that open the text ("Arcadia and the United Provinces condemn ...")
     * @param preamble whether the text being read is a preambular paragraph
     */
    record Authors(String actor, boolean body, List<java.util.Set<String>> names, boolean preamble) {

        /** @return authors given by their actor only, as the public {@code find} methods take them */
        static Authors of(String actor) {
            return new Authors(actor, false, List.of(), false);
        }

        /** @return the same authors, reading a preambular paragraph */
        Authors inPreamble() {
            return new Authors(actor, body, names, true);
        }

        /**
         * @return whether a coordination of names names the authors: its first name is one of the authors' ("the United
         *         States and Africa" in a text that opens with "The African Union and the United States"; not "Today, the
         *         President ...", whose subject starts after "Today,")
         */
        boolean namedFirst(List<java.util.Set<String>> coordination) {
            return !coordination.isEmpty() && named(coordination.subList(0, 1));
        }

        /** @return whether one of the names of a coordination is one of the authors' */
        boolean named(List<java.util.Set<String>> coordination) {
            for (java.util.Set<String> n : coordination) {
                if (names.stream().anyMatch(k -> k.containsAll(n) || n.containsAll(k))) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * The authors of a declaration (see {@link Authors}): the actor of {@link #author(Declaration, CuePatterns)}, and
     * their names from the author field and from the coordinated names that open the first sentence of the first
     * preambular and of the first body paragraph, before a lower-case verb ("Today, the President of the United
     * States and the Chancellor of Germany affirm ...").
     */
    static Authors authors(Declaration d, CuePatterns g) {
        String actor = author(d, g);
        boolean body = !actor.equals(FIRST_PERSON_ACTOR);
        List<java.util.Set<String>> names = new ArrayList<>();
        if (body) {
            names.addAll(g.namesIn(d.author()));
        }
        List<String> openings = new ArrayList<>();
        if (!d.preamble().isEmpty()) {
            openings.add(d.preamble().get(0).text());
        }
        if (!d.paragraphs().isEmpty()) {
            openings.add(d.paragraphs().get(0).text());
        }
        for (String text : openings) {
            if (text == null || text.isEmpty()) {
                continue;
            }
            int[] first = sentences(text).get(0);
            Matcher m = g.openingNames.matcher(text.substring(first[0], first[1]));
            if (m.find()) {
                names.addAll(g.namesIn(m.group("names")));
            }
        }
        return new Authors(actor, body, List.copyOf(names), false);
    }

    /**
     * The actor of a declaration's own units: "we" when it has no author or its author is written in the first person
     * ("We, the Leaders", "Nous, chefs d'État"), else the author as written ("The General Assembly").
     */
    static String author(Declaration d, CuePatterns g) {
        return d.author() == null || g.firstPerson(d.author()) ? FIRST_PERSON_ACTOR : d.author();
    }

    /** As {@link #find(Passage)} of a text; {@code item}, if not null, makes the text an item of an action list. */
    private List<Unit> find(CuePatterns g, String text, String idPrefix, Authors author, Opener item) {
        List<Unit> units = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return units;
        }
        boolean first = true;
        String[] antecedent = {null}; // the authors as last named in the third person in this text, for "They"
        for (int[] s : sentences(text)) {
            Candidate lead = null;
            if (first && item != null) {
                int at = 0;
                while (at < s[1] - s[0] && !Character.isLetter(text.charAt(s[0] + at))) {
                    at++;
                }
                lead = new Candidate(at, at, at, item.modality(), item.actor(),
                        item.modality().jsonName() + ": list item (opener: " + item.cue() + ")");
            }
            first = false;
            units.addAll(inSentence(g, text, s[0], s[1], idPrefix, author, units.size(), lead, antecedent));
        }
        return units;
    }

    /** An opener of a list of actions: the modality and actor its items take, its cue, and its unit if it has one. */
    private record Opener(Modality modality, String actor, String cue, Unit unit) {
    }

    /** A text's units once its list is handled, and its sub-paragraphs with theirs. */
    private record Listed(List<Unit> units, List<Subparagraph> subparagraphs) {
    }

    /**
     * Applies the list rule to a text and its sub-paragraphs, at every level (see the class comment).
     *
     * @param text   the paragraph's or sub-paragraph's text
     * @param units  the units found in it
     * @param subs   its sub-paragraphs
     * @param prefix its id prefix ({@code p5}, {@code p5.s2})
     */
    private Listed listed(CuePatterns g, String text, List<Unit> units, List<Subparagraph> subs, String prefix, Authors author,
            List<Unit> all) {
        if (subs.isEmpty()) {
            if (all != null) {
                all.addAll(units);
            }
            return new Listed(units, subs);
        }
        Opener opener = opener(g, text, units, author);
        boolean actions = opener != null && subs.stream().allMatch(s -> statesAnAction(s.text(), g));
        List<Unit> kept = units;
        if (actions && opener.unit() != null) {
            kept = new ArrayList<>(units);
            kept.remove(opener.unit()); // the last unit: the ids of the others do not change
        }
        if (all != null) {
            all.addAll(kept);
        }
        List<Subparagraph> out = new ArrayList<>();
        for (int k = 0; k < subs.size(); k++) {
            Subparagraph s = subs.get(k);
            String sp = prefix + ".s" + (k + 1);
            Listed inner = listed(g, s.text(), find(g, s.text(), sp, author, actions ? opener : null), s.subparagraphs(), sp, author, all);
            out.add(new Subparagraph(s.label(), s.text(), inner.subparagraphs(), commitments(inner.units()), s.extensions()));
        }
        return new Listed(kept, out);
    }

    /**
     * The opener of the list that follows a text, or null: its text ends with a colon, and either its last unit
     * runs up to that colon, or its last clause is a bare operative verb with no "to" ("Decides:", "Also resolves:",
     * "Requests the Secretary-General:", "We call upon all States:"; {@link CuePatterns#bareOpener}).
     */
    private static Opener opener(CuePatterns g, String text, List<Unit> units, Authors author) {
        String t = text == null ? "" : text.stripTrailing();
        if (!t.endsWith(":")) {
            return null;
        }
        int colon = t.length() - 1;
        if (!units.isEmpty()) {
            Unit last = units.get(units.size() - 1);
            Commitment c = last.commitment();
            if (c.end() <= colon && t.substring(c.end(), colon).isBlank()) {
                return new Opener(c.modality(), c.actor(), last.cue(), last);
            }
        }
        List<int[]> sentences = sentences(t);
        int from = sentences.get(sentences.size() - 1)[0];
        String last = t.substring(from);
        Matcher m = g.bareOpener.matcher(last);
        if (!m.find()) {
            return null;
        }
        String cue = "\"" + last.substring(m.start(), last.length() - 1).strip() + ":\"";
        return m.group(CuePatterns.DECISION) != null ? new Opener(Modality.DECIDE, author.actor(), Modality.DECIDE.jsonName() + ": " + cue, null)
                : new Opener(Modality.APPEAL, addressee(g, m.group("addressee")), Modality.APPEAL.jsonName() + ": " + cue, null);
    }

    private static final Pattern FIRST_WORDS = Pattern.compile("[^\\p{L}]{0,10}+(\\p{L}[\\p{L}'\u2019-]*+)"
            + "(?:\\s++(\\p{L}[\\p{L}'\u2019-]*+))?(?:\\s++(\\p{L}[\\p{L}'\u2019-]*+))?");

    /**
     * Whether a list item states an action, by its first words: "to" and a verb ("to convene"), a verb in the base
     * form ("Stay", "support"), possibly after an adverb in "-ly" or "further" ("Fully implement"), or a full clause
     * ("that ...", "we ..."). A word is taken for a verb in the base form unless it is a closed-class word (article,
     * determiner, pronoun, preposition, conjunction) or shaped like a noun or an adjective: ending in "-ing", "-tion",
     * "-sion", "-ment", "-ness", "-ity", "-ship", "-ism", "-al" (not "-eal"), "-ic", "-ous", "-ful", "-tive",
     * "-sive", "-able", "-ible", "-ed" (not "-eed"), or in "-s" (not "-ss", "-us": plurals and third persons), with
     * a few verbs that look otherwise ("implement", "enable", ...). Deliberately simple: it tells "Stay agile ..."
     * and "(a) To convene ..." from "(a) Declarations ..." and "by promoting ...", not every verb from every noun.
     *
     * <p>The words and endings are the cue set's ({@link CommitmentCues.Words#ITEM_MARKER} to
     * {@link CommitmentCues.Words#NOT_VERB_ENDING}); this one is English's. In a language whose verbs are told by
     * their endings (French, Spanish), a word is a verb only by its ending: "(a) de convoquer", "d'intensifier",
     * "Convocar".
     *
     * @param item a list item's text
     * @return whether it states an action of its own
     */
    static boolean statesAnAction(String item) {
        return statesAnAction(item, CommitmentCues.english().patterns());
    }

    /** {@link #statesAnAction(String)} with a language's words. */
    static boolean statesAnAction(String item, CuePatterns g) {
        Matcher m = FIRST_WORDS.matcher(item == null ? "" : item);
        if (!m.lookingAt()) {
            return false;
        }
        String w1 = m.group(1).toLowerCase(Locale.ROOT);
        String w2 = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
        String w3 = m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT);
        return g.statesAnAction(w1, w2, w3);
    }

    /** A candidate: where its clause starts (subject or cue), where the cue starts, modality, actor, cue. */
    private record Candidate(int start, int cueStart, int cueEnd, Modality modality, String actor, String cue) {
    }

    private List<Unit> inSentence(CuePatterns g, String text, int from, int to, String idPrefix, Authors authors, int already,
            Candidate lead, String[] antecedent) {
        String sentence = text.substring(from, to);
        String author = authors.actor();
        List<Candidate> candidates = new ArrayList<>();
        if (lead != null && lead.start() < sentence.length()) {
            candidates.add(lead); // first, so that it wins over a cue at the same place
        }
        Matcher opening = authors.names().isEmpty() ? null : g.openingNames.matcher(sentence);
        if (opening != null && opening.find() && opening.start("names") == 0 && authors.named(g.namesIn(opening.group("names")))) {
            antecedent[0] = opening.group("names").strip(); // "Arcadia and the United Provinces condemn ...": "They" in what follows
        }
        boolean weSentence = g.weSentence(sentence) || author != null && !author.equals(FIRST_PERSON_ACTOR) || antecedent[0] != null;
        String lower = sentence.toLowerCase(Locale.ROOT);
        for (CuePatterns.Cue cue : g.cues) {
            if (!cue.mayMatch(lower)) {
                continue;
            }
            if (cue.need() == CuePatterns.Need.BODY && (!authors.body() || authors.preamble())) {
                continue; // appeals without an addressee: a body's operative paragraphs only ("Calling for" is no unit)
            }
            Matcher m = cue.pattern().matcher(sentence);
            int restart = -1;
            for (boolean found = m.find(); found; found = restart >= 0 ? m.find(restart) : m.find()) {
                restart = -1;
                if (cue.modality() == Modality.APPEAL && cue.need() == CuePatterns.Need.NOTHING
                        && g.holdsAppealVerb(m.group("addressee"))) {
                    restart = m.start() + 1; // the addressee ran into a second appeal: this verb has none of its own
                    continue;
                }
                if (g.inComplement(sentence, m.start())) {
                    continue; // "to commit to": inside another clause's complement
                }
                if (g.afterRelative(sentence, m.start())) {
                    continue; // "subsidies that encourage wasteful consumption": a relative clause, not the authors speaking
                }
                if (authors.preamble() && relativeBefore(g, sentence, m.start())) {
                    continue; // "Recalling its resolution ..., in which it called upon ...": a recall, not an act
                }
                if (partOfAName(sentence, m)) {
                    continue; // "the Global Plan to Address ...": a cue word in a name
                }
                int clause = clauseStart(g, sentence, m.start());
                Subject subject = subject(g, sentence, m.start(), authors, antecedent[0]);
                if (subject == null && g.reportedBefore(sentence.substring(clause, m.start()))) {
                    continue; // "Notes that the Commission encourages X to": another's act, reported
                }
                boolean opensClause = sentence.substring(clause, m.start()).isBlank();
                boolean shared = opensClause && g.endsWithAnd(sentence, clause) && weSentence && !relativeBefore(g, sentence, clause);
                String actor = author;
                String name = cueName(cue.modality() == Modality.APPEAL && cue.need() == CuePatterns.Need.NOTHING, cue.modality(), sentence, m);
                switch (cue.need()) {
                    case NOTHING -> {
                        if (cue.modality() == Modality.APPEAL) {
                            actor = addressee(g, m.group("addressee"));
                        } else if (subject != null && subject.kind().equals(NAMED_SUBJECT)) {
                            actor = subject.actor();
                            name += " (" + NAMED_SUBJECT + ")";
                        }
                    }
                    case AUTHORS -> {
                        if (subject == null && !shared) {
                            continue; // "the parties to the conflict agreed to": not the authors
                        }
                        if (subject != null && subject.kind().equals(NAMED_SUBJECT)) {
                            actor = subject.actor();
                        }
                        name += " (" + (subject == null ? SHARED_SUBJECT : subject.kind()) + ")";
                    }
                    case BODY -> {
                        if (!(opensClause || g.onlyAdverbs(sentence.substring(clause, m.start()))) || sentence.substring(m.end()).isBlank()) {
                            continue; // the body is the verb's subject only where the verb opens its clause
                        }
                        actor = UNSPECIFIED;
                        name += " (without addressee)";
                    }
                    default -> throw new IllegalStateException();
                }
                if (cue.modality() == Modality.ASPIRE && subject == null && !(clause == 0 && opensClause)
                        && !(g.endsWithAnd(sentence, clause) && opensClause)) {
                    continue; // "such work should aim to", "It aims to": aims of others, not of the authors
                }
                int start = subject == null ? m.start() : subject.start();
                candidates.add(new Candidate(start, m.start(), m.end(), cue.modality(), actor, name));
            }
        }
        Matcher will = g.futureMayMatch(lower) ? g.future.matcher(sentence) : null;
        while (will != null && will.find()) {
            int clause = clauseStart(g, sentence, will.start());
            Subject subject = subject(g, sentence, will.start(), authors, antecedent[0]);
            if (subject != null) {
                candidates.add(new Candidate(subject.start(), will.start(), will.end(), Modality.WILL,
                        subject.kind().equals(NAMED_SUBJECT) ? subject.actor() : author, futureName(will.group(), subject.kind())));
            } else if (sentence.substring(clause, will.start()).isBlank() && g.endsWithAnd(sentence, clause) && weSentence
                    && !relativeBefore(g, sentence, clause)) {
                candidates.add(new Candidate(will.start(), will.start(), will.end(), Modality.WILL, author,
                        futureName(will.group(), SHARED_SUBJECT)));
            }
        }
        Matcher third = g.futureThird == null ? null : g.futureThird.matcher(sentence);
        while (third != null && third.find()) {
            Subject subject = subject(g, sentence, third.start(), authors, antecedent[0]);
            if (subject != null && subject.kind().equals(NAMED_SUBJECT)) {
                candidates.add(new Candidate(subject.start(), third.start(), third.end(), Modality.WILL, subject.actor(),
                        futureName(third.group(), NAMED_SUBJECT)));
            }
        }
        for (Candidate c : candidates) {
            if (c.cue().contains(NAMED_SUBJECT) && !g.thirdPerson.matcher(c.actor()).matches() && c.cueStart() > c.start()) {
                antecedent[0] = c.actor(); // the authors as last named: "They" in what follows
            }
        }
        if (lead != null && candidates.stream().anyMatch(c -> c != lead && c.start() == lead.start() && c.start() < c.cueStart())) {
            candidates.remove(lead); // the item is a clause with its own subject and cue ("We ask X to ..."): that cue governs it
        }
        candidates.sort((a, b) -> Integer.compare(a.cueStart(), b.cueStart()));
        int[] boundaries = positions(sentence, g.boundaries);
        int[] relatives = positions(sentence, g.relativeOpenings);
        // one unit per governing verb: a later cue starts a unit of its own only after a clause boundary
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!kept.isEmpty()) {
                Candidate last = kept.get(kept.size() - 1);
                if (c.cueStart() < last.cueEnd() || !any(boundaries, last.cueEnd(), c.cueStart())) {
                    continue;
                }
            }
            kept.add(c);
        }
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            Candidate c = kept.get(i);
            int end = i + 1 < kept.size() ? cutBeforeConnective(g, sentence, kept.get(i + 1).start()) : trimEnd(g, sentence);
            int rel = first(relatives, c.cueEnd());
            if (rel >= 0 && rel < end) {
                end = rel; // stop before a trailing relative clause: ", that ...", ", which ...", ", who ..."
            }
            if (c == lead) {
                int colon = headingColon(sentence);
                if (colon > c.start() && colon < end) {
                    end = colon; // "Maximize food supplies: A steady flow ...": the item's action is its heading
                }
            }
            if (end <= c.start() || sentence.substring(Math.min(c.cueEnd(), end), end).isBlank()
                    && !sentence.substring(end).stripLeading().startsWith(":")) {
                continue; // nothing after the cue, and no list after it either
            }
            // "we will:" opening a list: the unit is the stem, unless its items state actions (see listed)
            String unitText = sentence.substring(c.start(), end);
            int start = from + c.start();
            Commitment commitment = new Commitment(idPrefix + ".c" + (already + units.size() + 1), c.modality(),
                    c.actor(), unitText, start, start + unitText.length(),
                    themes == null ? List.of() : themes.themesOf(unitText), g.deadlineIn(unitText));
            units.add(new Unit(commitment, c.cue()));
        }
        return units;
    }

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    /** What stands before a future that makes it the authors' (named in {@link Unit#cue()}). */
    static final String FIRST_PERSON_SUBJECT = "first-person subject";
    static final String POSSESSIVE_SUBJECT = "first-person possessive subject";
    static final String NAMED_SUBJECT = "third-person authors";
    static final String SHARED_SUBJECT = "subject shared across a conjunction";

    /**
     * The name of a phrase cue that matched: its modality and the words it matched, an appeal's addressee written
     * {@code X} ({@code appeal: "Urges X to"}), so that units can be counted by the cue that fired.
     */
    private static String cueName(boolean addressed, Modality modality, String sentence, Matcher m) {
        String matched;
        if (addressed) {
            // the match ends with the first letter of the addressee's verb or clause, which is not part of the cue
            String after = sentence.substring(m.end("addressee"), Math.max(m.end("addressee"), m.end() - 1)).strip();
            matched = sentence.substring(m.start(), m.start("addressee")).strip() + " X" + (after.isEmpty() ? "" : " " + after);
        } else {
            matched = sentence.substring(m.start(), m.end());
        }
        return modality.jsonName() + ": \"" + WHITE_SPACE.matcher(matched).replaceAll(" ") + "\"";
    }

    /** The name of a future that made a {@code will} unit: {@code will: "will" (first-person subject)}. */
    private static String futureName(String future, String subject) {
        return Modality.WILL.jsonName() + ": \"" + future + "\" (" + subject + ")";
    }

    /** Where a colon followed by a capital letter ends an item's heading ("Promote best practices: We intend ..."), or -1. */
    private static int headingColon(String s) {
        for (int i = s.indexOf(": "); i >= 0 && i + 2 < s.length(); i = s.indexOf(": ", i + 1)) {
            if (Character.isUpperCase(s.charAt(i + 2))) {
                return i;
            }
        }
        return -1;
    }

    /** Sentence ranges: a sentence ends at ., ! or ? followed by white space and an upper-case letter, or at the end. */
    static List<int[]> sentences(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && i + 2 < n && Character.isWhitespace(text.charAt(i + 1))
                    && Character.isUpperCase(text.charAt(i + 2)) && !(c == '.' && initial(text, i))) {
                out.add(new int[] {start, i + 1});
                start = i + 2;
            }
        }
        if (start < n) {
            out.add(new int[] {start, n});
        }
        return out;
    }

    /** Whether the full stop at {@code dot} ends a one-letter word: an initial or an abbreviation ("John R. Smith", "the U.S. Secretary"). */
    private static boolean initial(String text, int dot) {
        return dot >= 1 && Character.isLetter(text.charAt(dot - 1)) && (dot == 1 || !Character.isLetter(text.charAt(dot - 2)));
    }

    /** Longest stretch looked back over for a clause start or a subject: keeps the scan linear. */
    private static final int WINDOW = 300;

    /**
     * Where the clause holding {@code at} starts: after the last ", ", ": ", "; ", " and " or dash before
     * it, looking back at most {@link #WINDOW} characters.
     */
    private static int clauseStart(CuePatterns g, String s, int at) {
        int floor = Math.max(0, at - WINDOW);
        for (int i = at - 1; i >= floor; i--) {
            char c = s.charAt(i);
            if (c == ' ' && i > 0) {
                char before = s.charAt(i - 1);
                if (before == ',' || before == ':' || before == ';' || before == '\u2013' || before == '\u2014') {
                    return i + 1;
                }
                if (g.andBefore(s, i)) {
                    return i + 1;
                }
                if (i >= 2 && s.startsWith(" -", i - 2)) {
                    return i + 1;
                }
            }
        }
        return floor;
    }

    /** The addressee of an appeal as written, without a trailing aside: "the Group, upon its first meeting," → "the Group". */
    private static String addressee(CuePatterns g, String raw) {
        return g.aside == null ? raw.strip() : g.aside.matcher(raw.strip()).replaceFirst("").strip();
    }

    /** Whether a relative pronoun opens a clause shortly before {@code at}: "..., which will be ... and will provide". */
    private static boolean relativeBefore(CuePatterns g, String s, int at) {
        int from = Math.max(0, at - 160);
        return g.holdsRelative(s.substring(from, at));
    }

    /**
     * The authors as the subject of a verb: where the subject starts, the actor, and what kind of subject it is
     * ({@link #FIRST_PERSON_SUBJECT}, {@link #POSSESSIVE_SUBJECT}, {@link #NAMED_SUBJECT}).
     */
    private record Subject(int start, String actor, String kind) {
    }

    /** Longest subject looked for before a verb. */
    private static final int SUBJECT_WINDOW = 160;

    /**
     * The authors' subject right before {@code at}, or null: the clause before the verb is a first-person subject
     * ("We therefore"), a possessive one ("Our experts and senior officials"), or the authors named in the third person:
     * a capitalized group ("Participating States"), a designation ("The two sides", "Each country"), names that are all
     * the authors' ("The United Provinces and Arcadia", "Arcadia, the United Provinces, and Borduria"), or a pronoun ("They also")
     * after the authors were named in the text. The subject may hold commas and "and": the longest one that is whole
     * from a clause boundary to the verb wins.
     */
    private static Subject subject(CuePatterns g, String s, int at, Authors authors, String antecedent) {
        if (at <= 0) {
            return g.subjectOptional && at == 0 ? new Subject(0, authors.actor(), FIRST_PERSON_SUBJECT) : null;
        }
        int floor = Math.max(0, at - SUBJECT_WINDOW);
        int nearest = clauseStart(g, s, at);
        if (g.subjectOptional && s.substring(nearest, at).isBlank()) {
            return new Subject(nearest, authors.actor(), FIRST_PERSON_SUBJECT); // "Fortaleceremos": the verb's ending is the subject
        }
        Subject best = null;
        for (int k = at - 1; k >= floor; k--) {
            if (!(k == 0 || isClauseStart(g, s, k))) {
                continue;
            }
            if (k < nearest && !g.mayOpenSubject(s, k)) {
                continue; // a longer subject opens with a capital, a possessive or a determiner
            }
            String prefix = s.substring(k, at);
            if (prefix.isBlank()) {
                continue;
            }
            Subject found = null;
            Matcher m;
            if (k >= nearest && g.weSubject.matcher(prefix).matches()) {
                return new Subject(k, authors.actor(), FIRST_PERSON_SUBJECT); // "We also": no longer subject holds it
            }
            if (g.ourSubject.matcher(prefix).matches() && !prefix.contains(",")) {
                found = new Subject(k, authors.actor(), POSSESSIVE_SUBJECT);
            } else if (g.namedSubject.matcher(prefix).matches()) {
                found = new Subject(k, prefix.strip(), NAMED_SUBJECT);
            } else if ((m = g.designation.matcher(prefix)).matches() || !authors.names().isEmpty()
                    && (m = g.names.matcher(prefix)).matches() && authors.namedFirst(g.namesIn(m.group("authors")))) {
                found = new Subject(k, m.group("authors").strip(), NAMED_SUBJECT); // as written, without "also" or "se"
            } else if (antecedent != null && g.thirdPerson.matcher(prefix).matches()) {
                found = new Subject(k, antecedent, NAMED_SUBJECT);
            }
            if (found != null) {
                best = found;
            }
            if (k == 0) {
                break;
            }
        }
        return best;
    }

    /** Whether a clause may start at {@code k}: after ", ", ": ", "; ", a dash or " and " (as {@link #clauseStart}). */
    private static boolean isClauseStart(CuePatterns g, String s, int k) {
        if (k < 2 || s.charAt(k - 1) != ' ') {
            return false;
        }
        char before = s.charAt(k - 2);
        return before == ',' || before == ':' || before == ';' || before == '\u2013' || before == '\u2014' || g.andBefore(s, k - 1)
                || k >= 3 && s.startsWith(" -", k - 3);
    }

    /**
     * Whether a cue's words are part of a name: it is written with a capital inside its sentence and the word after it
     * is capitalized too ("the Global Food Security Plan to Address Food Insecurity").
     */
    private static boolean partOfAName(String s, Matcher m) {
        if (m.start() == 0 || !Character.isUpperCase(s.charAt(m.start()))) {
            return false;
        }
        String before = s.substring(0, m.start()).stripTrailing();
        if (before.isEmpty() || before.endsWith(":") || before.endsWith(";")) {
            return false;
        }
        int next = m.end();
        while (next < s.length() && Character.isWhitespace(s.charAt(next))) {
            next++;
        }
        return next < s.length() && Character.isUpperCase(s.charAt(next));
    }

    /** Sorted start positions of any of the separators in {@code s}. */
    private static int[] positions(String s, String... separators) {
        List<Integer> at = new ArrayList<>();
        for (String sep : separators) {
            for (int i = s.indexOf(sep); i >= 0; i = s.indexOf(sep, i + 1)) {
                at.add(i);
            }
        }
        return at.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /** The first position at or after {@code from}, or -1. */
    private static int first(int[] sorted, int from) {
        int i = java.util.Arrays.binarySearch(sorted, from);
        int k = i >= 0 ? i : -i - 1;
        return k < sorted.length ? sorted[k] : -1;
    }

    /** Whether a position lies in [from, to). */
    private static boolean any(int[] sorted, int from, int to) {
        int p = first(sorted, from);
        return p >= 0 && p < to;
    }

    /** End of the previous unit when the next starts in the same sentence: before ", and " or " and ". */
    private static int cutBeforeConnective(CuePatterns g, String s, int next) {
        int end = next;
        for (int k = 0; k < 2; k++) { // "..., and also encourages": the adverbs go with the next unit's verb
            int e = end;
            while (e > 0 && s.charAt(e - 1) == ' ') {
                e--;
            }
            int w = e;
            while (w > 0 && Character.isLetter(s.charAt(w - 1))) {
                w--;
            }
            if (w < e && g.onlyAdverbs(s.substring(w, e)) && w > 0 && s.charAt(w - 1) == ' ') {
                end = w;
            } else {
                break;
            }
        }
        for (String c : g.connectives()) {
            if (end >= c.length() && s.startsWith(c, end - c.length())) {
                end -= c.length();
                break;
            }
        }
        return trim(s, end);
    }

    /** The end of a clause that runs to the end of its sentence: without final ".", ";", ":" nor a trailing "and" or "or" of a list item. */
    private static int trimEnd(CuePatterns g, String s) {
        int end = s.length();
        while (true) {
            while (end > 0 && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == ';' || s.charAt(end - 1) == ':'
                    || s.charAt(end - 1) == ',' || Character.isWhitespace(s.charAt(end - 1)))) {
                end--;
            }
            int word = end;
            while (word > 0 && Character.isLetter(s.charAt(word - 1))) {
                word--;
            }
            String w = s.substring(word, end);
            if (word > 0 && g.andOr(w) && (s.charAt(word - 1) == ' ' || s.charAt(word - 1) == ';')) {
                end = word;
            } else {
                return end;
            }
        }
    }

    private static int trim(String s, int end) {
        while (end > 0 && (Character.isWhitespace(s.charAt(end - 1)) || s.charAt(end - 1) == ',')) {
            end--;
        }
        return end;
    }

    /**
     * @return "CommitmentExtractor", its themes in brackets if any, and the languages whose cue sets differ from the
     *         standard ones in parentheses: {@code CommitmentExtractor[clearance](nl)}
     */
    @Override
    public String toString() {
        List<String> own = cues.entrySet().stream().filter(e -> !e.getValue().equals(STANDARD_CUES.get(e.getKey())))
                .map(Map.Entry::getKey).sorted().toList();
        return "CommitmentExtractor" + (themes == null ? "" : themes.themes().toString().toLowerCase(Locale.ROOT))
                + (own.isEmpty() ? "" : "(" + String.join(", ", own) + ")");
    }
}
