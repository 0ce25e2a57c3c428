package org.declaro.docx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.declaro.importer.spi.LineEvidence;
import org.declaro.importer.spi.SourceLine;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Walks the main document part in reading order and writes the line stream: a paragraph with a blank line after
 * it, one line each of its lines (a line break, {@code w:br} or {@code w:cr}, starts a line, as plain text shows
 * it), a pipe-table line a table row, and the footnotes and endnotes last, as FOOTNOTE lines. A paragraph's lines
 * carry its left indent from the page's left edge as {@code x} (the section's left margin and the paragraph's
 * {@code w:ind}, direct or from its style).
 */
final class Body {
    /** the deepest nesting of XML elements followed; content below it is left out with a finding */
    static final int MAX_DEPTH = 256;

    /** elements of a paragraph's content that hold no text of it */
    private static final Set<String> SKIPPED = Set.of("pPr", "rPr", "proofErr", "bookmarkStart", "bookmarkEnd",
            "commentRangeStart", "commentRangeEnd", "moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart",
            "moveToRangeEnd", "permStart", "permEnd", "sdtPr", "sdtEndPr", "customXmlPr", "lastRenderedPageBreak",
            "customXmlInsRangeStart", "customXmlInsRangeEnd", "customXmlDelRangeStart", "customXmlDelRangeEnd");

    private final Styles styles;
    private final Numbering numbering;
    private final Revisions mode;
    private final Notes notes;
    private final List<SourceLine> lines = new ArrayList<>();

    /** where a text-wrapping line break stood in a paragraph's text, until it is cut into lines */
    static final char BREAK = '\u2028';
    private static final double TWIPS_PER_POINT = 20;

    /** the left margin of each section of the body, in points, in order; and the section being read */
    private final List<Double> margins = new ArrayList<>();
    private int section;

    /** the text of paragraphs whose mark is removed in this version: they join the next paragraph */
    private Inline carry;
    /** open complex fields: true while in a field's instructions (begin .. separate) */
    private final ArrayList<Boolean> fields = new ArrayList<>();
    /** whether content was left out for being nested too deep */
    boolean tooDeep;
    /** tracked changes seen: insertions and deletions (moves counted as both) */
    int insertions;
    int deletions;

    Body(Styles styles, Numbering numbering, Revisions mode, Notes notes) {
        this.styles = styles;
        this.numbering = numbering;
        this.mode = mode;
        this.notes = notes;
    }

    /** The text of one paragraph as it is read, with how much of it is bold and italic. */
    private static final class Inline {
        final StringBuilder text = new StringBuilder(128); // a paragraph's length: few copies as it grows
        int letters;
        int italic;
        int bold;
        /** whether the paragraph holds a horizontal rule (VML o:hr) */
        boolean rule;
        /** a footnote reference whose mark is the text that follows (w:customMarkFollows) */
        Notes.Kind customKind;
        String customId;
        /** the counts of the current line (since the last line break), and of each line before it */
        int lineLetters;
        int lineItalic;
        int lineBold;
        List<int[]> ended = List.of();

        void append(String s, boolean isItalic, boolean isBold) {
            text.append(s);
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == BREAK) {
                    if (ended.isEmpty()) {
                        ended = new ArrayList<>();
                    }
                    ended.add(new int[] {lineLetters, lineItalic, lineBold});
                    lineLetters = 0;
                    lineItalic = 0;
                    lineBold = 0;
                } else if (!Character.isWhitespace(c)) {
                    letters++;
                    lineLetters++;
                    if (isItalic) {
                        italic++;
                        lineItalic++;
                    }
                    if (isBold) {
                        bold++;
                        lineBold++;
                    }
                }
            }
        }
    }

    /** One line of a paragraph: its text (whitespace collapsed), and whether all of it is bold, italic. */
    private record Cut(String text, boolean bold, boolean italic) {
    }

    /**
     * One paragraph as read: its text (whitespace collapsed), its lines (the text cut at its line breaks, an empty
     * line where two breaks follow each other) and evidence.
     */
    private record Para(String text, List<Cut> lines, LineEvidence evidence) {
    }

    /** @return the lines of the body, then of the notes */
    List<SourceLine> read(Document document) {
        Element body = W.child(document.getDocumentElement(), "body");
        if (body != null) {
            Element sectPr = W.child(body, "sectPr"); // the last section's note formats override the settings'
            notes.formats(W.child(sectPr, "footnotePr"), W.child(sectPr, "endnotePr"));
            sections(body, 0);
            margins.add(margin(sectPr));
            blocks(body, 0);
            flushCarry();
        }
        for (int i = 0; i < notes.referenced().size(); i++) { // notes may reference notes: the list grows
            Notes.Ref ref = notes.referenced().get(i);
            List<SourceLine> noteLines = new ArrayList<>();
            List<Element> paragraphs = new ArrayList<>();
            collectParagraphs(ref.note(), paragraphs, 0);
            for (Element p : paragraphs) {
                Para para = paragraph(p, true);
                if (para != null && !para.text().isEmpty()) {
                    noteLines.add(new SourceLine(para.text(), para.evidence().toBuilder()
                            .role(LineEvidence.Role.FOOTNOTE).footnote(ref.label()).build()));
                }
            }
            carry = null;
            if (!noteLines.isEmpty()) {
                lines.addAll(noteLines);
                lines.add(SourceLine.blank());
            }
        }
        return lines;
    }

    // ------------------------------------------------------------------ blocks

    /** The left margins of the sections that paragraphs end (a w:sectPr in a paragraph's properties), in order. */
    private void sections(Element container, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        for (Node n = container.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (W.is(n, "p")) {
                Element sectPr = W.path((Element) n, "pPr", "sectPr");
                if (sectPr != null) {
                    margins.add(margin(sectPr));
                }
            } else if (W.is(n, "sdt") || W.is(n, "sdtContent") || W.is(n, "customXml") || W.is(n, "ins")
                    || W.is(n, "moveTo")) {
                sections((Element) n, depth + 1);
            }
        }
    }

    /** @return a section's left margin in points (0 when it gives none, as Word reads it) */
    private static double margin(Element sectPr) {
        Double left = W.twips(W.attr(W.child(sectPr, "pgMar"), "left"));
        return left == null ? 0 : left / TWIPS_PER_POINT;
    }

    /** Writes a paragraph's lines, then a blank line: its number on the first only. */
    private void write(Para p) {
        if (p.lines().size() == 1) {
            lines.add(new SourceLine(p.lines().get(0).text(), p.evidence()));
        } else {
            for (int k = 0; k < p.lines().size(); k++) {
                Cut line = p.lines().get(k);
                if (line.text().isEmpty()) {
                    lines.add(SourceLine.blank());
                    continue;
                }
                // a line followed by another of the paragraph ends with a line break of the text, not a wrap
                LineEvidence.Builder e = p.evidence().toBuilder().bold(line.bold()).italic(line.italic())
                        .lineBreak(k + 1 < p.lines().size());
                lines.add(new SourceLine(line.text(), k == 0 ? e.build() : e.number(null).numberLevel(0).build()));
            }
        }
        lines.add(SourceLine.blank());
    }

    private void blocks(Element container, int depth) {
        if (depth > MAX_DEPTH) {
            tooDeep = true;
            return;
        }
        for (Node n = container.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() != Node.ELEMENT_NODE || !W.isW(n.getNamespaceURI())) {
                continue;
            }
            Element e = (Element) n;
            switch (e.getLocalName()) {
                case "p" -> {
                    Para p = paragraph(e, false);
                    if (p != null && !p.text().isEmpty()) {
                        write(p);
                    }
                    if (W.path(e, "pPr", "sectPr") != null && section < margins.size() - 1) {
                        section++; // the paragraph ends its section
                    }
                }
                case "tbl" -> {
                    flushCarry();
                    table(e, depth);
                }
                case "sdt" -> {
                    Element content = W.child(e, "sdtContent");
                    if (content != null) {
                        blocks(content, depth + 1);
                    }
                }
                case "customXml", "sdtContent", "ins", "moveTo" -> blocks(e, depth + 1);
                default -> {
                    // sectPr, bookmarks, altChunk (an imported file, not read): no text of the body
                }
            }
        }
    }

    /** A paragraph whose mark was removed, with nothing after it to join: it stands as a paragraph of its own. */
    private void flushCarry() {
        if (carry != null && carry.text.toString().isBlank()) {
            carry = null;
        }
        if (carry != null) {
            Inline c = carry;
            carry = null;
            List<Cut> cut = cuts(c);
            write(new Para(joined(cut), cut, LineEvidence.builder()
                    .italic(c.letters > 0 && c.italic == c.letters).bold(c.letters > 0 && c.bold == c.letters)
                    .build()));
        }
    }

    /** Paragraphs of a note, of a table cell: in order, through content controls and nested tables. */
    private void collectParagraphs(Element container, List<Element> out, int depth) {
        if (container == null || depth > MAX_DEPTH) {
            tooDeep |= container != null;
            return;
        }
        for (Node n = container.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (W.is(n, "p")) {
                out.add((Element) n);
            } else if (W.is(n, "tbl") || W.is(n, "tr") || W.is(n, "tc") || W.is(n, "sdt") || W.is(n, "sdtContent")
                    || W.is(n, "customXml")) {
                if (W.is(n, "tr") && removedRow((Element) n)) {
                    continue;
                }
                collectParagraphs((Element) n, out, depth + 1);
            }
        }
    }

    // ------------------------------------------------------------------ tables

    private void table(Element tbl, int depth) {
        List<List<String>> rows = new ArrayList<>();
        for (Element tr : rowsOf(tbl, depth)) {
            if (removedRow(tr)) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (Element tc : cellsOf(tr, depth)) {
                Element vMerge = W.path(tc, "tcPr", "vMerge");
                if (vMerge != null && !"restart".equals(W.val(vMerge))) {
                    cells.add(""); // the continuation of a cell merged down: its text is in the first
                    continue;
                }
                List<Element> paragraphs = new ArrayList<>();
                collectParagraphs(tc, paragraphs, depth + 1);
                StringBuilder cell = new StringBuilder();
                for (Element p : paragraphs) {
                    Para para = paragraph(p, false);
                    if (para == null) {
                        continue;
                    }
                    String t = para.evidence().number() == null ? para.text()
                            : (para.evidence().number() + " " + para.text()).strip();
                    if (!t.isEmpty()) {
                        cell.append(cell.length() == 0 ? "" : "\n").append(t); // a line feed between paragraphs
                    }
                }
                if (carry != null) { // a removed mark at the end of a cell joins nothing outside it
                    String rest = joined(cuts(carry));
                    carry = null;
                    if (!rest.isEmpty()) {
                        cell.append(cell.length() == 0 ? "" : "\n").append(rest);
                    }
                }
                cells.add(cell.toString().replace("|", "\\|"));
            }
            if (cells.stream().anyMatch(c -> !c.isEmpty())) {
                rows.add(cells);
            }
        }
        if (rows.isEmpty() || planTable(rows)) {
            return;
        }
        for (int r = 0; r < rows.size(); r++) {
            lines.add(SourceLine.of(("| " + String.join(" | ", rows.get(r)) + " |").replace('\n', ' ')));
            if (r == 0) { // the rule under the head row, as a Markdown table has it
                lines.add(SourceLine.of("|" + " --- |".repeat(rows.get(0).size())));
            }
        }
        lines.add(SourceLine.blank());
    }

    /** a plan table's column of actions, by its head: "Action", "Activities", "Measure" (and in French, Spanish) */
    private static final Pattern ACTION_HEAD = Pattern.compile("(?ius).*\\b(actions?|activit(y|ies|és?)|measures?|mesures?|acci[oó]n(es)?|medidas?|actividad(es)?)\\b.*");
    /** a plan table's column of indicators: "Indicator(s)", "Performance indicators", "Indicateurs", "Indicadores" */
    private static final Pattern INDICATOR_HEAD = Pattern.compile("(?ius).*\\bindica(tors?|teurs?|dor(es)?)\\b.*");
    /** a plan table's column of dates: "Timeline", "Timeframe", "Deadline", "Calendrier", "Échéance", "Plazo" */
    private static final Pattern TIME_HEAD = Pattern.compile("(?ius).*\\b(time ?lines?|time ?frames?|deadlines?|target dates?|dates?|calendar|calendrier|[ée]ch[ée]ances?|d[ée]lais?|plazos?|calendario)\\b.*");
    /** a plan table's column of numbers: "No.", "#", "N°", "Number" */
    private static final Pattern NUMBER_HEAD = Pattern.compile("(?iu)\\s*(no\\.?|n[°º]|#|num(ber|éro|ero)?)\\s*");
    private static final Pattern DIGITS = Pattern.compile("\\s*(\\d{1,4})\\.?\\s*");

    /** the last action number written from a plan table: the next table's actions go on from it */
    private int planActions;

    /**
     * A table whose head names a column of actions and a column of indicators (an action plan's "Action | Indicator |
     * Timeline") is written in the shape the importer reads as actions: {@code #N action (timeline)} and
     * {@code Indicators: a; b} under it, each a paragraph; N the row's number column, else the count of the plan's
     * actions.
     *
     * @return whether the rows were written so
     */
    private boolean planTable(List<List<String>> rows) {
        List<String> head = rows.get(0);
        int action = -1;
        int indicator = -1;
        int time = -1;
        int number = -1;
        for (int k = 0; k < head.size(); k++) {
            String h = head.get(k);
            if (indicator < 0 && INDICATOR_HEAD.matcher(h).matches()) {
                indicator = k;
            } else if (action < 0 && ACTION_HEAD.matcher(h).matches()) {
                action = k;
            } else if (time < 0 && TIME_HEAD.matcher(h).matches()) {
                time = k;
            } else if (number < 0 && NUMBER_HEAD.matcher(h).matches()) {
                number = k;
            }
        }
        if (action < 0 || indicator < 0 || rows.size() < 2) {
            return false;
        }
        for (List<String> row : rows.subList(1, rows.size())) {
            String text = cell(row, action).replace('\n', ' ');
            if (text.isEmpty()) {
                continue;
            }
            java.util.regex.Matcher n = DIGITS.matcher(cell(row, number).replace('\n', ' '));
            int at = n.matches() ? Integer.parseInt(n.group(1)) : planActions + 1;
            planActions = at;
            String when = cell(row, time).replace('\n', ' ');
            lines.add(SourceLine.of("#" + at + " " + text + (when.isEmpty() ? "" : " (" + when + ")")));
            lines.add(SourceLine.blank());
            String indicators = cell(row, indicator).replace("\n", "; "); // one indicator a paragraph
            if (!indicators.isEmpty()) {
                lines.add(SourceLine.of("Indicators: " + indicators));
                lines.add(SourceLine.blank());
            }
        }
        return true;
    }

    private static String cell(List<String> row, int k) {
        return k < 0 || k >= row.size() ? "" : row.get(k).replace("\\|", "|").strip();
    }

    private static List<Element> rowsOf(Element tbl, int depth) {
        List<Element> out = new ArrayList<>();
        gather(tbl, "tr", out, depth);
        return out;
    }

    private static List<Element> cellsOf(Element tr, int depth) {
        List<Element> out = new ArrayList<>();
        gather(tr, "tc", out, depth);
        return out;
    }

    /** Children named so, also inside content controls and custom XML around them. */
    private static void gather(Element parent, String local, List<Element> out, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (W.is(n, local)) {
                out.add((Element) n);
            } else if (W.is(n, "sdt") || W.is(n, "sdtContent") || W.is(n, "customXml")) {
                gather((Element) n, local, out, depth + 1);
            }
        }
    }

    /** @return whether the row is not in this version: inserted (original) or deleted (accepted) */
    private boolean removedRow(Element tr) {
        Element trPr = W.child(tr, "trPr");
        if (W.child(trPr, "ins") != null) {
            insertions++;
            return mode == Revisions.ORIGINAL;
        }
        if (W.child(trPr, "del") != null) {
            deletions++;
            return mode == Revisions.ACCEPTED;
        }
        return false;
    }

    // ------------------------------------------------------------------ paragraphs

    /**
     * Reads a paragraph. When its mark is not in this version (deleted and accepted, inserted and original), its
     * text is carried into the next paragraph, which keeps its own properties, and null is returned.
     */
    private Para paragraph(Element p, boolean inNote) {
        Element pPr = W.child(p, "pPr");
        Element props = pPr;
        Element change = W.path(pPr, "pPrChange", "pPr");
        if (mode == Revisions.ORIGINAL && change != null) {
            props = change; // the paragraph's properties before the change (style, numbering)
        }
        Element pStyle = W.child(props, "pStyle");
        String styleId = pStyle != null ? W.val(pStyle) : styles.defaultParagraph();
        Inline in = carry != null ? carry : new Inline();
        carry = null;
        content(p, in, styleId, 0);
        while (!fields.isEmpty() && fields.get(fields.size() - 1)) {
            fields.remove(fields.size() - 1); // a field's code ends with its paragraph: a damaged one hides no more text
        }
        Element markRPr = W.child(pPr, "rPr");
        boolean markInserted = W.child(markRPr, "ins") != null || W.child(markRPr, "moveTo") != null;
        boolean markDeleted = W.child(markRPr, "del") != null || W.child(markRPr, "moveFrom") != null;
        if (markInserted) {
            insertions++;
        }
        if (markDeleted) {
            deletions++;
        }
        if (mode == Revisions.ACCEPTED && markDeleted || mode == Revisions.ORIGINAL && markInserted) {
            carry = in;
            return null;
        }
        List<Cut> cut = cuts(in);
        String text = joined(cut);
        if (text.isEmpty() && in.rule) {
            text = "---"; // a paragraph that is a horizontal rule, as text writes it
            cut = List.of(new Cut(text, false, false));
        }
        LineEvidence.Builder ev = LineEvidence.builder().style(styles.name(styleId))
                .italic(in.letters > 0 && in.italic == in.letters).bold(in.letters > 0 && in.bold == in.letters);
        if (!inNote) {
            ev.headingLevel(styles.headingLevel(props, styleId));
            double margin = margins.isEmpty() ? 0 : margins.get(section);
            ev.x(margin + styles.leftIndent(props, styleId) / TWIPS_PER_POINT);
        }
        Numbering.Label label = label(props, styleId);
        if (label != null) {
            ev.number(label.number()).numberLevel(label.level());
        }
        if (text.isEmpty()) {
            return label == null ? null : new Para("", List.of(), ev.build());
        }
        return new Para(text, cut, ev.build());
    }

    /** The paragraph's number: its own w:numPr, else its style's; advances the counters. */
    private Numbering.Label label(Element props, String styleId) {
        Element numPr = W.child(props, "numPr");
        String numId = W.val(W.child(numPr, "numId"));
        Integer ilvl = W.intVal(W.child(numPr, "ilvl"));
        if (numId == null) {
            Element fromStyle = styles.numPr(styleId);
            if (fromStyle == null) {
                return null;
            }
            numId = W.val(W.child(fromStyle, "numId"));
            if (ilvl == null) {
                ilvl = W.intVal(W.child(fromStyle, "ilvl"));
            }
        }
        if (numId == null || numId.strip().equals("0")) {
            return null; // numId 0: numbering taken off
        }
        if (ilvl == null) {
            ilvl = numbering.levelOfStyle(numId, styleId);
        }
        return numbering.next(numId.strip(), ilvl);
    }

    /** The text of a paragraph's content, in order: runs, and the containers of runs. */
    private void content(Element parent, Inline in, String paraStyle, int depth) {
        if (depth > MAX_DEPTH) {
            tooDeep = true;
            return;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() != Node.ELEMENT_NODE) {
                continue;
            }
            Element e = (Element) n;
            String ns = e.getNamespaceURI();
            if (W.MATH.equals(ns)) {
                math(e, in, depth + 1);
                continue;
            }
            if (!W.isW(ns)) {
                continue; // mc:AlternateContent (drawings, text boxes) and other vocabularies
            }
            String local = e.getLocalName();
            switch (local) {
                case "r" -> run(e, in, paraStyle, depth);
                case "ins", "moveTo" -> {
                    insertions++;
                    if (mode == Revisions.ACCEPTED) {
                        content(e, in, paraStyle, depth + 1);
                    }
                }
                case "del", "moveFrom" -> {
                    deletions++;
                    if (mode == Revisions.ORIGINAL) {
                        content(e, in, paraStyle, depth + 1);
                    }
                }
                case "sdt" -> {
                    Element c = W.child(e, "sdtContent");
                    if (c != null) {
                        content(c, in, paraStyle, depth + 1);
                    }
                }
                default -> {
                    if (!SKIPPED.contains(local)) {
                        // w:hyperlink, w:smartTag, w:customXml, w:fldSimple (its result), w:bdo, w:dir, w:sdtContent
                        content(e, in, paraStyle, depth + 1);
                    }
                }
            }
        }
    }

    private void math(Element e, Inline in, int depth) {
        if (depth > MAX_DEPTH) {
            tooDeep = true;
            return;
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                if ("t".equals(n.getLocalName()) && W.MATH.equals(n.getNamespaceURI())) {
                    in.append(n.getTextContent(), false, false);
                } else {
                    math((Element) n, in, depth + 1);
                }
            }
        }
    }

    private void run(Element r, Inline in, String paraStyle, int depth) {
        Element rPr = W.child(r, "rPr");
        if (W.on(W.child(rPr, "vanish")) || W.on(W.child(rPr, "webHidden"))) {
            return; // hidden text is not displayed
        }
        String charStyle = W.val(W.child(rPr, "rStyle"));
        Boolean i = W.toggle(W.child(rPr, "i"));
        boolean italic = i != null ? i : styles.runToggle("i", charStyle, paraStyle);
        Boolean b = W.toggle(W.child(rPr, "b"));
        boolean bold = b != null ? b : styles.runToggle("b", charStyle, paraStyle);
        for (Node n = r.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() != Node.ELEMENT_NODE || !W.isW(n.getNamespaceURI())) {
                continue;
            }
            Element e = (Element) n;
            switch (e.getLocalName()) {
                case "t" -> text(e.getTextContent(), in, italic, bold);
                case "delText" -> {
                    if (mode == Revisions.ORIGINAL) {
                        text(e.getTextContent(), in, italic, bold);
                    }
                }
                case "tab", "ptab" -> in.append(" ", italic, bold);
                case "br" -> { // a page or column break runs on as a space; a line break starts a line
                    String type = W.attr(e, "type");
                    in.append("page".equals(type) || "column".equals(type) ? " " : String.valueOf(BREAK), italic, bold);
                }
                case "cr" -> in.append(String.valueOf(BREAK), italic, bold);
                case "noBreakHyphen" -> text("-", in, italic, bold);
                case "footnoteReference", "endnoteReference" -> {
                    Notes.Kind kind = e.getLocalName().startsWith("foot") ? Notes.Kind.FOOTNOTE : Notes.Kind.ENDNOTE;
                    String id = W.attr(e, "id");
                    if (W.on(attrFlag(e, "customMarkFollows"))) {
                        in.customKind = kind;
                        in.customId = id;
                    } else {
                        String label = notes.reference(kind, id, null);
                        if (label != null) {
                            in.text.append("[^").append(label).append(']');
                        }
                    }
                }
                case "fldChar" -> {
                    String type = W.attr(e, "fldCharType");
                    if ("begin".equals(type)) {
                        fields.add(Boolean.TRUE);
                    } else if ("separate".equals(type) && !fields.isEmpty()) {
                        fields.set(fields.size() - 1, Boolean.FALSE);
                    } else if ("end".equals(type) && !fields.isEmpty()) {
                        fields.remove(fields.size() - 1);
                    }
                }
                case "pict" -> in.rule |= horizontalRule(e);
                case "ruby" -> {
                    Element base = W.child(e, "rubyBase");
                    if (base != null) {
                        content(base, in, paraStyle, depth + 1);
                    }
                }
                default -> {
                    // instrText (a field's code), footnoteRef (a note's own number), commentReference, drawing,
                    // pict, object, sym, softHyphen: nothing of the text
                }
            }
        }
    }

    /** the namespace of VML's Office extensions, whose attribute o:hr marks a horizontal rule */
    private static final String VML_OFFICE = "urn:schemas-microsoft-com:office:office";

    private static boolean horizontalRule(Element pict) {
        for (Node n = pict.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ("t".equals(e.getAttributeNS(VML_OFFICE, "hr")) || "true".equals(e.getAttributeNS(VML_OFFICE, "hr")))) {
                return true;
            }
        }
        return false;
    }

    private static Element attrFlag(Element e, String attr) {
        String v = W.attr(e, attr);
        return v != null && (v.equals("1") || v.equalsIgnoreCase("true") || v.equalsIgnoreCase("on")) ? e : null;
    }

    private void text(String s, Inline in, boolean italic, boolean bold) {
        if (fields.contains(Boolean.TRUE)) {
            return; // inside a field's instructions
        }
        if (in.customId != null) { // the custom mark of a note reference: its label
            String mark = s.strip();
            if (mark.isEmpty()) {
                return;
            }
            String label = notes.reference(in.customKind, in.customId, mark);
            in.customId = null;
            in.customKind = null;
            if (label != null) {
                in.text.append("[^").append(label).append(']');
            }
            return;
        }
        in.append(s, italic, bold);
    }

    /** @return the lines' texts joined by spaces: the paragraph's text, whitespace collapsed */
    private static String joined(List<Cut> cut) {
        if (cut.size() == 1) {
            return cut.get(0).text();
        }
        StringBuilder b = new StringBuilder();
        for (Cut c : cut) {
            if (!c.text().isEmpty()) {
                b.append(b.length() == 0 ? "" : " ").append(c.text());
            }
        }
        return b.toString();
    }

    /**
     * The text cut at its line breaks, each line collapsed; an empty line where breaks follow each other (a blank
     * line, as plain text shows it), none at the ends.
     */
    private static List<Cut> cuts(Inline in) {
        StringBuilder s = in.text;
        List<Cut> out = new ArrayList<>(in.ended.size() + 1);
        int from = 0;
        int k = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == BREAK) {
                String line = collapse(s.subSequence(from, i));
                int[] n = k < in.ended.size() ? in.ended.get(k) : new int[] {in.lineLetters, in.lineItalic, in.lineBold};
                k++;
                if (!line.isEmpty() || !out.isEmpty() && !out.get(out.size() - 1).text().isEmpty()) {
                    out.add(new Cut(line, n[0] > 0 && n[2] == n[0], n[0] > 0 && n[1] == n[0]));
                }
                from = i + 1;
            }
        }
        while (!out.isEmpty() && out.get(out.size() - 1).text().isEmpty()) {
            out.remove(out.size() - 1);
        }
        return List.copyOf(out);
    }

    /** Runs of whitespace (tabs, line breaks, no-break spaces kept) as one space, without blanks at the ends. */
    static String collapse(CharSequence s) {
        if (collapsed(s)) {
            return s.toString(); // the common case: nothing to change, nothing to copy twice
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000b' || c == '\f' || c == BREAK) {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /** @return whether {@link #collapse} leaves the text as it is: single spaces only, none at the ends */
    private static boolean collapsed(CharSequence s) {
        char previous = ' '; // a space at the start is not collapsed
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r' || c == '\u000b' || c == '\f' || c == ' ' && previous == ' ') {
                return false;
            }
            previous = c;
        }
        return s.length() == 0 || previous != ' ';
    }

    // ------------------------------------------------------------------ notes

    /** The footnotes and endnotes parts and the labels of the references, in order of reference. */
    static final class Notes {
        enum Kind { FOOTNOTE, ENDNOTE }

        /** A referenced note: its label as displayed and its element. */
        record Ref(String label, Element note) {
        }

        private final Map<String, Element> footnotes;
        private final Map<String, Element> endnotes;
        private final List<Ref> referenced = new ArrayList<>();
        private final Map<String, String> labels = new HashMap<>();
        private final java.util.Set<String> used = new java.util.HashSet<>();
        String footnoteFormat = "decimal";
        String endnoteFormat = "lowerRoman";
        int footnoteStart = 1;
        int endnoteStart = 1;
        private int footnoteCount;
        private int endnoteCount;

        Notes(Document footnotePart, Document endnotePart) {
            footnotes = notes(footnotePart, "footnote");
            endnotes = notes(endnotePart, "endnote");
        }

        private static Map<String, Element> notes(Document part, String local) {
            Map<String, Element> out = new LinkedHashMap<>();
            if (part != null) {
                for (Element n : W.children(part.getDocumentElement(), local)) {
                    String type = W.attr(n, "type");
                    String id = W.attr(n, "id");
                    if (id != null && (type == null || type.equals("normal"))) {
                        out.putIfAbsent(id, n); // separators and continuation notices are not notes
                    }
                }
            }
            return out;
        }

        /** Reads the formats and starts of the settings (w:footnotePr, w:endnotePr) or a section. */
        void formats(Element footnotePr, Element endnotePr) {
            String f = W.val(W.child(footnotePr, "numFmt"));
            Integer fs = W.intVal(W.child(footnotePr, "numStart"));
            String e = W.val(W.child(endnotePr, "numFmt"));
            Integer es = W.intVal(W.child(endnotePr, "numStart"));
            footnoteFormat = f != null ? f : footnoteFormat;
            footnoteStart = fs != null ? fs : footnoteStart;
            endnoteFormat = e != null ? e : endnoteFormat;
            endnoteStart = es != null ? es : endnoteStart;
        }

        /**
         * @param mark the custom mark that follows the reference, or null for Word's automatic number
         * @return the label of the referenced note, or null when the file has no such note
         */
        String reference(Kind kind, String id, String mark) {
            Element note = (kind == Kind.FOOTNOTE ? footnotes : endnotes).get(id);
            if (note == null) {
                return null;
            }
            String key = kind + ":" + id;
            String known = labels.get(key);
            if (known != null) {
                return known;
            }
            String label;
            if (mark != null) {
                label = mark.replace("]", "").replace("[", "").replace(' ', '_');
            } else if (kind == Kind.FOOTNOTE) {
                label = Numbering.format(footnoteStart + footnoteCount++, footnoteFormat);
            } else {
                label = Numbering.format(endnoteStart + endnoteCount++, endnoteFormat);
            }
            if (label.isEmpty()) {
                label = kind == Kind.FOOTNOTE ? "f" + id : "e" + id;
            }
            String unique = label;
            for (int k = 2; !used.add(unique); k++) {
                unique = label + "-" + k; // a label shown twice (a footnote and an endnote "1"): kept apart
            }
            labels.put(key, unique);
            referenced.add(new Ref(unique, note));
            return unique;
        }

        List<Ref> referenced() {
            return referenced;
        }
    }
}
