package org.declaro.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.declaro.internal.Slugs;
import org.declaro.model.ActionPlan;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.declaro.model.DocumentKind;
import org.declaro.model.Footnote;
import org.declaro.model.Heading;
import org.declaro.model.Paragraph;
import org.declaro.model.PreambularParagraph;
import org.declaro.model.Reference;
import org.declaro.model.Status;
import org.declaro.model.Subparagraph;
import org.declaro.report.Finding;
import org.declaro.report.Rule;
import org.declaro.report.Severity;

/**
 * The assembly stage: each part of the text becomes a document. Its front matter is read ({@link FrontMatter}),
 * its kind decided on evidence, and its body read by {@link Body} (a declaration) or {@link Plan} (an action plan);
 * the parts after the first become the main document's annexes. The kind is never chosen in a way that drops
 * text: when the model cannot hold what was found, an error says which lines are not in the document.
 */
final class Assembly {

    private final DocumentKind kind;
    private final String title;
    private final LayoutProfile profile;
    private final boolean languageDefault;

    /**
     * @param kind            the kind the caller gave, or null to decide on evidence
     * @param title           the title the caller gave, or null to read it
     * @param profile         the profile the caller gave, or null
     * @param languageDefault whether the caller left the language to the text
     */
    /** the title of the text that adopts the part being assembled inline, or null */
    private String untitled;

    Assembly(DocumentKind kind, String title, LayoutProfile profile, boolean languageDefault) {
        this.kind = kind;
        this.title = title;
        this.profile = profile;
        this.languageDefault = languageDefault;
    }

    /**
     * @param ctx   the import run, tokenised
     * @param parts the parts of the text ({@link Parts}); the first is the main document
     * @param defs  the footnote definitions of the whole text
     * @param meta  what a Markdown front matter said
     * @return the main document, its annexes in it
     */
    Document assemble(Context ctx, List<Parts.Part> parts, List<FootnoteDefinitions.Def> defs,
            MarkdownSource.Metadata meta) {
        Lines lines = ctx.lines;
        List<Document> docs = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (int k = 0; k < parts.size(); k++) {
            Parts.Part part = parts.get(k);
            int from = part.from();
            int to = k + 1 < parts.size() ? parts.get(k + 1).previousEnd() : lines.size();
            String inlineTitle = part.titleLine() < 0 ? null
                    : Parts.inlineAnnexTitle(ctx.profile, Parts.bare(lines.text(part.titleLine())));
            List<FootnoteDefinitions.Def> own = defs.stream().filter(d -> d.line() >= from && d.line() < to).toList();
            // a text adopted inline that prints no title of its own is the one the adopting text's title names
            untitled = part.adopted() && !docs.isEmpty() ? docs.get(0).title() : null;
            Document doc = document(part.ctx(), from, to, own, k == 0 ? kind : null, k == 0 ? title : inlineTitle,
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
        if (docs.size() == 1) {
            return main;
        }
        if (main instanceof Declaration d) {
            Declaration.Builder b = d.toBuilder();
            docs.subList(1, docs.size()).forEach(b::annex);
            return b.build();
        }
        // the model cannot hold what was found: the import fails, naming what is not in the document
        int first = parts.get(1).from();
        while (first < lines.size() - 1 && lines.blank(first)) {
            first++;
        }
        ctx.findings.add(new Finding(Rule.IMPORT_UNPLACED, Severity.ERROR, "", first + 1, 1, "The text was read as an"
                + " action plan, which cannot hold annexes, so lines " + (first + 1) + " to " + lines.size() + " ("
                + (docs.size() - 1) + " annex" + (docs.size() > 2 ? "es" : "") + ", from \"" + lines.text(first)
                + "\") are not in the document: import the annexes separately, or give the kind"
                + " (TextImporter.Builder.kind, declaro import --kind declaration) to read the text as a declaration"
                + " that holds them."));
        return main;
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

    Document document(Context ctx, int from, int to, List<FootnoteDefinitions.Def> defs, DocumentKind wanted,
            String titleOverride, MarkdownSource.Metadata meta) {
        int body = bodyStart(ctx, from, to);
        if (titleOverride != null && from < to && ctx.profile.annexTitled.matcher(Parts.bare(ctx.lines.text(from))).matches()) {
            ctx.use(from, Stage.FRONT_MATTER); // "Annex II. Terms of reference": the line that gave the title
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
        if ((docTitle == null || docTitle.isBlank()) && untitled != null) {
            docTitle = untitled;
            ctx.findings.add(new Finding(Rule.IMPORT_UNPLACED, Severity.INFO, "/title", from + 1, 1, "The text adopted"
                    + " from line " + (from + 1) + " prints no title of its own; it was given the title of the text that"
                    + " adopts it, \"" + untitled + "\"."));
        } else if (docTitle == null || docTitle.isBlank()) {
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
            ctx.useBlock(front.subtitleBlock.first(), front.subtitleBlock.last(), Stage.FRONT_MATTER); // a declaration's subtitle
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
                ctx.useBlock(h.first(), h.last(), Stage.BODY);
            } // a heading with no paragraph under it stays unplaced, and is reported
        }
    }

    /**
     * The authors a text without an author's formula on a line of its own names in the first-person formula that
     * opens one of its paragraphs ("We, the Heads of State of ..., reaffirm ..."; the first that does, which in a
     * programme may stand after its story, not at its top), or null. The words stay in the
     * text: the author is read from it, not cut out of it. A third-person subject ("The African Union and the United
     * States reaffirm ...") is not taken: the corpus checker counts an author that runs into its verb without a
     * comma as cut, and the two disagree there (the structure gold names such subjects).
     */
    private static String sentenceAuthor(LayoutProfile profile, Body parsed) {
        List<Body.El> opening = new ArrayList<>(parsed.preamble);
        opening.addAll(parsed.paragraphs);
        for (Body.El el : opening) {
            CharSequence text = el.text;
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
        while (line < ctx.lines.size() - 1 && ctx.lines.blank(line)) {
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
        Lines lines = ctx.lines;
        int actions = 0;
        int firstAction = -1;
        int numbered = 0;
        int author = -1;
        int labels = 0;
        for (int i = from; i < to; i++) {
            if (lines.placed(i) || lines.blank(i)) {
                continue;
            }
            String t = lines.text(i);
            if (numbered > 0 && labels < 2 && lines.is(i, LineClassifier.Kind.LABEL)) {
                labels++;
            }
            if (actions < 2 && lines.is(i, LineClassifier.Kind.ACTION)) {
                firstAction = actions == 0 ? i : firstAction;
                actions++;
            } else if (author < 0 && numbered == 0 && t.endsWith(",") && t.length() <= 300 && lines.is(i, LineClassifier.Kind.AUTHOR)) {
                author = i;
            } else if (numbered < 2 && (i == 0 || lines.blank(i - 1)) && Shapes.NUMBERED.matcher(t).matches()
                    && Clauses.endsClause(lines.text(lines.blockEnd(i)))) {
                numbered++;
            }
        }
        boolean planTitle = ctx.profile.planTitle.matcher(title).matches() && !title.toLowerCase(Locale.ROOT).contains("declaration");
        DocumentKind kind;
        String why;
        if (actions >= 2) {
            kind = DocumentKind.ACTION_PLAN;
            why = "it numbers actions (\"" + lines.text(firstAction) + "\", line " + (firstAction + 1) + ")";
        } else if (author >= 0) {
            kind = DocumentKind.DECLARATION;
            why = "its authors speak in a formula (\"" + lines.text(author) + "\", line " + (author + 1) + ")";
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
        Lines lines = ctx.lines;
        int i = from;
        while (i < to) {
            if (lines.blank(i) || lines.placed(i)) {
                i++;
                continue;
            }
            if (startsBody(ctx.profile, lines.text(i))) {
                return i;
            }
            // a block of prose, up to a blank line or a line that starts the body
            int j = i;
            int length = 0;
            while (j < to && !lines.blank(j) && (j == i || !startsBody(ctx.profile, lines.text(j)))) {
                length += lines.text(j).length() + 1;
                j++;
            }
            String end = lines.text(j - 1);
            if (length >= 250 && Clauses.endsClause(end) || length >= 150 && Clauses.endsSentence(end)
                    || length >= 80 && Clauses.endsSentence(end) && lines.emphasised(i) // a note in italics: the body reads it
                    || end.endsWith(":") && (length >= 60 || leadIn(lines, i) && startsBodyAfter(ctx, j, to))) {
                return i;
            }
            i = j;
        }
        // nothing looks like the start of a body: the first block is the title, the rest is the body but for the
        // date or dateline right under the title ("March 3, 2030", "Arcadia City, 3 March 2030"), which the cover reads
        i = from;
        while (i < to && (lines.blank(i) || lines.placed(i))) {
            i++;
        }
        while (i < to && !lines.blank(i)) {
            i++;
        }
        int next = i;
        while (next < to && (lines.blank(next) || lines.placed(next))) {
            next++;
        }
        boolean dated = next < to && (next + 1 >= to || lines.blank(next + 1)) && lines.text(next).length() <= 80
                && (ctx.profile.dates.parse(lines.text(next)).isPresent()
                        || ctx.profile.dates.placeAndDate(lines.text(next)).isPresent());
        return dated ? next + 1 : i;
    }

    /** A block of three words or more: a lead-in ("Meeting in Arcadia, we:"), not a cue alone ("Decides:"). */
    private static boolean leadIn(Lines lines, int i) {
        return Shapes.WHITESPACE.split(lines.blockText(i).strip()).length >= 3;
    }

    /** Whether the first line after the blank lines from {@code j} starts the body: a lead-in's colon opens it. */
    private static boolean startsBodyAfter(Context ctx, int j, int to) {
        while (j < to && ctx.lines.blank(j)) {
            j++;
        }
        return j < to && startsBody(ctx.profile, ctx.lines.text(j));
    }

    private static boolean startsBody(LayoutProfile profile, String line) {
        String t = line.startsWith("#") ? Shapes.HEADING_MARKS.matcher(line).replaceFirst("") : line;
        Matcher m = Shapes.NUMBERED.matcher(t);
        Matcher d;
        Matcher a = profile.articleLine.matcher(t);
        if (t.length() <= 30 && a.matches() && a.group(2).isEmpty() && (Numerals.parse(a.group(1)) == 1
                || profile.firstOrdinals().stream().anyMatch(a.group(1)::equalsIgnoreCase))) {
            return true; // "Article 1" / "Article premier": the first article opens the body
        }
        return m.matches() && m.group(1).equals("1") && m.group(2) != null || profile.action.matcher(t).matches()
                || profile.whereas.matcher(t).matches() || profile.preambleHeading.matcher(t).matches()
                || t.endsWith(",") && (t.length() <= 120 || t.indexOf(',') < t.length() - 1)
                        && profile.author.matcher(t).matches()
                || (d = profile.division.matcher(t)).matches() && (d.group(2).equals("1") || d.group(2).equals("I"))
                || Shapes.FIRST_ROMAN_HEADING.matcher(t).matches() && !Clauses.endsClause(t);
    }

    private static boolean startsPreamble(Context ctx, int body, int to) {
        Lines lines = ctx.lines;
        for (int i = body; i < to; i++) {
            if (!lines.blank(i) && !lines.placed(i)) {
                return ctx.profile.whereas.matcher(lines.text(i)).matches();
            }
        }
        return false;
    }
}
