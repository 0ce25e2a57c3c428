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
 * GitHub-flavoured Markdown: a title block, a metadata table, numbered paragraphs with their
 * sub-paragraphs as nested lists, headings, footnotes as {@code [^*]}, and a table of commitments.
 * Text is escaped so that it shows as written.
 */
public final class MarkdownRenderer {

    private static final MarkdownRenderer INSTANCE = new MarkdownRenderer();

    private MarkdownRenderer() {
    }

    /** @return the renderer (it has no settings) */
    public static MarkdownRenderer standard() {
        return INSTANCE;
    }

    /**
     * @param doc a document
     * @return its Markdown
     */
    public String render(Document doc) {
        StringBuilder b = new StringBuilder();
        write(doc, 1, b);
        return b.toString();
    }

    private static void write(Document doc, int level, StringBuilder b) {
        String hashes = "#".repeat(Math.min(level, 6));
        if (doc instanceof Declaration d) {
            b.append(hashes).append(' ').append(escape(d.title())).append(refs(d.titleFootnotes())).append("\n\n");
            if (d.subtitle() != null) {
                b.append('*').append(escape(d.subtitle())).append("*\n\n");
            }
            b.append("| | |\n|---|---|\n");
            row(b, "Kind", "declaration");
            row(b, "Status", d.status().jsonName());
            row(b, "Symbol", d.symbol());
            row(b, "Date", d.date() == null ? null : Words.date(d.date()));
            row(b, "Issuer", d.issuer());
            row(b, "Language", (Views.text(d.language()) + (d.originalLanguage() == null ? "" : " (original: " + d.originalLanguage() + ")"))
                    .strip());
            if (d.meeting() != null) {
                row(b, "Meeting", Words.join(d.meeting().name(), d.meeting().place(),
                        d.meeting().date() == null ? null : Words.date(d.meeting().date())));
            }
            if (d.agendaItem() != null) {
                row(b, "Agenda item", Words.join(Views.text(d.agendaItem().number())
                        + (Boolean.TRUE.equals(d.agendaItem().provisional()) ? " (provisional)" : ""), d.agendaItem().title()));
            }
            if (d.adoption() != null) {
                row(b, "Adoption", Words.join(d.adoption().place(), d.adoption().date() == null ? null : Words.date(d.adoption().date())));
            }
            b.append('\n');
            if (d.author() != null) {
                b.append('*').append(escape(d.author())).append(",*\n\n");
            }
            for (PreambularParagraph p : d.preamble()) {
                b.append(escape(p.text())).append(refs(p.footnotes())).append("\n\n");
            }
            for (int i = 0; i < d.paragraphs().size(); i++) {
                for (Heading heading : Views.before(d.headings(), i)) {
                    int hl = Math.min(6, level + Views.headingLevel(heading));
                    b.append("#".repeat(hl)).append(' ')
                            .append(heading.label() == null ? "" : escape(heading.label()) + ". ")
                            .append(escape(heading.title())).append("\n\n");
                }
                Paragraph p = d.paragraphs().get(i);
                b.append(p.number() == null ? "" : p.number() + ". ").append(escape(p.text())).append(refs(p.footnotes())).append('\n');
                subparagraphs(p.subparagraphs(), p.number() == null ? "" : "   ", b);
                b.append('\n');
            }
            commitments(doc, b);
            footnotes(d.footnotes(), b);
            for (int k = 0; k < d.annexes().size(); k++) {
                b.append("---\n\n").append(hashes).append("# Annex ").append(k + 1).append("\n\n");
                write(d.annexes().get(k), level + 1, b);
            }
        } else {
            ActionPlan p = (ActionPlan) doc;
            b.append(hashes).append(' ').append(escape(p.title())).append("\n\n");
            b.append("| | |\n|---|---|\n");
            row(b, "Kind", "action plan");
            row(b, "Status", p.status().jsonName());
            row(b, "Period", p.period() == null ? null : Views.period(p.period()));
            row(b, "Symbol", p.symbol());
            row(b, "Issuer", p.issuer());
            b.append('\n');
            for (String intro : p.introduction()) {
                b.append(escape(intro)).append("\n\n");
            }
            for (Section s : p.sections()) {
                b.append(hashes).append("# ").append(s.number() == null ? "" : escape(s.number()) + ". ").append(escape(s.title()))
                        .append("\n\n");
                for (String para : s.paragraphs()) {
                    b.append(escape(para)).append("\n\n");
                }
                for (Action a : s.actions()) {
                    b.append("**Action").append(a.number() == null ? "" : " " + a.number()).append(".** ").append(escape(a.text()));
                    if (a.deadline() != null) {
                        b.append(" *(by ").append(Words.date(a.deadline())).append(")*");
                    }
                    b.append("\n\n");
                    for (String i : a.indicators()) {
                        b.append("- Indicator: ").append(escape(i)).append('\n');
                    }
                    if (!a.indicators().isEmpty()) {
                        b.append('\n');
                    }
                }
            }
            commitments(doc, b);
            footnotes(p.footnotes(), b);
        }
    }

    private static void subparagraphs(List<Subparagraph> subs, String indent, StringBuilder b) {
        for (Subparagraph s : subs) {
            b.append(indent).append("- ").append(s.label() == null ? "" : "(" + escape(s.label()) + ") ").append(escape(s.text()))
                    .append('\n');
            subparagraphs(s.subparagraphs(), indent + "  ", b);
        }
    }

    private static void commitments(Document doc, StringBuilder b) {
        List<Units.Located> units = Units.of(doc, "");
        if (units.isEmpty()) {
            return;
        }
        b.append("**Commitments**\n\n| where | modality | actor | deadline | text |\n|---|---|---|---|---|\n");
        for (Units.Located u : units) {
            b.append("| ").append(cell(u.where())).append(" | ").append(Views.modality(u.commitment().modality())).append(" | ")
                    .append(cell(u.commitment().actor())).append(" | ")
                    .append(u.commitment().deadline() == null ? "" : u.commitment().deadline().toString()).append(" | ")
                    .append(cell(u.commitment().text())).append(" |\n");
        }
        b.append('\n');
    }

    private static void footnotes(List<Footnote> footnotes, StringBuilder b) {
        for (Footnote f : footnotes) {
            b.append("[^").append(Views.text(f.marker())).append("]: ").append(escape(f.text())).append('\n');
        }
        if (!footnotes.isEmpty()) {
            b.append('\n');
        }
    }

    private static void row(StringBuilder b, String name, String value) {
        if (value != null && !value.isBlank()) {
            b.append("| ").append(name).append(" | ").append(cell(value)).append(" |\n");
        }
    }

    private static String refs(List<String> markers) {
        StringBuilder b = new StringBuilder();
        markers.forEach(m -> b.append("[^").append(m).append(']'));
        return b.toString();
    }

    private static String cell(String s) {
        return escape(s).replace("\n", " ");
    }

    /** Backslash-escapes the characters Markdown would read as markup. */
    static String escape(String s) {
        return org.declaro.internal.Markdown.escape(s);
    }
}
