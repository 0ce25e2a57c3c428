package org.declaro.properties;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.declaro.model.Action;
import org.declaro.model.ActionPlan;
import org.declaro.model.Adoption;
import org.declaro.model.AgendaItem;
import org.declaro.model.Commitment;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.declaro.model.Extensions;
import org.declaro.model.Footnote;
import org.declaro.model.Heading;
import org.declaro.model.Meeting;
import org.declaro.model.Modality;
import org.declaro.model.Paragraph;
import org.declaro.model.PartialDate;
import org.declaro.model.Period;
import org.declaro.model.PreambularParagraph;
import org.declaro.model.Reference;
import org.declaro.model.Section;
import org.declaro.model.Source;
import org.declaro.model.Status;
import org.declaro.model.Subparagraph;

/**
 * Generators of valid documents: both kinds, annexes, text in the scripts of the six UN languages,
 * right-to-left text, astral-plane characters, and optional parts left empty; format 1.1 fields
 * (restart headings, sub-paragraph commitments, source) sometimes, and documents that say 1.0 without them.
 */
final class Documents {
    static final List<String> THEMES = List.of("universalization", "compliance", "clearance", "victim-assistance",
            "cooperation-assistance", "implementation");

    private Documents() {
    }

    /** Words in Latin (en, fr, es), Arabic, Han, Cyrillic, Hebrew and astral-plane characters. */
    static Arbitrary<String> word() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('a', 'z').withChars("éèçñüÉ'-").ofMinLength(1).ofMaxLength(9),
                Arbitraries.strings().withCharRange('\u0621', '\u064A').ofMinLength(1).ofMaxLength(7),
                Arbitraries.strings().withCharRange('\u4E00', '\u9FA5').ofMinLength(1).ofMaxLength(4),
                Arbitraries.strings().withCharRange('\u0410', '\u044F').ofMinLength(1).ofMaxLength(9),
                Arbitraries.strings().withCharRange('\u05D0', '\u05EA').ofMinLength(1).ofMaxLength(6),
                Arbitraries.of("\uD83C\uDF0D", "\uD840\uDC00\uD840\uDC01", "\uD835\uDC00x", "\u201Cquoted\u201D",
                        "\"quote\"", "back\\slash", "tab\u00A0nbsp", "\u200Fmark"));
    }

    /** Text without leading, trailing or doubled white space. */
    static Arbitrary<String> text(int minWords, int maxWords) {
        return word().list().ofMinSize(minWords).ofMaxSize(maxWords).map(ws -> String.join(" ", ws) + ".");
    }

    static Arbitrary<String> slug() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').ofMinLength(1).ofMaxLength(12)
                .list().ofMinSize(1).ofMaxSize(4).map(parts -> String.join("-", parts));
    }

    static Arbitrary<String> language() {
        return Arbitraries.of("en", "fr", "es", "ar", "zh", "ru", "zh-Hans", "he");
    }

    static Arbitrary<PartialDate> date() {
        Arbitrary<Integer> year = Arbitraries.integers().between(1945, 2100);
        Arbitrary<Integer> month = Arbitraries.integers().between(1, 12);
        Arbitrary<Integer> day = Arbitraries.integers().between(1, 28);
        return Combinators.combine(year, month, day, Arbitraries.integers().between(0, 2))
                .as((y, m, d, precision) -> precision == 0 ? PartialDate.ofYear(y)
                        : precision == 1 ? PartialDate.ofMonth(y, m) : PartialDate.ofDay(y, m, d));
    }

    static <T> Arbitrary<T> maybe(Arbitrary<T> a) {
        return a.injectNull(0.4);
    }

    static Arbitrary<Extensions> extensions() {
        Arbitrary<String> value = Arbitraries.of("1", "-2.50", "true", "null", "\"x\"", "{\"owner\":\"unit 7\",\"ids\":[1,2]}",
                "[]", "{}", "\"é\\n\"");
        return Combinators.combine(Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6), value)
                .as((name, v) -> Extensions.of(Map.of("x-" + name, v)))
                .injectNull(0.8).map(e -> e == null ? Extensions.NONE : e);
    }

    /** Commitments with valid spans into {@code text}, ids {@code prefix.cN}. */
    static Arbitrary<List<Commitment>> commitments(String text, String prefix) {
        int n = text.length();
        Arbitrary<Commitment> one = Combinators.combine(
                Arbitraries.integers().between(0, n - 1), Arbitraries.integers().between(1, n),
                Arbitraries.of(Modality.class), Arbitraries.of("we", "all States", "\u0627\u0644\u062F\u0648\u0644"),
                Arbitraries.of(THEMES).list().ofMaxSize(2).uniqueElements(), maybe(date()))
                .as((a, b, modality, actor, themes, deadline) -> {
                    int start = Math.min(a, b);
                    int end = Math.max(a, b) == start ? start + 1 : Math.max(a, b);
                    return new Commitment("?", modality, actor, text.substring(start, end), start, end, themes, deadline);
                });
        return one.list().ofMaxSize(3).map(list -> {
            List<Commitment> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Commitment c = list.get(i);
                out.add(new Commitment(prefix + ".c" + (i + 1), c.modality(), c.actor(), c.text(), c.start(), c.end(),
                        c.themes(), c.deadline()));
            }
            return out;
        });
    }

    /** Sub-paragraphs; a quarter of them with commitments (format 1.1), whose ids {@link #withIds} gives. */
    static Arbitrary<List<Subparagraph>> subparagraphs(int depth) {
        Arbitrary<List<Subparagraph>> nested = depth == 0 ? Arbitraries.just(List.of()) : subparagraphs(depth - 1);
        Arbitrary<Body> body = text(1, 6).flatMap(t -> Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(List.<Commitment>of())), Tuple.of(1, commitments(t, "?")))
                .map(cs -> new Body(t, List.of(), Extensions.NONE, cs)));
        return Combinators.combine(body.list().ofMaxSize(3), nested.list().ofMaxSize(3),
                Arbitraries.of("letters", "roman", "bullets"), extensions())
                .as((bodies, kids, scheme, ext) -> {
                    List<Subparagraph> out = new ArrayList<>();
                    for (int i = 0; i < bodies.size(); i++) {
                        String label = switch (scheme) {
                            case "letters" -> String.valueOf((char) ('a' + i));
                            case "roman" -> List.of("i", "ii", "iii").get(i);
                            default -> null;
                        };
                        out.add(new Subparagraph(label, bodies.get(i).text(), i < kids.size() ? kids.get(i) : List.of(),
                                bodies.get(i).commitments(), i == 0 ? ext : Extensions.NONE));
                    }
                    return out;
                });
    }

    /** Sub-paragraphs whose commitments have ids unique in the document: {@code prefix.s2.1.c1}. */
    static List<Subparagraph> withIds(List<Subparagraph> subs, String prefix) {
        List<Subparagraph> out = new ArrayList<>();
        for (int k = 0; k < subs.size(); k++) {
            Subparagraph s = subs.get(k);
            String at = prefix + "." + (k + 1);
            List<Commitment> cs = new ArrayList<>();
            for (int j = 0; j < s.commitments().size(); j++) {
                Commitment c = s.commitments().get(j);
                cs.add(new Commitment(at + ".c" + (j + 1), c.modality(), c.actor(), c.text(), c.start(), c.end(),
                        c.themes(), c.deadline()));
            }
            out.add(new Subparagraph(s.label(), s.text(), withIds(s.subparagraphs(), at), cs, s.extensions()));
        }
        return out;
    }

    /** A source (format 1.1), sometimes with a digest. */
    static Arbitrary<Source> source() {
        Arbitrary<String> digest = Arbitraries.strings().withChars("0123456789abcdef").ofLength(64).injectNull(0.3);
        return Combinators.combine(Arbitraries.of("text", "markdown", "pdf-text"), Arbitraries.of("draft.txt",
                "d\u00e9claration.md", "A_RES_80_42.txt").injectNull(0.3), digest, extensions())
                .as(Source::new);
    }

    /** @return whether the document holds a field of format 1.1, so that it cannot say 1.0 */
    static boolean uses11(Declaration d) {
        return d.source() != null || d.headings().stream().anyMatch(h -> h.restart() != null)
                || d.paragraphs().stream().anyMatch(p -> hasCommitments(p.subparagraphs()));
    }

    private static boolean hasCommitments(List<Subparagraph> subs) {
        return subs.stream().anyMatch(s -> !s.commitments().isEmpty() || hasCommitments(s.subparagraphs()));
    }

    record Body(String text, List<Subparagraph> subs, Extensions ext, List<Commitment> commitments) {
        Body(String text, List<Subparagraph> subs, Extensions ext) {
            this(text, subs, ext, List.of());
        }
    }

    static Arbitrary<Declaration> declaration(int annexDepth) {
        Arbitrary<List<Body>> bodies = Combinators.combine(text(1, 30), subparagraphs(1), extensions())
                .as(Body::new).list().ofMinSize(1).ofMaxSize(6);
        Arbitrary<List<String>> preamble = text(2, 12).list().ofMaxSize(3);
        Arbitrary<List<String>> footnoteTexts = text(1, 8).list().ofMaxSize(3);
        Arbitrary<List<Document>> annexes = annexDepth == 0 ? Arbitraries.just(List.of())
                : Arbitraries.oneOf(declaration(annexDepth - 1).map(d -> (Document) d), actionPlan().map(p -> (Document) p))
                        .list().ofMaxSize(2);
        Arbitrary<Meta> meta = Combinators.combine(slug(), text(1, 8), maybe(text(1, 6)), language(), maybe(date()),
                Arbitraries.of(Status.DRAFT, Status.WITHDRAWN), maybe(text(1, 5)), Arbitraries.of(true, false))
                .as(Meta::new);
        return Combinators.combine(meta, bodies, preamble, footnoteTexts, annexes, Arbitraries.of(true, false),
                Combinators.combine(extensions(), maybe(source())).as(Tuple::of), Arbitraries.integers().between(0, 1_000_000))
                .flatAs((m, bs, pre, fns, ann, numbered, extAndSource, seed) -> {
                    Extensions ext = extAndSource.get1();
                    Source source = extAndSource.get2();
                    List<Arbitrary<List<Commitment>>> perParagraph = new ArrayList<>();
                    for (int i = 0; i < bs.size(); i++) {
                        perParagraph.add(commitments(bs.get(i).text(), "p" + (i + 1)));
                    }
                    return Combinators.combine(perParagraph).as(cs -> {
                        Declaration.Builder b = Declaration.builder(m.id(), m.title()).subtitle(m.subtitle())
                                .language(m.language()).date(m.date()).status(m.status()).issuer(m.issuer())
                                .extensions(ext);
                        if (seed % 3 == 0) {
                            b.source(source);
                        }
                        // numbering restarts under a second heading in some rich documents (format 1.1)
                        int restartAt = m.rich() && numbered && bs.size() >= 2 && seed % 4 == 1 ? 1 + seed % (bs.size() - 1) : -1;
                        if (m.rich()) {
                            b.originalLanguage("en").symbol("A/RES/80/" + (seed % 100))
                                    .author("The General Assembly")
                                    .meeting(new Meeting("Plenary", "New York", m.date()))
                                    .agendaItem(new AgendaItem("4(d)", m.title(), seed % 2 == 0))
                                    .heading(new Heading(0, 1, "I", "General", seed % 8 == 5 ? Boolean.FALSE : null,
                                            Extensions.NONE))
                                    .reference(new Reference("actionPlan", "A plan", null, 1));
                            if (m.date() != null) {
                                b.adoption(new Adoption("Geneva", m.date()));
                            }
                        }
                        for (int j = 0; j < fns.size(); j++) {
                            b.footnote(new Footnote("*".repeat(j + 1), fns.get(j)));
                            b.titleFootnotes("*".repeat(j + 1));
                        }
                        for (int j = 0; j < pre.size(); j++) {
                            b.preamble(new PreambularParagraph(pre.get(j), List.of(), List.of(), Extensions.NONE));
                        }
                        for (int i = 0; i < bs.size(); i++) {
                            Body body = bs.get(i);
                            Integer number = !numbered ? null : restartAt > 0 && i >= restartAt ? i - restartAt + 1 : i + 1;
                            b.paragraph(new Paragraph(number, body.text(), withIds(body.subs(), "p" + (i + 1) + ".s"),
                                    List.of(), cs.get(i), body.ext()));
                        }
                        if (restartAt > 0) {
                            b.heading(new Heading(restartAt, 1, "II", "Particular", true, Extensions.NONE));
                        }
                        ann.forEach(b::annex);
                        Declaration d = b.build();
                        // documents without a 1.1 field sometimes say 1.0, as documents written before 1.1 do
                        return seed % 5 == 0 && !uses11(d) ? d.toBuilder().schemaVersion("1.0").build() : d;
                    });
                });
    }

    record Meta(String id, String title, String subtitle, String language, PartialDate date, Status status,
            String issuer, boolean rich) {
    }

    static Arbitrary<ActionPlan> actionPlan() {
        Arbitrary<List<List<String>>> sections = text(2, 20).list().ofMinSize(0).ofMaxSize(3).list().ofMinSize(1).ofMaxSize(3);
        return Combinators.combine(slug(), text(1, 6), language(), sections, Arbitraries.integers().between(2000, 2090),
                Arbitraries.integers().between(0, 10), text(1, 10).list().ofMaxSize(2),
                Combinators.combine(extensions(), maybe(source()), Arbitraries.integers().between(0, 2)).as(Tuple::of))
                .as((id, title, lang, secs, from, span, intro, more) -> {
                    Extensions ext = more.get1();
                    Source source = more.get2();
                    int version = more.get3();
                    ActionPlan.Builder b = ActionPlan.builder(id, title).language(lang)
                            .period(new Period(from, from + span)).extensions(ext).source(source);
                    if (source == null && version == 0) {
                        b.schemaVersion("1.0");
                    }
                    intro.forEach(b::introduction);
                    int number = 1;
                    for (int s = 0; s < secs.size(); s++) {
                        List<Action> actions = new ArrayList<>();
                        for (String t : secs.get(s)) {
                            PartialDate deadline = number % 2 == 0 ? PartialDate.ofYear(from + span) : null;
                            actions.add(new Action(number, t, number % 3 == 0 ? List.of("Indicator " + number) : List.of(),
                                    List.of(), deadline, Extensions.NONE));
                            number++;
                        }
                        b.section(new Section(toRoman(s + 1), "Section " + (s + 1), s == 0 ? intro : List.of(), actions));
                    }
                    return b.build();
                });
    }

    static String toRoman(int n) {
        return List.of("I", "II", "III", "IV", "V").get(n - 1);
    }

    static Arbitrary<Document> document() {
        return Arbitraries.oneOf(declaration(1).map(d -> (Document) d), actionPlan().map(p -> (Document) p));
    }

    /** Arbitrary JSON text, nested up to five levels: objects, arrays, odd strings, numbers, literals. */
    static Arbitrary<String> anyJson() {
        Arbitrary<String> scalar = Arbitraries.oneOf(
                Arbitraries.of("null", "true", "false", "0", "-1.5e3", "123456789012345678901234567890"),
                Arbitraries.strings().ofMaxLength(12).map(s -> "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"")
                        .replaceAll("[\\x00-\\x1F]", " ") + "\""));
        return Arbitraries.recursive(() -> scalar, inner -> Arbitraries.oneOf(
                inner.list().ofMaxSize(4).map(l -> "[" + String.join(",", l) + "]"),
                Combinators.combine(Arbitraries.of("kind", "paragraphs", "id", "title", "text", "number", "x", "sections"),
                        inner).as((k, v) -> "\"" + k + "\":" + v).list().ofMaxSize(4)
                        .map(l -> "{" + String.join(",", l) + "}")), 0, 5);
    }
}
