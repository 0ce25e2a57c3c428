package org.declaro.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.declaro.model.Adoption;
import org.declaro.model.Declaration;
import org.declaro.model.Footnote;
import org.declaro.model.Heading;
import org.declaro.model.Meeting;
import org.declaro.model.Paragraph;
import org.declaro.model.PartialDate;
import org.declaro.model.PreambularParagraph;
import org.declaro.model.Subparagraph;
import org.declaro.render.TextRenderer;

/** The text renderer writes what the importer reads back: re-importing a rendered declaration gives it again. */
class RenderedTextProperties {

    private static final String RESERVED = "whereas|annex|annexes|article|adopted|done|signed|issued|agreed|preamble|"
            + "introduction|indicators?|section|part|chapter|title|action|item|original|distr|agenda|session|meeting|"
            + "plenary|resolution|decision|the|we|united|nations|provisional|recalling|[ivxlc]+";

    private static Arbitrary<String> word() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(2).ofMaxLength(10).filter(w -> !w.matches(RESERVED));
    }

    private static Arbitrary<String> words(int min, int max) {
        return word().list().ofMinSize(min).ofMaxSize(max).map(ws -> String.join(" ", ws));
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Arbitrary<String> titleCase(int min, int max) {
        return word().list().ofMinSize(min).ofMaxSize(max).map(ws -> String.join(" ", ws.stream().map(RenderedTextProperties::capital).toList()));
    }

    private static Arbitrary<PartialDate> date() {
        return Combinators.combine(Arbitraries.integers().between(1950, 2099), Arbitraries.integers().between(1, 12),
                Arbitraries.integers().between(0, 28)).as((y, m, d) -> d == 0 ? PartialDate.ofMonth(y, m) : PartialDate.ofDay(y, m, d));
    }

    private static <T> Arbitrary<T> maybe(Arbitrary<T> a) {
        return a.injectNull(0.4);
    }

    /** The parts of a generated declaration. */
    record Parts(String title, boolean starred, String issuer, String subtitle, PartialDate date, String original,
            Meeting meeting, boolean author, List<String> preamble, List<String> texts, List<List<String>> subs,
            List<Boolean> noted, List<String> headings, Adoption adoption) {
    }

    @Provide
    Arbitrary<Declaration> declarations() {
        Arbitrary<Meeting> meeting = Combinators.combine(titleCase(1, 3), titleCase(1, 2), date())
                .as((n, p, d) -> new Meeting(n + " Meeting", p, d));
        Arbitrary<Adoption> adoption = Combinators.combine(titleCase(1, 2), date()).as(Adoption::new);
        Arbitrary<List<String>> texts = words(3, 40).map(RenderedTextProperties::capital).list().ofMinSize(1).ofMaxSize(8);
        Arbitrary<List<List<String>>> subs = words(1, 10).list().ofMaxSize(3).list().ofSize(8);
        Arbitrary<List<Boolean>> noted = Arbitraries.of(true, false, false).list().ofSize(8);
        Arbitrary<List<String>> headings = maybe(titleCase(1, 4)).list().ofSize(8);
        return Combinators.combine(
                Combinators.combine(titleCase(2, 8), Arbitraries.of(true, false), maybe(titleCase(2, 8)), maybe(titleCase(2, 6)),
                        maybe(date()), maybe(Arbitraries.of("en", "fr")), Arbitraries.of(true, false), words(3, 20).list().ofMaxSize(3))
                        .as((t, s, i, st, d, o, a, pre) -> new Object[] {t, s, i, st, d, o, a, pre}),
                texts, subs, noted, headings, maybe(meeting), maybe(adoption))
                .as((head, ts, ss, ns, hs, m, ad) -> build(new Parts((String) head[0], (Boolean) head[1], (String) head[2],
                        (String) head[3], (PartialDate) head[4], (String) head[5], head[4] == null ? null : m,
                        (Boolean) head[6], castList(head[7]), ts, ss, ns, hs, ad)));
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object o) {
        return (List<String>) o;
    }

    private static Declaration build(Parts p) {
        Declaration.Builder b = Declaration.builder(org.declaro.internal.Slugs.of(p.title()), p.title()).issuer(p.issuer())
                .subtitle(p.subtitle()).date(p.date()).originalLanguage(p.original()).meeting(p.meeting())
                .adoption(p.adoption());
        if (p.starred()) {
            b.titleFootnotes("*");
            b.footnote(new Footnote("*", "Issued without formal editing."));
        }
        if (p.author()) {
            b.author("The General Assembly");
            p.preamble().forEach(t -> b.preamble(new PreambularParagraph("Recalling " + t + ",")));
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        int note = 0;
        for (int i = 0; i < p.texts().size(); i++) {
            List<String> subTexts = p.subs().get(i);
            List<Subparagraph> subs = new ArrayList<>();
            for (int k = 0; k < subTexts.size(); k++) {
                subs.add(new Subparagraph(String.valueOf((char) ('a' + k)), capital(subTexts.get(k)) + (k + 1 < subTexts.size() ? ";" : ".")));
            }
            List<String> footnotes = List.of();
            if (p.noted().get(i)) {
                note++;
                footnotes = List.of(String.valueOf(note));
                b.footnote(new Footnote(String.valueOf(note), "See document " + note + "."));
            }
            paragraphs.add(new Paragraph(i + 1, p.texts().get(i) + (subs.isEmpty() ? "." : ":"), subs, footnotes, List.of()));
            if (p.headings().get(i) != null) {
                b.heading(new Heading(i, 1, Numerals.roman(b.build().headings().size() + 1).toUpperCase(), p.headings().get(i)));
            }
        }
        b.paragraphs(paragraphs);
        Declaration d = b.build();
        // star footnotes are written first in the text's list; keep the model in the same order
        return d;
    }

    @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
    void aRenderedDeclarationIsReadBackEqual(@ForAll("declarations") Declaration d) {
        String text = TextRenderer.standard().render(d);
        ImportResult r = TextImporter.standard().importText(text);
        assertEquals(d, r.document().orElseThrow(), () -> text + "\n" + r.findings());
    }
}
