package org.declaro.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import org.declaro.model.AgendaItem;
import org.declaro.model.Meeting;
import org.declaro.model.PartialDate;
import org.declaro.report.Finding;
import org.declaro.report.Rule;
import org.declaro.report.Severity;

/**
 * The lines above the body: masthead, document date, original language, meeting, agenda item, title
 * with its footnote markers, subtitle. Works on blocks (runs of lines between blank lines, bold markers
 * {@code **} removed) and recognises each by what it says, not by where it is, so that the UN layout,
 * a resolution's masthead and a summit's dateline all work.
 */
final class FrontMatter {

    String title;
    List<String> titleMarkers = new ArrayList<>();
    String subtitle;
    Block subtitleBlock;
    String issuer;
    String author;
    String symbol;
    PartialDate date;
    int dateLine = -1;
    /** the masthead has a distribution mark ("Distr.: General"): its date is the distribution's */
    boolean distributed;
    String originalLanguage;
    String meetingName;
    String meetingPlace;
    PartialDate meetingDate;
    String agendaNumber;
    String agendaTitle;
    Boolean agendaProvisional;
    boolean adopted;
    PartialDate adoptionDate;
    /** the language a table of facts names ("| Language | en (original: fr) |"), or null */
    String language;
    /** the adoption a table of facts names, or null */
    org.declaro.model.Adoption tableAdoption;
    /** a table of facts was read */
    private boolean factsRead;

    private static final Map<String, String> LANGUAGES = Map.of("english", "en", "french", "fr", "spanish", "es",
            "russian", "ru", "arabic", "ar", "chinese", "zh", "german", "de", "portuguese", "pt", "japanese", "ja");

    private static final int MAX_TITLE = 500;

    /** A block: its text (lines joined), first and last line, and whether it was bold. */
    record Block(String text, int first, int last, boolean bold) {
    }

    static List<Block> blocks(Context ctx, int from, int to) {
        List<Block> blocks = new ArrayList<>();
        Lines lines = ctx.lines;
        int i = from;
        while (i < to) {
            if (lines.blank(i) || lines.placed(i)) {
                i++;
                continue;
            }
            // a header whose items are on lines of their own, without blank lines between them (PDF text):
            // each line is a block when one of them is an item of the header
            int end = i;
            boolean meta = false;
            while (end < to && !lines.blank(end)) {
                meta |= !lines.placed(end) && metaLine(ctx, lines.text(end));
                end++;
            }
            if (meta && end - i > 1) {
                headerBlocks(ctx, i, end, blocks);
                i = end;
                continue;
            }
            StringBuilder b = new StringBuilder();
            int first = i;
            int last = i;
            while (i < to && !lines.blank(i)) {
                if (!lines.placed(i)) {
                    Joiner.append(b, lines.text(i), i > 0 && lines.softBreak(i - 1), ctx.words);
                    last = i;
                }
                i++;
            }
            blocks.add(block(b.toString(), first, last));
        }
        return blocks;
    }

    /**
     * A header's lines as blocks: each item of the header a block; the lines between two items (a title wrapped
     * over lines) one block.
     */
    private static void headerBlocks(Context ctx, int from, int end, List<Block> blocks) {
        Lines lines = ctx.lines;
        StringBuilder run = new StringBuilder();
        int runFirst = -1;
        int runLast = -1;
        for (int k = from; k < end; k++) {
            if (lines.placed(k)) {
                continue;
            }
            // a line that starts in lower case goes on with the line above ("Resolution adopted by the
            // General Assembly" / "on 18 November 2024")
            boolean goesOn = runFirst >= 0 && (Character.isLowerCase(lines.text(k).charAt(0))
                    || endsWithWord(run, ctx.profile.dateWords()) || endsWithWord(run, ctx.profile.placeWords()));
            if (metaLine(ctx, lines.text(k)) && !goesOn) {
                if (runFirst >= 0) {
                    blocks.add(block(run.toString(), runFirst, runLast));
                    run.setLength(0);
                    runFirst = -1;
                }
                blocks.add(block(lines.text(k), k, k));
            } else {
                Joiner.append(run, lines.text(k), k > 0 && lines.softBreak(k - 1), ctx.words);
                runFirst = runFirst < 0 ? k : runFirst;
                runLast = k;
            }
        }
        if (runFirst >= 0) {
            blocks.add(block(run.toString(), runFirst, runLast));
        }
    }

    /**
     * A table of facts, as Markdown prints a document's fields: "| Date | 7 June 1951 |", "| Issuer | ... |",
     * "| Language | en (original: fr) |", "| Adoption | Geneva, 4 December 1986 |", under a "| | |" head. Each row
     * whose name is known fills its field; a table with a row of another name is not one, and stays text.
     *
     * @return whether the block is such a table (its fields are then read)
     */
    private boolean factsTable(Context ctx, Block b) {
        List<String[]> rows = new ArrayList<>();
        for (int i = b.first(); i <= b.last(); i++) {
            String t = ctx.lines.text(i);
            Matcher m = Shapes.TABLE_ROW.matcher(t);
            if (!m.matches()) {
                return false;
            }
            String key = m.group(1).strip();
            String value = m.group(2).strip();
            if (key.isEmpty() && value.isEmpty() || Shapes.TABLE_RULE.matcher(t).matches()) {
                continue; // the head and the rule under it
            }
            if (!FACTS.contains(key.toLowerCase(Locale.ROOT))) {
                return false;
            }
            rows.add(new String[] {key.toLowerCase(Locale.ROOT), value});
        }
        if (rows.isEmpty() || factsRead) {
            return false; // a second table is not read over the first: it stays text, and is reported if unplaced
        }
        factsRead = true;
        for (String[] row : rows) {
            fact(ctx, row[0], row[1]);
        }
        return true;
    }

    private static final java.util.Set<String> FACTS = java.util.Set.of("kind", "status", "symbol", "date", "issuer",
            "language", "meeting", "agenda item", "adoption", "period");

    private void fact(Context ctx, String key, String value) {
        Dates dates = ctx.profile.dates;
        switch (key) {
            case "status" -> adopted |= value.equalsIgnoreCase("adopted");
            case "symbol" -> symbol = value;
            case "date" -> date = dates.parse(value).orElse(date);
            case "issuer" -> issuer = value;
            case "language" -> {
                Matcher m = Shapes.LANGUAGE_FACT.matcher(value);
                if (m.matches()) {
                    language = m.group(1);
                    originalLanguage = m.group(2) != null ? m.group(2) : originalLanguage;
                }
            }
            case "meeting" -> {
                List<String> parts = new ArrayList<>(List.of(Shapes.COMMA_LIST.split(value)));
                if (parts.size() > 1 && dates.parse(parts.get(parts.size() - 1)).isPresent()) {
                    meetingDate = dates.parse(parts.remove(parts.size() - 1)).get();
                }
                meetingName = parts.isEmpty() ? null : parts.remove(0);
                meetingPlace = parts.isEmpty() ? null : String.join(", ", parts);
            }
            case "adoption" -> {
                List<String> parts = new ArrayList<>(List.of(Shapes.COMMA_LIST.split(value)));
                PartialDate when = null;
                if (!parts.isEmpty() && dates.parse(parts.get(parts.size() - 1)).isPresent()) {
                    when = dates.parse(parts.remove(parts.size() - 1)).get();
                }
                tableAdoption = new org.declaro.model.Adoption(parts.isEmpty() ? null : String.join(", ", parts), when);
            }
            default -> {
                // kind, agenda item, period: read by the stages that know them, or shown only
            }
        }
    }

    /** Whether the text ends with one of the words ("... by the General Assembly on"): the next line goes on with it. */
    private static boolean endsWithWord(CharSequence text, List<String> words) {
        String t = text.toString().strip();
        for (String w : words) {
            if (t.length() > w.length() && t.regionMatches(true, t.length() - w.length(), w, 0, w.length())
                    && Character.isWhitespace(t.charAt(t.length() - w.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    private static Block block(String text, int first, int last) {
        String t = text;
        boolean bold = t.startsWith("**") && t.endsWith("**") && t.length() > 4;
        if (bold) {
            t = t.substring(2, t.length() - 2).trim();
        } else if (t.startsWith("#")) {
            t = Shapes.HEADING_MARKS.matcher(t).replaceFirst("");
            bold = true;
        }
        return new Block(t, first, last, bold);
    }

    /** Whether a line is an item of a UN-style header on its own: a date, place and date, language, agenda, symbol. */
    private static boolean metaLine(Context ctx, String t) {
        return t.length() <= 120 && (Shapes.ORIGINAL.matcher(t).matches() || Shapes.DISTR.matcher(t).matches() || Shapes.AGENDA.matcher(t).matches()
                || Shapes.AGENDA_OF.matcher(t).matches() || ctx.profile.dates.parse(t).isPresent() || Shapes.SYMBOL.matcher(t).matches()
                || Shapes.TRAILING_SYMBOL.matcher(t).matches() || ctx.profile.dates.placeAndDate(t).isPresent());
    }

    /** Reads the front matter from the blocks in {@code [from, to)}, marking what it places. */
    static FrontMatter read(Context ctx, int from, int to) {
        return read(ctx, from, to, null);
    }

    /**
     * Reads the front matter; {@code knownTitle} (from a Markdown file's YAML header) names the title, so a
     * block is the title only when it says the same, and no other block is taken for it.
     */
    /** What became of a block of the front matter. */
    private enum Outcome {
        /** read into a field */
        PLACED,
        /** read into a field: an agenda item whose title may be the next block */
        AGENDA_ITEM,
        /** not read: left for the title and the body */
        UNPLACED,
        /** left out of the model */
        LEFT_OUT
    }

    static FrontMatter read(Context ctx, int from, int to, String knownTitle) {
        return read(ctx, from, to, knownTitle, null);
    }

    /**
     * Reads the front matter of a part whose title its first line gave ("Annex: Plan of Action"), or any part
     * when {@code givenTitle} is null: with a title given, no block is taken for the title, and the lines below
     * the title line stay for the subtitle and the body (they are never taken and dropped).
     */
    static FrontMatter read(Context ctx, int from, int to, String knownTitle, String givenTitle) {
        FrontMatter f = new FrontMatter();
        f.title = givenTitle;
        Block previous = null;
        List<Block> rest = new ArrayList<>();
        boolean expectAgendaTitle = false;
        for (Block b : blocks(ctx, from, to)) {
            String t = f.withoutMarginSymbol(b.text());
            boolean agendaTitleNext = expectAgendaTitle; // only the block right after "Agenda item 9" can be its title
            expectAgendaTitle = false;
            if (b.last() > b.first() && f.factsTable(ctx, b)) {
                use(ctx, b);
                previous = b;
                continue;
            }
            Outcome o = agendaTitleNext && f.readAgendaTitle(ctx, b, t) ? Outcome.PLACED : f.place(ctx, b, t, previous, rest);
            if (o == Outcome.LEFT_OUT) {
                continue;
            }
            expectAgendaTitle = o == Outcome.AGENDA_ITEM;
            if (o == Outcome.UNPLACED) {
                rest.add(b);
            } else {
                use(ctx, b);
            }
            previous = b;
        }
        if (knownTitle != null && f.title == null) {
            f.knownTitle(ctx, rest, knownTitle);
        }
        f.titleAndSubtitle(ctx, rest);
        return f;
    }

    /** "<issuing body>          <symbol>": the symbol at the right margin is read; the text before it is returned. */
    private String withoutMarginSymbol(String t) {
        Matcher sm = Shapes.TRAILING_SYMBOL.matcher(t);
        if (sm.matches() && symbol == null) {
            symbol = sm.group(2);
            return sm.group(1);
        }
        return t;
    }

    /** The block right after "Agenda item 9" is the item's title, unless it is another part of the cover. */
    private boolean readAgendaTitle(Context ctx, Block b, String t) {
        if (b.bold() || metaLine(ctx, t) || ctx.profile.adoptedBy.matcher(t).matches()
                || Shapes.RESOLUTION_TITLE.matcher(t).matches() || t.startsWith("[") || Shapes.SESSION.matcher(t).matches()) {
            return false;
        }
        agendaTitle = t;
        return true;
    }

    /** A block of the cover read into its field: the masthead's first, then the meeting's and the adoption's. */
    private Outcome place(Context ctx, Block b, String t, Block previous, List<Block> rest) {
        Outcome o = placeMasthead(ctx, b, t, previous, rest);
        return o != null ? o : placeMeeting(ctx, b, t, previous);
    }

    /** The masthead's lines: organisation, distribution, original language, date, session, agenda item; or null. */
    private Outcome placeMasthead(Context ctx, Block b, String t, Block previous, List<Block> rest) {
        Matcher m;
        if (t.length() <= 80 && ctx.profile.organisation.matcher(t).matches()) {
            ctx.leaveOut(b.first(), Stage.FRONT_MATTER, "the masthead of the organisation");
            return Outcome.LEFT_OUT;
        } else if (b.last() == b.first() + 1 && masthead(ctx, b)) { // "UNITED NATIONS" / "GENERAL ASSEMBLY"
            ctx.leaveOut(b.first(), Stage.FRONT_MATTER, "the masthead of the organisation");
            issuer = issuer == null ? ctx.lines.text(b.last()) : issuer;
            ctx.use(b.last(), Stage.FRONT_MATTER);
            return Outcome.LEFT_OUT;
        } else if ((m = Shapes.DISTR.matcher(t)).matches()) {
            distribution(ctx, b, t, m, previous, rest);
            return Outcome.PLACED;
        } else if ((m = Shapes.ORIGINAL.matcher(t)).matches()) {
            originalLanguage = LANGUAGES.get(m.group(1).toLowerCase(Locale.ROOT));
            return originalLanguage != null ? Outcome.PLACED : Outcome.UNPLACED;
        } else if (date == null && ctx.profile.dates.parse(t).isPresent()) {
            date = ctx.profile.dates.parse(t).get();
            dateLine = b.first();
            return Outcome.PLACED;
        } else if ((m = Shapes.SESSION.matcher(t)).matches() && t.length() < 300) {
            return session(m);
        } else if (agendaNumber == null && (m = Shapes.AGENDA_OF.matcher(t)).matches()) { // a second one is not read over the first
            agenda(m.group(1), m.group(3), m.group(2) != null);
            return m.group(3).isEmpty() ? Outcome.AGENDA_ITEM : Outcome.PLACED;
        } else if (agendaNumber == null && (m = Shapes.AGENDA.matcher(t)).matches()) {
            agenda(m.group(2), m.group(3), m.group(1) != null);
            return m.group(3).isEmpty() ? Outcome.AGENDA_ITEM : Outcome.PLACED;
        }
        return null;
    }

    /**
     * Whether a block of two lines is a masthead: the organisation, then the organ that issues the text on a short
     * line of its own, with no digit and no stop ("GENERAL ASSEMBLY", "Security Council").
     */
    private static boolean masthead(Context ctx, Block b) {
        String organ = ctx.lines.text(b.last());
        return ctx.lines.text(b.first()).length() <= 80 && ctx.profile.organisation.matcher(ctx.lines.text(b.first())).matches()
                && organ.length() <= 60 && organ.chars().noneMatch(Character::isDigit) && !Clauses.endsClause(organ)
                && !Clauses.endsSentence(organ);
    }

    /** "Distr.: General 3 May 2024": the issuer before it or on the line above, and the date; the mark is reported. */
    private void distribution(Context ctx, Block b, String t, Matcher m, Block previous, List<Block> rest) {
        distributed = true;
        // a second masthead takes no issuer over the first's (its line is quoted in the finding below)
        if (issuer == null && !m.group(1).isEmpty()) {
            issuer = m.group(1);
        } else if (issuer == null && previous != null && rest.contains(previous) && previous.last() + 1 == b.first()
                && previous.text().length() <= 80) {
            issuer = previous.text(); // "General Assembly" on the line above "Distr.: General"
            use(ctx, previous);
            rest.remove(previous);
        }
        ctx.profile.dates.parse(m.group(2)).ifPresent(d -> date = d);
        dateLine = b.first();
        ctx.findings.add(new Finding(Rule.IMPORT_UNPLACED, Severity.INFO, "", b.first() + 1, 1,
                "Line " + (b.first() + 1) + " \"" + t + "\" was read as the masthead; its distribution mark has"
                        + " no field in the model and was left out."));
    }

    /** "Seventy-eighth session Agenda item 9": the meeting, and the agenda item after it if there is one. */
    private Outcome session(Matcher m) {
        meetingName = m.group(1);
        String more = m.group(2);
        Matcher a = Shapes.AGENDA.matcher(more);
        if (a.matches() && agendaNumber == null) {
            agenda(a.group(2), a.group(3), a.group(1) != null);
        } else if (!more.isBlank()) {
            return Outcome.UNPLACED; // what follows the session is no agenda item the model can hold: reported, not lost
        }
        return Outcome.PLACED;
    }

    /** The lines after the masthead: adoption, procedural note, resolution title, symbol, dateline, meeting. */
    private Outcome placeMeeting(Context ctx, Block b, String t, Block previous) {
        Matcher m;
        if ((m = ctx.profile.adoptedBy.matcher(t)).matches() && ctx.profile.dates.parse(m.group(2)).isPresent()) {
            adopted = true;
            adoptionDate = ctx.profile.dates.parse(m.group(2)).get();
            String body = m.group(1);
            if (issuer == null) {
                issuer = body;
            }
            author = "The " + body;
        } else if (t.startsWith("[") && t.endsWith("]")) {
            ctx.leaveOut(b.first(), Stage.FRONT_MATTER, "a procedural note");
            return Outcome.LEFT_OUT;
        } else if ((m = Shapes.RESOLUTION_TITLE.matcher(t)).matches() && title == null) {
            if (symbol == null && "General Assembly".equals(issuer)) {
                symbol = "A/RES/" + m.group(1);
            }
            title = m.group(2);
        } else if (Shapes.SYMBOL.matcher(t).matches() && symbol == null) {
            symbol = t;
        } else if (meetingPlace == null && ctx.profile.dates.placeAndDate(t).isPresent()) {
            // the first place and date is the meeting's; a second is not read over it (it stays in the text)
            Dates.PlaceDate pd = ctx.profile.dates.placeAndDate(t).get();
            meetingPlace = pd.place();
            meetingDate = pd.date();
        } else if (meetingPlace == null && t.length() <= 80 && Shapes.PLACE.matcher(t).matches() && (Shapes.WHITESPACE.split(t).length <= 4
                || Shapes.WHITESPACE.split(t).length <= 7 && previous != null && previous.first() == dateLine)) {
            // a dateline: "City, Country", or a date then "City, State" on the next line
            meetingPlace = t;
            if (previous != null && previous.first() == dateLine) {
                meetingDate = date;
            }
        } else if ((issuer != null || date != null) && meetingName == null && !b.bold() && t.length() < 120
                && Shapes.MEETING_WORD.matcher(t).matches() && !t.endsWith(".")) {
            meetingName = t;
        } else {
            return Outcome.UNPLACED;
        }
        return Outcome.PLACED;
    }

    /**
     * With a title known beforehand, the block that says it (most of its words, few others) is the title as
     * printed; when no block does, the known title is taken and the blocks stay for the body to read.
     */
    private void knownTitle(Context ctx, List<Block> rest, String known) {
        java.util.Set<String> want = words(known);
        for (int i = 0; i < rest.size(); i++) {
            java.util.Set<String> got = words(rest.get(i).text());
            long shared = got.stream().filter(want::contains).count();
            if (!want.isEmpty() && shared * 2 >= want.size() && (got.size() - shared) * 2 <= got.size()) {
                Block b = rest.get(i);
                title = b.text();
                use(ctx, b);
                if (i > 0 && issuer == null) {
                    issuer = rest.get(0).text();
                    use(ctx, rest.get(0));
                }
                rest.subList(0, i + 1).clear(); // what follows the title may be its subtitle
                return;
            }
        }
        title = known;
        rest.clear();
    }

    /**
     * A printed title completed from the title a file's metadata gives: when the metadata's title holds the printed
     * one's words (all but one: "4th" for "fourth") and goes on after its last two words, the printed title lost its
     * last line, and the rest is taken from the metadata ("... of the General Assembly" + "devoted to disarmament").
     *
     * @return the completed title, or {@code printed}
     */
    static String completeTitle(String printed, String known) {
        String k = Shapes.TRAILING_COLON.matcher(known.strip()).replaceAll("");
        if (k.length() <= printed.length()) {
            return printed;
        }
        if (k.regionMatches(true, 0, printed, 0, printed.length())) {
            return k;
        }
        String[] words = Shapes.WHITESPACE.split(printed.strip());
        if (words.length < 3) {
            return printed;
        }
        java.util.Set<String> have = words(k);
        int missing = 0;
        for (String w : words) {
            missing += words(w).stream().allMatch(have::contains) ? 0 : 1;
        }
        String end = words[words.length - 2] + " " + words[words.length - 1];
        int at = k.toLowerCase(Locale.ROOT).lastIndexOf(end.toLowerCase(Locale.ROOT));
        if (missing > 1 || at < 0 || at + end.length() >= k.length() || Character.isLetterOrDigit(k.charAt(at + end.length()))) {
            return printed;
        }
        String rest = k.substring(at + end.length()).strip();
        return rest.isEmpty() ? printed : printed.strip() + " " + rest;
    }

    /** The words of a text, lower case, letters only. */
    private static java.util.Set<String> words(String text) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : Shapes.NON_LETTERS.split(text.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private void agenda(String number, String title, boolean provisional) {
        agendaNumber = number.trim();
        agendaTitle = title == null || title.isBlank() ? null : title.trim();
        agendaProvisional = provisional ? Boolean.TRUE : null;
    }

    /** Of the blocks nothing else claimed: the title (the last bold one, else the first), the issuer above it, the subtitle below. */
    private void titleAndSubtitle(Context ctx, List<Block> rest) {
        int t = -1;
        if (title == null) {
            for (int i = rest.size() - 1; i >= 0 && t < 0; i--) {
                if (rest.get(i).bold()) {
                    t = i;
                }
            }
            if (t < 0 && !rest.isEmpty()) {
                t = 0;
            }
            if (t >= 0 && rest.get(t).text().length() > MAX_TITLE) {
                t = -1; // a page of text is no title
            }
            if (t >= 0) {
                Block b = rest.get(t);
                Matcher m = Shapes.TRAILING_MARKERS.matcher(b.text());
                if (m.matches()) {
                    title = m.group(1);
                    for (String marker : m.group(2).split(",")) {
                        titleMarkers.add(marker.trim());
                    }
                } else {
                    title = b.text();
                }
                use(ctx, b);
                if (t > 0 && issuer == null) {
                    issuer = rest.get(0).text();
                    use(ctx, rest.get(0));
                }
            }
        }
        int after = t + 1;
        if (after < rest.size() && subtitle == null && rest.get(after).text().length() <= 200
                && !rest.get(after).text().endsWith(":")) { // a block ending with a colon leads into the body
            subtitle = rest.get(after).text();
            subtitleBlock = rest.get(after); // placed by the assembly: a declaration's subtitle, a plan's text
        }
    }

    private static void use(Context ctx, Block b) {
        ctx.useBlock(b.first(), b.last(), Stage.FRONT_MATTER);
    }

    Optional<Meeting> meeting() {
        if (meetingName == null && meetingPlace == null && meetingDate == null) {
            return Optional.empty();
        }
        return Optional.of(new Meeting(meetingName, meetingPlace, meetingDate));
    }

    Optional<AgendaItem> agendaItem() {
        return agendaNumber == null ? Optional.empty()
                : Optional.of(new AgendaItem(agendaNumber, agendaTitle, agendaProvisional));
    }
}
