package org.declaro.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.declaro.model.DocumentKind;

/**
 * The words a layout is recognised by: the cue table of the importer. The shapes of lines (numbers, labels,
 * bullets, symbols, page furniture) are the same in every document; the words that mark an annex, a plan, a
 * preamble, an author's formula, an adoption line or a month are a language's and a family's. They live here,
 * and nowhere in the parsers, so a user can read another language or house style without editing the package:
 *
 * <pre>{@code
 * LayoutProfile french = LayoutProfile.STATEMENT.toBuilder().name("declaration-fr")
 *         .months("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
 *                 "octobre", "novembre", "décembre")
 *         .annexWords("Annexe", "Annexes").whereasWords("Considérant")
 *         .authorArticles("Le", "La", "Les", "L'").authorPronouns("Nous")
 *         .build();
 * TextImporter importer = TextImporter.builder().profile(french).language("fr").build();
 * }</pre>
 *
 * <p>Three profiles ship, all in English: {@link #UN_RESOLUTION}, {@link #STATEMENT} and {@link #ACTION_PLAN}.
 * They share the English vocabulary and differ in the kind of document they expect: {@code action-plan}
 * reads the text as an action plan, the other two as a declaration unless the text numbers actions. Without
 * a profile, the importer chooses one by evidence ({@link #choose(CharSequence)}). Instances are immutable and
 * thread-safe.
 */
public final class LayoutProfile {

    private static final List<String> ENGLISH_MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");

    /** The English vocabulary, expecting a declaration: the base of the shipped profiles. */
    private static final LayoutProfile ENGLISH = new Builder("statement").build();

    /** A UN General Assembly or Security Council resolution: masthead, "The General Assembly,", preamble, operative paragraphs. */
    public static final LayoutProfile UN_RESOLUTION = ENGLISH.toBuilder().name("un-resolution").build();
    /** A summit declaration, communiqué or joint statement, as printed or as a web page. */
    public static final LayoutProfile STATEMENT = ENGLISH;
    /** An action plan: sections and numbered actions with indicators and deadlines. */
    public static final LayoutProfile ACTION_PLAN = ENGLISH.toBuilder().name("action-plan").kind(DocumentKind.ACTION_PLAN).build();

    private static final List<LayoutProfile> SHIPPED = List.of(UN_RESOLUTION, STATEMENT, ACTION_PLAN);

    private final String name;
    private final DocumentKind kind;
    private final List<String> months;
    private final List<String> annexWords;
    private final List<String> planNames;
    private final List<String> whereasWords;
    private final List<String> preambleHeadings;
    private final List<String> introductionHeadings;
    private final List<String> adoptionVerbs;
    private final List<String> placeWords;
    private final List<String> dateWords;
    private final List<String> actionWords;
    private final List<String> indicatorWords;
    private final List<String> divisionWords;
    private final List<String> authorArticles;
    private final List<String> authorPronouns;
    private final List<String> organisations;
    private final List<String> plenaryWords;
    private final String language;
    private final List<String> clauseWords;
    private final List<String> participleEndings;
    private final List<String> adverbEndings;
    private final List<String> nonClauseWords;
    private final List<String> articleWords;
    private final List<String> firstOrdinals;
    private final boolean lowerCaseClauses;
    private final List<String> reportWords;
    private final List<String> closingFormulas;
    private final List<String> dateLinks;
    private final List<String> yearWords;
    private final List<String> adoptingVerbs;

    // the compiled table, one pattern per row
    final Pattern annexLine;
    final Pattern annexTitled;
    final Pattern planTitle;
    final Pattern planHeading;
    final Pattern planReference;
    final Pattern whereas;
    final Pattern preambleHeading;
    final Pattern introductionHeading;
    final Pattern adopted;
    final Pattern adoptedBy;
    final Pattern action;
    final Pattern indicators;
    final Pattern division;
    final Pattern author;
    final Pattern organisation;
    final Pattern plenary;
    final Dates dates;
    /** how a preambular clause opens, in this language */
    final Pattern clauseOpening;
    /** an article's number line: group 1 the number as printed, group 2 what follows on the line */
    final Pattern articleLine;
    /** the authors named in the first-person formula of a paragraph's first sentence: "We, the Heads of State of ..., reaffirm" */
    final Pattern sentenceAuthor;
    /** a title that names another genre than a declaration: "Report of the ...", "Recommendations on ..." */
    final Pattern reportTitle;
    /** a closing formula that opens its block: "In witness whereof ..." */
    final Pattern closing;
    /** an operative paragraph that adopts the text after it: "Adopts the following political declaration:" */
    final Pattern adoptsFollowing;

    /** an annex's label: "II", "3", "B" */
    private static final String ANNEX_LABEL = "(?:[IVXLC]{1,6}|\\d{1,3}|[A-Z])";

    private LayoutProfile(Builder b) {
        name = b.name;
        kind = b.kind;
        months = List.copyOf(b.months);
        annexWords = List.copyOf(b.annexWords);
        planNames = List.copyOf(b.planNames);
        whereasWords = List.copyOf(b.whereasWords);
        preambleHeadings = List.copyOf(b.preambleHeadings);
        introductionHeadings = List.copyOf(b.introductionHeadings);
        adoptionVerbs = List.copyOf(b.adoptionVerbs);
        placeWords = List.copyOf(b.placeWords);
        dateWords = List.copyOf(b.dateWords);
        actionWords = List.copyOf(b.actionWords);
        indicatorWords = List.copyOf(b.indicatorWords);
        divisionWords = List.copyOf(b.divisionWords);
        authorArticles = List.copyOf(b.authorArticles);
        authorPronouns = List.copyOf(b.authorPronouns);
        organisations = List.copyOf(b.organisations);
        plenaryWords = List.copyOf(b.plenaryWords);
        language = b.language;
        clauseWords = List.copyOf(b.clauseWords);
        participleEndings = List.copyOf(b.participleEndings);
        adverbEndings = List.copyOf(b.adverbEndings);
        nonClauseWords = List.copyOf(b.nonClauseWords);
        articleWords = List.copyOf(b.articleWords);
        firstOrdinals = List.copyOf(b.firstOrdinals);
        lowerCaseClauses = b.lowerCaseClauses;
        reportWords = List.copyOf(b.reportWords);
        closingFormulas = List.copyOf(b.closingFormulas);
        dateLinks = List.copyOf(b.dateLinks);
        yearWords = List.copyOf(b.yearWords);
        adoptingVerbs = List.copyOf(b.adoptingVerbs);
        // the words in any case; the label and the title's capital as printed
        annexLine = Pattern.compile("(?iu:" + any(annexWords) + ")(?:\\s+(" + ANNEX_LABEL + "))?\\.?");
        annexTitled = Pattern.compile("(?iu:" + any(annexWords) + ")(?:\\s+(" + ANNEX_LABEL + "))?\\s*[:.–—-]\\s+(\\p{Lu}.*)");
        String plans = any(planNames);
        planTitle = Pattern.compile("(?iu).*\\b(?:" + plans + ")\\b.*");
        planHeading = Pattern.compile("(?u)^(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,6}(?:" + plans + ")\\b");
        planReference = planReference(plans);
        whereas = Pattern.compile("(?iu)(?:" + any(whereasWords) + ")\\b.*");
        preambleHeading = Pattern.compile("(?iu)" + any(preambleHeadings));
        introductionHeading = Pattern.compile("(?iu)" + any(introductionHeadings));
        String verbs = any(adoptionVerbs);
        adopted = adopted(verbs, placeWords, dateWords);
        adoptedBy = Pattern.compile("(?iu)(?:resolution|decision|declaration)\\s+(?:" + verbs + ")\\s+by\\s+(?:the\\s+)?(.+?)\\s+on\\s+(.+?)\\.?");
        action = Pattern.compile("(?iu)(?:(?:" + any(actionWords) + ")\\s+(\\d{1,4})|#(\\d{1,4}))\\s*[.:)–—-]?\\s*(.*)");
        String ind = any(indicatorWords);
        indicators = Pattern.compile("(?iu)(?:" + ind + ")\\s*:\\s*(.*)|(?:" + ind + ")");
        division = Pattern.compile("(?u)(" + any(divisionWords) + ")\\s+(\\d{1,3}|[IVXLC]{1,6}|[A-Z])\\.?(?:\\s*[:.–—-]?\\s+(.+))?");
        author = author(authorArticles, authorPronouns);
        organisation = Pattern.compile("(?iu)" + any(organisations));
        plenary = Pattern.compile("(?iu)\\d{1,4}\\p{L}{0,3}\\.?\\s+(?:" + any(plenaryWords) + ")\\b\\s*(.*)");
        dates = new Dates(months, any(dateWords), dateLinks.isEmpty() ? "" : any(dateLinks), yearWords.isEmpty() ? "" : any(yearWords));
        clauseOpening = clauseOpening(adverbEndings, participleEndings, nonClauseWords, clauseWords);
        sentenceAuthor = sentenceAuthor(authorPronouns, authorArticles);
        articleLine = articleLine(articleWords, firstOrdinals);
        reportTitle = Pattern.compile("(?iu)\\b(?:" + any(reportWords) + ")\\b");
        closing = Pattern.compile("(?iu)(?:" + any(closingFormulas) + ")\\b.*");
        adoptsFollowing = Pattern.compile("(?u)(?:" + any(adoptingVerbs) + ")[\\s\\p{IsHan}].{2,300}[:：]");
    }

    /** "Adopted in City on 3 May 2030.", "Done at City": group 1 the place (and date), group 2 the date alone. */
    private static Pattern adopted(String verbs, List<String> placeWords, List<String> dateWords) {
        return Pattern.compile("(?iu)(?:" + verbs + ")\\s+(?:(?:" + any(placeWords) + ")\\s+(.+?)|(?:" + any(dateWords)
                + ")\\s+(.+?))\\.?");
    }

    /** A named plan in a paragraph's text: "<Place> Action Plan 2025-2029". */
    private static Pattern planReference(String plans) {
        return Pattern.compile("(?u)((?:[\\p{Lu}][\\p{L}'’-]*\\s+){1,6}(?:" + plans
                + ")(?:\\s+(?:19|20)\\d{2}(?:\\s*[-–]\\s*(?:19|20)\\d{2})?)?)");
    }

    /** "Article 1", "Article premier", "Artículo 5.", "المادة 3", "第三条": the word, the number, the rest of the line. */
    private static Pattern articleLine(List<String> articleWords, List<String> firstOrdinals) {
        // as printed, or in capitals as typed archives and treaty copies print it ("ARTICLE 1", "ARTICLE PREMIER")
        List<String> words = new java.util.ArrayList<>(articleWords);
        articleWords.forEach(w -> words.add(w.toUpperCase(java.util.Locale.ROOT)));
        List<String> ordinals = new java.util.ArrayList<>(firstOrdinals);
        firstOrdinals.forEach(w -> ordinals.add(w.toUpperCase(java.util.Locale.ROOT)));
        return Pattern.compile("(?u)(?:" + any(words) + ")\\s*(\\d{1,3}|[\\u0660-\\u0669]{1,3}|"
                + any(ordinals) + "|[一二三四五六七八九十百零〇]{1,4})\\s*(?:条|er|\\.|:)?\\s*(?:[-–—.:]\\s*)?(.*)");
    }

    /** The author's line: "The General Assembly,", "We, the Heads of State," (articles and pronouns of the profile). */
    private static Pattern author(List<String> authorArticles, List<String> authorPronouns) {
        String articles = any(authorArticles);
        String pronouns = any(authorPronouns);
        return Pattern.compile("(?u)((?:" + articles + ")\\s*\\p{Lu}[^,.;:]{2,80}?|(?:" + pronouns + "),?\\s+(?:(?:"
                + any(authorArticles.stream().map(a -> a.toLowerCase(Locale.ROOT)).toList()) + ")\\s+)?\\p{L}[^,.;:]{2,100}?|(?:" + pronouns
                + "),\\s+\\p{L}[^.;:]{2,300}?(?=,$))\\s*,?");
    }

    /**
     * "Recalling", "Deeply concerned", "Aware", "Considérant", "Profondément préoccupée", "Teniendo presente":
     * an adverb, then a participle (by its ending) or one of the words; words of a script without spaces
     * (Chinese) open the line without a word boundary after them.
     */
    private static Pattern clauseOpening(List<String> adverbEndings, List<String> participleEndings,
            List<String> nonClauseWords, List<String> clauseWords) {
        String adverb = adverbEndings.isEmpty() ? "" : "(?:\\p{L}+(?:" + any(adverbEndings) + "),?\\s+)?";
        String participle = participleEndings.isEmpty() ? "" : "\\p{L}{2,}(?:" + any(participleEndings) + ")(?![\\p{L}])|";
        return Pattern.compile("(?iu)(?!(?:" + any(nonClauseWords) + ")(?![\\p{L}]))" + adverb + "(?:" + participle
                + "(?:" + any(clauseWords) + ")(?:(?![\\p{L}])|(?<=[\\p{IsHan}])))");
    }

    /** The first-person formula of a sentence: "We, the Heads of State of ..., reaffirm". */
    private static Pattern sentenceAuthor(List<String> authorPronouns, List<String> authorArticles) {
        String pronoun = any(authorPronouns);
        String article = any(authorArticles);
        // a character of a name: not a sentence's end, but the full stop of an initial or "Jr." ("John R. Smith, Jr.")
        String nameChar = "(?:[^.;:!?]|(?<=\\b\\p{Lu}|\\bJr|\\bSr|\\bSt)\\.)";
        return Pattern.compile("(?u)((?:" + pronoun + "),\\s+(?i:" + article + ")\\s+" + nameChar + "{3,300}?),\\s+"
                + "(?!(?:and|or|the|of|in|et|y|de)\\b)(?=\\p{Ll})");
    }

    /** An alternation of the phrases, longest first, each quoted, spaces matching any run of blanks. */
    private static String any(List<String> phrases) {
        return phrases.stream().sorted((a, c) -> c.length() - a.length())
                .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
    }

    /** @return the profile's name, e.g. {@code un-resolution} */
    public String name() {
        return name;
    }

    /**
     * @return the BCP 47 tag of the language whose words this profile holds ({@code en} for the shipped
     *         profiles); the importer tags a document with it unless the front matter or the caller says otherwise
     */
    public String language() {
        return language;
    }

    /** @return the words that open a preambular clause by themselves ("Aware", "Mindful", "Whereas") */
    public List<String> clauseWords() {
        return clauseWords;
    }

    /** @return the endings of the participles that open a preambular clause ("ing" of "Recalling", "ant" of "Considérant") */
    public List<String> participleEndings() {
        return participleEndings;
    }

    /** @return the endings of the adverbs that may stand before such a participle ("ly" of "Deeply concerned") */
    public List<String> adverbEndings() {
        return adverbEndings;
    }

    /** @return whether preambular clauses open in lower case in this language ("принимая во внимание") */
    public boolean lowerCaseClauses() {
        return lowerCaseClauses;
    }

    /** @return the words of a title that names another genre than a declaration ("Report", "Recommendations") */
    public List<String> reportWords() {
        return reportWords;
    }

    /**
     * @return the formulas that open the closing of a treaty or declaration before its signatures ("In witness
     *         whereof"): the block they open is no article's or paragraph's text
     */
    public List<String> closingFormulas() {
        return closingFormulas;
    }

    /** @return the words that may link a date's day, month and year ("14 de diciembre de 2030"); none in English */
    public List<String> dateLinks() {
        return dateLinks;
    }

    /** @return the words that may follow a date's year ("14 декабря 2030 года"); none in English */
    public List<String> yearWords() {
        return yearWords;
    }

    /**
     * @return the operative verbs that adopt the text printed after them ("Adopts", "Endorses"): a paragraph that
     *         opens with one and ends with a colon ("Adopts the following declaration:") closes the resolution, and
     *         the text after it is a part of its own
     */
    public List<String> adoptingVerbs() {
        return adoptingVerbs;
    }

    /** @return the words that number an article ("Article 1", "Artículo 5") */
    public List<String> articleWords() {
        return articleWords;
    }

    /** @return the words that stand for the number 1 after an article word ("Article premier") */
    public List<String> firstOrdinals() {
        return firstOrdinals;
    }

    /** @return words that end like a participle but open no clause ("United", "During") */
    public List<String> nonClauseWords() {
        return nonClauseWords;
    }

    /**
     * @param line a line of text
     * @return whether it opens like a preambular clause in this profile's language
     */
    public boolean opensClause(CharSequence line) {
        if (line.length() == 0 || !lowerCaseClauses && Character.isLowerCase(Character.codePointAt(line, 0))) {
            return false; // "entitled ..." goes on with a clause; only some languages open one in lower case
        }
        return clauseOpening.matcher(line).lookingAt();
    }

    /** @return the kind of document this profile expects, or empty to decide by evidence */
    public Optional<DocumentKind> kind() {
        return Optional.ofNullable(kind);
    }

    /** @return the twelve month names, January first */
    public List<String> months() {
        return months;
    }

    /** @return the words that start an annex ("Annex") */
    public List<String> annexWords() {
        return annexWords;
    }

    /** @return the names of plans ("Action Plan", "Plan of Action", "Roadmap") */
    public List<String> planNames() {
        return planNames;
    }

    /** @return the words that open recitals of a preamble ("Whereas") */
    public List<String> whereasWords() {
        return whereasWords;
    }

    /** @return the headings of a preamble ("Preamble") */
    public List<String> preambleHeadings() {
        return preambleHeadings;
    }

    /** @return the headings of a plan's introduction ("Introduction", "Background") */
    public List<String> introductionHeadings() {
        return introductionHeadings;
    }

    /** @return the verbs of an adoption line ("adopted", "done", "signed") */
    public List<String> adoptionVerbs() {
        return adoptionVerbs;
    }

    /** @return the words before the place of an adoption ("in", "at") */
    public List<String> placeWords() {
        return placeWords;
    }

    /** @return the words before a date ("on") */
    public List<String> dateWords() {
        return dateWords;
    }

    /** @return the words that number an action ("Action") */
    public List<String> actionWords() {
        return actionWords;
    }

    /** @return the words that introduce indicators ("Indicators") */
    public List<String> indicatorWords() {
        return indicatorWords;
    }

    /** @return the words of numbered divisions ("Article", "Section", "Part", "Chapter") */
    public List<String> divisionWords() {
        return divisionWords;
    }

    /** @return the articles that open an author's formula in the third person ("The" General Assembly,) */
    public List<String> authorArticles() {
        return authorArticles;
    }

    /** @return the pronouns that open an author's formula in the first person ("We", the Leaders,) */
    public List<String> authorPronouns() {
        return authorPronouns;
    }

    /** @return the names of organisations printed as a masthead ("United Nations") */
    public List<String> organisations() {
        return organisations;
    }

    /** @return the words of the meeting that adopted a resolution ("52nd plenary meeting") */
    public List<String> plenaryWords() {
        return plenaryWords;
    }

    /**
     * A builder for a profile of one's own, starting from the English words of {@link #STATEMENT}; deriving from a
     * shipped profile with {@link #toBuilder()} says the same more plainly.
     *
     * @param name the profile's name
     * @return the builder
     * @throws NullPointerException if the name is null
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** @return a builder holding this profile's vocabulary, to derive another */
    public Builder toBuilder() {
        Builder b = new Builder(name);
        b.kind = kind;
        b.months = months;
        b.annexWords = annexWords;
        b.planNames = planNames;
        b.whereasWords = whereasWords;
        b.preambleHeadings = preambleHeadings;
        b.introductionHeadings = introductionHeadings;
        b.adoptionVerbs = adoptionVerbs;
        b.placeWords = placeWords;
        b.dateWords = dateWords;
        b.actionWords = actionWords;
        b.indicatorWords = indicatorWords;
        b.divisionWords = divisionWords;
        b.authorArticles = authorArticles;
        b.authorPronouns = authorPronouns;
        b.organisations = organisations;
        b.plenaryWords = plenaryWords;
        b.language = language;
        b.clauseWords = clauseWords;
        b.participleEndings = participleEndings;
        b.adverbEndings = adverbEndings;
        b.nonClauseWords = nonClauseWords;
        b.articleWords = articleWords;
        b.firstOrdinals = firstOrdinals;
        b.lowerCaseClauses = lowerCaseClauses;
        b.reportWords = reportWords;
        b.closingFormulas = closingFormulas;
        b.dateLinks = dateLinks;
        b.yearWords = yearWords;
        b.adoptingVerbs = adoptingVerbs;
        return b;
    }

    /**
     * @param name a profile's name: {@code un-resolution}, {@code statement} or {@code action-plan}
     * @return the shipped profile of that name
     */
    /** Shipped profiles with another language's words, made once each. */
    private static final java.util.concurrent.ConcurrentMap<String, LayoutProfile> IN_LANGUAGE =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param profile a profile
     * @param tag     a BCP 47 tag
     * @return the profile with the words of that language ({@link Builder#language(String)}); a shipped profile's
     *         version is made once and kept
     */
    static LayoutProfile inLanguage(LayoutProfile profile, String tag) {
        String primary = Languages.primary(tag);
        if (!Languages.SHIPPED.contains(primary) || primary.equals(profile.language)) {
            return profile; // no words of its own to give: the profile's words read it
        }
        if (!SHIPPED.contains(profile)) {
            return profile.toBuilder().language(primary).build();
        }
        return IN_LANGUAGE.computeIfAbsent(profile.name + "/" + primary, k -> profile.toBuilder().language(primary).build());
    }

    public static Optional<LayoutProfile> byName(String name) {
        return SHIPPED.stream().filter(p -> p.name.equalsIgnoreCase(name == null ? "" : name.strip())).findFirst();
    }

    /** @return the shipped profiles */
    public static List<LayoutProfile> shipped() {
        return SHIPPED;
    }

    /**
     * The automatic choice, on evidence in the text: a UN resolution's number before its title ("12/34."),
     * its masthead ("Distr.:") or adoption line makes {@link #UN_RESOLUTION}; two numbered actions
     * ("Action 1", "#2") make {@link #ACTION_PLAN}; anything else is a {@link #STATEMENT}.
     *
     * @param text the text; its first 64 KB are read
     * @return the profile
     */
    public static LayoutProfile choose(CharSequence text) {
        // line by line over the first 64 KB: a masthead or a resolution's number is near the top
        int n = Math.min(text.length(), 64 * 1024);
        int actions = 0;
        int start = 0;
        for (int i = 0; i <= n; i++) {
            if (i < n && text.charAt(i) != '\n') {
                continue;
            }
            String line = text.subSequence(start, i).toString().strip();
            start = i + 1;
            if (line.isEmpty()) {
                continue;
            }
            if (i < 20_000 && (line.contains("Distr.:") || line.startsWith("Resolution adopted by the")
                    || Character.isDigit(line.charAt(0)) && Shapes.RESOLUTION_TITLE.matcher(line).matches())) {
                return UN_RESOLUTION;
            }
            if ((line.charAt(0) == '#' || line.charAt(0) == 'A' || line.charAt(0) == 'a') && ENGLISH.action.matcher(line).matches()
                    && ++actions >= 2) {
                return ACTION_PLAN;
            }
        }
        return STATEMENT;
    }

    @Override
    public String toString() {
        return "LayoutProfile[" + name + "]";
    }

    /** Builds a {@link LayoutProfile}; every list starts with the English vocabulary. */
    public static final class Builder {
        private String name;
        private DocumentKind kind;
        private List<String> months = ENGLISH_MONTHS;
        private List<String> annexWords = List.of("Annex", "Annexes");
        private List<String> planNames = List.of("Action Plan", "Plan of Action", "Programme of Action",
                "Program of Action", "Action Agenda", "Roadmap", "Road Map", "Work Plan");
        private List<String> whereasWords = List.of("Whereas");
        private List<String> preambleHeadings = List.of("Preamble", "Preambular paragraphs");
        private List<String> introductionHeadings = List.of("Introduction", "Preamble", "Background", "Overview");
        private List<String> adoptionVerbs = List.of("adopted", "done", "signed", "issued", "agreed");
        private List<String> placeWords = List.of("in", "at");
        private List<String> dateWords = List.of("on");
        private List<String> actionWords = List.of("Action");
        private List<String> indicatorWords = List.of("Performance indicators", "Indicators", "Indicator");
        private List<String> divisionWords = List.of("Article", "Section", "Part", "Chapter", "Title");
        private List<String> authorArticles = List.of("The");
        private List<String> authorPronouns = List.of("We");
        private List<String> organisations = List.of("United Nations", "Nations Unies");
        private List<String> plenaryWords = List.of("plenary meeting");
        private String language = "en";
        private List<String> clauseWords = List.of("Aware", "Mindful", "Conscious", "Cognizant", "Cognisant", "Desirous",
                "Anxious", "Confident", "Hopeful", "Grateful", "Appreciative", "Keen", "Eager", "Whereas", "Now, therefore");
        private List<String> articleWords = List.of("Article");
        private List<String> firstOrdinals = List.of("first");
        private boolean lowerCaseClauses;
        private List<String> reportWords = List.of("Report", "Recommendations", "Summary record", "Minutes",
                "Note by", "Background paper", "Fact sheet", "Study");
        private List<String> closingFormulas = List.of("In witness whereof", "In faith whereof");
        private List<String> dateLinks = List.of();
        private List<String> yearWords = List.of();
        private List<String> adoptingVerbs = List.of("Adopts", "Approves", "Endorses", "Proclaims", "Solemnly proclaims");
        private List<String> participleEndings = List.of("ing", "ed");
        private List<String> adverbEndings = List.of("ly");
        private List<String> nonClauseWords = List.of("United", "During", "Nothing", "Something", "Everything",
                "Anything", "Meeting", "Building", "Morning", "Evening", "Beijing", "Kunming", "Nanjing", "Hundred");

        private Builder(String name) {
            name(name);
        }

        private static List<String> words(String what, String... values) {
            Objects.requireNonNull(values, what);
            List<String> out = new ArrayList<>();
            for (String v : values) {
                if (v == null || v.isBlank()) {
                    throw new IllegalArgumentException(what + " may not hold a blank or null word");
                }
                out.add(v.strip());
            }
            if (out.isEmpty()) {
                throw new IllegalArgumentException(what + " needs at least one word");
            }
            return List.copyOf(out);
        }

        /** @param value the name; letters, digits and hyphens @return this builder */
        public Builder name(String value) {
            if (value == null || !value.matches("[A-Za-z0-9][A-Za-z0-9-]{0,63}")) {
                throw new IllegalArgumentException("a profile's name is letters, digits and hyphens: " + value);
            }
            name = value;
            return this;
        }

        /** @param value the kind this profile expects, or null to decide by evidence @return this builder */
        public Builder kind(DocumentKind value) {
            kind = value;
            return this;
        }

        /** @param values the twelve month names, January first @return this builder */
        public Builder months(String... values) {
            List<String> m = words("months", values);
            if (m.size() != 12) {
                throw new IllegalArgumentException("months needs twelve names, January first; got " + m.size());
            }
            months = m;
            return this;
        }

        /** @param values the words that start an annex @return this builder */
        public Builder annexWords(String... values) {
            annexWords = words("annexWords", values);
            return this;
        }

        /** @param values the names of plans @return this builder */
        public Builder planNames(String... values) {
            planNames = words("planNames", values);
            return this;
        }

        /** @param values the words that open a preamble's recitals @return this builder */
        public Builder whereasWords(String... values) {
            whereasWords = words("whereasWords", values);
            return this;
        }

        /** @param values the headings of a preamble @return this builder */
        public Builder preambleHeadings(String... values) {
            preambleHeadings = words("preambleHeadings", values);
            return this;
        }

        /** @param values the headings of a plan's introduction @return this builder */
        public Builder introductionHeadings(String... values) {
            introductionHeadings = words("introductionHeadings", values);
            return this;
        }

        /** @param values the verbs of an adoption line @return this builder */
        public Builder adoptionVerbs(String... values) {
            adoptionVerbs = words("adoptionVerbs", values);
            return this;
        }

        /** @param values the words before the place of an adoption ("in", "at") @return this builder */
        public Builder placeWords(String... values) {
            placeWords = words("placeWords", values);
            return this;
        }

        /** @param values the words before a date ("on") @return this builder */
        public Builder dateWords(String... values) {
            dateWords = words("dateWords", values);
            return this;
        }

        /** @param values the words that number an action @return this builder */
        public Builder actionWords(String... values) {
            actionWords = words("actionWords", values);
            return this;
        }

        /** @param values the words that introduce indicators @return this builder */
        public Builder indicatorWords(String... values) {
            indicatorWords = words("indicatorWords", values);
            return this;
        }

        /** @param values the words of numbered divisions @return this builder */
        public Builder divisionWords(String... values) {
            divisionWords = words("divisionWords", values);
            return this;
        }

        /** @param values the articles of a third-person author's formula @return this builder */
        public Builder authorArticles(String... values) {
            authorArticles = words("authorArticles", values);
            return this;
        }

        /** @param values the pronouns of a first-person author's formula @return this builder */
        public Builder authorPronouns(String... values) {
            authorPronouns = words("authorPronouns", values);
            return this;
        }

        /** @param values the organisations printed as a masthead @return this builder */
        public Builder organisations(String... values) {
            organisations = words("organisations", values);
            return this;
        }

        /** @param values the words of the adopting meeting, after its ordinal ("plenary meeting") @return this builder */
        public Builder plenaryWords(String... values) {
            plenaryWords = words("plenaryWords", values);
            return this;
        }

        /**
         * Takes the words of one of the shipped languages ({@link Languages#SHIPPED}: {@code ar}, {@code de},
         * {@code en}, {@code es}, {@code fr}, {@code it}, {@code pt}, {@code ru}, {@code sv}, {@code zh}): months, annex, article and whereas words, the author's
         * articles and pronoun, the preamble's openings. For another language, set the tag here and give each word
         * list with its own method.
         *
         * @param tag a BCP 47 tag; its primary language chooses the words
         * @return this builder
         * @throws IllegalArgumentException for a malformed tag
         */
        public Builder language(String tag) {
            if (tag == null || !tag.matches("[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")) {
                throw new IllegalArgumentException("a language is a BCP 47 tag such as \"fr\" or \"es-419\": " + tag);
            }
            if (Languages.SHIPPED.contains(Languages.primary(tag))) {
                takeWords(ENGLISH.toBuilder()); // from the English words, which the language's replace
            }
            Languages.apply(this, tag);
            language = tag;
            return this;
        }

        /** Takes every word list of another builder (not its name, kind or language). */
        private void takeWords(Builder o) {
            months = o.months;
            annexWords = o.annexWords;
            planNames = o.planNames;
            whereasWords = o.whereasWords;
            preambleHeadings = o.preambleHeadings;
            introductionHeadings = o.introductionHeadings;
            adoptionVerbs = o.adoptionVerbs;
            placeWords = o.placeWords;
            dateWords = o.dateWords;
            actionWords = o.actionWords;
            indicatorWords = o.indicatorWords;
            divisionWords = o.divisionWords;
            authorArticles = o.authorArticles;
            authorPronouns = o.authorPronouns;
            organisations = o.organisations;
            plenaryWords = o.plenaryWords;
            clauseWords = o.clauseWords;
            participleEndings = o.participleEndings;
            adverbEndings = o.adverbEndings;
            nonClauseWords = o.nonClauseWords;
            articleWords = o.articleWords;
            firstOrdinals = o.firstOrdinals;
            lowerCaseClauses = o.lowerCaseClauses;
            reportWords = o.reportWords;
            closingFormulas = o.closingFormulas;
            dateLinks = o.dateLinks;
            yearWords = o.yearWords;
            adoptingVerbs = o.adoptingVerbs;
        }

        /**
         * @param values the words that open a preambular clause by themselves ("Aware", "Whereas")
         * @return this builder
         */
        public Builder clauseWords(String... values) {
            clauseWords = words("clauseWords", values);
            return this;
        }

        /**
         * @param values the endings of participles that open a preambular clause ("ing", "ed"); none for a
         *               language whose clauses open with words only
         * @return this builder
         */
        public Builder participleEndings(String... values) {
            participleEndings = values.length == 0 ? List.of() : words("participleEndings", values);
            return this;
        }

        /**
         * @param values the endings of adverbs that may stand before the participle ("ly"); none for a language
         *               without such adverbs
         * @return this builder
         */
        public Builder adverbEndings(String... values) {
            adverbEndings = values.length == 0 ? List.of() : words("adverbEndings", values);
            return this;
        }

        /**
         * @param value whether preambular clauses open in lower case in this language, as in Russian; default false
         * @return this builder
         */
        public Builder lowerCaseClauses(boolean value) {
            lowerCaseClauses = value;
            return this;
        }

        /**
         * @param values the words of a title that names another genre than a declaration ("Report", "Minutes")
         * @return this builder
         */
        public Builder reportWords(String... values) {
            reportWords = words("reportWords", values);
            return this;
        }

        /**
         * @param values the formulas that open the closing before the signatures ("In witness whereof")
         * @return this builder
         */
        public Builder closingFormulas(String... values) {
            closingFormulas = words("closingFormulas", values);
            return this;
        }

        /**
         * @param values the words that may link a date's day, month and year ("de" in "14 de diciembre de 2030");
         *               none by default
         * @return this builder
         */
        public Builder dateLinks(String... values) {
            dateLinks = values.length == 0 ? List.of() : words("dateLinks", values);
            return this;
        }

        /**
         * @param values the words that may follow a date's year ("года" in "14 декабря 2030 года"); none by default
         * @return this builder
         */
        public Builder yearWords(String... values) {
            yearWords = values.length == 0 ? List.of() : words("yearWords", values);
            return this;
        }

        /**
         * @param values the operative verbs that adopt the text printed after them ("Adopts", "Endorses")
         * @return this builder
         */
        public Builder adoptingVerbs(String... values) {
            adoptingVerbs = words("adoptingVerbs", values);
            return this;
        }

        /**
         * @param values the words that number an article ("Article")
         * @return this builder
         */
        public Builder articleWords(String... values) {
            articleWords = words("articleWords", values);
            return this;
        }

        /**
         * @param values the words that stand for 1 after an article word ("premier" of "Article premier")
         * @return this builder
         */
        public Builder firstOrdinals(String... values) {
            firstOrdinals = words("firstOrdinals", values);
            return this;
        }

        /**
         * @param values words that end like a participle but open no clause ("United", "During")
         * @return this builder
         */
        public Builder nonClauseWords(String... values) {
            nonClauseWords = words("nonClauseWords", values);
            return this;
        }

        /** @return the profile */
        public LayoutProfile build() {
            return new LayoutProfile(this);
        }
    }
}
