package org.declaro.render;

import java.util.List;
import org.declaro.internal.Views;
import org.declaro.model.Action;
import org.declaro.model.ActionPlan;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.declaro.model.Footnote;
import org.declaro.model.Heading;
import org.declaro.model.Paragraph;
import org.declaro.model.PreambularParagraph;
import org.declaro.model.Section;
import org.declaro.model.Subparagraph;

/**
 * Plain text in the layout of the source documents: the UN header block, the title in bold markers as
 * text extracted from a PDF shows it, numbered paragraphs, {@code (a)} sub-paragraphs and bullets,
 * headings, footnotes as {@code [^1]: text} at the end, the adoption line, annexes after a line
 * {@code Annex}. {@link org.declaro.importer.TextImporter} reads it back to the same document, commitments
 * and fields the format does not define aside (they are not text).
 */
public final class TextRenderer {

    /**
     * Whether the author is already the opening words of the text ("We, the Leaders of the G7, reaffirm ..."): the
     * text then says it, and a formula line of its own above would read back as another layout (a preamble).
     */
    private static boolean authorOpensTheText(Declaration d) {
        String first = !d.preamble().isEmpty() ? d.preamble().get(0).text()
                : !d.paragraphs().isEmpty() ? d.paragraphs().get(0).text() : null;
        return first != null && first.startsWith(d.author()) && first.length() > d.author().length();
    }

    private static final TextRenderer INSTANCE = new TextRenderer();

    private TextRenderer() {
    }

    /** @return the renderer (it has no settings) */
    public static TextRenderer standard() {
        return INSTANCE;
    }

    /**
     * @param doc a document
     * @return its text, lines ending with LF
     */
    public String render(Document doc) {
        StringBuilder b = new StringBuilder();
        write(doc, b);
        return b.toString();
    }

    private static void write(Document doc, StringBuilder b) {
        if (doc instanceof Declaration d) {
            declaration(d, b);
        } else {
            plan((ActionPlan) doc, b);
        }
    }

    private static void block(StringBuilder b, String text) {
        if (b.length() > 0) {
            b.append('\n');
        }
        b.append(text).append('\n');
    }

    private static void declaration(Declaration d, StringBuilder b) {
        if (d.issuer() != null) {
            block(b, "**" + d.issuer() + "**");
        }
        if (d.symbol() != null) {
            block(b, d.symbol()); // on a line of its own, as the masthead prints it
        }
        if (d.date() != null) {
            block(b, Words.date(d.date()));
        }
        if (Words.language(d.originalLanguage()) != null) {
            block(b, "Original: " + Words.language(d.originalLanguage()));
        }
        if (d.meeting() != null) {
            if (d.meeting().name() != null) {
                block(b, d.meeting().name());
            }
            if (d.meeting().place() != null && d.meeting().date() != null) {
                block(b, d.meeting().place() + ", " + Words.date(d.meeting().date()));
            } else if (d.meeting().place() != null) {
                block(b, d.meeting().place()); // a dateline without its date
            }
        }
        if (d.agendaItem() != null && d.agendaItem().number() != null) {
            block(b, "Item " + d.agendaItem().number() + " of the "
                    + (Boolean.TRUE.equals(d.agendaItem().provisional()) ? "provisional " : "") + "agenda");
            if (d.agendaItem().title() != null) {
                block(b, d.agendaItem().title());
            }
        }
        boolean adoptedBy = adoptedByIssuer(d);
        if (adoptedBy) {
            // the status is in the text only as the UN masthead says it: "Resolution adopted by the General Assembly on ..."
            block(b, kindWord(d.symbol()) + " adopted by the " + d.issuer() + " on " + Words.date(d.adoption().date()));
        }
        String markers = d.titleFootnotes().isEmpty() ? "" : String.join(", ", d.titleFootnotes());
        block(b, "**" + Views.text(d.title()) + markers + "**");
        if (d.subtitle() != null) {
            block(b, d.subtitle());
        }
        if (d.author() != null && !authorOpensTheText(d)) {
            block(b, d.author() + ",");
        }
        for (PreambularParagraph p : d.preamble()) {
            block(b, Views.text(p.text()) + markers(p.footnotes()));
        }
        for (int i = 0; i < d.paragraphs().size(); i++) {
            for (Heading heading : Views.before(d.headings(), i)) {
                block(b, (heading.label() == null ? "" : heading.label() + ". ") + Views.text(heading.title()));
            }
            Paragraph p = d.paragraphs().get(i);
            block(b, (p.number() == null ? "" : p.number() + ". ") + Views.text(p.text()) + markers(p.footnotes()));
            subparagraphs(p.subparagraphs(), 0, b);
        }
        if (!adoptedBy && d.adoption() != null && (d.adoption().place() != null || d.adoption().date() != null)) {
            String where = d.adoption().place() == null ? "" : "in " + d.adoption().place();
            String when = d.adoption().date() == null ? "" : Words.date(d.adoption().date());
            block(b, "Adopted " + (where.isEmpty() ? "on " + when : where + (when.isEmpty() ? "" : ", " + when)) + ".");
        }
        footnotes(d.footnotes(), b);
        for (Document annex : d.annexes()) {
            block(b, "Annex");
            b.append('\n');
            write(annex, b);
        }
    }

    /**
     * Whether the document is adopted by its issuer, who speaks in it ("The General Assembly,"), on a known date
     * and at no stated place: its status and adoption are then written in the masthead's words, the only words
     * of a plain text that say "adopted" rather than "to be adopted".
     */
    private static boolean adoptedByIssuer(Declaration d) {
        return d.status() == org.declaro.model.Status.ADOPTED && d.issuer() != null && d.adoption() != null
                && d.adoption().date() != null && d.adoption().place() == null && ("The " + d.issuer()).equals(d.author());
    }

    /** @return what a masthead calls the document: a resolution, a decision (by its symbol), else a declaration */
    private static String kindWord(String symbol) {
        return symbol == null ? "Declaration" : symbol.contains("/RES/") ? "Resolution" : symbol.contains("/DEC/") ? "Decision"
                : "Declaration";
    }

    private static String markers(List<String> footnotes) {
        StringBuilder m = new StringBuilder();
        for (String f : footnotes) {
            m.append("[^").append(f).append(']');
        }
        return m.toString();
    }

    private static void subparagraphs(List<Subparagraph> subs, int depth, StringBuilder b) {
        String indent = "    ".repeat(depth);
        for (Subparagraph s : subs) {
            b.append(indent).append(s.label() == null ? "- " : "(" + s.label() + ") ").append(Views.text(s.text())).append('\n');
            subparagraphs(s.subparagraphs(), depth + 1, b);
        }
    }

    private static void footnotes(List<Footnote> footnotes, StringBuilder b) {
        if (footnotes.isEmpty()) {
            return;
        }
        block(b, "---");
        for (Footnote f : footnotes) {
            block(b, "[^" + Views.text(f.marker()) + "]: " + Views.text(f.text()));
        }
    }

    private static void plan(ActionPlan p, StringBuilder b) {
        block(b, "**" + Views.text(p.title()) + "**");
        for (String intro : p.introduction()) {
            block(b, intro);
        }
        for (Section s : p.sections()) {
            block(b, (s.number() == null ? "" : "Section " + s.number() + ": ") + Views.text(s.title()));
            for (String para : s.paragraphs()) {
                block(b, para);
            }
            for (Action a : s.actions()) {
                block(b, "Action" + (a.number() == null ? "" : " " + a.number()) + ": " + Views.text(a.text()));
                if (!a.indicators().isEmpty()) {
                    b.append("Indicators:\n");
                    for (String i : a.indicators()) {
                        b.append("- ").append(i).append('\n');
                    }
                }
            }
        }
        footnotes(p.footnotes(), b);
    }
}
