package org.declaro.render;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.declaro.internal.Views;
import org.declaro.model.Action;
import org.declaro.model.ActionPlan;
import org.declaro.model.Commitment;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.declaro.model.Footnote;
import org.declaro.model.Heading;
import org.declaro.model.Modality;
import org.declaro.model.Paragraph;
import org.declaro.model.PreambularParagraph;
import org.declaro.model.Section;
import org.declaro.model.Subparagraph;

/**
 * A self-contained HTML page (inline style, no script, no external assets): the document with its
 * commitments highlighted by modality, a legend, and a table of commitments (actor, modality, deadline,
 * a link to the paragraph). All text is escaped.
 */
public final class HtmlRenderer {

    private static final HtmlRenderer INSTANCE = new HtmlRenderer();

    /** The highlight colour of each modality (light backgrounds, readable with black text). */
    static final Map<Modality, String> COLOURS = new EnumMap<>(Map.of(
            Modality.COMMIT, "#9be39b", Modality.PLEDGE, "#7fd3f0", Modality.WILL, "#ffd966",
            Modality.REAFFIRM, "#c9b3f5", Modality.ASPIRE, "#f7b6d2", Modality.DECIDE, "#ffb07a",
            Modality.APPEAL, "#b0c4de"));

    private HtmlRenderer() {
    }

    /** @return the renderer (it has no settings) */
    public static HtmlRenderer standard() {
        return INSTANCE;
    }

    /** @return the background colour used for a modality's highlights, as {@code #rrggbb} */
    public static String colour(Modality m) {
        return COLOURS.get(m);
    }

    /**
     * @param doc a document
     * @return a complete HTML5 page, UTF-8
     */
    public String render(Document doc) {
        StringBuilder b = new StringBuilder(8192);
        b.append("<!DOCTYPE html>\n<html lang=\"").append(esc(doc.language() == null ? "en" : doc.language()))
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(esc(doc.title())).append("</title>\n<style>\n")
                .append("body{font-family:Georgia,'Times New Roman',serif;max-width:48em;margin:2em auto;padding:0 1em;line-height:1.5;color:#111}\n")
                .append("h1{font-size:1.6em}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #999;padding:.3em .5em;vertical-align:top;text-align:left}\n")
                .append(".num{font-weight:bold;margin-right:.4em}.sub{margin-left:2em}mark{padding:0 .1em;border-radius:2px;color:#111}\n")
                .append(".legend span{display:inline-block;padding:.1em .5em;margin:.2em;border-radius:2px}.annex{border-top:2px solid #444;margin-top:2em}\n");
        for (Map.Entry<Modality, String> e : COLOURS.entrySet()) {
            b.append(".m-").append(e.getKey().jsonName()).append("{background:").append(e.getValue()).append("}\n");
        }
        b.append("</style>\n</head>\n<body>\n");
        document(doc, "", b);
        b.append("</body>\n</html>\n");
        return b.toString();
    }

    private static void document(Document doc, String prefix, StringBuilder b) {
        if (doc instanceof Declaration d) {
            b.append("<header>\n<h1>").append(esc(d.title())).append(sups(d.titleFootnotes())).append("</h1>\n");
            if (d.subtitle() != null) {
                b.append("<p><em>").append(esc(d.subtitle())).append("</em></p>\n");
            }
            b.append("<table class=\"meta\">\n");
            row(b, "Status", d.status().jsonName());
            row(b, "Symbol", d.symbol());
            row(b, "Date", d.date() == null ? null : Words.date(d.date()));
            row(b, "Issuer", d.issuer());
            if (d.meeting() != null) {
                row(b, "Meeting", Words.join(d.meeting().name(), d.meeting().place(), d.meeting().date() == null ? null : Words.date(d.meeting().date())));
            }
            if (d.adoption() != null) {
                row(b, "Adoption", Words.join(d.adoption().place(), d.adoption().date() == null ? null : Words.date(d.adoption().date())));
            }
            b.append("</table>\n</header>\n");
            legendAndTable(doc, prefix, b);
            b.append("<main>\n");
            if (d.author() != null) {
                b.append("<p><em>").append(esc(d.author())).append(",</em></p>\n");
            }
            for (int i = 0; i < d.preamble().size(); i++) {
                PreambularParagraph p = d.preamble().get(i);
                b.append("<p id=\"").append(prefix).append("pre-").append(i + 1).append("\" class=\"preamble\">")
                        .append(highlighted(p.text(), p.commitments())).append(sups(p.footnotes())).append("</p>\n");
            }
            boolean restarts = Units.restarts(d);
            for (int i = 0; i < d.paragraphs().size(); i++) {
                for (Heading heading : Views.before(d.headings(), i)) {
                    int level = Math.min(6, 1 + Views.headingLevel(heading));
                    b.append("<h").append(level).append('>').append(heading.label() == null ? "" : esc(heading.label()) + ". ")
                            .append(esc(heading.title())).append("</h").append(level).append(">\n");
                }
                Paragraph p = d.paragraphs().get(i);
                b.append("<p id=\"").append(prefix).append("para-").append(Units.key(d, i, restarts)).append("\">");
                if (p.number() != null) {
                    b.append("<span class=\"num\">").append(p.number()).append(".</span>");
                }
                b.append(highlighted(p.text(), p.commitments())).append(sups(p.footnotes())).append("</p>\n");
                subparagraphs(p.subparagraphs(), b);
            }
            b.append("</main>\n");
            footnotes(d.footnotes(), prefix, b);
            for (int k = 0; k < d.annexes().size(); k++) {
                b.append("<section class=\"annex\" id=\"").append(prefix).append("annex-").append(k + 1).append("\">\n<p>Annex ")
                        .append(k + 1).append("</p>\n");
                document(d.annexes().get(k), prefix + "annex-" + (k + 1) + "-", b);
                b.append("</section>\n");
            }
        } else {
            ActionPlan p = (ActionPlan) doc;
            b.append("<header>\n<h1>").append(esc(p.title())).append("</h1>\n<table class=\"meta\">\n");
            row(b, "Status", p.status().jsonName());
            row(b, "Period", p.period() == null ? null : Views.period(p.period()));
            row(b, "Issuer", p.issuer());
            b.append("</table>\n</header>\n");
            legendAndTable(doc, prefix, b);
            b.append("<main>\n");
            for (String intro : p.introduction()) {
                b.append("<p>").append(esc(intro)).append("</p>\n");
            }
            for (Section s : p.sections()) {
                b.append("<h2>").append(s.number() == null ? "" : esc(s.number()) + ". ").append(esc(s.title())).append("</h2>\n");
                for (String para : s.paragraphs()) {
                    b.append("<p>").append(esc(para)).append("</p>\n");
                }
                for (Action a : s.actions()) {
                    b.append("<p id=\"").append(prefix).append("action-").append(Views.actionKey(p, a))
                            .append("\"><span class=\"num\">Action").append(a.number() == null ? "" : " " + a.number()).append(".</span>").append(highlighted(a.text(), a.commitments())).append("</p>\n");
                    if (!a.indicators().isEmpty()) {
                        b.append("<ul class=\"sub\">");
                        a.indicators().forEach(i -> b.append("<li>Indicator: ").append(esc(i)).append("</li>"));
                        b.append("</ul>\n");
                    }
                }
            }
            b.append("</main>\n");
            footnotes(p.footnotes(), prefix, b);
        }
    }

    private static void legendAndTable(Document doc, String prefix, StringBuilder b) {
        List<Units.Located> units = Units.of(doc, prefix);
        if (units.isEmpty()) {
            return;
        }
        b.append("<nav class=\"legend\"><strong>Commitments by modality:</strong> ");
        for (Map.Entry<Modality, String> e : COLOURS.entrySet()) {
            b.append("<span class=\"m-").append(e.getKey().jsonName()).append("\">").append(e.getKey().jsonName()).append("</span>");
        }
        b.append("</nav>\n<table class=\"commitments\">\n<tr><th>where</th><th>actor</th><th>modality</th><th>deadline</th><th>text</th></tr>\n");
        for (Units.Located u : units) {
            Commitment c = u.commitment();
            b.append("<tr><td><a href=\"#").append(esc(u.anchor())).append("\">").append(esc(u.where())).append("</a></td><td>")
                    .append(esc(c.actor())).append("</td><td><span class=\"m-").append(Views.modality(c.modality())).append("\">")
                    .append(Views.modality(c.modality())).append("</span></td><td>")
                    .append(c.deadline() == null ? "" : esc(c.deadline().toString())).append("</td><td>").append(esc(c.text()))
                    .append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    /** The text with each commitment's span in a {@code <mark>}; overlapping spans keep the first. */
    static String highlighted(String text, List<Commitment> commitments) {
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (Commitment c : Views.spans(text, commitments)) {
            String modality = Views.modality(c.modality());
            b.append(esc(text.substring(at, c.start())));
            b.append("<mark class=\"m-").append(modality).append("\" title=\"")
                    .append(modality).append(c.actor() == null ? "" : ": " + esc(c.actor()))
                    .append(c.deadline() == null ? "" : ", by " + c.deadline()).append("\">").append(esc(text.substring(c.start(), c.end()))).append("</mark>");
            at = c.end();
        }
        b.append(esc(text == null ? null : text.substring(at)));
        return b.toString();
    }

    private static void subparagraphs(List<Subparagraph> subs, StringBuilder b) {
        if (subs.isEmpty()) {
            return;
        }
        b.append("<ul class=\"sub\">\n");
        for (Subparagraph s : subs) {
            b.append("<li>").append(s.label() == null ? "" : "(" + esc(s.label()) + ") ")
                    .append(highlighted(s.text(), s.commitments()));
            subparagraphs(s.subparagraphs(), b);
            b.append("</li>\n");
        }
        b.append("</ul>\n");
    }

    private static void footnotes(List<Footnote> footnotes, String prefix, StringBuilder b) {
        if (footnotes.isEmpty()) {
            return;
        }
        b.append("<footer>\n<hr>\n<ol class=\"footnotes\" style=\"list-style:none;padding:0\">\n");
        for (int i = 0; i < footnotes.size(); i++) {
            Footnote f = footnotes.get(i);
            b.append("<li id=\"").append(prefix).append("fn-").append(i + 1).append("\"><sup>").append(esc(f.marker())).append("</sup> ")
                    .append(esc(f.text())).append("</li>\n");
        }
        b.append("</ol>\n</footer>\n");
    }

    private static String sups(List<String> markers) {
        if (markers.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("<sup>");
        for (int i = 0; i < markers.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(esc(markers.get(i)));
        }
        return b.append("</sup>").toString();
    }

    private static void row(StringBuilder b, String name, String value) {
        if (value != null && !value.isBlank()) {
            b.append("<tr><th>").append(name).append("</th><td>").append(esc(value)).append("</td></tr>\n");
        }
    }

    /** Escapes text for HTML content and attribute values. */
    static String esc(String s) {
        return org.declaro.internal.Html.escape(s);
    }
}
