package org.declaro.importer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import org.declaro.model.Adoption;
import org.declaro.model.PartialDate;

/**
 * The body of a declaration, line by line: preamble, numbered or unnumbered paragraphs, sub-paragraphs
 * ({@code (a)}, nested {@code (i)}), bullets nested by indentation, headings, and the closing lines.
 * Paragraph numbers are accepted only in sequence, so that a line starting with {@code 2023 } or a
 * wrapped {@code 5. } inside a sentence does not open a paragraph; a number that runs into the previous
 * line ({@code "... development. 7. We will"}) does.
 */
final class Body extends LineWalker {

    /** A paragraph, preambular paragraph or sub-paragraph being built. */
    static final class El {
        Integer number;
        String label;
        Kind kind;
        int indent;
        /** for a paragraph that was a list item with nothing above it: its bullet's indentation, else -1 */
        int bulletIndent = -1;
        /** for an article ("Article 3" on its own line): that line's indentation, else -1 */
        int articleIndent = -1;
        final int line;
        final boolean preamble;
        final StringBuilder text = new StringBuilder();
        final List<El> subs = new ArrayList<>();
        /** where in {@code text} a block that followed a clause end began, and its line: items whose labels were lost */
        final List<int[]> blocks = new ArrayList<>();

        El(int line, boolean preamble) {
            this.line = line;
            this.preamble = preamble;
        }
    }

    /** Labels of sub-paragraphs. */
    enum Kind {
        LETTER, ROMAN, DIGIT, BULLET
    }

    /** A heading found, with its lines (kept to report it if no paragraph follows). */
    record HeadingAt(int before, Integer level, String label, String title, int first, int last, boolean restart) {
    }


    final List<El> preamble = new ArrayList<>();
    final List<El> paragraphs = new ArrayList<>();
    final List<HeadingAt> headings = new ArrayList<>();
    String author;
    Adoption adoption;
    private El open;
    private El paragraph;
    private final Deque<El> stack = new ArrayDeque<>();
    /** Whether the body's paragraphs are numbered: undecided until its first paragraph. */
    enum Numbering {
        /** no paragraph read yet */
        UNDECIDED,
        /** the paragraphs are numbered */
        NUMBERED,
        /** the paragraphs are not numbered */
        UNNUMBERED
    }

    private Numbering numbering = Numbering.UNDECIDED;
    /** a preambular link ("Now, therefore,") above the author's line: the line after the author goes on with it */
    private El lead;
    private boolean preambleMode;
    private int expected = 1;

    Body(Context ctx, boolean preambleFirst) {
        super(ctx);
        this.preambleMode = preambleFirst;
    }

    /**
     * Decides over the whole body, before the line walk, whether its paragraphs are numbered: a run of
     * "1.", "2.", "3." ... at the starts of blocks. When one runs, the prose above "1." is a lead-in ("The
     * leaders ... adopted the following:"), read as the preamble with an info finding, not as an unnumbered
     * first paragraph that would turn numbering off for the rest.
     *
     * @return this body
     */
    Body planNumbering(int from, int to) {
        int expect = 1;
        int first = -1;
        int blocks = 0;
        // a lead-in is a few blocks long, and the run it leads into shows in its first blocks
        for (int i = from; i < to && expect <= 3 && blocks < 200; i++) {
            if (lines.placed(i) || lines.blank(i) || i > from && !lines.blank(i - 1)) {
                continue;
            }
            blocks++;
            if (!Character.isDigit(lines.text(i).charAt(0))) {
                continue;
            }
            Matcher m = Shapes.NUMBERED.matcher(lines.text(i));
            if (m.matches() && m.group(2) != null && Integer.parseInt(m.group(1)) == expect
                    && (!headingShaped(i) || itemsFollow(lines.blockEnd(i), to))) {
                first = expect == 1 ? i : first;
                expect++;
            }
        }
        if (expect <= 2 || preambleMode) {
            return this;
        }
        int lead = -1;
        int leadEnd = -1;
        for (int i = from; i < first; i++) {
            // headings ("I. Title") and a word alone ("Decides:") above paragraph 1 lead into nothing
            // a block that ends in a colon leads into what follows ("Gathered in Arcadia, we:"): it heads nothing
            boolean heading = (i == from || lines.blank(i - 1)) && headingShaped(i)
                    && !lines.text(lines.blockEnd(i)).endsWith(":")
                    || lines.text(i).length() <= 30 && Shapes.WHITESPACE.split(lines.text(i)).length <= 2;
            if (!lines.placed(i) && !lines.blank(i) && !heading) {
                lead = lead < 0 ? i : lead;
                leadEnd = i;
            }
        }
        // two numbers make a run when a colon leads into them; else it takes three
        boolean run = expect > 3 || leadEnd >= 0 && lines.text(leadEnd).endsWith(":");
        if (run && lead >= 0 && !lines.is(lead, LineClassifier.Kind.AUTHOR)) {
            preambleMode = true;
            ctx.findings.add(new org.declaro.report.Finding(org.declaro.report.Rule.IMPORT_UNPLACED,
                    org.declaro.report.Severity.INFO, "/preamble", lead + 1, 1, "The text from line " + (lead + 1)
                            + " to paragraph 1 on line " + (first + 1) + " was read as a lead-in to the numbered"
                            + " paragraphs and kept as the preamble."));
        }
        return this;
    }

    @Override
    void line(int i, int to) {
        String t = lines.text(i);
        boolean blockStart = blockStart(open == null ? null : open.text);
        LineClassifier.Token token = lines.token(i);
        if (token.is(LineClassifier.Kind.SYMBOL)) {
            ctx.leaveOut(i, Stage.BODY, "a running header (a document symbol)");
            return;
        }
        if (gap && !paragraphs.isEmpty() && signatures(i, to)) {
            return;
        }
        if (blockStart && closing(i, token) || gap && closingDate(i, to)) {
            return;
        }
        if (paragraphs.isEmpty() && author == null && blockStart && token.is(LineClassifier.Kind.AUTHOR)
                && (t.length() <= 90 || t.endsWith(",") && t.indexOf(',') < t.length() - 1)
                && (t.endsWith(",") || nextBlank(i) || preambleMode && !preamble.isEmpty())) {
            author(i, token);
            return;
        }
        if (paragraphs.isEmpty() && blockStart && token.is(LineClassifier.Kind.PREAMBLE_HEADING)) {
            preambleMode = true;
            ctx.leaveOut(i, Stage.BODY, "the heading of the preamble");
            return;
        }
        if (blockStart && article(i, t)) {
            return;
        }
        if (gap && lines.emphasised(i) && editorialNote(i, to)) {
            return;
        }
        if (blockStart && capitalItem(i, t)) {
            return;
        }
        if (blockStart && (open == null || Clauses.endsSentence(open.text) || Clauses.endsClause(open.text) && gap)
                && heading(i, to, open != null && !Clauses.endsSentence(open.text))) {
            return;
        }
        if (markdownSubItem(i, t) || marked(i, to, t, token, blockStart)) {
            return;
        }
        text(i, t, blockStart);
    }

    /**
     * An item of a Markdown list nested in a paragraph's item ({@code 1.} under {@code 1.}, by the parser's evidence): a
     * sub-paragraph labelled with its number, not the next paragraph.
     *
     * @return whether the line was read
     */
    private boolean markdownSubItem(int i, String t) {
        MarkdownSource.Block b = lines.get(i).markdown();
        Matcher m;
        if (b == null || b.kind() != MarkdownSource.Kind.LIST_ITEM || !b.start() || b.depth() < 2 || b.number() == null
                || paragraph == null || paragraph.preamble || !(m = Shapes.NUMBERED.matcher(t.strip())).matches()) {
            return false;
        }
        ctx.use(i, Stage.BODY);
        labelled(String.valueOf(b.number()), m.group(2) == null ? "" : m.group(2), i);
        return true;
    }

    /** The author's line ("The General Assembly,"): read; a preambular link just above it goes on into it. */
    private void author(int i, LineClassifier.Token token) {
        author = token.group(1).trim();
        ctx.use(i, Stage.BODY);
        authorGoesOn(i);
        El last = preamble.isEmpty() ? null : preamble.get(preamble.size() - 1);
        // "Now, therefore," / "The General Assembly" / "Proclaims ...": the link and what the author does are one clause
        lead = last != null && last.text.length() <= 40 && ctx.profile.opensClause(last.text)
                && endsWith(last.text, ',') && last.text.chars().filter(Character::isWhitespace).count() <= 3 ? last : null;
        preambleMode = preamble.isEmpty();
        open = null;
        paragraph = null;
    }

    /**
     * An author's formula wrapped over lines ("We, the Heads of State of A, B," / "C and D, gathered in E,"): the
     * lines below that go on with it (neither a clause's opening nor a marker) are read into it, as long as the
     * whole is still a formula; the formula then ends where the text does, at its comma.
     */
    private void authorGoesOn(int i) {
        StringBuilder whole = new StringBuilder(lines.text(i));
        for (int j = i + 1; j < lines.size() && j <= i + 4 && endsWith(whole, ',') && !lines.blank(j) && !lines.placed(j)
                && lines.is(j, LineClassifier.Kind.TEXT) && !ctx.profile.opensClause(lines.text(j)); j++) {
            Joiner.append(whole, lines.text(j), lines.softBreak(j - 1), ctx.words);
            Matcher m = ctx.profile.author.matcher(whole);
            if (!m.matches() || !endsWith(whole, ',')) {
                return;
            }
            author = m.group(1).trim();
            ctx.use(j, Stage.BODY);
        }
    }

    /**
     * A line that opens with a paragraph number, a label or a bullet, read as such when it fits where it stands.
     *
     * @return whether the line was read
     */
    private boolean marked(int i, int to, String t, LineClassifier.Token token, boolean blockStart) {
        switch (token.kind()) {
            case NUMBERED -> {
                int n = Integer.parseInt(token.group(1));
                if (accept(n, token.group(2))) {
                    ctx.use(i, Stage.BODY);
                    newParagraph(n, token.group(2) == null ? "" : token.group(2), i);
                    return true;
                }
            }
            case MISNUMBERED -> {
                if (blockStart && numbering == Numbering.NUMBERED && Integer.parseInt(token.group(1)) == expected
                        && numberFollows(i, to, expected + 1)) {
                    ctx.use(i, Stage.BODY);
                    String rest = token.group(2);
                    ctx.findings.add(new org.declaro.report.Finding(org.declaro.report.Rule.IMPORT_UNPLACED,
                            org.declaro.report.Severity.INFO, "", i + 1, 1, "Line " + (i + 1) + " starts paragraph " + expected
                                    + ", although its number is misprinted (\"" + t.substring(0, t.length() - rest.length()).strip()
                                    + "\")."));
                    newParagraph(expected, rest, i);
                    return true;
                }
            }
            case LABEL -> {
                if (paragraph != null && !paragraph.preamble) {
                    boolean first = token.group(1) != null;
                    ctx.use(i, Stage.BODY);
                    labelled(first ? token.group(1) : token.group(3), first ? token.group(2) : token.group(4), i);
                    return true;
                }
            }
            case BULLET -> {
                Matcher label = Shapes.LABEL.matcher(token.group(1));
                if (paragraph != null && !paragraph.preamble && label.matches()) {
                    // "- (a) text": a Markdown list item that carries its label
                    ctx.use(i, Stage.BODY);
                    boolean first = label.group(1) != null;
                    labelled(first ? label.group(1) : label.group(3), first ? label.group(2) : label.group(4), i);
                    return true;
                }
                if ((paragraph == null || !paragraph.preamble) && !startsFootnote(t)) {
                    ctx.use(i, Stage.BODY);
                    bullet(token.group(1), lines.indent(i), i);
                    return true;
                }
            }
            default -> {
                // read as text below
            }
        }
        return false;
    }

    /**
     * An article's number on a line of its own ("Article 1", "Article premier", "Artículo 5", "第三条"), the next
     * in sequence: the article is the paragraph of that number, its text on the lines below.
     */
    private boolean article(int i, String line) {
        // a Markdown heading "## Article 2" is an article's number as much as the line "Article 2" is
        String t = line.startsWith("#") ? Shapes.HEADING_MARKS.matcher(line).replaceFirst("") : line;
        if (t.length() > 30) {
            return false; // an article's number line is short ("Article premier", "Статья 12")
        }
        Matcher m = ctx.profile.articleLine.matcher(t);
        if (!m.matches() || !m.group(2).isEmpty() || numbering == Numbering.NUMBERED && paragraphs.isEmpty()
                || numbering == Numbering.UNNUMBERED && !headings.isEmpty()) {
            return false;
        }
        String printed = m.group(1);
        int n = ctx.profile.firstOrdinals().stream().anyMatch(printed::equalsIgnoreCase) ? 1 : Numerals.parse(printed);
        if (n != expected) {
            return false;
        }
        ctx.leaveOut(i, Stage.BODY, "the number of paragraph " + n + " (an article's number; the model numbers the paragraph)");
        newParagraph(n, "", i);
        paragraph.articleIndent = lines.indent(i);
        return true;
    }

    /** The next line after {@code last} that nothing placed yet and that is no symbol heading a page, or -1. */
    private int nextLine(int last, int to) {
        for (int j = last + 1; j < to; j++) {
            if (!lines.blank(j) && !lines.placed(j) && !Shapes.SYMBOL.matcher(lines.text(j)).matches()) {
                return j;
            }
        }
        return -1;
    }

    /** Whether the next line below {@code last} goes on with a sentence (starts in lower case). */
    private boolean continuesBelow(int last, int to) {
        int j = nextLine(last, to);
        return j >= 0 && Character.isLowerCase(lines.text(j).codePointAt(0)) && !ctx.profile.lowerCaseClauses();
    }

    /** Whether the next line below {@code last} opens the next numbered paragraph. */
    private boolean nextIsParagraph(int last, int to) {
        int j = numbering == Numbering.UNNUMBERED ? -1 : nextLine(last, to);
        Matcher m = j < 0 ? null : Shapes.NUMBERED.matcher(lines.text(j));
        return m != null && m.matches() && Integer.parseInt(m.group(1)) == expected;
    }

    /**
     * A note set apart in italics before the text or after it ("*More than 30 countries have joined this
     * declaration: ...*"): an editor's, not the authors'. Its lines are left out with a finding, which keeps its
     * words. Prose only (at least 80 characters, ending a sentence): an author's line in italics is not a note.
     */
    private boolean editorialNote(int i, int to) {
        int end = i;
        while (end + 1 < to && lines.emphasised(end + 1) && !lines.blank(end + 1)) {
            end++;
        }
        boolean first = paragraphs.isEmpty() && preamble.isEmpty() && author == null;
        boolean last = !textAfter(end, to);
        if (!first && !last || lines.blockLengthAtMost(i, 79) && !(last && ruleAbove(i)) || !Clauses.endsSentence(lines.text(end))) {
            return false;
        }
        for (int j = i; j <= end; j++) {
            if (!lines.placed(j)) {
                ctx.leaveOut(j, Stage.BODY, "part of an editorial note set in italics " + (first ? "before" : "after") + " the text");
            }
        }
        skipThrough = end;
        return true;
    }

    /**
     * A date alone at the end of the text ("14 December 2030", "Arcadia, 14 December 2030."): the adoption's, when
     * the text gave none, no longer the last paragraph's words.
     */
    private boolean closingDate(int i, int to) {
        if (adoption != null || paragraphs.isEmpty() && preamble.isEmpty() || lines.text(i).length() > 80
                || textAfter(i, to)) {
            return false;
        }
        String t = Clauses.withoutFinalStop(lines.text(i));
        java.util.Optional<PartialDate> date = ctx.profile.dates.parse(t);
        java.util.Optional<Dates.PlaceDate> placeDate = date.isPresent() ? java.util.Optional.empty()
                : ctx.profile.dates.placeAndDate(t);
        // a day or a month, not a year alone ("... by 2027." is a sentence); a place of a few words
        if (date.isEmpty() && (placeDate.isEmpty() || Shapes.WHITESPACE.split(placeDate.get().place()).length > 4)
                || date.orElseGet(() -> placeDate.get().date()).precision() == PartialDate.Precision.YEAR) {
            return false;
        }
        adoption = date.isPresent() ? new Adoption(null, date.get()) : new Adoption(placeDate.get().place(), placeDate.get().date());
        ctx.use(i, Stage.BODY);
        open = null;
        return true;
    }

    /** Whether a rule ({@code ---}, {@code ###}) stands above line {@code i}, with only blank lines between: a note set apart. */
    private boolean ruleAbove(int i) {
        int j = i - 1;
        while (j >= 0 && lines.blank(j)) {
            j--;
        }
        return j >= 0 && Layout.separator(lines.text(j));
    }

    /**
     * The signatures that close a joint statement: the last block of the text, made only of names ("Joseph R.
     * Smith, Jr.", "Maria Rossi") and perhaps a date. The names are left out with a finding (the model has no
     * field for signatories), the date is the adoption's when the text gave none.
     */
    private boolean signatures(int i, int to) {
        int end = i;
        while (end + 1 < to && !lines.blank(end + 1)) {
            end++;
        }
        if (textAfter(end, to) || end - i > 8) {
            return false;
        }
        int names = 0;
        PartialDate date = null;
        for (int j = i; j <= end; j++) {
            String t = unbold(lines.text(j));
            if (date == null && ctx.profile.dates.parse(t).isPresent()) {
                date = ctx.profile.dates.parse(t).get();
            } else if (nameLine(t)) {
                names++;
            } else {
                return false;
            }
        }
        if (names == 0) {
            return false;
        }
        for (int j = i; j <= end; j++) {
            if (adoption == null && ctx.profile.dates.parse(unbold(lines.text(j))).isPresent()) {
                adoption = new Adoption(null, date);
                ctx.use(j, Stage.BODY);
            } else if (!lines.placed(j)) {
                ctx.leaveOut(j, Stage.BODY, "a signature (the model has no field for the signatories)");
            }
        }
        skipThrough = end;
        open = null;
        return true;
    }

    /** A person's name on a line of its own: two to seven words, each capitalised but for short particles ("de", "van"). */
    private static boolean nameLine(String t) {
        if (t.length() > 60 || t.endsWith(":") || t.endsWith(";")) {
            return false;
        }
        String[] words = Shapes.WHITESPACE.split(t.strip());
        String lastWord = words[words.length - 1];
        if (words.length < 2 || words.length > 7 || lastWord.endsWith(".") && lastWord.length() > 3) {
            return false; // a sentence's full stop; a name ends in one only after an initial or "Jr."
        }
        for (String w : words) {
            if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) && (w.length() > 3 || !w.chars().allMatch(Character::isLowerCase))) {
                return false;
            }
        }
        return true;
    }

    /** Whether text that nothing placed yet follows line {@code last} in the body. */
    private boolean textAfter(int last, int to) {
        for (int j = last + 1; j < to; j++) {
            if (!lines.blank(j) && !lines.placed(j)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the block at line {@code i} is short and ends without punctuation: a numbered heading, not a paragraph. */
    private boolean headingShaped(int i) {
        return lines.blockLengthAtMost(i, 150) && !Clauses.endsClause(lines.text(lines.blockEnd(i)));
    }

    /**
     * Whether bullet items follow the block that ends on line {@code last}: a numbered line they hang on is a
     * paragraph whose items they are ("1. Trusted technology" / "- 6G technologies that ..."), not a heading, since
     * a heading heads paragraphs, not items.
     */
    private boolean itemsFollow(int last, int to) {
        for (int j = last + 1; j < to; j++) {
            if (!lines.blank(j) && !lines.placed(j)) {
                return lines.is(j, LineClassifier.Kind.BULLET);
            }
        }
        return false;
    }

    /** Whether a block further on starts with paragraph number {@code n}: a misprinted number is taken only inside a run. */
    private boolean numberFollows(int i, int to, int n) {
        String start = n + ".";
        for (int j = i + 1; j < to && j < i + 400; j++) {
            if (lines.text(j).startsWith(String.valueOf(n)) && (j == 0 || lines.blank(j - 1))
                    && (lines.text(j).startsWith(start) && Shapes.NUMBERED.matcher(lines.text(j)).matches()
                    || Shapes.LOOSE_NUMBER.matcher(lines.text(j)).matches())) {
                return true;
            }
        }
        return false;
    }

    private boolean startsFootnote(String t) {
        return t.startsWith("*") && ctx.starMarkersUsed;
    }

    /** Whether the block ends after line {@code i}: a blank line follows, or a rule ({@code ***}, {@code ---}). */
    private boolean nextBlank(int i) {
        return i + 1 >= lines.size() || lines.blank(i + 1) || lines.rule(i + 1);
    }

    private boolean accept(int n, String rest) {
        if (numbering == Numbering.UNNUMBERED && !paragraphs.isEmpty()) {
            return false;
        }
        if (n == expected) {
            return true;
        }
        if (n == 1 && numbering == Numbering.NUMBERED && !headings.isEmpty()
                && headings.get(headings.size() - 1).before() == paragraphs.size() && open == null) {
            // "1." right under a heading, in a numbered text: numbering starts again under this heading (format 1.1)
            HeadingAt h = headings.remove(headings.size() - 1);
            headings.add(new HeadingAt(h.before(), h.level(), h.label(), h.title(), h.first(), h.last(), true));
            return true;
        }
        return n > expected && n <= expected + 2 && rest != null && !rest.isEmpty()
                && (Character.isUpperCase(rest.charAt(0)) || rest.charAt(0) == '“' || rest.charAt(0) == '"');
    }

    private void newParagraph(int n, String rest, int line) {
        if (numbering != Numbering.NUMBERED && !paragraphs.isEmpty() && headings.isEmpty()) {
            // unnumbered opening paragraphs before the first numbered one are the preamble
            for (El p : paragraphs) {
                El pre = new El(p.line, true);
                pre.text.append(flatten(p));
                preamble.add(pre);
            }
            paragraphs.clear();
        }
        numbering = Numbering.NUMBERED;
        preambleMode = false;
        El p = new El(line, false);
        p.number = n;
        paragraphs.add(p);
        paragraph = p;
        open = p;
        stack.clear();
        expected = n + 1;
        appendSplittingRunIn(rest, line);
    }

    private static String flatten(El p) {
        StringBuilder b = new StringBuilder(p.text);
        for (El s : p.subs) {
            if (b.length() > 0) {
                b.append(' ');
            }
            if (s.label != null) {
                b.append('(').append(s.label).append(") ");
            }
            b.append(flatten(s));
        }
        return b.toString();
    }

    /** Appends text to the open element, opening a new paragraph where a number runs in. */
    private void appendSplittingRunIn(String t, int line) {
        if (numbering == Numbering.NUMBERED) {
            int at = runIn(t, expected);
            if (at >= 0) {
                Joiner.append(open.text, t.substring(0, at), false, ctx.words);
                String rest = t.substring(at).stripLeading();
                rest = rest.substring(rest.indexOf('.') + 1).stripLeading();
                newParagraph(expected, rest, line);
                return;
            }
        }
        Joiner.append(open.text, t, line > 0 && lines.softBreak(line - 1), ctx.words);
    }

    /**
     * Where the expected paragraph number runs into a line: "{@code ... development. 7. We will}" gives the
     * index just after "development."; -1 if it does not. Searches the number's digits with
     * {@code indexOf}, so a line costs one linear scan.
     */
    static int runIn(String t, int expected) {
        String digits = expected + ". ";
        for (int i = t.indexOf(digits, 1); i > 0; i = t.indexOf(digits, i + 1)) {
            int before = i;
            while (before > 0 && t.charAt(before - 1) == ' ') {
                before--;
            }
            if (before == i || before == 0 || ".;:!?”\"".indexOf(t.charAt(before - 1)) < 0) {
                continue;
            }
            int next = i + digits.length();
            while (next < t.length() && t.charAt(next) == ' ') {
                next++;
            }
            if (next < t.length() && (Character.isUpperCase(t.charAt(next)) || t.charAt(next) == '“' || t.charAt(next) == '"')) {
                return before;
            }
        }
        return -1;
    }

    private boolean closing(int i, LineClassifier.Token token) {
        int last = i;
        Matcher wrapped = null;
        if (token.is(LineClassifier.Kind.ADOPTION) && !nextBlank(i)) {
            // "Adopted in <place>, <day> <month>" / "<year>.": the adoption line wrapped, read whole
            StringBuilder joined = new StringBuilder(lines.text(i));
            while (last - i < 2 && !nextBlank(last) && joined.length() < 200) {
                joined.append(' ').append(lines.text(++last));
            }
            wrapped = nextBlank(last) ? ctx.profile.adopted.matcher(joined) : null;
            if (wrapped == null || !wrapped.matches()) {
                return false;
            }
        }
        if (token.is(LineClassifier.Kind.ADOPTION) && (paragraphs.size() + preamble.size()) > 0) {
            String where = wrapped != null ? (wrapped.group(1) != null ? wrapped.group(1) : wrapped.group(2))
                    : token.group(1) != null ? token.group(1) : token.group(2);
            var pd = ctx.profile.dates.placeAndDate(where);
            if (pd.isPresent()) {
                adoption = new Adoption(pd.get().place(), pd.get().date());
            } else if (ctx.profile.dates.parse(where).isPresent()) {
                adoption = new Adoption(null, ctx.profile.dates.parse(where).get());
            } else if ((wrapped != null ? wrapped.group(1) : token.group(1)) != null && where.length() < 80) {
                adoption = new Adoption(where, null);
            } else {
                return false;
            }
            ctx.useBlock(i, last, Stage.BODY);
            skipThrough = last;
            open = null;
            return true;
        }
        if (token.is(LineClassifier.Kind.CLOSING) && (paragraphs.size() + preamble.size()) > 0 && gap) {
            closingFormula(i);
            return true;
        }
        if (token.is(LineClassifier.Kind.PLENARY)) {
            String when = Clauses.punctuationOnly(token.group(1)) ? "" : token.group(1); // "123rd plenary meeting,"
            String next = i + 1 < lines.size() ? Clauses.withoutFinalStop(lines.text(i + 1)) : "";
            if (when.isEmpty() && !next.isEmpty() && !lines.placed(i + 1) && ctx.profile.dates.parse(next).isPresent()) {
                when = next;
                ctx.use(i + 1, Stage.BODY); // "42nd plenary meeting" / "14 March 2031"
            }
            PartialDate d = ctx.profile.dates.parse(when).orElse(null);
            if (adoption == null && d != null) {
                adoption = new Adoption(null, d);
                ctx.use(i, Stage.BODY);
            } else {
                ctx.leaveOut(i, Stage.BODY, "the plenary meeting of adoption");
            }
            open = null;
            return true;
        }
        return false;
    }

    /** "In witness whereof the undersigned ... have signed": the block is left out, and nothing stays open. */
    private void closingFormula(int i) {
        int end = i;
        while (end + 1 < lines.size() && !lines.blank(end + 1) && !lines.placed(end + 1)) {
            end++;
        }
        for (int k = i; k <= end; k++) {
            ctx.leaveOut(k, Stage.BODY, "the closing formula before the signatures");
        }
        skipThrough = end;
        open = null;
    }

    /** A heading's level, label (or null) and title. */
    private record Shape(Integer level, String label, String title) {
    }

    /** @param labelledOnly after a clause ending in a comma or semicolon, only a labelled heading ("I. ...") counts */
    private boolean heading(int i, int to, boolean labelledOnly) {
        Candidate c = candidate(i, to);
        if (c == null) {
            return false;
        }
        c = headingLines(i, to, c);
        if (c == null) {
            return false;
        }
        String t = unbold(c.text());
        int last = c.last();
        for (int j = i; j < last; j++) {
            if (!lines.placed(j) && Clauses.leadsIn(lines.text(j))) {
                return false; // "1. Decides:" then its items: a lead-in, not a heading over several lines
            }
        }
        if (t.isEmpty() || continuesBelow(last, to)) {
            return false; // a paragraph that a page break cut: its sentence goes on below, in lower case
        }
        Shape shape = headingShape(t, last, c.lines(), to, labelledOnly);
        if (shape == null) {
            return false;
        }
        // the heading's lines are read; the assembly places them if a paragraph follows the heading
        skipThrough = last;
        headings.add(new HeadingAt(paragraphs.size(), shape.level(), shape.label(), shape.title().trim(), i, last, false));
        preambleMode = false;
        open = null;
        paragraph = null;
        stack.clear();
        return true;
    }

    /**
     * The lines that may be a heading: the candidate block ("Décide :" without its colon), or its first line
     * alone when the block is too long for a heading and that line is a labelled one.
     *
     * @return the lines, or null when they are no heading
     */
    private Candidate headingLines(int i, int to, Candidate c) {
        String t = c.text();
        int last = c.last();
        int count = c.lines();
        if (count == 1 && t.length() <= 40 && (t.endsWith(":") || t.endsWith(",")) && Shapes.WHITESPACE.split(t).length <= 3
                && nextIsParagraph(last, to)) {
            t = t.substring(0, t.length() - 1).strip(); // "Décide :" between two numbered paragraphs heads what follows
        }
        if (count > 3 || t.length() > 200 || t.isEmpty() || Clauses.endsClause(t) && !labelledQuestion(t)) {
            // the first line alone, when it is a labelled heading with text right under it
            String first = lines.text(i);
            if (first.length() > 120 || Clauses.endsClause(first) && !Clauses.asksQuestion(first) || !labelled(first)) {
                return null;
            }
            return new Candidate(first, i, 1);
        }
        return new Candidate(t, last, count);
    }

    /**
     * A block labelled with a capital letter ("A. Build economic resilience") where it is an item, not a heading: the
     * first under a paragraph that leads into its items ("... commit to the following actions:"), or the next letter
     * of such a run. The items keep their own lettered and numbered items under them.
     *
     * @return whether the line was read
     */
    private boolean capitalItem(int i, String t) {
        if (paragraph == null || t.length() < 4 || t.charAt(1) != '.' || !Character.isUpperCase(t.charAt(0))) {
            return false;
        }
        Matcher m = Shapes.LETTER_HEADING.matcher(t);
        if (!m.matches()) {
            return false;
        }
        String label = m.group(1);
        boolean first = label.equals("A") && open == paragraph && paragraph.subs.isEmpty() && Clauses.leadsIn(paragraph.text);
        boolean next = false;
        for (El level : stack) {
            next |= level.kind == Kind.LETTER && Character.isUpperCase(level.label.charAt(0)) && continues(level, label);
        }
        if (!first && !next) {
            return false;
        }
        ctx.use(i, Stage.BODY);
        labelled(label, m.group(2), i);
        return true;
    }

    /** Whether a line has a heading's label: "Part one", "II. ...", "B. ...", "## ...". */
    private boolean labelled(String t) {
        return ctx.profile.division.matcher(t).matches() || Shapes.ROMAN_HEADING.matcher(t).matches()
                || Shapes.LETTER_HEADING.matcher(t).matches() || Shapes.MARKDOWN_HEADING.matcher(t).matches();
    }

    /** A labelled heading that asks a question ("II. What do we want?"): its question mark ends no clause. */
    private boolean labelledQuestion(String t) {
        return Clauses.asksQuestion(t) && labelled(t);
    }

    /** @return the heading's level, label and title by its shape, or null when the text is no heading */
    private Shape headingShape(String t, int last, int lines, int to, boolean labelledOnly) {
        Matcher m;
        boolean mayNumber = numbering != Numbering.NUMBERED;
        if ((m = Shapes.MARKDOWN_HEADING.matcher(t)).matches()) {
            return new Shape(m.group(1).length(), null, m.group(2));
        } else if ((m = ctx.profile.division.matcher(t)).matches()) {
            return new Shape(1, m.group(2), t);
        } else if ((m = Shapes.ROMAN_HEADING.matcher(t)).matches()) {
            return new Shape(1, m.group(1), m.group(2));
        } else if ((m = Shapes.LETTER_HEADING.matcher(t)).matches()) {
            return new Shape(2, m.group(1), m.group(2));
        } else if ((m = Shapes.LABEL.matcher(t)).matches() && m.group(1) != null && t.length() <= 100
                && nextIsParagraph(last, to)) {
            // "(b) Energy" between two numbered paragraphs: a lettered heading, not an item
            return new Shape(2, m.group(1), m.group(2));
        } else if (labelledOnly) {
            return null;
        } else if (mayNumber && (m = Shapes.NUMBER_HEADING.matcher(t)).matches() && !itemsFollow(last, to)) {
            return new Shape(1, m.group(1), m.group(2));
        } else if (mayNumber && (m = Shapes.PAREN_HEADING.matcher(t)).matches()) {
            return new Shape(2, m.group(1), m.group(2));
        } else if ((lines == 1 && (t.length() <= 80 || t.length() <= 160 && !Clauses.endsClause(t) && nextIsParagraph(last, to))
                || lines == 2 && t.length() <= 120 && !Clauses.endsClause(t) && textAfter(last, to))
                && Character.isUpperCase(t.charAt(0)) && nextBlank(last)
                && !Shapes.BULLET.matcher(t).matches() && !Shapes.NUMBERED.matcher(t).matches()
                && (paragraphs.size() + preamble.size() + headings.size() > 0)) {
            return new Shape(1, null, t);
        }
        return null;
    }

    private void labelled(String label, String rest, int line) {
        Kind kind = label.chars().allMatch(Character::isDigit) ? Kind.DIGIT
                : Shapes.LOWER_ROMAN.matcher(label).matches() && !label.equals("v") && !label.equals("x") && !label.equals("l")
                        ? Kind.ROMAN : Kind.LETTER;
        // a sibling where the label continues a level on the stack; but "(h) ..., including:" then "(i)" opens a list
        boolean opensList = open != null && open != paragraph && endsWith(open.text, ':');
        for (El level : opensList && "i".equals(label) ? List.<El>of() : stack) {
            if (level.kind != Kind.BULLET && level.label != null && continues(level, label)) {
                while (stack.peek() != level) {
                    stack.pop();
                }
                stack.pop();
                addSub(stack.isEmpty() ? paragraph : stack.peek(), label, level.kind, rest, line, 0);
                return;
            }
        }
        if (restoreLostLabels(label, kind, line)) {
            labelled(label, rest, line);
            return;
        }
        El parent = stack.isEmpty() ? paragraph : stack.peek();
        addSub(parent, label, kind, rest, line, 0);
    }

    /**
     * PDF text loses sub-paragraph labels ("(a)", "(i)") more often than anything else. When a label arrives
     * whose predecessors are missing, and exactly as many unlabelled blocks, each begun after a clause end, sit
     * in the open element since its list opened, those blocks are the lost items: they get the labels back,
     * counted back from the label that survived, with an info finding. A block that ends with a colon keeps
     * the blocks after it as its own lost items one level down ("(b) ...:" then "(i)").
     *
     * @return whether labels were restored (the label is then read again, against the restored levels)
     */
    private boolean restoreLostLabels(String label, Kind kind, int line) {
        int position = position(label, kind);
        if (position <= 1 || paragraph == null || open == null || open.blocks.isEmpty() || kind == Kind.BULLET) {
            return false;
        }
        El holder = open;
        El level = earlierLevel(kind, position);
        int missing = level == null ? position - 1 : position - position(level.label, kind) - 1;
        if (level == null && (!paragraph.subs.isEmpty() || holder != paragraph
                || !endsWith(paragraph.text.substring(0, holder.blocks.get(0)[0]).strip(), ':'))) {
            return false; // only the first items of a list that opened with a colon
        }
        El parent = paragraph;
        if (level != null) {
            List<El> chain = new ArrayList<>(stack); // innermost first
            int at = chain.indexOf(level);
            parent = at + 1 < chain.size() ? chain.get(at + 1) : paragraph;
        }
        // the blocks, grouped: a block that ends with a colon takes the blocks after it, one level down
        List<int[]> items = new ArrayList<>(holder.blocks);
        List<String> texts = blockTexts(holder, items);
        List<List<Integer>> groups = groups(texts);
        int nestedInLast = groups.get(groups.size() - 1).size() - 1;
        Kind groupKind;
        if (kind == Kind.ROMAN && level == null && nestedInLast == missing) {
            groupKind = Kind.LETTER; // "(ii)" under a lost "(b) ...:" whose "(i)" was lost too
        } else if (groups.size() == missing && groups.stream().allMatch(g -> g.size() == 1)) {
            groupKind = kind;
        } else {
            return false;
        }
        int firstLabel = groupKind == kind ? position - missing : 1;
        List<String> restored = giveBack(holder, parent, level, items, texts, groups, groupKind, firstLabel);
        int from = items.get(0)[1] + 1;
        ctx.findings.add(new org.declaro.report.Finding(org.declaro.report.Rule.IMPORT_UNPLACED,
                org.declaro.report.Severity.INFO, "", from, 1, "Lines " + from + " to " + line + " hold items whose"
                        + " labels the text lost; they were given back as (" + String.join("), (", restored)
                        + "), counted back from \"(" + label + ")\" on line " + (line + 1) + "."));
        return true;
    }

    /** @return the innermost open level of {@code kind} whose label comes before {@code position}, or null */
    private El earlierLevel(Kind kind, int position) {
        for (El e : stack) {
            if (e.kind == kind && e.label != null && position(e.label, kind) < position) {
                return e;
            }
        }
        return null;
    }

    /** @return the text of each of the holder's blocks that begin at {@code items} */
    private static List<String> blockTexts(El holder, List<int[]> items) {
        List<String> texts = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            int end = k + 1 < items.size() ? items.get(k + 1)[0] : holder.text.length();
            texts.add(holder.text.substring(items.get(k)[0], end).strip());
        }
        return texts;
    }

    /** @return the blocks grouped: a block that ends with a colon takes the blocks after it into its group */
    private static List<List<Integer>> groups(List<String> texts) {
        List<List<Integer>> groups = new ArrayList<>();
        for (int k = 0; k < texts.size(); k++) {
            boolean nested = !groups.isEmpty() && endsWith(texts.get(groups.get(groups.size() - 1).get(0)), ':');
            if (nested) {
                groups.get(groups.size() - 1).add(k);
            } else {
                groups.add(new ArrayList<>(List.of(k)));
            }
        }
        return groups;
    }

    /**
     * Takes the blocks out of the holder and puts them under {@code parent} as labelled items, a group's later
     * blocks as its roman sub-items; the last item is left open.
     *
     * @return the labels given back, in order
     */
    private List<String> giveBack(El holder, El parent, El level, List<int[]> items, List<String> texts,
            List<List<Integer>> groups, Kind groupKind, int firstLabel) {
        holder.text.setLength(items.get(0)[0]);
        while (holder.text.length() > 0 && holder.text.charAt(holder.text.length() - 1) == ' ') {
            holder.text.setLength(holder.text.length() - 1);
        }
        holder.blocks.clear();
        List<String> restored = new ArrayList<>();
        El lastItem = null;
        for (List<Integer> g : groups) {
            lastItem = new El(items.get(g.get(0))[1], false);
            lastItem.label = label(firstLabel + restored.size(), groupKind);
            lastItem.kind = groupKind;
            lastItem.text.append(texts.get(g.get(0)));
            restored.add(lastItem.label);
            for (int k = 1; k < g.size(); k++) {
                El sub = new El(items.get(g.get(k))[1], false);
                sub.label = label(k, Kind.ROMAN);
                sub.kind = Kind.ROMAN;
                sub.text.append(texts.get(g.get(k)));
                lastItem.subs.add(sub);
                restored.add(sub.label);
            }
            parent.subs.add(lastItem);
        }
        if (level != null) {
            while (!stack.isEmpty() && stack.pop() != level) {
                // the levels inside the one that continues are closed
            }
        } else {
            stack.clear();
        }
        stack.push(lastItem);
        open = lastItem;
        if (!lastItem.subs.isEmpty()) {
            open = lastItem.subs.get(lastItem.subs.size() - 1);
            stack.push(open);
        }
        return restored;
    }

    /** Text where nothing is open: a new preambular clause, more of the last paragraph, or an unnumbered paragraph. */
    private void textWithNothingOpen(int i, String t) {
        if (preambleMode) {
            El p = new El(i, true);
            preamble.add(p);
            paragraph = p;
            open = p;
            Joiner.append(p.text, t, false, ctx.words);
            return;
        }
        if (numbering == Numbering.NUMBERED) {
            // unnumbered text after a heading in a numbered document: keep it with the last paragraph
            open = last(paragraphs.get(paragraphs.size() - 1));
            Joiner.append(open.text, t, false, ctx.words);
            return;
        }
        newUnnumbered(i, t);
    }

    /** The 1-based position of a label in its sequence: b is 2, iv is 4, 3 is 3. */
    private static int position(String label, Kind kind) {
        return switch (kind) {
            case LETTER -> label.length() == 1 ? label.charAt(0) - 'a' + 1 : 26 + label.charAt(0) - 'a' + 1;
            case ROMAN -> Numerals.fromRoman(label);
            case DIGIT -> Integer.parseInt(label);
            default -> 0;
        };
    }

    private static String label(int position, Kind kind) {
        return switch (kind) {
            case LETTER -> position <= 26 ? String.valueOf((char) ('a' + position - 1))
                    : String.valueOf((char) ('a' + position - 27)).repeat(2);
            case ROMAN -> Numerals.roman(position);
            default -> String.valueOf(position);
        };
    }

    private static boolean continues(El level, String label) {
        String prev = level.label;
        return switch (level.kind) {
            case LETTER -> label.length() == prev.length() && label.charAt(0) == prev.charAt(0) + 1
                    || prev.equals("z") && label.equals("aa");
            case ROMAN -> Numerals.roman(Numerals.fromRoman(prev) + 1).equals(label);
            case DIGIT -> label.equals(String.valueOf(Integer.parseInt(prev) + 1));
            default -> false;
        };
    }

    private void addSub(El parent, String label, Kind kind, String rest, int line, int indent) {
        El s = new El(line, false);
        s.label = label;
        s.kind = kind;
        s.indent = indent;
        parent.subs.add(s);
        stack.push(s);
        open = s;
        appendSplittingRunIn(rest, line);
    }

    private void bullet(String rest, int indent, int line) {
        if (paragraph == null || paragraph.bulletIndent >= 0 && indent <= paragraph.bulletIndent && stackIsBulletsOnly()) {
            // a list with nothing above it: each item is a paragraph of its own
            open = null;
            paragraph = null;
            stack.clear();
            text(line, rest, true);
            if (paragraph != null && !paragraph.preamble) {
                paragraph.bulletIndent = indent;
            }
            return;
        }
        while (!stack.isEmpty() && stack.peek().kind == Kind.BULLET && stack.peek().indent > indent) {
            stack.pop();
        }
        El parent;
        if (!stack.isEmpty() && stack.peek().kind == Kind.BULLET && stack.peek().indent == indent) {
            stack.pop();
            parent = stack.isEmpty() ? paragraph : stack.peek();
        } else {
            parent = stack.isEmpty() ? paragraph : stack.peek();
        }
        addSub(parent, null, Kind.BULLET, rest, line, indent);
    }

    private boolean stackIsBulletsOnly() {
        return stack.stream().allMatch(e -> e.kind == Kind.BULLET);
    }

    private void text(int i, String t, boolean blockStart) {
        if (open == null && !preambleMode && numbering == Numbering.NUMBERED && paragraphs.isEmpty()) {
            return; // unnumbered text before the first numbered paragraph, after a heading: left unplaced, reported
        }
        if (preambleMode && gap && nextBlank(i) && t.length() <= 30 && Shapes.WHITESPACE.split(t).length <= 2
                && (open == null || Clauses.endsClause(open.text))) {
            // "Rappelant:" alone between two clauses: a cue with no clause of its own (a line of another language
            // version, say); it opens nothing and goes on with nothing
            ctx.leaveOut(i, Stage.BODY, "a word on a line of its own between preambular clauses, which is no clause");
            return;
        }
        ctx.use(i, Stage.BODY);
        if (gap && paragraph != null && paragraph.articleIndent >= 0 && lines.indent(i) > paragraph.articleIndent) {
            articleItem(i, t);
            return;
        }
        if (open == null && lead != null) {
            Joiner.append(lead.text, t, false, ctx.words);
            open = lead;
            paragraph = lead;
            preambleMode = true;
            lead = null;
            return;
        }
        if (open == null) {
            textWithNothingOpen(i, t);
            return;
        }
        boolean continuation = !blockStart || !Clauses.endsClause(open.text) || startsLower(t) && !(preambleMode && clauseOpens(t))
                || open.kind == Kind.BULLET && lines.indent(i) > open.indent
                || preambleMode && !gap && wrappedClause(t);
        if (continuation) {
            appendSplittingRunIn(t, i);
            return;
        }
        if (preambleMode && adopts(i)) {
            preambleMode = false; // "Adopts the following declaration:": the resolution's operative paragraph
            newUnnumbered(i, t);
        } else if (preambleMode) {
            El p = new El(i, true);
            preamble.add(p);
            paragraph = p;
            open = p;
            stack.clear();
            Joiner.append(p.text, t, false, ctx.words);
        } else if (numbering == Numbering.NUMBERED) {
            if (gap || Clauses.endsSentence(open.text)) {
                open.blocks.add(new int[] {open.text.length(), i});
            }
            appendSplittingRunIn(t, i);
        } else {
            newUnnumbered(i, t);
        }
    }

    /**
     * A block indented under an article's number line: an item of the article without a label (the plain text of
     * a list). An article that is only items takes the first as its text, since a paragraph's text is never blank.
     */
    private void articleItem(int i, String t) {
        if (paragraph.text.length() == 0 && paragraph.subs.isEmpty()) {
            Joiner.append(paragraph.text, t, false, ctx.words);
            open = paragraph;
            return;
        }
        stack.clear();
        addSub(paragraph, null, Kind.BULLET, t, i, lines.indent(i));
    }

    /** Whether a line opens a preambular clause in the profile's language ("Recalling", "Considérant"). */
    private boolean clauseOpens(String t) {
        return ctx.profile.opensClause(t);
    }

    /**
     * Whether a line that follows a preambular clause without a blank line goes on with it: it does not open like a
     * clause, and it cannot open one either (a number, a bracket, a small letter), or the text separates its
     * paragraphs with blank lines, so that a break inside a block is a wrap.
     */
    private boolean wrappedClause(String t) {
        return !clauseOpens(t) && (ctx.blankSeparated || t.isEmpty() || !Character.isUpperCase(t.codePointAt(0)));
    }

    private static El last(El p) {
        El e = p;
        while (!e.subs.isEmpty()) {
            e = e.subs.get(e.subs.size() - 1);
        }
        return e;
    }

    /** Whether the block at line {@code i} adopts the text printed after it ("Adopts the following declaration:"). */
    private boolean adopts(int i) {
        return lines.blockLengthAtMost(i, 400) && ctx.profile.adoptsFollowing.matcher(lines.blockText(i)).matches();
    }

    private void newUnnumbered(int i, String t) {
        if (numbering == Numbering.UNDECIDED) {
            numbering = Numbering.UNNUMBERED;
        }
        El p = new El(i, false);
        paragraphs.add(p);
        paragraph = p;
        open = p;
        stack.clear();
        Joiner.append(p.text, t, false, ctx.words);
    }

    private static boolean endsWith(CharSequence t, char c) {
        return t.length() > 0 && t.charAt(t.length() - 1) == c;
    }

    private static boolean startsLower(String t) {
        return !t.isEmpty() && Character.isLowerCase(t.charAt(0));
    }
}
