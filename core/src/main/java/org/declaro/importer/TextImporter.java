package org.declaro.importer;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import org.declaro.model.ActionPlan;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.declaro.model.DocumentKind;
import org.declaro.model.Footnote;
import org.declaro.model.Heading;
import org.declaro.model.Limits;
import org.declaro.model.Paragraph;
import org.declaro.model.PreambularParagraph;
import org.declaro.model.Reference;
import org.declaro.model.Source;
import org.declaro.model.Status;
import org.declaro.model.Subparagraph;
import org.declaro.internal.BoundedInput;
import org.declaro.internal.Slugs;
import org.declaro.report.Finding;
import org.declaro.report.Rule;
import org.declaro.report.Severity;

/**
 * Turns the plain text of a declaration or action plan into the model.
 *
 * <pre>{@code
 * ImportResult result = TextImporter.standard().importText(Path.of("declaration.txt"));
 * Document doc = result.document();
 * result.findings().forEach(System.err::println);   // import.unplaced and friends, with line numbers
 * }</pre>
 *
 * <p>The importer is deterministic and works in time linear in the size of the input. It does not find
 * commitments: run {@link org.declaro.commitments.CommitmentExtractor} on the result for that. Instances are
 * immutable and thread-safe.
 */
public final class TextImporter {

    private final DocumentKind kind;
    private final String language;
    private final String title;
    private final Limits limits;
    private final Syntax syntax;
    private final LayoutProfile profile;
    private final boolean provenance;
    private final boolean languageDefault;

    private TextImporter(Builder b) {
        this.syntax = b.syntax;
        this.profile = b.profile;
        this.provenance = b.provenance;
        this.kind = b.kind;
        this.language = b.language;
        this.title = b.title;
        this.limits = b.limits;
        this.languageDefault = !b.languageSet;
    }

    /** @return an importer that detects the kind, with language {@code en} and the default limits */
    public static TextImporter standard() {
        return builder().build();
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Imports text. Text whose UTF-8 encoding is longer than {@link Limits#maxInputBytes()} gives a
     * placeholder document and a {@code limit.exceeded} finding.
     *
     * @param text the text, LF or CRLF line ends, with or without a BOM
     * @return the document and the findings
     */
    public ImportResult importText(CharSequence text) {
        Objects.requireNonNull(text, "text");
        try {
            BoundedInput.check(text, limits.maxInputBytes());
        } catch (BoundedInput.TooLarge e) {
            return overLimit(e);
        }
        return run(text, syntax, new ArrayList<>(), null, null);
    }

    /**
     * Imports UTF-8 bytes. Bytes that are not UTF-8 are replaced by U+FFFD and reported ({@code import.encoding}).
     *
     * @param utf8 the bytes
     * @return the document and the findings
     */
    public ImportResult importText(byte[] utf8) {
        Objects.requireNonNull(utf8, "utf8");
        try {
            BoundedInput.check(utf8, limits.maxInputBytes());
        } catch (BoundedInput.TooLarge e) {
            return overLimit(e);
        }
        return decoded(utf8, syntax, null);
    }

    private ImportResult decoded(byte[] utf8, Syntax given, String name) {
        List<Finding> findings = new ArrayList<>();
        String text = SourceText.decode(utf8, findings);
        return run(text, given, findings, name, utf8);
    }

    /**
     * Imports text from a reader, reading no further than {@link Limits#maxInputBytes()} (counted in bytes
     * of UTF-8).
     *
     * @param reader the reader; not closed
     * @return the document and the findings
     * @throws UncheckedIOException if reading fails (the {@link IOException} is its cause)
     * @throws NullPointerException if {@code reader} is null
     */
    public ImportResult importText(Reader reader) {
        Objects.requireNonNull(reader, "reader");
        String text;
        try {
            text = BoundedInput.readAll(reader, limits.maxInputBytes());
        } catch (BoundedInput.TooLarge e) {
            return overLimit(e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the text: " + e.getMessage(), e);
        }
        return run(text, syntax, new ArrayList<>(), null, null);
    }

    /**
     * Imports a UTF-8 file, reading no further than {@link Limits#maxInputBytes()}.
     *
     * @param file the file
     * @return the document and the findings
     * @throws UncheckedIOException if the file cannot be read (the {@link IOException} is its cause)
     * @throws NullPointerException if {@code file} is null
     */
    public ImportResult importText(Path file) {
        Objects.requireNonNull(file, "file");
        byte[] bytes;
        try {
            bytes = BoundedInput.readAll(file, limits.maxInputBytes());
        } catch (BoundedInput.TooLarge e) {
            return overLimit(e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        Path name = file.getFileName();
        return decoded(bytes, syntax != null ? syntax : syntaxOfName(file), name == null ? null : name.toString());
    }

    /** The syntax a file name says ({@code .md}, {@code .markdown}), or null to look at the text. */
    private static Syntax syntaxOfName(Path file) {
        Path name = file.getFileName();
        String n = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".md") || n.endsWith(".markdown") ? Syntax.MARKDOWN : null;
    }

    /** The source stage: Markdown loses its markup (and gives its front matter), then the text is cut into lines. */
    private ImportResult run(CharSequence text, Syntax given, List<Finding> findings, String name, byte[] bytes) {
        Syntax s = given != null ? given : MarkdownSource.looksLikeMarkdown(text) ? Syntax.MARKDOWN : Syntax.TEXT;
        ImportResult r;
        if (s == Syntax.TEXT) {
            r = run(SourceText.of(text, findings), findings, MarkdownSource.Metadata.NONE);
        } else {
            MarkdownSource.Converted md = MarkdownSource.convert(text, findings);
            SourceText source = SourceText.of(md.text(), findings);
            source.emphasised = md.emphasised();
            source.blocks = md.blocks();
            r = run(source, findings, md.metadata());
        }
        if (!provenance) {
            return r;
        }
        Source source = new Source(s.cliName(), name, sha256(bytes != null ? bytes
                : text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        Document doc = r.document() instanceof Declaration d ? d.toBuilder().source(source).build()
                : ((ActionPlan) r.document()).toBuilder().source(source).build();
        return new ImportResult(doc, r.findings());
    }

    /** The SHA-256 of the input, in lower-case hex: the provenance a user can check the source against. */
    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The result for input over the limit: a placeholder document and a {@code limit.exceeded} finding. */
    private ImportResult overLimit(BoundedInput.TooLarge e) {
        return new ImportResult(placeholder(), List.of(e.finding()));
    }

    private Declaration placeholder() {
        String t = title != null ? title : "Untitled";
        return Declaration.builder(Slugs.of(t), t).language(language).build();
    }

    /**
     * A source that defines one footnote marker twice cannot be repaired safely (which text goes with which
     * marker?): both stay, and the import says so at the second definition, with the rule the validator
     * will name.
     */
    private static void duplicateFootnotes(Context ctx, List<FootnoteDefinitions.Def> defs) {
        java.util.Map<String, Integer> first = new java.util.HashMap<>();
        for (FootnoteDefinitions.Def d : defs) {
            Integer line = first.putIfAbsent(d.marker(), d.line());
            if (line != null) {
                ctx.findings.add(new Finding(Rule.FOOTNOTE_MARKER_DUPLICATE, Severity.WARNING, "/footnotes", d.line() + 1, 1,
                        "Footnote \"" + d.marker() + "\" is defined again on line " + (d.line() + 1) + " (first on line "
                                + (line + 1) + "); both are kept: give the second its own marker, or delete one."));
            }
        }
    }

    /**
     * The profile given, or the one the text's evidence chooses, with the words of the document's language: a
     * shipped profile is English, and reads a French text with the French words.
     */
    private LayoutProfile profileFor(CharSequence head, String lang) {
        if (profile != null) {
            return profile;
        }
        LayoutProfile chosen = LayoutProfile.choose(head);
        return chosen.language().equals(lang) ? chosen : LayoutProfile.inLanguage(chosen, lang);
    }

    /**
     * The language of the document: the caller's, else the front matter's, else the one the text shows, else the
     * given profile's, else English.
     */
    private String languageOf(CharSequence head, MarkdownSource.Metadata meta) {
        if (!languageDefault) {
            return language;
        }
        if (meta.language() != null) {
            return meta.language();
        }
        return LanguageDetector.detect(head).orElse(profile != null ? profile.language() : language);
    }

    private ImportResult run(SourceText src, List<Finding> findings, MarkdownSource.Metadata meta) {
        StringBuilder head = new StringBuilder();
        for (int i = 0; i < src.size() && head.length() < 64 * 1024; i++) {
            head.append(src.text[i]).append('\n');
        }
        String lang = languageOf(head, meta);
        Context ctx = new Context(src, findings, profileFor(head, lang), lang);
        Layout.markFurniture(ctx);
        List<FootnoteDefinitions.Def> defs = FootnoteDefinitions.collect(ctx);
        Layout.attachLoneMarkers(ctx); // after the footnotes: a number is never joined to a separator or a note
        // annexes: a line "Annex" (or "Annex II") between blank lines starts a document of its own; so do
        // "Annex: Plan of Action" and a plan's heading printed after the body's prose
        List<int[]> parts = annexes(ctx); // {first line, end of the previous part, line of a title given inline or -1}
        Context second = secondLanguage(ctx, parts);
        List<Document> docs = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (int k = 0; k < parts.size(); k++) {
            int from = parts.get(k)[0];
            int to = k + 1 < parts.size() ? parts.get(k + 1)[1] : src.size();
            String inlineTitle = parts.get(k)[2] < 0 ? null : inlineAnnexTitle(ctx.profile, bare(src.text[parts.get(k)[2]]));
            List<FootnoteDefinitions.Def> own = defs.stream().filter(d -> d.line() >= from && d.line() < to).toList();
            Context c = second != null && from >= second.firstLine ? second : ctx;
            Document doc = document(c, from, to, own, k == 0 ? kind : null, k == 0 ? title : inlineTitle,
                    k == 0 ? meta : MarkdownSource.Metadata.NONE);
            if (!ids.add(doc.id())) {
                // an annex often repeats the title of the resolution that adopts it
                String id = docs.get(0).id() + "-annex-" + k;
                doc = doc instanceof Declaration d ? d.toBuilder().id(id).build() : ((ActionPlan) doc).toBuilder().id(id).build();
                ids.add(id);
            }
            docs.add(doc);
        }
        Document main = docs.get(0);
        if (docs.size() > 1) {
            if (main instanceof Declaration d) {
                Declaration.Builder b = d.toBuilder();
                docs.subList(1, docs.size()).forEach(b::annex);
                main = b.build();
            } else {
                // the model cannot hold what was found: the import fails, naming what is not in the document
                int first = parts.get(1)[0];
                while (first < src.size() - 1 && src.blank(first)) {
                    first++;
                }
                findings.add(new Finding(Rule.IMPORT_UNPLACED, Severity.ERROR, "", first + 1, 1, "The text was read as an"
                        + " action plan, which cannot hold annexes, so lines " + (first + 1) + " to " + src.size() + " ("
                        + (docs.size() - 1) + " annex" + (docs.size() > 2 ? "es" : "") + ", from \"" + src.text[first]
                        + "\") are not in the document: import the annexes separately, or give the kind"
                        + " (TextImporter.Builder.kind, declaro import --kind declaration) to read the text as a declaration"
                        + " that holds them."));
            }
        }
        ctx.reportUnplaced();
        findings.sort(Comparator.comparingInt(Finding::line));
        return new ImportResult(main, findings);
    }

    /**
     * Where the annexes start: a line "Annex" / "Annex II" of its own (left out, the annex starts after it);
     * "Annex: Title" (the title is the annex's); a heading naming a plan of action ("Action Plan for ...",
     * "Plan of Action") printed as a block of its own after the body's prose (the heading is the annex's
     * title).
     */
    private static List<int[]> annexes(Context ctx) {
        SourceText src = ctx.src;
        List<int[]> parts = new ArrayList<>();
        parts.add(new int[] {0, 0, -1});
        boolean prose = false;
        boolean text = false; // an annex needs a text before it to be annexed to
        for (int i = 0; i < src.size(); i++) {
            if (src.placed(i) || src.blank(i)) {
                continue;
            }
            boolean blockStart = i == 0 || src.blank(i - 1);
            String t = src.text[i];
            boolean before = text;
            text = true;
            if (!before) {
                continue;
            }
            if (!blockStart) {
                prose |= t.length() > 200;
                continue;
            }
            int length = Layout.blockLength(src, i); // the block's length and last line, measured once
            String end = src.text[Layout.blockEnd(src, i)];
            String bare = bare(t);
            if (ctx.profile.annexLine.matcher(bare).matches()) {
                ctx.leaveOut(i, "the start of an annex (the annex is in `annexes`)");
                parts.add(new int[] {i + 1, i, -1});
                prose = false;
            } else if (length <= 200 && ctx.profile.annexTitled.matcher(bare).matches()) {
                parts.add(new int[] {i, i, i});
                prose = false;
            } else if (prose && length <= 150 && ctx.profile.planHeading.matcher(t).find() && !Clauses.endsClause(end)
                    && !Shapes.BULLET.matcher(t).matches()) {
                parts.add(new int[] {i, i, -1});
                prose = false;
            } else if (length > 200 || length >= 80 && Clauses.endsSentence(end)) {
                prose = true;
            }
        }
        return parts;
    }

    /**
     * A second language version in the file ({@link LanguageSwitch}): it becomes a part of its own, read with its
     * language's words, and a warning says where it begins. Returns the run's context for that part, or null.
     */
    private static Context secondLanguage(Context ctx, List<int[]> parts) {
        LanguageSwitch.Found found = LanguageSwitch.find(ctx, 0);
        if (found == null) {
            return null;
        }
        int at = 0;
        while (at < parts.size() && parts.get(at)[0] < found.line()) {
            at++;
        }
        if (at == parts.size() || parts.get(at)[0] != found.line()) {
            parts.add(at, new int[] {found.line(), found.line(), -1});
        }
        ctx.findings.add(new Finding(Rule.IMPORT_LANGUAGES, Severity.WARNING, "", found.line() + 1, 1, "From line "
                + (found.line() + 1) + " (\"" + ctx.src.text[found.line()] + "\") the text is in another language ("
                + found.language() + "): a second language version, kept apart as an annex in that language and not"
                + " merged with the text above."));
        return new Context(ctx.src, ctx.findings, LayoutProfile.inLanguage(ctx.profile, found.language()),
                found.language(), found.line());
    }

    /** A line without the Markdown that may dress a heading: "## Annex II" and "**Annex II**" are "Annex II". */
    private static String bare(String line) {
        if (line.isEmpty() || line.charAt(0) != '#' && line.charAt(0) != '*' && line.charAt(0) != '_') {
            return line; // most lines: no markup to take off
        }
        String t = Shapes.MARKDOWN_HEADING.matcher(line).matches() ? Shapes.HEADING_MARKS.matcher(line).replaceFirst("") : line;
        return LineWalker.unbold(t);
    }

    /**
     * The title of an annex given on its line: "Annex: Plan of Action" gives "Plan of Action"; a line with the
     * annex's label keeps it, as printed ("Annex II. Terms of reference"), since an annex has no field of its
     * own for the label.
     */
    private static String inlineAnnexTitle(LayoutProfile profile, String line) {
        Matcher m = profile.annexTitled.matcher(line);
        if (!m.matches()) {
            return null;
        }
        return m.group(1) == null ? m.group(2).strip() : line.strip();
    }

    private Document document(Context ctx, int from, int to, List<FootnoteDefinitions.Def> defs, DocumentKind wanted,
            String titleOverride, MarkdownSource.Metadata meta) {
        int body = bodyStart(ctx, from, to);
        if (titleOverride != null && from < to && ctx.profile.annexTitled.matcher(bare(ctx.src.text[from])).matches()) {
            ctx.use(from); // "Annex II. Terms of reference": the line that gave the title
        }
        FrontMatter front = FrontMatter.read(ctx, from, body, titleOverride != null ? null : meta.title(), titleOverride);
        String docTitle = titleOverride != null ? titleOverride : front.title != null ? front.title : meta.title();
        if (titleOverride == null && front.title != null && meta.title() != null) {
            docTitle = FrontMatter.completeTitle(front.title, meta.title()); // a title the text cut short (a lost second line)
        }
        if (front.symbol == null) {
            front.symbol = meta.symbol();
        }
        if (front.date == null && front.adoptionDate == null) {
            front.date = meta.date();
        }
        String language = languageDefault && front.language != null ? front.language : ctx.language;
        if (docTitle == null || docTitle.isBlank()) {
            docTitle = "Untitled";
            ctx.findings.add(new Finding(Rule.IMPORT_MISSING, Severity.WARNING, "/title", from + 1, 1,
                    "No title was found above the body; the title \"Untitled\" was given: pass the real one with"
                            + " TextImporter.Builder.title (declaro import --title)."));
        }
        distributionDate(ctx, front, front.adoptionDate);
        // the main document takes the kind its profile expects, when one was given; annexes are read on evidence
        DocumentKind k = wanted != null ? wanted : from == 0 && profile != null && profile.kind().isPresent()
                ? profile.kind().get() : detect(ctx, docTitle, body, to, from);
        List<Footnote> footnotes = defs.stream().map(d -> new Footnote(d.marker(), d.text().toString().strip())).toList();
        duplicateFootnotes(ctx, defs);
        if (k == DocumentKind.ACTION_PLAN) {
            return actionPlan(ctx, from, to, front, docTitle, language, footnotes);
        }
        Declaration d = declaration(ctx, from, body, to, front, docTitle, language, defs, footnotes);
        genre(ctx, d, from);
        return d;
    }

    /**
     * A text whose title names another genre ("Report of ...", "Recommendations on ...") and that has neither an
     * author's formula nor a preamble reads as what its title says, not as a declaration: it is imported all the
     * same, with a warning that names the evidence.
     */
    private static void genre(Context ctx, Declaration d, int from) {
        Matcher m = ctx.profile.reportTitle.matcher(d.title());
        if (m.find() && d.author() == null && d.preamble().isEmpty()) {
            ctx.findings.add(new Finding(Rule.IMPORT_GENRE, Severity.WARNING, "/title", from + 1, 1, "\"" + d.title()
                    + "\" reads as another genre than a declaration: its title says \"" + m.group() + "\", and it has"
                    + " no author's formula and no preamble; it was imported as a declaration all the same: check that"
                    + " it is one."));
        }
    }

    /** The document as an action plan: the plan's sections under the front matter's title. */
    private ActionPlan actionPlan(Context ctx, int from, int to, FrontMatter front, String docTitle, String language,
            List<Footnote> footnotes) {
        // a plan has no subtitle: what the front matter took for one is the plan's to read
        planCannotHold(ctx, front, from);
        Plan plan = new Plan(ctx);
        plan.parse(from, to);
        ActionPlan.Builder b = ActionPlan.builder(Slugs.of(docTitle), docTitle).language(language)
                .status(docTitle.regionMatches(true, 0, "draft", 0, 5) ? Status.DRAFT : front.adopted ? Status.ADOPTED : Status.DRAFT)
                .symbol(front.symbol).date(front.date).issuer(front.issuer);
        Plan.period(docTitle).ifPresent(b::period);
        plan.introduction.forEach(p -> b.introduction(p.toString()));
        plan.sections().forEach(b::section);
        footnotes.forEach(b::footnote);
        ActionPlan result = b.build();
        if (result.sections().isEmpty()) {
            missingBody(ctx, from);
        }
        return result;
    }

    /** The document as a declaration: the front matter, then the body from line {@code body}. */
    private Declaration declaration(Context ctx, int from, int body, int to, FrontMatter front, String docTitle,
            String language, List<FootnoteDefinitions.Def> defs, List<Footnote> footnotes) {
        if (front.subtitleBlock != null) {
            for (int j = front.subtitleBlock.first(); j <= front.subtitleBlock.last(); j++) {
                ctx.use(j); // a declaration's subtitle
            }
        }
        Body parsed = new Body(ctx, startsPreamble(ctx, body, to)).planNumbering(body, to);
        parsed.parse(body, to);
        if (parsed.adoption != null && front.distributed) {
            distributionDate(ctx, front, parsed.adoption.date()); // the closing line's date of adoption
        }
        Markers markers = new Markers(defs.stream().map(FootnoteDefinitions.Def::marker).toList());
        Declaration.Builder b = Declaration.builder(Slugs.of(docTitle), docTitle).language(language)
                .subtitle(front.subtitle).symbol(front.symbol).date(front.date).issuer(front.issuer)
                .originalLanguage(front.originalLanguage)
                .author(front.author != null ? front.author : parsed.author != null ? parsed.author
                        : sentenceAuthor(ctx.profile, parsed))
                .status(docTitle.regionMatches(true, 0, "draft", 0, 5) ? Status.DRAFT
                        : front.adopted ? Status.ADOPTED : Status.DRAFT);
        if (!front.titleMarkers.isEmpty()) {
            b.titleFootnotes(front.titleMarkers.toArray(new String[0]));
        }
        front.meeting().ifPresent(b::meeting);
        front.agendaItem().ifPresent(b::agendaItem);
        for (Body.El p : parsed.preamble) {
            Markers.Stripped s = markers.strip(p.text.toString().strip());
            b.preamble(new PreambularParagraph(s.text(), s.markers(), List.of(), null));
        }
        List<Paragraph> paragraphs = paragraphs(parsed, markers);
        b.paragraphs(paragraphs);
        headings(ctx, b, parsed, paragraphs.size());
        footnotes.forEach(b::footnote);
        if (parsed.adoption != null) {
            b.adoption(parsed.adoption);
        } else if (front.tableAdoption != null) {
            b.adoption(front.tableAdoption);
        } else if (front.adoptionDate != null) {
            b.adoption(new org.declaro.model.Adoption(null, front.adoptionDate));
        }
        references(ctx.profile, paragraphs).forEach(b::reference);
        if (paragraphs.isEmpty()) {
            missingBody(ctx, from);
        }
        return b.build();
    }

    /** The body's paragraphs, footnote markers taken out of their text and sub-paragraphs. */
    private static List<Paragraph> paragraphs(Body parsed, Markers markers) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Body.El p : parsed.paragraphs) {
            Markers.Stripped s = markers.strip(p.text.toString().strip());
            List<String> notes = new ArrayList<>(s.markers());
            List<Subparagraph> subs = subparagraphs(p.subs, markers, notes);
            paragraphs.add(new Paragraph(p.number, s.text(), subs, notes, List.of()));
        }
        return paragraphs;
    }

    /** The body's headings that stand above one of the {@code paragraphs} paragraphs; their lines are used. */
    private static void headings(Context ctx, Declaration.Builder b, Body parsed, int paragraphs) {
        for (Body.HeadingAt h : parsed.headings) {
            if (h.before() < paragraphs) {
                b.heading(new Heading(h.before(), h.level(), h.label(), h.title(), h.restart() ? Boolean.TRUE : null,
                        org.declaro.model.Extensions.NONE));
                for (int j = h.first(); j <= h.last(); j++) {
                    ctx.use(j);
                }
            } // a heading with no paragraph under it stays unplaced, and is reported
        }
    }

    /**
     * The authors a text without an author's formula on a line of its own names in the first-person formula that
     * opens one of its first paragraphs ("We, the Heads of State of ..., reaffirm ..."), or null. The words stay in the
     * text: the author is read from it, not cut out of it. A third-person subject ("The African Union and the United
     * States reaffirm ...") is not taken: the corpus checker counts an author that runs into its verb without a
     * comma as cut, and the two disagree there (the structure gold names such subjects).
     */
    private static String sentenceAuthor(LayoutProfile profile, Body parsed) {
        List<Body.El> opening = new ArrayList<>(parsed.preamble);
        opening.addAll(parsed.paragraphs);
        for (int k = 0; k < Math.min(3, opening.size()); k++) {
            CharSequence text = opening.get(k).text;
            Matcher m = profile.sentenceAuthor.matcher(text.length() > 400 ? text.subSequence(0, 400) : text);
            if (m.lookingAt()) {
                return m.group(1).strip();
            }
        }
        return null;
    }

    /**
     * What the front matter found that an action plan has no field for (a meeting, an agenda item, an adoption, an
     * original language, an author): named with its value in a warning, so that no word goes silently.
     */
    private static void planCannotHold(Context ctx, FrontMatter front, int from) {
        List<String> lost = new ArrayList<>();
        front.meeting().ifPresent(m -> lost.add("the meeting (\"" + join(m.name(), m.place(), m.date()) + "\")"));
        front.agendaItem().ifPresent(a -> lost.add("the agenda item (\"" + join(a.number(), a.title(), null) + "\")"));
        if (front.tableAdoption != null || front.adoptionDate != null) {
            org.declaro.model.Adoption a = front.tableAdoption != null ? front.tableAdoption
                    : new org.declaro.model.Adoption(null, front.adoptionDate);
            lost.add("the adoption (\"" + join(a.place(), a.date(), null) + "\")");
        }
        if (front.originalLanguage != null) {
            lost.add("the original language (" + front.originalLanguage + ")");
        }
        if (front.author != null) {
            lost.add("the author (\"" + front.author + "\")");
        }
        if (!lost.isEmpty()) {
            ctx.findings.add(new Finding(Rule.IMPORT_UNPLACED, Severity.WARNING, "", from + 1, 1, "The text was read as an"
                    + " action plan, which has no field for " + String.join(", ", lost) + "; they are not in the document:"
                    + " give the kind (TextImporter.Builder.kind) to read it as a declaration if it is one."));
        }
    }

    private static String join(Object a, Object b, Object c) {
        StringBuilder out = new StringBuilder();
        for (Object o : new Object[] {a, b, c}) {
            if (o != null) {
                out.append(out.length() == 0 ? "" : ", ").append(o);
            }
        }
        return out.toString();
    }

    /**
     * An adopted text is dated by its adoption: a later date of the masthead is its distribution date, which the
     * model has no field for; the document takes the adoption's date, and an info finding says so.
     */
    private static void distributionDate(Context ctx, FrontMatter front, org.declaro.model.PartialDate adopted) {
        if (adopted == null || front.date == null || front.date.compareTo(adopted) <= 0) {
            return;
        }
        ctx.findings.add(new Finding(Rule.IMPORT_UNPLACED, Severity.INFO, "/date", front.dateLine + 1, 1,
                "The masthead date " + front.date + " (line " + (front.dateLine + 1) + ") is after the adoption on "
                        + adopted + ", so it was read as the distribution date; the document is dated " + adopted + "."));
        front.date = adopted;
    }

    private static void missingBody(Context ctx, int from) {
        int line = from;
        while (line < ctx.src.size() - 1 && ctx.src.blank(line)) {
            line++;
        }
        ctx.findings.add(new Finding(Rule.IMPORT_MISSING, Rule.IMPORT_MISSING.defaultSeverity(), "/paragraphs", line + 1, 1,
                "No paragraph was found in the text; check that it is a declaration or action plan (numbered"
                        + " paragraphs, or paragraphs between blank lines)."));
    }

    private static List<Subparagraph> subparagraphs(List<Body.El> els, Markers markers, List<String> notes) {
        List<Subparagraph> out = new ArrayList<>();
        for (Body.El e : els) {
            Markers.Stripped s = markers.strip(e.text.toString().strip());
            notes.addAll(s.markers());
            out.add(new Subparagraph(e.label, s.text(), subparagraphs(e.subs, markers, notes), null));
        }
        return out;
    }

    /** Named action plans become references, once each, at the paragraph that first names them. */
    private static List<Reference> references(LayoutProfile profile, List<Paragraph> paragraphs) {
        List<Reference> refs = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            String text = paragraphs.get(i).text();
            if (!text.contains("Action Plan") && !text.contains("Plan of Action")) {
                continue; // the pattern is costly where it cannot match
            }
            Matcher m = profile.planReference.matcher(text);
            while (m.find()) {
                String t = Shapes.REFERENCE_DETERMINER.matcher(m.group(1).strip()).replaceFirst("");
                if (seen.add(t)) {
                    Integer n = paragraphs.get(i).number();
                    refs.add(new Reference("actionPlan", t, null, n));
                }
            }
        }
        return refs;
    }

    /**
     * The kind of a document, decided on evidence, which an info finding names: numbered actions ("Action 1",
     * "#2") make an action plan; an author's formula ("The General Assembly,", "We, the Leaders,") makes a
     * declaration whatever its title says; a title that names a plan makes an action plan only when the text
     * numbers sentences under it (actions), not when it only numbers headings.
     */
    private static DocumentKind detect(Context ctx, String title, int from, int to, int line) {
        SourceText src = ctx.src;
        int actions = 0;
        int firstAction = -1;
        int numbered = 0;
        int author = -1;
        int labels = 0;
        LineClassifier lines = new LineClassifier(ctx.profile);
        for (int i = from; i < to; i++) {
            if (src.placed(i) || src.blank(i)) {
                continue;
            }
            String t = src.text[i];
            if (numbered > 0 && labels < 2 && lines.is(t, LineClassifier.Kind.LABEL)) {
                labels++;
            }
            if (actions < 2 && lines.is(t, LineClassifier.Kind.ACTION)) {
                firstAction = actions == 0 ? i : firstAction;
                actions++;
            } else if (author < 0 && numbered == 0 && t.endsWith(",") && t.length() <= 300 && lines.is(t, LineClassifier.Kind.AUTHOR)) {
                author = i;
            } else if (numbered < 2 && (i == 0 || src.blank(i - 1)) && Shapes.NUMBERED.matcher(t).matches()
                    && Clauses.endsClause(src.text[Layout.blockEnd(src, i)])) {
                numbered++;
            }
        }
        boolean planTitle = ctx.profile.planTitle.matcher(title).matches() && !title.toLowerCase(Locale.ROOT).contains("declaration");
        DocumentKind kind;
        String why;
        if (actions >= 2) {
            kind = DocumentKind.ACTION_PLAN;
            why = "it numbers actions (\"" + src.text[firstAction] + "\", line " + (firstAction + 1) + ")";
        } else if (author >= 0) {
            kind = DocumentKind.DECLARATION;
            why = "its authors speak in a formula (\"" + src.text[author] + "\", line " + (author + 1) + ")";
        } else if (planTitle && numbered >= 2 && labels < 2) {
            kind = DocumentKind.ACTION_PLAN;
            why = "its title names a plan and it numbers its items";
        } else if (planTitle && numbered >= 2) {
            kind = DocumentKind.DECLARATION;
            why = "although its title names a plan, its numbered items hold lettered sub-items, which an action plan's"
                    + " actions cannot";
        } else {
            kind = DocumentKind.DECLARATION;
            why = planTitle ? "although its title names a plan, it numbers no actions" : "it numbers no actions";
        }
        if (kind == DocumentKind.DECLARATION && !planTitle) {
            return kind; // nothing pointed elsewhere
        }
        ctx.findings.add(new Finding(Rule.IMPORT_UNPLACED, Severity.INFO, "/kind", line + 1, 1, "\"" + title
                + "\" was read as " + (kind == DocumentKind.ACTION_PLAN ? "an action plan" : "a declaration") + ": " + why
                + "; give the kind (TextImporter.Builder.kind) if that is wrong."));
        return kind;
    }

    /** The first line of the body: paragraph 1, an author's formula, a preamble, a heading, or prose. */
    private static int bodyStart(Context ctx, int from, int to) {
        SourceText src = ctx.src;
        int i = from;
        while (i < to) {
            if (src.blank(i) || src.placed(i)) {
                i++;
                continue;
            }
            if (startsBody(ctx.profile, src.text[i])) {
                return i;
            }
            // a block of prose, up to a blank line or a line that starts the body
            int j = i;
            int length = 0;
            while (j < to && !src.blank(j) && (j == i || !startsBody(ctx.profile, src.text[j]))) {
                length += src.text[j].length() + 1;
                j++;
            }
            String end = src.text[j - 1];
            if (length >= 250 && Clauses.endsClause(end) || length >= 150 && Clauses.endsSentence(end)
                    || length >= 80 && Clauses.endsSentence(end) && src.emphasised.get(i) // a note in italics: the body reads it
                    || length >= 60 && end.endsWith(":")) { // prose, or a lead-in that opens what follows
                return i;
            }
            i = j;
        }
        // nothing looks like the start of a body: the first block is the title, the rest is the body
        i = from;
        while (i < to && (src.blank(i) || src.placed(i))) {
            i++;
        }
        while (i < to && !src.blank(i)) {
            i++;
        }
        return i;
    }

    private static boolean startsBody(LayoutProfile profile, String t) {
        Matcher m = Shapes.NUMBERED.matcher(t);
        Matcher d;
        return m.matches() && m.group(1).equals("1") && m.group(2) != null || profile.action.matcher(t).matches()
                || profile.whereas.matcher(t).matches() || profile.preambleHeading.matcher(t).matches()
                || t.endsWith(",") && (t.length() <= 120 || t.indexOf(',') < t.length() - 1)
                        && profile.author.matcher(t).matches()
                || (d = profile.division.matcher(t)).matches() && (d.group(2).equals("1") || d.group(2).equals("I"))
                || Shapes.FIRST_ROMAN_HEADING.matcher(t).matches() && !Clauses.endsClause(t);
    }

    private static boolean startsPreamble(Context ctx, int body, int to) {
        SourceText src = ctx.src;
        for (int i = body; i < to; i++) {
            if (!src.blank(i) && !src.placed(i)) {
                return ctx.profile.whereas.matcher(src.text[i]).matches();
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "TextImporter[kind=" + (kind == null ? "detect" : kind.jsonName()) + ", language=" + language + "]";
    }

    /** Builds a {@link TextImporter}. */
    public static final class Builder {
        private DocumentKind kind;
        private String language = "en";
        private String title;
        private Limits limits = Limits.DEFAULTS;
        private Syntax syntax;
        private LayoutProfile profile;
        private boolean provenance;
        private boolean languageSet;

        private Builder() {
        }

        /**
         * @param value the kind of the document, or {@code null} (the default) to detect it: an action plan
         *              when the title names one or actions are numbered {@code Action 1} / {@code #1}
         * @return this builder
         */
        public Builder kind(DocumentKind value) {
            kind = value;
            return this;
        }

        /**
         * @param value the BCP 47 tag of the text's language; default {@code en}
         * @return this builder
         */
        public Builder language(String value) {
            language = Objects.requireNonNull(value, "language");
            languageSet = true;
            return this;
        }

        /**
         * @param value the title, for texts that do not print one (web pages often put it in the page's
         *              head); {@code null} (the default) reads it from the text
         * @return this builder
         */
        public Builder title(String value) {
            title = value;
            return this;
        }

        /**
         * @param value the limits; the importer uses {@link Limits#maxInputBytes()}, the largest input in bytes
         *              of UTF-8 (default {@link Limits#DEFAULTS}: 64 MiB)
         * @return this builder
         */
        public Builder limits(Limits value) {
            limits = Objects.requireNonNull(value, "limits");
            return this;
        }

        /**
         * @param value the syntax of the input, or {@code null} (the default) to detect it: Markdown when a
         *              file is named {@code .md} or the text opens with YAML front matter or shows Markdown markup
         * @return this builder
         */
        public Builder syntax(Syntax value) {
            syntax = value;
            return this;
        }

        /**
         * @param value the layout profile whose cue words the importer reads, or {@code null} (the default) to
         *              choose one of the shipped profiles on the text's evidence ({@link LayoutProfile#choose})
         * @return this builder
         */
        public Builder profile(LayoutProfile value) {
            profile = value;
            return this;
        }

        /**
         * @param name the name of a shipped profile: {@code un-resolution}, {@code statement} or
         *             {@code action-plan}; {@code auto} or {@code null} to choose on evidence
         * @return this builder
         * @throws IllegalArgumentException for another name
         */
        public Builder profile(String name) {
            if (name == null || name.equalsIgnoreCase("auto")) {
                profile = null;
                return this;
            }
            profile = LayoutProfile.byName(name).orElseThrow(() -> new IllegalArgumentException("no layout profile \""
                    + name + "\"; the shipped ones are un-resolution, statement and action-plan (or auto)"));
            return this;
        }

        /**
         * @param value whether the document records where it came from in {@code source} (format 1.1): the
         *              syntax, the file name and the SHA-256 of the input; default false, so that a text imports
         *              to the same document wherever it was read from
         * @return this builder
         */
        public Builder provenance(boolean value) {
            provenance = value;
            return this;
        }

        /** @return the importer */
        public TextImporter build() {
            return new TextImporter(this);
        }
    }
}
