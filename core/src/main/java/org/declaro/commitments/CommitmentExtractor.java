package org.declaro.commitments;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.declaro.internal.Deadlines;
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
     * @param cue        what matched, e.g. {@code "will (subject: we)"}
     */
    public record Unit(Commitment commitment, String cue) {
    }

    private static final int WORD = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Cues other than "will", by modality; group 1 is the addressee of an appeal. */
    private static final List<Cue> CUES = List.of(
            new Cue(Modality.REAFFIRM, List.of("reaffirm", "renew", "reiterate"), Pattern.compile("\\b(?:reaffirm|reaffirms|reaffirming|renew|renews|renewing|reiterate|reiterates|reiterating)"
                    + "\\s+(?:our|its|their|the)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:commitment|dedication|determination|will|resolve|pledge)s?\\b", WORD)),
            new Cue(Modality.COMMIT, List.of("commit", "undertake", "resolve", "determined"), Pattern.compile("\\b(?:commit|commits|undertake|undertakes|resolve)\\s+(?:ourselves\\s+|themselves\\s+)?to\\b"
                    + "|\\b(?:are|remain|stand|is|remains)\\s+(?:[\\p{L}]+\\s+){0,2}?(?:committed|determined|resolved)\\s+to\\b"
                    + "|\\bshare\\s+a\\s+(?:[\\p{L}]+\\s+)?commitment\\s+to\\b", WORD)),
            new Cue(Modality.PLEDGE, List.of("pledge"), Pattern.compile("\\bpledges?\\s+to\\b", WORD)),
            new Cue(Modality.ASPIRE, List.of("aspire", "aim", "seek"), Pattern.compile("\\b(?:aspire|aspires|aim|aims|seek|seeks)\\s+to\\b", WORD)),
            new Cue(Modality.WILL, List.of("intend", "plan"), Pattern.compile("\\b(?:intend|intends|plan)\\s+to\\b", WORD)),
            new Cue(Modality.DECIDE, List.of("decide"), Pattern.compile("\\bdecides?\\s+(?:to|that)\\b", WORD)),
            new Cue(Modality.APPEAL, List.of("call", "appeal", "urge", "encourage", "invite", "request", "ask"), Pattern.compile("\\b(?:calls?\\s+(?:upon|on)|appeals?\\s+to|urges?|encourages?|invites?|requests?|asks?)"
                    + "\\s+(?!(?:for|on|in|with|that|upon)\\b)(\\p{L}[^.;:]{0,150}?)\\s+to\\s+(?!the\\b|this\\b|that\\b|its\\b|their\\b)\\p{L}", WORD)));

    /** "will", and its older form "shall" ("We shall ...") */
    private static final Pattern WILL = Pattern.compile("\\b(?:will|shall)\\b", WORD);
    private static final Pattern WE_SUBJECT = Pattern.compile("(?:we|We)(?:\\s+(?:therefore|further|also|thus|hereby|"
            + "jointly|collectively|all|each|now|again|[\\p{L}]+ly))?\\s*");
    private static final Pattern OUR_SUBJECT = Pattern.compile("Our\\s+(?:[\\p{L}-]+\\s+){0,5}");
    /** Named parties speaking of themselves in the third person: "Participating States will ...". */
    private static final Pattern NAMED_SUBJECT = Pattern.compile("(?:(?:All|Each|The|Participating|Affected)\\s+)?"
            + "(?:[\\p{Lu}][\\p{L}-]*\\s+){0,3}(?:States?|Parties|Party|Leaders|Members|Governments|Ministers)"
            + "(?:\\s+Part(?:y|ies))?\\s*");

    /** A cue pattern, tried on a sentence only when one of its trigger words occurs in it (lower case). */
    private record Cue(Modality modality, List<String> triggers, Pattern pattern) {
        boolean mayMatch(String lowerCase) {
            for (String t : triggers) {
                if (lowerCase.contains(t)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final CommitmentExtractor STANDARD = new CommitmentExtractor(null);

    private final ThemeVocabulary themes;

    private CommitmentExtractor(ThemeVocabulary themes) {
        this.themes = themes;
    }

    /** @return an extractor without themes */
    public static CommitmentExtractor standard() {
        return STANDARD;
    }

    /**
     * @param vocabulary the themes to tag commitments with
     * @return an extractor that tags themes
     */
    public static CommitmentExtractor withThemes(ThemeVocabulary vocabulary) {
        return new CommitmentExtractor(java.util.Objects.requireNonNull(vocabulary));
    }

    /** @return whether an author is written in the first person: its first word is "We" ("We, the Leaders"), not "Western Group" */
    static boolean firstPerson(String author) {
        return author.regionMatches(true, 0, "we", 0, 2) && (author.length() == 2 || !Character.isLetter(author.charAt(2)));
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
        if (doc instanceof Declaration d) {
            // first-person texts ("We, the Leaders of the G20") have "we" as the actor of their own units
            String author = d.author() == null || firstPerson(d.author()) ? "we" : d.author();
            List<PreambularParagraph> preamble = new ArrayList<>();
            for (int i = 0; i < d.preamble().size(); i++) {
                PreambularParagraph p = d.preamble().get(i);
                preamble.add(new PreambularParagraph(p.text(), p.footnotes(),
                        commitments(find(p.text(), "pre" + (i + 1), author)), p.extensions()));
            }
            List<Paragraph> paragraphs = new ArrayList<>();
            // ids name the paragraph by its number; where numbering restarts (format 1.1), by its position
            boolean unique = d.paragraphs().stream().map(Paragraph::number).filter(java.util.Objects::nonNull).distinct()
                    .count() == d.paragraphs().stream().map(Paragraph::number).filter(java.util.Objects::nonNull).count();
            for (int i = 0; i < d.paragraphs().size(); i++) {
                Paragraph p = d.paragraphs().get(i);
                int n = p.number() == null || !unique ? i + 1 : p.number();
                String prefix = "p" + n;
                Listed listed = listed(p.text(), find(p.text(), prefix, author, null), p.subparagraphs(), prefix, author, null);
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
                        commitments(find(act.text(), prefix, "we")), act.deadline(), act.extensions()));
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
     * Finds the units of one text.
     *
     * @param text     a paragraph's text; null gives no units
     * @param idPrefix prefix of the ids, e.g. {@code "p3"} gives {@code p3.c1}, {@code p3.c2}
     * @param author   the actor of units whose subject is the authors: {@code "we"} in first-person
     *                 texts, the body's name in a resolution
     * @return the units, in text order
     */
    public List<Unit> find(String text, String idPrefix, String author) {
        return find(text, idPrefix, author, null);
    }

    /**
     * Finds the units of a paragraph and of its sub-paragraphs at any depth, with the list rule applied (see the
     * class comment), as {@link #extract(Document)} does.
     *
     * @param paragraph the paragraph
     * @param idPrefix  prefix of the ids, e.g. {@code "p5"}: the paragraph's units are {@code p5.cK}, its second
     *                  sub-paragraph's {@code p5.s2.cK}
     * @param author    as for {@link #find(String, String, String)}
     * @return the units, the paragraph's first, then each sub-paragraph's, depth first; each unit's offsets are into
     *         the text its id names
     */
    public List<Unit> find(Paragraph paragraph, String idPrefix, String author) {
        List<Unit> all = new ArrayList<>();
        listed(paragraph.text(), find(paragraph.text(), idPrefix, author, null), paragraph.subparagraphs(), idPrefix, author, all);
        return all;
    }

    /** As {@link #find(String, String, String)}; {@code item}, if not null, makes the text an item of an action list. */
    private List<Unit> find(String text, String idPrefix, String author, Opener item) {
        List<Unit> units = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return units;
        }
        boolean first = true;
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
            units.addAll(inSentence(text, s[0], s[1], idPrefix, author, units.size(), lead));
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
    private Listed listed(String text, List<Unit> units, List<Subparagraph> subs, String prefix, String author, List<Unit> all) {
        if (subs.isEmpty()) {
            if (all != null) {
                all.addAll(units);
            }
            return new Listed(units, subs);
        }
        Opener opener = opener(text, units, author);
        boolean actions = opener != null && subs.stream().allMatch(s -> statesAnAction(s.text()));
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
            Listed inner = listed(s.text(), find(s.text(), sp, author, actions ? opener : null), s.subparagraphs(), sp, author, all);
            out.add(new Subparagraph(s.label(), s.text(), inner.subparagraphs(), commitments(inner.units()), s.extensions()));
        }
        return new Listed(kept, out);
    }

    /** "Decides:", "Also resolves:", "Requests the Secretary-General:", "We call upon all States:": an opener with no "to". */
    private static final Pattern BARE_OPENER = Pattern.compile("(?:^|[,;]\\s+|\\band\\s+|(?:[Ww]e|Also|also|[Ff]urther|[Aa]gain)\\s+)"
            + "(?:(decides?|resolves?)|(?:calls?\\s+(?:upon|on)|appeals?\\s+to|urges?|encourages?|invites?|requests?|asks?)"
            + "\\s+(?!(?:for|on|in|with|that|upon)\\b)(\\p{L}[^.;:]{0,150}?))\\s*:\\s*$", WORD);

    /**
     * The opener of the list that follows a text, or null: its text ends with a colon, and either its last unit
     * runs up to that colon, or its last clause is a bare operative verb ({@link #BARE_OPENER}).
     */
    private static Opener opener(String text, List<Unit> units, String author) {
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
        Matcher m = BARE_OPENER.matcher(last);
        if (!m.find()) {
            return null;
        }
        String cue = "\"" + last.substring(m.start(), last.length() - 1).strip() + ":\"";
        return m.group(1) != null ? new Opener(Modality.DECIDE, author, "decide: " + cue, null)
                : new Opener(Modality.APPEAL, addressee(m.group(2)), "appeal: " + cue, null);
    }

    /** Closed-class words (articles, determiners, pronouns, prepositions, conjunctions) that do not open an action. */
    private static final java.util.Set<String> NOT_A_VERB = java.util.Set.of("a", "an", "the", "this", "that", "these",
            "those", "its", "their", "our", "his", "her", "all", "each", "every", "any", "some", "such", "other", "no",
            "by", "through", "in", "on", "at", "for", "from", "of", "with", "within", "without", "under", "over",
            "between", "among", "into", "as", "via", "including", "and", "or", "but", "nor", "if", "where", "when",
            "while", "whether", "which", "who", "whose", "not", "both", "either", "neither", "more", "most", "new",
            "also", "ensuring", "i", "ii", "iii", "iv", "v");
    private static final java.util.Set<String> PRONOUN_SUBJECT = java.util.Set.of("we", "they", "it", "he", "she");
    /** Verbs that look like nouns or adjectives by their ending. */
    private static final java.util.Set<String> VERB_EXCEPTIONS = java.util.Set.of("implement", "complement", "supplement",
            "document", "enable", "disable", "embed");
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
     * @param item a list item's text
     * @return whether it states an action of its own
     */
    static boolean statesAnAction(String item) {
        Matcher m = FIRST_WORDS.matcher(item == null ? "" : item);
        if (!m.lookingAt()) {
            return false;
        }
        String w1 = m.group(1).toLowerCase(Locale.ROOT);
        String w2 = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
        String w3 = m.group(3) == null ? "" : m.group(3).toLowerCase(Locale.ROOT);
        if (w1.equals("to")) {
            return baseForm(w2) || adverb(w2) && baseForm(w3);
        }
        if (w1.equals("that") || PRONOUN_SUBJECT.contains(w1) && !w2.isEmpty()) {
            return true; // a full clause
        }
        return baseForm(w1) || adverb(w1) && baseForm(w2);
    }

    private static boolean adverb(String w) {
        return w.length() > 4 && w.endsWith("ly") || w.equals("further") || w.equals("also") || w.equals("jointly");
    }

    private static boolean baseForm(String w) {
        if (w.isEmpty() || NOT_A_VERB.contains(w) || PRONOUN_SUBJECT.contains(w) || adverb(w)) {
            return false;
        }
        if (VERB_EXCEPTIONS.contains(w)) {
            return true;
        }
        for (String suffix : new String[] {"ing", "tion", "sion", "ment", "ness", "ity", "ship", "ism", "ic", "ous",
                "ful", "tive", "sive", "able", "ible"}) {
            if (w.endsWith(suffix)) {
                return false;
            }
        }
        return !(w.endsWith("al") && !w.endsWith("eal") || w.endsWith("ed") && !w.endsWith("eed")
                || w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us"));
    }

    /** A candidate: where its clause starts (subject or cue), where the cue starts, modality, actor, cue. */
    private record Candidate(int start, int cueStart, int cueEnd, Modality modality, String actor, String cue) {
    }

    private List<Unit> inSentence(String text, int from, int to, String idPrefix, String author, int already, Candidate lead) {
        String sentence = text.substring(from, to);
        List<Candidate> candidates = new ArrayList<>();
        if (lead != null && lead.start() < sentence.length()) {
            candidates.add(lead); // first, so that it wins over a cue at the same place
        }
        boolean weSentence = sentence.startsWith("We ") || sentence.startsWith("we ") || sentence.contains(" we ")
                || sentence.startsWith("Our ") || author != null && !author.equals("we");
        String lower = sentence.toLowerCase(Locale.ROOT);
        for (Cue cue : CUES) {
            if (!cue.mayMatch(lower)) {
                continue;
            }
            Matcher m = cue.pattern().matcher(sentence);
            while (m.find()) {
                if (precededByTo(sentence, m.start()) && !precededBy(sentence, m.start(), "continue to", "continues to")) {
                    continue; // "to commit to": inside another clause's complement
                }
                if (precededBy(sentence, m.start(), "that", "which", "who")) {
                    continue; // "subsidies that encourage wasteful consumption": a relative clause, not the authors speaking
                }
                String actor = cue.modality() == Modality.APPEAL ? addressee(m.group(1)) : author;
                int clause = clauseStart(sentence, m.start());
                int start = subjectStart(sentence, clause, m.start());
                if (cue.modality() == Modality.ASPIRE && start < 0 && !(clause == 0 && sentence.substring(0, m.start()).isBlank())
                        && !(endsWithAnd(sentence, clause) && sentence.substring(clause, m.start()).isBlank())) {
                    continue; // "such work should aim to", "It aims to": aims of others, not of the authors
                }
                candidates.add(new Candidate(start < 0 ? m.start() : start, m.start(), m.end(), cue.modality(), actor,
                        cue.modality().jsonName() + ": \"" + sentence.substring(m.start(), m.end()) + "\""));
            }
        }
        Matcher will = WILL.matcher(sentence);
        while ((lower.contains("will") || lower.contains("shall")) && will.find()) {
            int clause = clauseStart(sentence, will.start());
            if (will.start() - clause > 80) {
                continue; // no subject is that long
            }
            String prefix = sentence.substring(clause, will.start());
            if (WE_SUBJECT.matcher(prefix).matches()) {
                candidates.add(new Candidate(clause, will.start(), will.end(), Modality.WILL, author, "will (subject: we)"));
            } else if (OUR_SUBJECT.matcher(prefix).matches()) {
                candidates.add(new Candidate(clause, will.start(), will.end(), Modality.WILL, author,
                        "will (subject: " + prefix.strip() + ")"));
            } else if (NAMED_SUBJECT.matcher(prefix).matches() && !prefix.isBlank()) {
                candidates.add(new Candidate(clause, will.start(), will.end(), Modality.WILL, prefix.strip(),
                        "will (subject: " + prefix.strip() + ")"));
            } else if (prefix.isBlank() && endsWithAnd(sentence, clause) && weSentence
                    && !relativeBefore(sentence, clause)) {
                candidates.add(new Candidate(will.start(), will.start(), will.end(), Modality.WILL, author,
                        "will (subject shared across \"and\")"));
            }
        }
        if (lead != null && candidates.stream().anyMatch(c -> c != lead && c.start() == lead.start() && c.start() < c.cueStart())) {
            candidates.remove(lead); // the item is a clause with its own subject and cue ("We ask X to ..."): that cue governs it
        }
        candidates.sort((a, b) -> Integer.compare(a.cueStart(), b.cueStart()));
        int[] boundaries = positions(sentence, " and ", ", ", "; ", ": ");
        int[] relatives = positions(sentence, ", that ", ", which ", ", who ");
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
            int end = i + 1 < kept.size() ? cutBeforeConnective(sentence, kept.get(i + 1).start()) : trimEnd(sentence);
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
                    themes == null ? List.of() : themes.themesOf(unitText), Deadlines.in(unitText));
            units.add(new Unit(commitment, c.cue()));
        }
        return units;
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
                    && Character.isUpperCase(text.charAt(i + 2))) {
                out.add(new int[] {start, i + 1});
                start = i + 2;
            }
        }
        if (start < n) {
            out.add(new int[] {start, n});
        }
        return out;
    }

    private static boolean precededByTo(String s, int at) {
        int i = at;
        while (i > 0 && s.charAt(i - 1) == ' ') {
            i--;
        }
        return i >= 2 && s.regionMatches(true, i - 2, "to", 0, 2) && (i == 2 || !Character.isLetter(s.charAt(i - 3)));
    }

    /** Longest stretch looked back over for a clause start or a subject: keeps the scan linear. */
    private static final int WINDOW = 300;

    /**
     * Where the clause holding {@code at} starts: after the last ", ", ": ", "; ", " and " or dash before
     * it, looking back at most {@link #WINDOW} characters.
     */
    private static int clauseStart(String s, int at) {
        int floor = Math.max(0, at - WINDOW);
        for (int i = at - 1; i >= floor; i--) {
            char c = s.charAt(i);
            if (c == ' ' && i > 0) {
                char before = s.charAt(i - 1);
                if (before == ',' || before == ':' || before == ';' || before == '\u2013' || before == '\u2014') {
                    return i + 1;
                }
                if (i >= 4 && s.startsWith(" and", i - 4)) {
                    return i + 1;
                }
                if (i >= 2 && s.startsWith(" -", i - 2)) {
                    return i + 1;
                }
            }
        }
        return floor;
    }

    private static final Pattern ASIDE = Pattern.compile(",\\s+(?:upon|as|in|through|within|at|where|when|including|inter alia|to\\s+this\\s+end|for\\s+this\\s+purpose)\\b.*");

    /** The addressee of an appeal as written, without a trailing aside: "the Group, upon its first meeting," → "the Group". */
    private static String addressee(String raw) {
        return ASIDE.matcher(raw.strip()).replaceFirst("").strip();
    }

    /** Whether a word ends right before {@code at} (white space between): "that encourage", "continue to commit". */
    private static boolean precededBy(String s, int at, String... words) {
        int i = at;
        while (i > 0 && s.charAt(i - 1) == ' ') {
            i--;
        }
        for (String w : words) {
            int from = i - w.length();
            if (from >= 0 && s.regionMatches(true, from, w, 0, w.length()) && (from == 0 || !Character.isLetter(s.charAt(from - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a relative pronoun opens a clause shortly before {@code at}: "..., which will be ... and will provide". */
    private static boolean relativeBefore(String s, int at) {
        int from = Math.max(0, at - 160);
        String window = s.substring(from, at);
        return window.contains(" which ") || window.contains(" who ") || window.contains(", that ");
    }

    private static boolean endsWithAnd(String s, int clause) {
        return clause >= 5 && s.startsWith(" and ", clause - 5);
    }

    /** The subject's start when the cue's clause opens with one ("We therefore pledge"), else -1. */
    private static int subjectStart(String s, int clause, int cueStart) {
        if (cueStart - clause > 80) {
            return -1; // no subject is that long
        }
        String prefix = s.substring(clause, cueStart);
        if (prefix.isBlank()) {
            return -1;
        }
        if (WE_SUBJECT.matcher(prefix).matches() || OUR_SUBJECT.matcher(prefix).matches()
                || NAMED_SUBJECT.matcher(prefix).matches()) {
            return clause;
        }
        return -1;
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
    private static int cutBeforeConnective(String s, int next) {
        int end = next;
        for (String c : new String[] {", and ", " and ", "; ", ", ", ": "}) {
            if (end >= c.length() && s.startsWith(c, end - c.length())) {
                end -= c.length();
                break;
            }
        }
        return trim(s, end);
    }

    /** The end of a clause that runs to the end of its sentence: without final ".", ";", ":" nor a trailing "and" or "or" of a list item. */
    private static int trimEnd(String s) {
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
            if (word > 0 && (w.equals("and") || w.equals("or")) && (s.charAt(word - 1) == ' ' || s.charAt(word - 1) == ';')) {
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

    @Override
    public String toString() {
        return "CommitmentExtractor" + (themes == null ? "" : themes.themes().toString().toLowerCase(Locale.ROOT));
    }
}
