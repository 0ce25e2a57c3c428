package org.declaro.properties;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.declaro.json.CanonicalJsonWriter;
import org.declaro.model.Action;
import org.declaro.model.ActionPlan;
import org.declaro.model.Adoption;
import org.declaro.model.Commitment;
import org.declaro.model.Declaration;
import org.declaro.model.Extensions;
import org.declaro.model.Footnote;
import org.declaro.model.Heading;
import org.declaro.model.Modality;
import org.declaro.model.Paragraph;
import org.declaro.model.PartialDate;
import org.declaro.model.Period;
import org.declaro.model.Reference;
import org.declaro.model.Section;
import org.declaro.model.Source;
import org.declaro.model.Status;
import org.declaro.report.Rule;
import org.declaro.validation.DocumentValidator;
import org.declaro.validation.ValidationReport;

/** Every generated single mutation that breaks a rule yields that rule, in memory and from JSON. */
class MutationProperties {
    private final DocumentValidator validator = DocumentValidator.builder().themes(org.declaro.commitments.ThemeVocabulary.ofThemes(Documents.THEMES)).build();

    /** A way to break a valid document, and the rule it breaks. */
    record Mutation<T>(Rule rule, String name, Function<T, T> apply) {
        @Override
        public String toString() {
            return name + " -> " + rule.id();
        }
    }

    static final List<Mutation<Declaration>> DECLARATION_MUTATIONS = List.of(
            new Mutation<>(Rule.ID_FORMAT, "upper-case id", d -> d.toBuilder().id(d.id().toUpperCase() + " X").build()),
            new Mutation<>(Rule.LANGUAGE_TAG, "underscore tag", d -> d.toBuilder().language("en_GB").build()),
            new Mutation<>(Rule.SCHEMA_VERSION, "future version", d -> d.toBuilder().schemaVersion("9.9").build()),
            new Mutation<>(Rule.REQUIRED, "no title", d -> d.toBuilder().title(null).build()),
            new Mutation<>(Rule.REQUIRED, "no paragraphs", d -> d.toBuilder().paragraphs(List.of()).build()),
            new Mutation<>(Rule.TEXT_BLANK, "blank first paragraph", d -> withFirst(d, p -> new Paragraph(p.number(), " \t ",
                    p.subparagraphs(), p.footnotes(), List.of(), p.extensions()))),
            new Mutation<>(Rule.TEXT_WHITESPACE, "padded first paragraph", d -> withFirst(d, p -> new Paragraph(p.number(),
                    p.text() + " ", p.subparagraphs(), p.footnotes(), p.commitments(), p.extensions()))),
            new Mutation<>(Rule.FOOTNOTE_UNRESOLVED, "dangling marker", d -> withFirst(d, p -> new Paragraph(p.number(),
                    p.text(), p.subparagraphs(), List.of("\u2020\u2020"), p.commitments(), p.extensions()))),
            new Mutation<>(Rule.FOOTNOTE_UNUSED, "orphan footnote", d -> d.toBuilder().footnote(new Footnote("\u00a7", "Orphan.")).build()),
            new Mutation<>(Rule.FOOTNOTE_MARKER_DUPLICATE, "two footnotes, one marker", d -> d.toBuilder()
                    .titleFootnotes("\u00a7").footnote(new Footnote("\u00a7", "One.")).footnote(new Footnote("\u00a7", "Two.")).build()),
            new Mutation<>(Rule.COMMITMENT_ID_DUPLICATE, "same id twice", d -> withFirst(d, p -> p.withCommitments(List.of(
                    new Commitment("dup", Modality.WILL, "we", p.text().substring(0, 1), 0, 1, List.of(), null),
                    new Commitment("dup", Modality.WILL, "we", p.text().substring(1, 2), 1, 2, List.of(), null))))),
            new Mutation<>(Rule.COMMITMENT_SPAN_RANGE, "end past the text", d -> withFirst(d, p -> p.withCommitments(List.of(
                    new Commitment("c", Modality.COMMIT, "we", "x", 0, p.text().length() + 5, List.of(), null))))),
            new Mutation<>(Rule.COMMITMENT_SPAN_TEXT, "text not at offsets", d -> withFirst(d, p -> p.withCommitments(List.of(
                    new Commitment("c", Modality.COMMIT, "we", "\u2603" + p.text().substring(1, 2), 0, 2, List.of(), null))))),
            new Mutation<>(Rule.COMMITMENT_THEME_UNKNOWN, "theme outside vocabulary", d -> withFirst(d, p -> p.withCommitments(List.of(
                    new Commitment("c", Modality.COMMIT, "we", p.text().substring(0, 1), 0, 1, List.of("astrology"), null))))),
            new Mutation<>(Rule.DATE_ORDER, "adopted before dated", d -> d.toBuilder().date(PartialDate.ofDay(2101, 1, 1))
                    .adoption(new Adoption("Geneva", PartialDate.ofYear(1999))).build()),
            new Mutation<>(Rule.STATUS_ADOPTION, "adopted without adoption", d -> d.toBuilder().status(Status.ADOPTED)
                    .adoption(null).build()),
            new Mutation<>(Rule.REFERENCE_UNRESOLVED, "reference to nowhere", d -> d.toBuilder()
                    .reference(new Reference("actionPlan", "Elsewhere", "nowhere-to-be-found", null)).build()),
            new Mutation<>(Rule.HEADING_POSITION, "heading after the end", d -> d.toBuilder()
                    .heading(new Heading(d.paragraphs().size(), 1, "Z", "After the end")).build()),
            new Mutation<>(Rule.PARAGRAPH_NUMBER_DUPLICATE, "last number twice", d -> {
                List<Paragraph> ps = renumbered(d);
                ps.add(new Paragraph(ps.size(), "Again."));
                return d.toBuilder().paragraphs(ps).build();
            }),
            new Mutation<>(Rule.PARAGRAPH_NUMBER_SEQUENCE, "gap before the last", d -> {
                List<Paragraph> ps = renumbered(d);
                ps.add(new Paragraph(ps.size() + 5, "Skipped ahead."));
                return d.toBuilder().paragraphs(ps).build();
            }),
            new Mutation<>(Rule.PARAGRAPH_NUMBER_MISSING, "one unnumbered", d -> {
                List<Paragraph> ps = renumbered(d);
                ps.add(new Paragraph(null, "No number."));
                return d.toBuilder().paragraphs(ps).build();
            }),
            new Mutation<>(Rule.PARAGRAPH_NUMBER_SEQUENCE, "a restart run not from 1", d -> {
                List<Paragraph> ps = renumbered(d);
                ps.add(new Paragraph(ps.size() + 1, "Under a heading that restarts the numbering."));
                return d.toBuilder().schemaVersion("1.1").paragraphs(ps)
                        .heading(new Heading(ps.size() - 1, 1, "Z", "Restarting", true, Extensions.NONE)).build();
            }),
            new Mutation<>(Rule.SCHEMA_VERSION, "a 1.1 field in a 1.0 document", d -> d.toBuilder().schemaVersion("1.0")
                    .source(new Source("text", "draft.txt", null)).build()),
            new Mutation<>(Rule.SOURCE_DIGEST, "an upper-case digest", d -> d.toBuilder().schemaVersion("1.1")
                    .source(new Source("text", "draft.txt", "AB".repeat(32))).build()));

    static final List<Mutation<ActionPlan>> PLAN_MUTATIONS = List.of(
            new Mutation<>(Rule.PERIOD_ORDER, "period reversed", p -> p.toBuilder()
                    .period(new Period(p.period().to() + 1, p.period().from())).build()),
            new Mutation<>(Rule.ACTION_NUMBER_DUPLICATE, "action 1 twice", p -> p.toBuilder()
                    .section(new Section("X", "Extra", List.of(), List.of(new Action(1, "Again."), new Action(1, "Twice."))))
                    .build()),
            new Mutation<>(Rule.ACTION_NUMBER_SEQUENCE, "action numbers skip", p -> p.toBuilder()
                    .section(new Section("X", "Extra", List.of(), List.of(new Action(p.actions().size() + 3, "Skipped."))))
                    .build()),
            new Mutation<>(Rule.ACTION_DEADLINE_PERIOD, "deadline after the period", p -> p.toBuilder()
                    .section(new Section("X", "Extra", List.of(), List.of(new Action(p.actions().size() + 1, "Late.",
                            List.of(), List.of(), PartialDate.ofYear(p.period().to() + 1), Extensions.NONE))))
                    .build()),
            new Mutation<>(Rule.TEXT_BLANK, "blank introduction", p -> p.toBuilder().introduction("   ").build()),
            new Mutation<>(Rule.ID_FORMAT, "id with a double hyphen", p -> p.toBuilder().id(p.id() + "--x").build()),
            new Mutation<>(Rule.SCHEMA_VERSION, "a 1.1 field in a 1.0 plan", p -> p.toBuilder().schemaVersion("1.0")
                    .source(new Source(null, null, null)).build()));

    private static Declaration withFirst(Declaration d, Function<Paragraph, Paragraph> change) {
        List<Paragraph> ps = new ArrayList<>(d.paragraphs());
        ps.set(0, change.apply(ps.get(0)));
        return d.toBuilder().paragraphs(ps).build();
    }

    private static List<Paragraph> renumbered(Declaration d) {
        List<Paragraph> ps = new ArrayList<>();
        for (int i = 0; i < d.paragraphs().size(); i++) {
            Paragraph p = d.paragraphs().get(i);
            ps.add(new Paragraph(i + 1, p.text(), p.subparagraphs(), p.footnotes(), p.commitments(), p.extensions()));
        }
        return ps;
    }

    @Provide
    Arbitrary<Declaration> declarations() {
        return Documents.declaration(1);
    }

    @Provide
    Arbitrary<Mutation<Declaration>> declarationMutations() {
        return Arbitraries.of(DECLARATION_MUTATIONS);
    }

    @Provide
    Arbitrary<ActionPlan> plans() {
        return Documents.actionPlan();
    }

    @Provide
    Arbitrary<Mutation<ActionPlan>> planMutations() {
        return Arbitraries.of(PLAN_MUTATIONS);
    }

    @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
    void aMutatedDeclarationYieldsTheRuleItBreaks(@ForAll("declarations") Declaration valid,
            @ForAll("declarationMutations") Mutation<Declaration> mutation) {
        check(valid, mutation.apply().apply(valid), mutation);
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void aMutatedActionPlanYieldsTheRuleItBreaks(@ForAll("plans") ActionPlan valid,
            @ForAll("planMutations") Mutation<ActionPlan> mutation) {
        check(valid, mutation.apply().apply(valid), mutation);
    }

    @Provide
    Arbitrary<String[]> jsonMutations() {
        // {rule, regex, replacement} applied to canonical JSON text
        return Arbitraries.of(
                new String[] {"json.type", "\"language\": \"[^\"]*\"", "\"language\": 7"},
                new String[] {"json.enum", "\"status\": \"[a-z]+\"", "\"status\": \"final\""},
                new String[] {"required", "\n  \"id\": \"[^\"]*\",", ""},
                new String[] {"date.format", "\"language\": \"([^\"]*)\"", "\"language\": \"$1\", \"date\": \"2023-02-29\""},
                new String[] {"json.unknown-field", "\"language\": \"([^\"]*)\"", "\"language\": \"$1\", \"lang\": \"en\""},
                new String[] {"json.syntax", "\\}\n$", ""});
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void aMutatedJsonTextYieldsTheRuleItBreaks(@ForAll("declarations") Declaration valid,
            @ForAll("jsonMutations") String[] mutation) {
        String json = CanonicalJsonWriter.standard().write(valid).replaceFirst(mutation[1], mutation[2]);
        ValidationReport r = validator.validate(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(r.findings().stream().anyMatch(f -> f.rule().id().equals(mutation[0]) && f.hasLocation()),
                () -> mutation[0] + " expected in " + r.findings());
    }

    private <T extends org.declaro.model.Document> void check(T valid, T broken, Mutation<T> mutation) {
        assertTrue(validator.validate(valid).findings().stream().noneMatch(f -> f.rule() == mutation.rule()),
                "the valid document does not break it already");
        ValidationReport inMemory = validator.validate(broken);
        assertTrue(inMemory.findings().stream().anyMatch(f -> f.rule() == mutation.rule()),
                () -> mutation + " expected in " + inMemory.findings());
        ValidationReport fromJson = validator.validate(CanonicalJsonWriter.standard().write(broken).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(fromJson.findings().stream().anyMatch(f -> f.rule() == mutation.rule() && f.hasLocation()),
                () -> mutation + " expected with a location in " + fromJson.findings());
    }
}
