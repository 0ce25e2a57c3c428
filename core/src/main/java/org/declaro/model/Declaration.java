package org.declaro.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A declaration, resolution or communiqué ({@code kind: "declaration"}).
 *
 * <p>Build one with {@link #builder(String, String)}; records are immutable, {@link #toBuilder()} makes
 * a changed copy.
 *
 * @param schemaVersion    the format version, "1.0" or "1.1"
 * @param id               a slug
 * @param title            without footnote markers
 * @param titleFootnotes   footnote markers attached to the title
 * @param subtitle         the subtitle
 * @param status           {@link Status#DRAFT} when {@code null} is given
 * @param language         BCP 47 tag of the text's language
 * @param originalLanguage BCP 47 tag of the language it was written in
 * @param symbol           document symbol
 * @param date             date of the document
 * @param issuer           the body that issues it
 * @param author           who speaks in the text: "The General Assembly", "We, the Leaders of the G20"
 * @param meeting          the meeting it is for
 * @param agendaItem       its agenda item
 * @param preamble         unnumbered opening paragraphs
 * @param paragraphs       the body's paragraphs, in order; at least one
 * @param headings         section headings between paragraphs
 * @param footnotes        its footnotes
 * @param adoption         where and when it is (to be) adopted
 * @param references       documents it names
 * @param annexes          documents annexed to it
 * @param source           (format 1.1) where it was imported from
 * @param extensions       fields the format does not define, kept from the JSON
 */
public record Declaration(
        @NotNull String schemaVersion,
        @NotNull @Slug String id,
        @NotNull String title,
        List<String> titleFootnotes,
        String subtitle,
        Status status,
        @NotNull @LanguageTag String language,
        @LanguageTag String originalLanguage,
        String symbol,
        PartialDate date,
        String issuer,
        String author,
        @Valid Meeting meeting,
        @Valid AgendaItem agendaItem,
        List<@Valid PreambularParagraph> preamble,
        @NotEmpty List<@Valid Paragraph> paragraphs,
        List<@Valid Heading> headings,
        List<@Valid Footnote> footnotes,
        @Valid Adoption adoption,
        List<@Valid Reference> references,
        List<@Valid Document> annexes,
        @Valid Source source,
        Extensions extensions) implements Document {

    /** Normalises {@code null} lists, status and extensions. */
    @Unstable
    public Declaration {
        titleFootnotes = Lists.copy(titleFootnotes);
        status = status == null ? Status.DRAFT : status;
        preamble = Lists.copy(preamble);
        paragraphs = Lists.copy(paragraphs);
        headings = Lists.copy(headings);
        footnotes = Lists.copy(footnotes);
        references = Lists.copy(references);
        annexes = Lists.copy(annexes);
        extensions = Lists.ext(extensions);
    }

    /** A declaration without {@code source} (the format 1.0 fields). */
    public Declaration(String schemaVersion, String id, String title, List<String> titleFootnotes, String subtitle,
            Status status, String language, String originalLanguage, String symbol, PartialDate date, String issuer,
            String author, Meeting meeting, AgendaItem agendaItem, List<PreambularParagraph> preamble,
            List<Paragraph> paragraphs, List<Heading> headings, List<Footnote> footnotes, Adoption adoption,
            List<Reference> references, List<Document> annexes, Extensions extensions) {
        this(schemaVersion, id, title, titleFootnotes, subtitle, status, language, originalLanguage, symbol, date, issuer,
                author, meeting, agendaItem, preamble, paragraphs, headings, footnotes, adoption, references, annexes, null,
                extensions);
    }

    @Override
    public <R> R match(Function<? super Declaration, ? extends R> declaration,
            Function<? super ActionPlan, ? extends R> actionPlan) {
        Objects.requireNonNull(declaration, "declaration");
        Objects.requireNonNull(actionPlan, "actionPlan");
        return declaration.apply(this);
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.DECLARATION;
    }

    /**
     * @param newParagraphs the paragraphs
     * @return a copy with those paragraphs (headings keep their {@code before} indexes)
     */
    public Declaration withParagraphs(List<Paragraph> newParagraphs) {
        return toBuilder().paragraphs(newParagraphs).build();
    }

    /**
     * Replaces one paragraph, e.g. {@code d.withParagraph(2, d.paragraphs().get(2).withText("..."))}.
     *
     * @param index     its index in {@link #paragraphs()}, from 0
     * @param paragraph the new paragraph
     * @return a copy with that paragraph replaced
     * @throws IndexOutOfBoundsException if there is no paragraph at {@code index}
     * @throws NullPointerException      if {@code paragraph} is null
     */
    public Declaration withParagraph(int index, Paragraph paragraph) {
        Objects.requireNonNull(paragraph, "paragraph");
        List<Paragraph> copy = new ArrayList<>(paragraphs);
        copy.set(index, paragraph);
        return withParagraphs(copy);
    }

    /**
     * A builder with the two fields every declaration needs besides its paragraphs; the schema version
     * is {@value Document#CURRENT_SCHEMA_VERSION}.
     *
     * @param id    a slug
     * @param title the title
     * @return a new builder
     */
    public static Builder builder(String id, String title) {
        return new Builder().id(id).title(title);
    }

    /** @return a builder holding this declaration's values */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.schemaVersion = schemaVersion;
        b.id = id;
        b.title = title;
        b.titleFootnotes.addAll(titleFootnotes);
        b.subtitle = subtitle;
        b.status = status;
        b.language = language;
        b.originalLanguage = originalLanguage;
        b.symbol = symbol;
        b.date = date;
        b.issuer = issuer;
        b.author = author;
        b.meeting = meeting;
        b.agendaItem = agendaItem;
        b.preamble.addAll(preamble);
        b.paragraphs.addAll(paragraphs);
        b.headings.addAll(headings);
        b.footnotes.addAll(footnotes);
        b.adoption = adoption;
        b.references.addAll(references);
        b.annexes.addAll(annexes);
        b.source = source;
        b.extensions = extensions;
        return b;
    }

    /** Collects a declaration's values; not thread-safe. Language defaults to {@code "en"}. */
    public static final class Builder {
        private String schemaVersion = Document.CURRENT_SCHEMA_VERSION;
        private String id;
        private String title;
        private final List<String> titleFootnotes = new ArrayList<>();
        private String subtitle;
        private Status status = Status.DRAFT;
        private String language = "en";
        private String originalLanguage;
        private String symbol;
        private PartialDate date;
        private String issuer;
        private String author;
        private Meeting meeting;
        private AgendaItem agendaItem;
        private final List<PreambularParagraph> preamble = new ArrayList<>();
        private final List<Paragraph> paragraphs = new ArrayList<>();
        private final List<Heading> headings = new ArrayList<>();
        private final List<Footnote> footnotes = new ArrayList<>();
        private Adoption adoption;
        private final List<Reference> references = new ArrayList<>();
        private final List<Document> annexes = new ArrayList<>();
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

        /** @param markers footnote markers of the title, added @return this builder */
        public Builder titleFootnotes(String... markers) { titleFootnotes.addAll(List.of(markers)); return this; }

        /** @param v the subtitle @return this builder */
        public Builder subtitle(String v) { subtitle = v; return this; }

        /** @param v the status @return this builder */
        public Builder status(Status v) { status = v; return this; }

        /** @param v BCP 47 tag @return this builder */
        public Builder language(String v) { language = v; return this; }

        /** @param v BCP 47 tag of the original language @return this builder */
        public Builder originalLanguage(String v) { originalLanguage = v; return this; }

        /** @param v the document symbol @return this builder */
        public Builder symbol(String v) { symbol = v; return this; }

        /** @param v the document's date @return this builder */
        public Builder date(PartialDate v) { date = v; return this; }

        /** @param v the issuing body @return this builder */
        public Builder issuer(String v) { issuer = v; return this; }

        /** @param v who speaks in the text @return this builder */
        public Builder author(String v) { author = v; return this; }

        /** @param v the meeting @return this builder */
        public Builder meeting(Meeting v) { meeting = v; return this; }

        /** @param v the agenda item @return this builder */
        public Builder agendaItem(AgendaItem v) { agendaItem = v; return this; }

        /** @param v a preambular paragraph, added @return this builder */
        public Builder preamble(PreambularParagraph v) { preamble.add(v); return this; }

        /** @param v a paragraph, added @return this builder */
        public Builder paragraph(Paragraph v) { paragraphs.add(v); return this; }

        /**
         * Adds a paragraph numbered after the paragraphs added so far.
         *
         * @param text the paragraph's text
         * @return this builder
         */
        public Builder paragraph(String text) { paragraphs.add(new Paragraph(paragraphs.size() + 1, text)); return this; }

        /** @param v paragraphs replacing those added so far @return this builder */
        public Builder paragraphs(List<Paragraph> v) { paragraphs.clear(); paragraphs.addAll(v); return this; }

        /** @param v preambular paragraphs replacing those added so far @return this builder */
        public Builder preamble(List<PreambularParagraph> v) { preamble.clear(); preamble.addAll(v); return this; }

        /** @param v headings replacing those added so far @return this builder */
        public Builder headings(List<Heading> v) { headings.clear(); headings.addAll(v); return this; }

        /** @param v footnotes replacing those added so far @return this builder */
        public Builder footnotes(List<Footnote> v) { footnotes.clear(); footnotes.addAll(v); return this; }

        /** @param v references replacing those added so far @return this builder */
        public Builder references(List<Reference> v) { references.clear(); references.addAll(v); return this; }

        /** @param v annexed documents replacing those added so far @return this builder */
        public Builder annexes(List<Document> v) { annexes.clear(); annexes.addAll(v); return this; }

        /** @param v a heading, added @return this builder */
        public Builder heading(Heading v) { headings.add(v); return this; }

        /** @param v a footnote, added @return this builder */
        public Builder footnote(Footnote v) { footnotes.add(v); return this; }

        /** @param v the adoption @return this builder */
        public Builder adoption(Adoption v) { adoption = v; return this; }

        /** @param v a reference, added @return this builder */
        public Builder reference(Reference v) { references.add(v); return this; }

        /** @param v an annexed document, added @return this builder */
        public Builder annex(Document v) { annexes.add(v); return this; }

        /** @param v where the declaration was imported from @return this builder */
        public Builder source(Source v) { source = v; return this; }

        /** @param v extension fields @return this builder */
        public Builder extensions(Extensions v) { extensions = v; return this; }

        /** @return the declaration; never throws for missing values (validation reports them) */
        public Declaration build() {
            return new Declaration(schemaVersion, id, title, titleFootnotes, subtitle, status, language,
                    originalLanguage, symbol, date, issuer, author, meeting, agendaItem, preamble, paragraphs,
                    headings, footnotes, adoption, references, annexes, source, extensions);
        }
    }
}
