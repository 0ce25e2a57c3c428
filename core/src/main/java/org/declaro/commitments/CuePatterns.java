package org.declaro.commitments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.declaro.commitments.CommitmentCues.Words;
import org.declaro.model.Modality;
import org.declaro.model.PartialDate;

/**
 * The regular expressions and word sets of one {@link CommitmentCues}, built from its data: the one place where the
 * extractor's patterns are made. The notation of phrases and words is the one of {@link CommitmentCues}. Where a
 * word's edge is an ASCII letter or digit, its boundary is {@code \b}; elsewhere it is a look-around for a letter,
 * digit or underscore, so that "à" and "él" are whole words on every Java version.
 */
final class CuePatterns {

    /** Flags of the cue patterns: case-insensitive, Unicode case. */
    static final int WORD = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String NOT_WORD_BEFORE = "(?<![\\p{L}\\p{N}_])";
    private static final String NOT_WORD_AFTER = "(?![\\p{L}\\p{N}_])";
    private static final String NEVER = "(?!)";
    /** After a phrase's last word: not the first part of a compound ("demand-driven"). */
    private static final String NOT_COMPOUND = "(?![-\u2010\u2011]\\p{L})";
    /** The group of {@link #bareOpener} that holds a decision's verb. */
    static final String DECISION = "decision";
    private static final Pattern GAP = Pattern.compile("\\{(\\d+)(-?)\\}");

    /** What a cue needs besides its words. */
    enum Need {
        /** nothing: its words make a unit (an appeal's, with its addressee) */
        NOTHING,
        /** the authors as the clause's subject ({@link CommitmentCues#authorsCues}) */
        AUTHORS,
        /** an operative paragraph of a body, and no addressee ({@link CommitmentCues#unaddressed}) */
        BODY
    }

    /**
     * One cue phrase's pattern, tried on a sentence only when it holds (in lower case) one of the {@code anyOf} words
     * (set by hand for a modality, or none) and, for each word of the phrase of three letters or more, one of its
     * spellings ({@code allOf}); and what else the phrase needs to make a unit.
     */
    record Cue(Modality modality, List<String> anyOf, List<List<String>> allOf, Pattern pattern, Need need) {
        boolean mayMatch(String lowerCase) {
            if (!anyOf.isEmpty() && !mayMatchAny(anyOf, lowerCase)) {
                return false;
            }
            for (List<String> words : allOf) {
                if (!mayMatchAny(words, lowerCase)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Cues by modality, in {@link CommitmentCues#ORDER}; the appeal's addressee is the group {@code addressee}. */
    final List<Cue> cues;
    /** The future after a subject ("will", "renforcerons"), and words one of which it holds (empty: any text). */
    final Pattern future;
    final List<String> futureTriggers;
    /** The third-person future, after the authors named in the third person only; null if the language has none of its own. */
    final Pattern futureThird;
    /** What stands before the future or a cue when the authors speak: "We", "We therefore", "nous nous". */
    final Pattern weSubject;
    /** "Our efforts " before the future. */
    final Pattern ourSubject;
    /** Named parties speaking of themselves in the third person: "Participating States ". */
    final Pattern namedSubject;
    /** The words by which a joint text names its authors: "The two sides ", "Both countries ", "Each country ". */
    final Pattern designation;
    /** A third-person plural pronoun subject: "They ", "They also ". */
    final Pattern thirdPerson;
    /** Names in coordination, as a clause's subject: "Arcadia and the United Provinces ", "Arcadia, the United Provinces, and Borduria ". */
    final Pattern names;
    /** One name of {@link #names}: "the President of the United States". */
    private final Pattern name;
    private final List<String> nameDeterminers;
    /** The first words of possessives and determiners that may open a subject, lower case. */
    private final List<String> subjectOpeners;
    /** One or two adverbs before an operative verb. */
    private final Pattern operativeAdverbs;
    /** Names in coordination opening a text's first sentence, before a lower-case word: group {@code names}. */
    final Pattern openingNames;
    /** The appeal verbs before an addressee, for telling an addressee that runs into a second appeal; null if none. */
    private final Pattern appealVerb;
    /** A bare list opener with no marker; groups {@link #DECISION} and {@code addressee}. */
    final Pattern bareOpener;
    /** An aside after an addressee, removed from it; null if none. */
    final Pattern aside;
    /** A deadline; groups {@code month} (if months are known) and {@code year}; null if none. */
    final Pattern deadline;
    private final List<String> months;

    final boolean subjectOptional;
    private final List<String> pronouns;
    private final List<String> possessives;
    private final List<String> and;
    private final Set<String> andOr;
    /** Literal separators that cut clauses, relative clauses; literal strings before a cue that exclude it. */
    final String[] boundaries;
    final String[] relativeOpenings;
    private final String[] relativesBefore;
    private final String[] connectives;
    private final List<String> notBeforeCue;
    /** " that ", " which ": a relative pronoun or complementizer, lower case, with the spaces around it. */
    private final List<String> reported;
    private final List<String> infinitiveMarkers;
    private final List<String> continuing;

    private final List<String> itemMarkers;
    private final Set<String> itemClauses;
    private final Set<String> itemSubjects;
    private final Set<String> itemAdverbs;
    private final List<String> itemAdverbEndings;
    private final Set<String> notVerbs;
    private final Set<String> verbs;
    /** Endings, longest first; true for a verb's. */
    private final List<String> endings;
    private final Set<String> verbEndings;
    private final boolean verbByDefault;

    CuePatterns(CommitmentCues c) {
        List<String> afterVerb = c.words(Words.AFTER_VERB);
        List<String> notAddressee = c.words(Words.NOT_ADDRESSEE);
        String notAddresseeAhead = notAddressee.isEmpty() ? "" : "(?!" + alt(notAddressee, false, true) + ")";
        String addressee = "(?<addressee>\\p{L}[^.;:]{0,150}?)";

        List<Cue> list = new ArrayList<>();
        for (Modality m : CommitmentCues.ORDER) {
            List<String> pinned = c.triggers(m);
            for (String p : c.cues(m)) {
                Phrase compiled = phrase(p, afterVerb, m == Modality.APPEAL);
                String regex = compiled.regex();
                if (m == Modality.APPEAL) {
                    regex += "\\s+" + notAddresseeAhead + addressee + markers(c);
                }
                list.add(new Cue(m, pinned == null ? List.of() : pinned, compiled.allOf(), Pattern.compile(regex, WORD),
                        Need.NOTHING));
            }
        }
        for (Modality m : CommitmentCues.ORDER) {
            if (!c.authorsCues(m).isEmpty()) {
                list.addAll(plainCues(m, c.authorsCues(m), afterVerb, Need.AUTHORS));
            }
        }
        if (!c.unaddressed().isEmpty()) {
            list.addAll(plainCues(Modality.APPEAL, c.unaddressed(), afterVerb, Need.BODY));
        }
        this.cues = List.copyOf(list);

        List<String> future = c.words(Words.FUTURE);
        if (future.isEmpty()) {
            this.future = null;
            this.futureTriggers = List.of();
        } else {
            List<String> notFuture = c.words(Words.NOT_FUTURE);
            this.future = Pattern.compile((notFuture.isEmpty() ? "" : "(?!" + alt(notFuture, false, true) + ")")
                    + alt(future, true, true), WORD);
            List<String> t = new ArrayList<>();
            for (String w : future) {
                String trigger = trigger(w);
                if (trigger.isEmpty()) {
                    t = List.of();
                    break;
                }
                t.add(trigger);
            }
            this.futureTriggers = minimal(t);
        }

        List<String> future3 = c.words(Words.THIRD_PERSON_FUTURE);
        this.futureThird = future3.isEmpty() ? null : Pattern.compile(alt(future3, true, true), WORD);
        this.subjectOptional = c.subjectOptional();
        this.pronouns = lowered(c.words(Words.FIRST_PERSON));
        this.possessives = lowered(c.words(Words.POSSESSIVE));
        List<String> adverbs = c.words(Words.SUBJECT_ADVERB);
        List<String> reflexive = lowered(c.words(Words.REFLEXIVE));
        if (subjectOptional) {
            StringBuilder we = new StringBuilder();
            if (!pronouns.isEmpty()) {
                we.append("(?:").append(alt(capitalized(pronouns), false, false)).append("\\s+)?");
            }
            if (!adverbs.isEmpty()) {
                we.append("(?:").append(alt(capitalized(adverbs), false, false)).append("\\s+)?");
            }
            if (!reflexive.isEmpty()) {
                we.append("(?:").append(alt(capitalized(reflexive), false, false)).append("\\s+)?");
            }
            this.weSubject = Pattern.compile(we + "\\s*");
        } else {
            this.weSubject = Pattern.compile((pronouns.isEmpty() ? NEVER : alt(capitalized(pronouns), false, false))
                    + (adverbs.isEmpty() ? "" : "(?:\\s+" + alt(adverbs, false, false) + ")?")
                    + (reflexive.isEmpty() ? "" : "(?:\\s+" + alt(reflexive, false, false) + ")?") + "\\s*");
        }
        this.ourSubject = Pattern.compile(possessives.isEmpty() ? NEVER
                : alt(capitalized(possessives), false, false) + "\\s+(?:[\\p{L}-]+\\s+){0,5}");
        List<String> heads = c.words(Words.NAMED_HEAD);
        List<String> determiners = c.words(Words.NAMED_DETERMINER);
        List<String> suffixes = c.words(Words.NAMED_SUFFIX);
        this.namedSubject = Pattern.compile(heads.isEmpty() ? NEVER
                : (determiners.isEmpty() ? "" : "(?:" + alt(determiners, false, false) + "\\s+)?")
                        + "(?:[\\p{Lu}][\\p{L}-]*\\s+){0,3}" + alt(heads, false, false)
                        + (suffixes.isEmpty() ? "" : "(?:\\s+" + alt(suffixes, false, false) + ")?") + "\\s*");

        // the authors named in the third person: designations, pronouns, coordinated names
        this.and = c.words(Words.AND);
        List<String> reflexive3 = c.words(Words.THIRD_PERSON_REFLEXIVE);
        String adverbTail = (adverbs.isEmpty() ? "" : "(?:\\s+" + alt(adverbs, false, true) + "){0,2}")
                + (reflexive3.isEmpty() ? "" : "(?:\\s+" + alt(reflexive3, false, true) + ")?") + "\\s*";
        List<String> desDet = c.words(Words.DESIGNATION_DETERMINER);
        List<String> desNoun = c.words(Words.DESIGNATION_NOUN);
        this.designation = Pattern.compile(desDet.isEmpty() || desNoun.isEmpty() ? NEVER
                : "(?<authors>" + alt(desDet, false, true) + "\\s+(?:[\\p{L}-]+\\s+)?" + alt(desNoun, false, true) + ")" + adverbTail, WORD);
        List<String> they = c.words(Words.THIRD_PERSON);
        this.thirdPerson = Pattern.compile(they.isEmpty() ? NEVER : alt(capitalized(they), false, true) + adverbTail);
        List<String> links = c.words(Words.NAME_LINK);
        List<String> nameDet = c.words(Words.NAME_DETERMINER);
        String cap = "\\p{Lu}[\\p{L}\\p{M}.'\u2019-]*+";
        String part = cap + "(?:\\s+" + cap + "){0,5}";
        String oneName = (nameDet.isEmpty() ? "" : "(?:" + alt(capitalized(nameDet), false, true) + "\\s+)?") + part
                + (links.isEmpty() ? "" : "(?:\\s+" + alt(links, false, true) + "\\s+" + part + ")?");
        this.name = Pattern.compile(oneName);
        this.nameDeterminers = List.copyOf(nameDet);
        Set<String> openers = new LinkedHashSet<>(possessives);
        for (String w : lowered(spelled(nameDet))) {
            openers.add(w.split(" ")[0]);
        }
        for (String w : lowered(desDet)) {
            openers.add(w.split(" ")[0]);
        }
        this.subjectOpeners = List.copyOf(openers);
        List<String> opAdverbs = new ArrayList<>(adverbs);
        opAdverbs.addAll(c.words(Words.OPENER_ADVERB));
        opAdverbs.addAll(afterVerb);
        this.operativeAdverbs = Pattern.compile(opAdverbs.isEmpty() ? NEVER
                : alt(opAdverbs, false, true) + "(?:\\s+" + alt(opAdverbs, false, true) + ")?", WORD);
        String andWord = and.isEmpty() ? NEVER : alt(and, true, true);
        String coordination = "(?:" + oneName + ")(?:,\\s+(?:" + oneName + ")){0,6}(?:,?\\s+" + andWord + "\\s+(?:" + oneName + "))?";
        this.names = Pattern.compile("(?<authors>" + coordination + ")" + adverbTail);
        // at least two names: the co-authors of a joint text ("Arcadia and the United Provinces condemn ..."), not one body
        String twoOrMore = "(?:" + oneName + ")(?:(?:,\\s+(?:" + oneName + ")){0,6},?\\s+" + andWord + "\\s+(?:" + oneName + "))";
        this.openingNames = Pattern.compile("^(?:[^,]{1,40},\\s+)?(?<names>" + twoOrMore + ")\\s+(?=\\p{Ll})");

        // "Decides:", "Also requests the Secretary-General:", "We call upon all States:"
        List<String> leading = new ArrayList<>(pronouns);
        leading.addAll(c.words(Words.OPENER_ADVERB));
        String lead = "(?:^|[,;]\\s+" + (and.isEmpty() ? "" : "|" + alt(and, true, false) + "\\s+")
                + (leading.isEmpty() ? "" : "|" + alt(leading, false, false) + "\\s+") + ")";
        List<String> deciders = c.words(Words.DECIDE_OPENER);
        String decide = "(?<" + DECISION + ">" + (deciders.isEmpty() ? NEVER : alt(deciders, false, false)) + ")"
                + (afterVerb.isEmpty() ? "" : "(?:\\s+" + alt(afterVerb, false, false) + ")?");
        List<String> appealVerbs = new ArrayList<>();
        for (String p : c.cues(Modality.APPEAL)) {
            appealVerbs.add(phrase(p, afterVerb, true).bare());
        }
        String appeal = appealVerbs.isEmpty() ? NEVER + "(?<addressee>)"
                : "(?:" + String.join("|", appealVerbs) + ")\\s+" + notAddresseeAhead + addressee;
        this.appealVerb = appealVerbs.isEmpty() ? null : Pattern.compile(NOT_WORD_BEFORE + "(?:" + String.join("|", appealVerbs) + ")\\s", WORD);
        this.bareOpener = Pattern.compile(lead + "(?:" + decide + "|" + appeal + ")\\s*:\\s*$", WORD);

        List<String> asides = c.words(Words.ASIDE);
        this.aside = asides.isEmpty() ? null : Pattern.compile(",\\s+" + alt(asides, false, true) + ".*");
        List<String> deadlines = c.words(Words.DEADLINE);
        this.months = c.words(Words.MONTH);
        this.deadline = deadlines.isEmpty() ? null : Pattern.compile(alt(deadlines, true, true) + "[^.;]{0,60}?"
                + (months.isEmpty() ? "" : "(?:(?<month>" + alt(months, true, false) + ")\\s+)?")
                + "\\b(?<year>(?:19|20)\\d{2})\\b");

        List<String> or = c.words(Words.OR);
        this.andOr = new HashSet<>(and);
        andOr.addAll(or);
        List<String> b = new ArrayList<>();
        for (String a : and) {
            b.add(" " + a + " ");
        }
        b.addAll(List.of(", ", "; ", ": "));
        this.boundaries = b.toArray(String[]::new);
        List<String> relatives = c.words(Words.RELATIVE);
        List<String> commaRelatives = c.words(Words.COMMA_RELATIVE);
        List<String> openings = new ArrayList<>();
        List<String> before = new ArrayList<>();
        for (String r : spelled(commaRelatives)) {
            openings.add(", " + r + (elided(r) ? "" : " "));
            before.add(", " + r + (elided(r) ? "" : " "));
        }
        for (String r : spelled(relatives)) {
            openings.add(", " + r + (elided(r) ? "" : " "));
            before.add(" " + r + (elided(r) ? "" : " "));
        }
        this.relativeOpenings = openings.toArray(String[]::new);
        this.relativesBefore = before.toArray(String[]::new);
        List<String> cc = new ArrayList<>();
        for (String a : and) {
            cc.add(", " + a + " ");
        }
        for (String a : and) {
            cc.add(" " + a + " ");
        }
        cc.addAll(List.of("; ", ", ", ": "));
        this.connectives = cc.toArray(String[]::new);
        List<String> nb = new ArrayList<>(commaRelatives);
        nb.addAll(relatives);
        nb.addAll(c.words(Words.NOT_BEFORE_CUE));
        this.notBeforeCue = List.copyOf(nb);
        List<String> rep = new ArrayList<>();
        List<String> relativesAndComplementizers = new ArrayList<>(commaRelatives);
        relativesAndComplementizers.addAll(relatives);
        for (String r : lowered(spelled(relativesAndComplementizers))) {
            rep.add(elided(r) ? " " + r : " " + r + " ");
        }
        this.reported = List.copyOf(rep);
        this.infinitiveMarkers = c.words(Words.INFINITIVE_MARKER);
        this.continuing = c.words(Words.CONTINUING);

        this.itemMarkers = lowered(c.words(Words.ITEM_MARKER));
        this.itemClauses = new HashSet<>(lowered(spelled(c.words(Words.ITEM_CLAUSE))));
        this.itemSubjects = new HashSet<>(lowered(c.words(Words.ITEM_SUBJECT)));
        Set<String> adverbWords = new HashSet<>();
        List<String> adverbEndings = new ArrayList<>();
        for (String w : lowered(c.words(Words.ITEM_ADVERB))) {
            if (w.startsWith("*")) {
                adverbEndings.add(w.substring(1));
            } else {
                adverbWords.add(w);
            }
        }
        this.itemAdverbs = adverbWords;
        this.itemAdverbEndings = List.copyOf(adverbEndings);
        this.notVerbs = new HashSet<>(lowered(spelled(c.words(Words.NOT_VERB))));
        this.verbs = new HashSet<>(lowered(c.words(Words.VERB)));
        this.verbEndings = new HashSet<>(lowered(c.words(Words.VERB_ENDING)));
        Set<String> all = new LinkedHashSet<>(lowered(c.words(Words.NOT_VERB_ENDING)));
        all.addAll(verbEndings);
        List<String> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        this.endings = List.copyOf(sorted);
        this.verbByDefault = c.verbByDefault();
    }

    // --- patterns from the data

    /** The cues of phrases with no addressee after them. */
    private static List<Cue> plainCues(Modality m, List<String> phrases, List<String> afterVerb, Need need) {
        List<Cue> out = new ArrayList<>();
        for (String p : phrases) {
            Phrase compiled = phrase(p, afterVerb, false);
            out.add(new Cue(m, List.of(), compiled.allOf(), Pattern.compile(compiled.regex(), WORD), need));
        }
        return out;
    }

    /**
     * A compiled phrase: its pattern, the same without a leading boundary, and, for each of its words of three letters or
     * more, the spellings one of which it needs.
     */
    private record Phrase(String regex, String bare, List<List<String>> allOf) {
    }

    /**
     * Compiles a cue phrase (notation of {@link CommitmentCues}).
     *
     * @param appeal whether it is an appeal's verb, which may end with optional tokens and is followed by white space
     */
    private static Phrase phrase(String phrase, List<String> afterVerb, boolean appeal) {
        String[] tokens = phrase.strip().split("\\s+");
        int lastWord = -1;
        for (int i = 0; i < tokens.length; i++) {
            if (isWordToken(tokens[i])) {
                lastWord = i;
            }
        }
        if (!isWordToken(tokens[0])) {
            throw new IllegalArgumentException("a cue phrase starts with a word: \"" + phrase + "\"");
        }
        if (lastWord != tokens.length - 1 && !appeal) {
            throw new IllegalArgumentException("a cue phrase ends with a word: \"" + phrase + "\"");
        }
        StringBuilder withBoundary = new StringBuilder();
        StringBuilder bare = new StringBuilder();
        boolean sep = false; // white space is due before the next token
        List<List<String>> allOf = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            Matcher gap = GAP.matcher(t);
            if (t.equals("~") || t.startsWith("[")) {
                List<String> alts;
                if (t.equals("~")) {
                    alts = afterVerb;
                } else {
                    if (!t.endsWith("]") || t.length() < 3) {
                        throw new IllegalArgumentException("unknown token \"" + t + "\" in \"" + phrase + "\"");
                    }
                    alts = alternatives(t.substring(1, t.length() - 1), phrase);
                }
                if (alts.isEmpty()) {
                    continue;
                }
                for (String a : alts) {
                    if (elided(a)) {
                        throw new IllegalArgumentException("an optional word cannot be elided: \"" + phrase + "\"");
                    }
                }
                String a = alt(alts, false, false);
                String part = sep ? "(?:\\s+" + a + ")?" : "(?:" + a + "\\s+)?";
                withBoundary.append(part);
                bare.append(part);
            } else if (gap.matches()) {
                String word = gap.group(2).isEmpty() ? "[\\p{L}]+" : "[\\p{L}-]+";
                String n = gap.group(1);
                String part = sep ? "(?:\\s+" + word + "){0," + n + "}?" : "(?:" + word + "\\s+){0," + n + "}?";
                withBoundary.append(part);
                bare.append(part);
            } else {
                List<String> alts = alternatives(t, phrase);
                boolean last = i == lastWord;
                if (last && appeal && alts.stream().anyMatch(CuePatterns::elided)) {
                    throw new IllegalArgumentException("a verb cue of an addressee ends with a whole word: \"" + phrase + "\"");
                }
                String pre = sep ? "\\s+" : "";
                withBoundary.append(pre).append(wordToken(alts, i == 0, last));
                bare.append(pre).append(wordToken(alts, false, last));
                sep = last || alts.stream().noneMatch(CuePatterns::elided);
                int score = Integer.MAX_VALUE;
                List<String> triggers = new ArrayList<>();
                for (String a : alts) {
                    String trigger = trigger(a);
                    score = Math.min(score, trigger.length());
                    triggers.add(trigger);
                }
                if (score >= 3) {
                    allOf.add(minimal(triggers));
                }
            }
        }
        return new Phrase(withBoundary.toString(), bare.toString(), List.copyOf(allOf));
    }

    /**
     * One word token of a phrase: its alternatives, with a boundary before them if it is the first and after them if it
     * is the last; elided alternatives take the white space of whole ones with them when a token follows.
     */
    private static String wordToken(List<String> alts, boolean start, boolean last) {
        List<String> whole = alts.stream().filter(a -> !elided(a)).toList();
        List<String> cut = alts.stream().filter(CuePatterns::elided).toList();
        if (cut.isEmpty()) {
            return alt(whole, start, last) + (last ? NOT_COMPOUND : "");
        }
        if (last) {
            return "(?:" + (whole.isEmpty() ? "" : alt(whole, start, true) + "|") + alt(cut, start, false) + ")";
        }
        return "(?:" + (whole.isEmpty() ? "" : alt(whole, start, false) + "\\s+|") + alt(cut, start, false) + ")";
    }

    private static boolean isWordToken(String t) {
        return !t.equals("~") && !t.startsWith("[") && !GAP.matcher(t).matches();
    }

    private static List<String> alternatives(String token, String phrase) {
        List<String> out = new ArrayList<>();
        for (String a : token.split("\\|", -1)) {
            if (a.isEmpty() || a.contains("[") || a.contains("]") || a.contains("{") || a.equals("~")) {
                throw new IllegalArgumentException("unknown token \"" + token + "\" in \"" + phrase + "\"");
            }
            out.add(a);
        }
        return out;
    }

    /** After an appeal's addressee: a marker and a verb ("to act", "de lui présenter"), or a marker and a clause ("que presente"). */
    private static String markers(CommitmentCues c) {
        List<String> infinitive = c.words(Words.ADDRESSEE_MARKER);
        List<String> clause = c.words(Words.ADDRESSEE_CLAUSE_MARKER);
        List<String> notAfter = c.words(Words.NOT_AFTER_MARKER);
        String notAfterAhead = notAfter.isEmpty() ? "" : "(?!" + alt(notAfter, false, true) + ")";
        List<String> branches = new ArrayList<>();
        if (!infinitive.isEmpty()) {
            String verb = "\\p{L}";
            if (!c.verbByDefault()) {
                List<String> clitics = c.words(Words.CLITIC);
                List<String> notVerbs = c.words(Words.NOT_VERB);
                List<String> verbs = c.words(Words.VERB);
                List<String> endings = c.words(Words.VERB_ENDING);
                String word = (verbs.isEmpty() ? "" : alt(verbs, false, false) + "|")
                        + (endings.isEmpty() ? NEVER : "[\\p{L}]*" + alt(endings, false, false));
                verb = "(?=" + (clitics.isEmpty() ? "" : "(?:" + separated(clitics) + "){0,2}")
                        + (notVerbs.isEmpty() ? "" : "(?!" + alt(notVerbs, false, true) + ")")
                        + "(?:" + word + ")" + NOT_WORD_AFTER + ")\\p{L}";
            }
            branches.add(separated(infinitive) + notAfterAhead + verb);
        }
        if (!clause.isEmpty()) {
            branches.add(separated(clause) + notAfterAhead + "\\p{L}");
        }
        return branches.isEmpty() ? NEVER : "\\s+(?:" + String.join("|", branches) + ")";
    }

    /** Words followed by white space, or elided words followed by nothing: "(?:(?:to)\s+)", "(?:(?:à|de)\s+|d['’])". */
    private static String separated(List<String> words) {
        List<String> whole = words.stream().filter(w -> !elided(w)).toList();
        List<String> cut = words.stream().filter(CuePatterns::elided).toList();
        return "(?:" + (whole.isEmpty() ? "" : alt(whole, false, false) + "\\s+") + (whole.isEmpty() || cut.isEmpty() ? "" : "|")
                + (cut.isEmpty() ? "" : alt(cut, false, false)) + ")";
    }

    /**
     * Alternatives of words, each as {@link #body} with its boundaries if asked: "(?:\bwill\b|\bshall\b)".
     *
     * @param start whether each word must start a word of the text
     * @param end   whether each word must end a word of the text (elided words need not: a word follows them)
     */
    static String alt(List<String> words, boolean start, boolean end) {
        if (words.isEmpty()) {
            return NEVER;
        }
        List<String> parts = new ArrayList<>();
        for (String w : words) {
            parts.add((start ? startBoundary(w) : "") + body(w) + (end ? endBoundary(w) : ""));
        }
        return "(?:" + String.join("|", parts) + ")";
    }

    /** A word as a regular expression: "*" one or more letters, white space or "_" white space, an apostrophe either kind. */
    static String body(String w) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        if (w.startsWith("*")) {
            sb.append("[\\p{L}]+");
            i = 1;
        }
        boolean space = false;
        for (; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == ' ' || c == '_') {
                if (!space) {
                    sb.append("\\s+");
                }
                space = true;
                continue;
            }
            space = false;
            if (c == '\'' || c == '\u2019') {
                sb.append("['\u2019]");
            } else if (c < 128 && !Character.isLetterOrDigit(c)) {
                sb.append('\\').append(c);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String startBoundary(String w) {
        char c = w.charAt(0);
        return c < 128 && Character.isLetterOrDigit(c) ? "\\b" : NOT_WORD_BEFORE;
    }

    private static String endBoundary(String w) {
        if (elided(w)) {
            return "";
        }
        char c = w.charAt(w.length() - 1);
        return c < 128 && Character.isLetterOrDigit(c) ? "\\b" : NOT_WORD_AFTER;
    }

    static boolean elided(String w) {
        return w.endsWith("'") || w.endsWith("\u2019");
    }

    /** The longest run of letters of a word, in lower case: a text it matches contains it. */
    private static String trigger(String w) {
        String best = "";
        for (String part : CommitmentCues.lower(w).split("[\\s_'\u2019*]+")) {
            if (part.length() > best.length()) {
                best = part;
            }
        }
        return best;
    }

    /** Triggers without those that hold a shorter one (a text holding the longer holds the shorter). */
    private static List<String> minimal(java.util.Collection<String> triggers) {
        List<String> out = new ArrayList<>();
        for (String t : triggers) {
            boolean covered = false;
            for (String u : triggers) {
                if (!u.equals(t) && t.contains(u)) {
                    covered = true;
                    break;
                }
            }
            if (!covered && !out.contains(t)) {
                out.add(t);
            }
        }
        return List.copyOf(out);
    }

    private static boolean mayMatchAny(List<String> triggers, String lowerCase) {
        if (triggers.isEmpty()) {
            return true;
        }
        for (String t : triggers) {
            if (lowerCase.contains(t)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> lowered(List<String> words) {
        return words.stream().map(CommitmentCues::lower).toList();
    }

    /** Each word in lower case, then capitalized: "we", "We". */
    private static List<String> capitalized(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            String l = CommitmentCues.lower(w);
            out.add(l);
            String cap = capital(l);
            if (!cap.equals(l)) {
                out.add(cap);
            }
        }
        return out;
    }

    private static String capital(String w) {
        return w.isEmpty() ? w : w.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + w.substring(1);
    }

    /** Elided words in both spellings of the apostrophe, for literal comparisons. */
    private static List<String> spelled(List<String> words) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            if (elided(w)) {
                String stem = w.substring(0, w.length() - 1);
                out.add(stem + "'");
                out.add(stem + "\u2019");
            } else {
                out.add(w);
            }
        }
        return out;
    }

    // --- checks on words, for the extractor

    /**
     * The names of a coordination ("Arcadia, the United Provinces, and Borduria"), each as the set of its capitalized words
     * ("United", "States"): two names are the same when the words of one are all among the other's ("President Smith",
     * "President John R. Smith").
     */
    List<Set<String>> namesIn(String coordination) {
        List<Set<String>> out = new ArrayList<>();
        Matcher m = name.matcher(coordination);
        while (m.find()) {
            Set<String> words = new LinkedHashSet<>();
            for (String w : m.group().split("\\s+")) {
                if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0)) && !capitalizedDeterminer(w)) {
                    words.add(w);
                }
            }
            if (!words.isEmpty()) {
                out.add(words);
            }
        }
        return out;
    }

    private boolean capitalizedDeterminer(String w) {
        for (String d : nameDeterminers) {
            if (w.equalsIgnoreCase(d)) {
                return true;
            }
        }
        return false;
    }

    /** @return whether a text is only adverbs that may stand before an operative verb ("Also", "Strongly", "further") */
    boolean onlyAdverbs(String text) {
        return !text.isBlank() && operativeAdverbs.matcher(text.strip()).matches();
    }

    /**
     * @return whether a subject longer than its clause may open at {@code k}: a capital ("Arcadia and ..."), or a
     *         possessive or determiner of the authors ("our experts and ...", "the United States and ...")
     */
    boolean mayOpenSubject(String s, int k) {
        if (Character.isUpperCase(s.charAt(k))) {
            return true;
        }
        for (String w : subjectOpeners) {
            if (s.regionMatches(true, k, w, 0, w.length()) && k + w.length() < s.length() && s.charAt(k + w.length()) == ' ') {
                return true;
            }
        }
        return false;
    }

    /** @return whether an appeal's addressee holds a second appeal verb ("the promotion of dialogue, and also encourages the Chair") */
    boolean holdsAppealVerb(String addressee) {
        return appealVerb != null && appealVerb.matcher(addressee).find();
    }

    /** @return whether the future pattern may match a sentence, by its lower-case text */
    boolean futureMayMatch(String lowerCase) {
        return future != null && mayMatchAny(futureTriggers, lowerCase);
    }

    /** @return whether an author is written in the first person: its first word is a first-person pronoun ("We, the Leaders") */
    boolean firstPerson(String author) {
        for (String p : pronouns) {
            int n = p.length();
            if (author.regionMatches(true, 0, p, 0, n) && (author.length() == n || !Character.isLetter(author.charAt(n)))) {
                return true;
            }
        }
        return false;
    }

    /** @return whether the authors speak in a sentence: it opens with or holds a first-person pronoun, or opens with a possessive */
    boolean weSentence(String sentence) {
        for (String p : pronouns) {
            if (sentence.startsWith(p + " ") || sentence.startsWith(capital(p) + " ") || sentence.contains(" " + p + " ")) {
                return true;
            }
        }
        for (String p : possessives) {
            if (sentence.startsWith(capital(p) + " ")) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return whether a cue at {@code at} is inside another clause's complement ("to commit to", not "continue to commit
     *         to", but "to continue to encourage")
     */
    boolean inComplement(String s, int at) {
        if (!precededBy(s, at, infinitiveMarkers)) {
            return false;
        }
        for (String c : continuing) {
            int i = at;
            while (i > 0 && s.charAt(i - 1) == ' ') {
                i--;
            }
            int from = i - c.length();
            if (from >= 0 && s.regionMatches(true, from, c, 0, c.length()) && (from == 0 || !Character.isLetter(s.charAt(from - 1)))) {
                return precededBy(s, from, infinitiveMarkers); // "to continue to encourage": the continuing verb is a complement
            }
        }
        return true;
    }

    /**
     * @return whether a clause's text before a cue holds a relative pronoun or a complementizer with a subject after it
     *         ("Notes that the Commission ", "in which the Heads of State "): the cue is then another's act, reported
     */
    boolean reportedBefore(String prefix) {
        String lower = prefix.toLowerCase(java.util.Locale.ROOT);
        for (String r : reported) {
            int i = lower.lastIndexOf(r);
            int after = i + r.length();
            // a subject follows: a name, or a determiner ("that the Commission"), not "to that end", not "that they"
            if (i >= 0 && after < prefix.length() && !prefix.substring(after).isBlank() && mayOpenSubject(prefix, after)) {
                return true;
            }
        }
        return false;
    }

    /** @return whether a relative pronoun or another excluding word stands right before a cue ("subsidies that encourage") */
    boolean afterRelative(String s, int at) {
        return precededBy(s, at, notBeforeCue);
    }

    /** @return whether a relative pronoun opens a clause in {@code window} ("..., which will be ... and will provide") */
    boolean holdsRelative(String window) {
        for (String r : relativesBefore) {
            if (window.contains(r)) {
                return true;
            }
        }
        return false;
    }

    /** @return whether an "and" ends right before a clause: "... and will" */
    boolean endsWithAnd(String s, int clause) {
        for (String a : and) {
            String w = " " + a + " ";
            if (clause >= w.length() && s.startsWith(w, clause - w.length())) {
                return true;
            }
        }
        return false;
    }

    /** @return whether the white space at {@code i} follows an "and": " and|" */
    boolean andBefore(String s, int i) {
        for (String a : and) {
            int n = a.length() + 1;
            if (i >= n && s.startsWith(" " + a, i - n)) {
                return true;
            }
        }
        return false;
    }

    /** @return the connectives a unit ends before when the next starts in the same sentence, tried in order */
    String[] connectives() {
        return connectives;
    }

    /** @return whether a word is an "and" or an "or" (as written), dropped at the end of a list item */
    boolean andOr(String word) {
        return andOr.contains(word);
    }

    /**
     * Whether a word ends right before {@code at} (white space between; an elided word right before): "that encourage",
     * "continue to commit", "s'engage".
     */
    static boolean precededBy(String s, int at, List<String> words) {
        int i = at;
        while (i > 0 && s.charAt(i - 1) == ' ') {
            i--;
        }
        for (String w : words) {
            if (elided(w)) {
                int from = at - w.length();
                String stem = w.substring(0, w.length() - 1);
                if (from >= 0 && s.regionMatches(true, from, stem, 0, stem.length())
                        && (s.charAt(at - 1) == '\'' || s.charAt(at - 1) == '\u2019')
                        && (from == 0 || !Character.isLetter(s.charAt(from - 1)))) {
                    return true;
                }
                continue;
            }
            int from = i - w.length();
            if (from >= 0 && s.regionMatches(true, from, w, 0, w.length()) && (from == 0 || !Character.isLetter(s.charAt(from - 1)))) {
                return true;
            }
        }
        return false;
    }

    /** The last deadline a clause names (a year, or a month and year), or null. */
    PartialDate deadlineIn(String clause) {
        if (deadline == null) {
            return null;
        }
        Matcher m = deadline.matcher(clause);
        PartialDate found = null;
        while (m.find()) {
            int year = Integer.parseInt(m.group("year"));
            String month = months.isEmpty() ? null : m.group("month");
            found = month == null ? PartialDate.ofYear(year) : PartialDate.ofMonth(year, months.indexOf(month) + 1);
        }
        return found;
    }

    // --- list items

    /**
     * Whether a list item states an action, by its first words (see {@link CommitmentExtractor#statesAnAction(String)}).
     *
     * @param w1 its first word, lower case
     * @param w2 its second word, lower case, or ""
     * @param w3 its third word, lower case, or ""
     */
    boolean statesAnAction(String w1, String w2, String w3) {
        for (String marker : itemMarkers) {
            if (elided(marker)) {
                String stem = marker.substring(0, marker.length() - 1);
                if (w1.length() > marker.length() && w1.startsWith(stem)
                        && (w1.charAt(stem.length()) == '\'' || w1.charAt(stem.length()) == '\u2019')) {
                    String rest = w1.substring(marker.length());
                    return baseForm(rest) || adverb(rest) && baseForm(w2); // "d'intensifier"
                }
            } else if (w1.equals(marker)) {
                return baseForm(w2) || adverb(w2) && baseForm(w3);
            }
        }
        if (itemClauses.contains(w1) || clauseOpening(w1) || itemSubjects.contains(w1) && !w2.isEmpty()) {
            return true; // a full clause
        }
        return baseForm(w1) || adverb(w1) && baseForm(w2);
    }

    /** "qu'il ...": an elided clause opener joined to the next word. */
    private boolean clauseOpening(String w) {
        for (String c : itemClauses) {
            if (elided(c) && w.length() > c.length() && w.startsWith(c)) {
                return true;
            }
        }
        return false;
    }

    boolean adverb(String w) {
        if (itemAdverbs.contains(w)) {
            return true;
        }
        for (String e : itemAdverbEndings) {
            if (w.length() > 4 && w.length() > e.length() && w.endsWith(e)) {
                return true;
            }
        }
        return false;
    }

    /** A verb in the form a list item opens with: not a closed-class word, then by its list or its longest ending. */
    boolean baseForm(String w) {
        if (w.isEmpty() || notVerbs.contains(w) || itemSubjects.contains(w) || adverb(w)) {
            return false;
        }
        if (verbs.contains(w)) {
            return true;
        }
        for (String e : endings) {
            if (w.endsWith(e)) {
                return verbEndings.contains(e);
            }
        }
        return verbByDefault;
    }
}
