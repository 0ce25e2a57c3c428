package org.declaro.importer;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import org.declaro.internal.Slugs;
import org.declaro.model.Action;
import org.declaro.model.ActionPlan;
import org.declaro.model.Adoption;
import org.declaro.model.AgendaItem;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.declaro.model.DocumentKind;
import org.declaro.model.Footnote;
import org.declaro.model.Heading;
import org.declaro.model.Meeting;
import org.declaro.model.Paragraph;
import org.declaro.model.PartialDate;
import org.declaro.model.Period;
import org.declaro.model.PreambularParagraph;
import org.declaro.model.Section;
import org.declaro.model.Subparagraph;
import org.declaro.render.MarkdownRenderer;
import org.declaro.render.TextRenderer;
import org.declaro.report.Finding;
import org.declaro.report.Severity;

/**
 * No text is ever dropped without a warning or an error, whatever kind the importer is asked for: generated
 * declarations with one to three annexes (declarations or action plans), and action plans with a declaration
 * appended as an annex, are rendered as plain text and as Markdown, then imported with the kind detected and
 * with each kind forced. Every word of the source must be in the document or in a finding; and a word that is
 * not in the document needs a warning or an error, unless an info finding says its line was "left out of the
 * model" as layout (an annex line, page furniture) and quotes it.
 *
 * <p>Words are runs of letters, lower-cased, counted with multiplicity. The renderers' scaffolding words, which
 * the importer turns into structure rather than text ("Section I:", "Action 1:", "Indicators:", "Adopted in",
 * "Original:", the Markdown fact table's labels), are taken out of the source before counting; dates and
 * languages in the model are counted as the words the renderers write for them.
 */
class NothingDroppedProperties {

    // ------------------------------------------------------------------------------------------------ generators
    // copied from RenderedTextProperties and layout/Declarations, with the scaffolding words kept out of the text

    /** Words the importer reads as structure or cue words, and words of the renderers' scaffolding. */
    private static final Pattern RESERVED = Pattern.compile("whereas|annex|annexes|article|adopted|done|signed|issued|agreed|"
            + "preamble|introduction|indicators?|section|part|chapter|title|action|actions|item|original|distr|agenda|"
            + "session|meeting|plenary|resolution|decision|decides|the|we|united|nations|provisional|recalling|general|"
            + "assembly|page|plan|plans|programme|strategy|framework|roadmap|declaration|kind|status|draft|symbol|date|"
            + "issuer|language|adoption|period|in|on|at|by|of|en|fr|english|french|january|february|march|april|may|"
            + "june|july|august|september|october|november|december|st|nd|rd|th|[ivxlc]+");

    /** Opening participles of preambular paragraphs. */

    private static Arbitrary<String> word() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(10)
                .filter(w -> !RESERVED.matcher(w).matches());
    }

    private static Arbitrary<String> anyWord() {
        return Arbitraries.frequencyOf(Tuple.of(6, word()),
                Tuple.of(1, Arbitraries.strings().withCharRange('a', 'z').ofMinLength(11).ofMaxLength(16)));
    }

    private static Arbitrary<String> words(int min, int max) {
        return anyWord().list().ofMinSize(min).ofMaxSize(max).map(ws -> String.join(" ", ws));
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Arbitrary<String> sentence(int min, int max) {
        return words(min, max).map(s -> capital(s) + ".");
    }

    private static Arbitrary<String> titleCase(int min, int max) {
        return word().list().ofMinSize(min).ofMaxSize(max)
                .map(ws -> String.join(" ", ws.stream().map(NothingDroppedProperties::capital).toList()));
    }


    private static <T> Arbitrary<T> maybe(Arbitrary<T> a) {
        return a.injectNull(0.4);
    }

    /** Declarations as the layout-varied round trips generate them (preamble, numbered paragraphs, labels, notes). */
    private static Arbitrary<Declaration> plainDeclarations() {
        return org.declaro.importer.layout.Declarations.declarations();
    }

    private static Arbitrary<ActionPlan> actionPlans() {
        Arbitrary<String> title = Arbitraries.oneOf(titleCase(2, 6), titleCase(1, 4).map(t -> "Plan of Action for " + t),
                titleCase(1, 4).map(t -> t + " Action Plan"));
        Arbitrary<List<String>> indicators = words(1, 6).map(NothingDroppedProperties::capital).list().ofMaxSize(2);
        Arbitrary<List<Tuple.Tuple2<String, List<String>>>> actions = Combinators.combine(sentence(3, 25), indicators)
                .as(Tuple::of).list().ofMaxSize(3);
        Arbitrary<Tuple.Tuple4<Boolean, String, List<String>, List<Tuple.Tuple2<String, List<String>>>>> section =
                Combinators.combine(Arbitraries.of(true, true, false), titleCase(1, 5), sentence(4, 25).list().ofMaxSize(2),
                        actions).as(Tuple::of);
        return Combinators.combine(title, maybe(titleCase(2, 5)), sentence(4, 30).list().ofMaxSize(2),
                section.list().ofMinSize(1).ofMaxSize(3), maybe(sentence(2, 8)), Arbitraries.of(true, false))
                .as((t, issuer, intro, secs, note, period) -> {
                    ActionPlan.Builder b = ActionPlan.builder(Slugs.of(t), t).issuer(issuer).introduction(intro);
                    if (period) {
                        b.period(new Period(2025, 2029));
                    }
                    int n = 0;
                    int numbered = 0;
                    for (var s : secs) {
                        List<Action> as = new ArrayList<>();
                        for (var a : s.get4()) {
                            n++;
                            as.add(new Action(n, a.get1(), a.get2(), List.of(), null, null));
                        }
                        String number = s.get1() ? Numerals.roman(++numbered).toUpperCase(Locale.ROOT) : null;
                        b.section(new Section(number, s.get2(), s.get3(), as));
                    }
                    if (note != null) {
                        b.footnote(new Footnote("1", note));
                    }
                    return b.build();
                });
    }

    /** A declaration with annexes; its string is short, the failure message shows the text. */
    record Annexed(Declaration declaration) {
        @Override
        public String toString() {
            return "Annexed[\"" + declaration.title() + "\", annexes " + declaration.annexes().stream()
                    .map(a -> a.kind().jsonName()).toList() + "]";
        }
    }

    /** Declarations with one to three annexes, each a declaration or an action plan. */
    @Provide
    Arbitrary<Annexed> declarationsWithAnnexes() {
        Arbitrary<Document> annex = Arbitraries.oneOf(plainDeclarations().map(d -> (Document) d),
                actionPlans().map(p -> (Document) p));
        return Combinators.combine(plainDeclarations(), annex.list().ofMinSize(1).ofMaxSize(3)).as((d, annexes) -> {
            Declaration.Builder b = d.toBuilder();
            annexes.forEach(b::annex);
            return new Annexed(b.build());
        });
    }

    /** An action plan with declarations appended as annexes: the model cannot hold them, the text can. */
    record PlanWithAnnexes(ActionPlan plan, List<Declaration> annexes) {
        @Override
        public String toString() {
            return "PlanWithAnnexes[\"" + plan.title() + "\", " + annexes.size() + " declaration(s) appended]";
        }
    }

    @Provide
    Arbitrary<PlanWithAnnexes> plansWithAnnexes() {
        return Combinators.combine(actionPlans(), plainDeclarations().list().ofMinSize(1).ofMaxSize(3)).as(PlanWithAnnexes::new);
    }

    static String text(PlanWithAnnexes p) {
        StringBuilder b = new StringBuilder(TextRenderer.standard().render(p.plan()));
        for (Declaration d : p.annexes()) {
            b.append("\nAnnex\n\n").append(TextRenderer.standard().render(d));
        }
        return b.toString();
    }

    static String markdown(PlanWithAnnexes p) {
        StringBuilder b = new StringBuilder(MarkdownRenderer.standard().render(p.plan()));
        for (int k = 0; k < p.annexes().size(); k++) {
            b.append("---\n\n## Annex ").append(k + 1).append("\n\n").append(MarkdownRenderer.standard().render(p.annexes().get(k)));
        }
        return b.toString();
    }

    // ------------------------------------------------------------------------------------------------ properties

    @Property(tries = 500, edgeCases = EdgeCasesMode.NONE, shrinking = ShrinkingMode.BOUNDED)
    void aDeclarationWithAnnexesAsTextLosesNoWordSilently(@ForAll("declarationsWithAnnexes") Annexed d) {
        checkEveryKind("text", TextRenderer.standard().render(d.declaration()));
    }

    @Property(tries = 500, edgeCases = EdgeCasesMode.NONE, shrinking = ShrinkingMode.BOUNDED)
    void aDeclarationWithAnnexesAsMarkdownLosesNoWordSilently(@ForAll("declarationsWithAnnexes") Annexed d) {
        checkEveryKind("markdown", MarkdownRenderer.standard().render(d.declaration()));
    }

    @Property(tries = 500, edgeCases = EdgeCasesMode.NONE, shrinking = ShrinkingMode.BOUNDED)
    void anActionPlanWithAnnexesAsTextLosesNoWordSilently(@ForAll("plansWithAnnexes") PlanWithAnnexes p) {
        checkEveryKind("text", text(p));
    }

    @Property(tries = 500, edgeCases = EdgeCasesMode.NONE, shrinking = ShrinkingMode.BOUNDED)
    void anActionPlanWithAnnexesAsMarkdownLosesNoWordSilently(@ForAll("plansWithAnnexes") PlanWithAnnexes p) {
        checkEveryKind("markdown", markdown(p));
    }

    private static final DocumentKind[] KINDS = {null, DocumentKind.DECLARATION, DocumentKind.ACTION_PLAN};

    /** Imports the text with the kind detected and with each kind forced; fails naming every import that loses text. */
    static void checkEveryKind(String syntax, String text) {
        StringBuilder failures = new StringBuilder();
        for (DocumentKind kind : KINDS) {
            String problem;
            ImportResult r = null;
            try {
                r = TextImporter.builder().kind(kind).build().importText(text);
                problem = problem(text, r);
            } catch (RuntimeException e) {
                problem = "the import threw " + e;
            }
            if (problem != null) {
                failures.append("\n=== kind forced: ").append(kind == null ? "none (detected)" : kind).append(", ")
                        .append(syntax).append(" ===\n").append(problem).append('\n');
                if (r != null) {
                    failures.append("document: ").append(r.document().orElseThrow().kind()).append(" \"").append(r.document().orElseThrow().title())
                            .append("\"").append(r.document().orElseThrow() instanceof Declaration dd ? ", " + dd.annexes().size()
                                    + " annex(es)" : "").append('\n');
                    failures.append("findings:\n");
                    r.findings().forEach(f -> failures.append("  ").append(f).append('\n'));
                }
            }
        }
        if (failures.length() > 0) {
            fail(failures + "\ntext (" + syntax + "):\n" + numbered(text));
        }
    }

    /**
     * What an import kept and lost, in words (with multiplicity).
     *
     * @param notInDocument words of the source the document has fewer copies of
     * @param needWarning   of those, the ones no info finding left out as layout
     * @param unaccounted   of those, the ones no warning or error quotes either
     * @param warned        whether some finding is a warning or an error
     * @param failed        whether some finding is an error: the import failed, as the issue asks when the model
     *                      cannot hold what was found (an action plan with annexes), so unquoted words are told
     */
    record Analysis(Map<String, Integer> notInDocument, Map<String, Integer> needWarning,
            Map<String, Integer> unaccounted, boolean warned, boolean failed) {

        boolean silentLoss() {
            return !needWarning.isEmpty() && !warned;
        }

        boolean ok() {
            return (unaccounted.isEmpty() || failed) && !silentLoss();
        }
    }

    static Analysis analyse(String source, ImportResult r) {
        Map<String, Integer> src = sourceWords(source);
        Map<String, Integer> model = new TreeMap<>();
        collect(r.document().orElseThrow(), model);
        Map<String, Integer> strong = new TreeMap<>(); // words quoted by warnings and errors
        Map<String, Integer> layout = new TreeMap<>(); // words quoted by info findings that left a line out as layout
        boolean warned = false;
        boolean failed = false;
        for (Finding f : r.findings()) {
            failed |= f.severity() == Severity.ERROR;
            if (f.severity() == Severity.ERROR || f.severity() == Severity.WARNING) {
                warned = true;
                count(f.message(), strong);
            } else if (f.message().contains("left out of the model")) {
                count(f.message(), layout);
            }
        }
        Map<String, Integer> notInDocument = new TreeMap<>();
        Map<String, Integer> unaccounted = new TreeMap<>();
        Map<String, Integer> needWarning = new TreeMap<>();
        src.forEach((w, n) -> {
            int m = model.getOrDefault(w, 0);
            int l = layout.getOrDefault(w, 0);
            int s = strong.getOrDefault(w, 0);
            if (n > m) {
                notInDocument.put(w, n - m);
            }
            if (n > m + l) {
                needWarning.put(w, n - m - l);
            }
            if (n > m + l + s) {
                unaccounted.put(w, n - m - l - s);
            }
        });
        return new Analysis(notInDocument, needWarning, unaccounted, warned, failed);
    }

    /** @return what is wrong with the import, or null when every word is accounted for */
    static String problem(String source, ImportResult r) {
        Analysis a = analyse(source, r);
        if (a.ok()) {
            return null;
        }
        List<String> problems = new ArrayList<>();
        if (!a.unaccounted().isEmpty()) {
            problems.add("words (with how many copies) neither in the document nor in a finding: " + a.unaccounted());
        }
        if (a.silentLoss()) {
            problems.add("words missing from the document, and no finding is a warning or an error (info alone): "
                    + a.needWarning());
        }
        return String.join("\n", problems) + "\nall words not in the document: " + a.notInDocument();
    }

    // ------------------------------------------------------------------------------------------------ words

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /** Scaffolding the renderers write and the importer turns into structure: taken out of a source line. */
    private static final List<Pattern> SCAFFOLD = List.of(
            Pattern.compile("^Section (?=\\S+: )"), // text: "Section I: Title"
            Pattern.compile("^Action (?=\\d+: )"), // text: "Action 1: text"
            Pattern.compile("^Indicators:$"), // text
            Pattern.compile("^Adopted (?:in |on )"), // text: the adoption line
            Pattern.compile("^Original: "), // text: the original language (its name counts as the model's)
            Pattern.compile("^\\| (?:Kind|Status) \\| .*\\|$"), // Markdown: the kind and status rows
            Pattern.compile("^\\| (?:Symbol|Date|Issuer|Language|Meeting|Agenda item|Adoption|Period) \\| "), // their labels
            Pattern.compile("\\(original: "), // Markdown: the language row
            Pattern.compile("^\\*\\*Action (?=\\d+\\.\\*\\*)"), // Markdown: "**Action 1.** text"
            Pattern.compile("^- Indicator: ")); // Markdown

    static Map<String, Integer> sourceWords(String source) {
        Map<String, Integer> bag = new TreeMap<>();
        for (String line : source.split("\n", -1)) {
            String l = line;
            for (Pattern p : SCAFFOLD) {
                l = p.matcher(l).replaceAll(" ");
            }
            count(l, bag);
        }
        return bag;
    }

    static void count(String text, Map<String, Integer> bag) {
        if (text == null) {
            return;
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            bag.merge(m.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
    }

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    private static final Map<String, String> LANGUAGES = Map.of("en", "English", "fr", "French", "es", "Spanish",
            "ru", "Russian", "ar", "Arabic", "zh", "Chinese");

    private static void date(PartialDate d, Map<String, Integer> bag) {
        if (d != null && d.month() > 0) {
            count(MONTHS[d.month() - 1], bag);
        }
    }

    private static void language(String tag, Map<String, Integer> bag) {
        if (tag != null) {
            count(tag, bag);
            count(LANGUAGES.get(tag.toLowerCase(Locale.ROOT)), bag);
        }
    }

    /** The words of a document's text fields, annexes included; dates and languages as the renderers write them. */
    static void collect(Document doc, Map<String, Integer> bag) {
        count(doc.title(), bag);
        count(doc.symbol(), bag);
        count(doc.issuer(), bag);
        date(doc.date(), bag);
        language(doc.language(), bag);
        for (Footnote f : doc.footnotes()) {
            count(f.marker(), bag);
            count(f.text(), bag);
        }
        if (doc instanceof Declaration d) {
            d.titleFootnotes().forEach(m -> count(m, bag));
            count(d.subtitle(), bag);
            language(d.originalLanguage(), bag);
            count(d.author(), bag);
            if (d.meeting() != null) {
                count(d.meeting().name(), bag);
                count(d.meeting().place(), bag);
                date(d.meeting().date(), bag);
            }
            AgendaItem item = d.agendaItem();
            if (item != null) {
                count(item.number(), bag);
                count(item.title(), bag);
            }
            for (PreambularParagraph p : d.preamble()) {
                count(p.text(), bag);
                p.footnotes().forEach(m -> count(m, bag));
            }
            for (Paragraph p : d.paragraphs()) {
                count(p.text(), bag);
                p.footnotes().forEach(m -> count(m, bag));
                subparagraphs(p.subparagraphs(), bag);
            }
            for (Heading h : d.headings()) {
                count(h.label(), bag);
                count(h.title(), bag);
            }
            if (d.adoption() != null) {
                count(d.adoption().place(), bag);
                date(d.adoption().date(), bag);
            }
            d.annexes().forEach(a -> collect(a, bag));
        } else {
            ActionPlan p = (ActionPlan) doc;
            p.introduction().forEach(t -> count(t, bag));
            for (Section s : p.sections()) {
                count(s.number(), bag);
                count(s.title(), bag);
                s.paragraphs().forEach(t -> count(t, bag));
                for (Action a : s.actions()) {
                    count(a.text(), bag);
                    a.indicators().forEach(t -> count(t, bag));
                    date(a.deadline(), bag);
                }
            }
        }
    }

    private static void subparagraphs(List<Subparagraph> subs, Map<String, Integer> bag) {
        for (Subparagraph s : subs) {
            count(s.label(), bag);
            count(s.text(), bag);
            subparagraphs(s.subparagraphs(), bag);
        }
    }

    static String numbered(String text) {
        String[] lines = text.split("\n", -1);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            b.append(String.format("%4d| %s%n", i + 1, lines[i]));
        }
        return b.toString();
    }
}
