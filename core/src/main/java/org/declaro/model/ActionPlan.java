package org.declaro.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * An action plan with numbered actions ({@code kind: "actionPlan"}).
 *
 * @param schemaVersion the format version, "1.0" or "1.1"
 * @param id            a slug
 * @param title         the title
 * @param status        {@link Status#DRAFT} when {@code null} is given
 * @param language      BCP 47 tag
 * @param symbol        document symbol
 * @param date          date of the document
 * @param issuer        the body that issues it
 * @param period        the years it covers
 * @param introduction  unnumbered opening paragraphs
 * @param sections      its sections; at least one
 * @param footnotes     its footnotes
 * @param source        (format 1.1) where it was imported from
 * @param extensions    fields the format does not define, kept from the JSON
 */
public record ActionPlan(
        @NotNull String schemaVersion,
        @NotNull @Slug String id,
        @NotNull String title,
        Status status,
        @NotNull @LanguageTag String language,
        String symbol,
        PartialDate date,
        String issuer,
        @Valid Period period,
        List<String> introduction,
        @NotEmpty List<@Valid Section> sections,
        List<@Valid Footnote> footnotes,
        @Valid Source source,
        Extensions extensions) implements Document {

    /** Normalises {@code null} lists, status and extensions. */
    @Unstable
    public ActionPlan {
        status = status == null ? Status.DRAFT : status;
        introduction = Lists.copy(introduction);
        sections = Lists.copy(sections);
        footnotes = Lists.copy(footnotes);
        extensions = Lists.ext(extensions);
    }

    /** An action plan without {@code source} (the format 1.0 fields). */
    public ActionPlan(String schemaVersion, String id, String title, Status status, String language, String symbol,
            PartialDate date, String issuer, Period period, List<String> introduction, List<Section> sections,
            List<Footnote> footnotes, Extensions extensions) {
        this(schemaVersion, id, title, status, language, symbol, date, issuer, period, introduction, sections, footnotes,
                null, extensions);
    }

    @Override
    public <R> R match(Function<? super Declaration, ? extends R> declaration,
            Function<? super ActionPlan, ? extends R> actionPlan) {
        Objects.requireNonNull(declaration, "declaration");
        Objects.requireNonNull(actionPlan, "actionPlan");
        return actionPlan.apply(this);
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.ACTION_PLAN;
    }

    /** @return all actions of all sections, in order */
    public List<Action> actions() {
        List<Action> all = new ArrayList<>();
        for (Section s : sections) {
            all.addAll(s.actions());
        }
        return List.copyOf(all);
    }

    /**
     * @param newSections the sections
     * @return a copy with those sections
     */
    public ActionPlan withSections(List<Section> newSections) {
        return toBuilder().sections(newSections).build();
    }

    /**
     * Replaces one section, e.g. {@code p.withSection(0, p.sections().get(0).withTitle("..."))}.
     *
     * @param index   its index in {@link #sections()}, from 0
     * @param section the new section
     * @return a copy with that section replaced
     * @throws IndexOutOfBoundsException if there is no section at {@code index}
     * @throws NullPointerException      if {@code section} is null
     */
    public ActionPlan withSection(int index, Section section) {
        Objects.requireNonNull(section, "section");
        List<Section> copy = new ArrayList<>(sections);
        copy.set(index, section);
        return withSections(copy);
    }

    /**
     * @param id    a slug
     * @param title the title
     * @return a new builder; schema version {@value Document#CURRENT_SCHEMA_VERSION}, language "en"
     */
    public static Builder builder(String id, String title) {
        return new Builder().id(id).title(title);
    }

    /** @return a builder holding this plan's values */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.schemaVersion = schemaVersion;
        b.id = id;
        b.title = title;
        b.status = status;
        b.language = language;
        b.symbol = symbol;
        b.date = date;
        b.issuer = issuer;
        b.period = period;
        b.introduction.addAll(introduction);
        b.sections.addAll(sections);
        b.footnotes.addAll(footnotes);
        b.source = source;
        b.extensions = extensions;
        return b;
    }

    /** Collects an action plan's values; not thread-safe. */
    public static final class Builder {
        private String schemaVersion = Document.CURRENT_SCHEMA_VERSION;
        private String id;
        private String title;
        private Status status = Status.DRAFT;
        private String language = "en";
        private String symbol;
        private PartialDate date;
        private String issuer;
        private Period period;
        private final List<String> introduction = new ArrayList<>();
        private final List<Section> sections = new ArrayList<>();
        private final List<Footnote> footnotes = new ArrayList<>();
        private Source source;
        private Extensions extensions = Extensions.NONE;

        private Builder() {
        }

        /** @param v the format version @return this builder */
        public Builder schemaVersion(String v) { schemaVersion = v; return this; }

        /** @param v the id, a slug @return this builder */
        public Builder id(String v) { id = v; return this; }

        /** @param v the title @return this builder */
        public Builder title(String v) { title = v; return this; }

        /** @param v the status @return this builder */
        public Builder status(Status v) { status = v; return this; }

        /** @param v BCP 47 tag @return this builder */
        public Builder language(String v) { language = v; return this; }

        /** @param v the document symbol @return this builder */
        public Builder symbol(String v) { symbol = v; return this; }

        /** @param v the document's date @return this builder */
        public Builder date(PartialDate v) { date = v; return this; }

        /** @param v the issuing body @return this builder */
        public Builder issuer(String v) { issuer = v; return this; }

        /** @param v the period @return this builder */
        public Builder period(Period v) { period = v; return this; }

        /** @param v an introductory paragraph, added @return this builder */
        public Builder introduction(String v) { introduction.add(v); return this; }

        /** @param v a section, added @return this builder */
        public Builder section(Section v) { sections.add(v); return this; }

        /** @param v introductory paragraphs replacing those added so far @return this builder */
        public Builder introduction(List<String> v) { introduction.clear(); introduction.addAll(v); return this; }

        /** @param v sections replacing those added so far @return this builder */
        public Builder sections(List<Section> v) { sections.clear(); sections.addAll(v); return this; }

        /** @param v footnotes replacing those added so far @return this builder */
        public Builder footnotes(List<Footnote> v) { footnotes.clear(); footnotes.addAll(v); return this; }

        /** @param v a footnote, added @return this builder */
        public Builder footnote(Footnote v) { footnotes.add(v); return this; }

        /** @param v where the plan was imported from @return this builder */
        public Builder source(Source v) { source = v; return this; }

        /** @param v extension fields @return this builder */
        public Builder extensions(Extensions v) { extensions = v; return this; }

        /** @return the action plan; never throws for missing values (validation reports them) */
        public ActionPlan build() {
            return new ActionPlan(schemaVersion, id, title, status, language, symbol, date, issuer, period,
                    introduction, sections, footnotes, source, extensions);
        }
    }
}
