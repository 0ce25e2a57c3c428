package org.declaro.diff;

import java.util.List;
import org.declaro.internal.Html;
import org.declaro.internal.JsonStrings;
import org.declaro.model.Commitment;

/** Writes a {@link Comparison} for people (text, Markdown, HTML) or programs (JSON). */
public final class DiffReport {

    private DiffReport() {
    }

    private static String label(ParagraphChange p) {
        String prefix = p.part().equals("preamble") ? "preamble " : "paragraph ";
        Integer before = p.beforeNumber() != null ? p.beforeNumber() : p.beforeIndex() == null ? null : p.beforeIndex() + 1;
        Integer after = p.afterNumber() != null ? p.afterNumber() : p.afterIndex() == null ? null : p.afterIndex() + 1;
        if (before == null) {
            return prefix + after;
        }
        if (after == null) {
            return prefix + before;
        }
        return before.equals(after) ? prefix + after : prefix + before + " → " + after;
    }

    private static String summary(Comparison c) {
        return c.count(ParagraphChange.Type.CHANGED) + " changed, " + c.count(ParagraphChange.Type.ADDED) + " added, "
                + c.count(ParagraphChange.Type.REMOVED) + " removed, " + c.count(ParagraphChange.Type.MOVED) + " moved, "
                + c.count(ParagraphChange.Type.UNCHANGED) + " unchanged; " + c.commitments().size() + " commitment changes";
    }

    /**
     * @param c a comparison
     * @return plain text: a summary, the commitment changes, then each paragraph that differs with its
     *         words marked {@code [-deleted-]} and {@code {+inserted+}}
     */
    public static String text(Comparison c) {
        StringBuilder b = new StringBuilder("Paragraphs: ").append(summary(c)).append('\n');
        if (!c.commitments().isEmpty()) {
            b.append("\nCommitments:\n");
            c.commitments().forEach(u -> b.append("  ").append(u.summary()).append('\n'));
        }
        for (ParagraphChange p : c.paragraphs()) {
            if (p.type() == ParagraphChange.Type.UNCHANGED) {
                continue;
            }
            b.append('\n').append(label(p)).append(": ").append(p.type().name().toLowerCase(java.util.Locale.ROOT)).append('\n');
            b.append("  ");
            for (WordChange w : p.words()) {
                switch (w.op()) {
                    case EQUAL -> b.append(w.text());
                    case DELETE -> b.append("[-").append(w.text()).append("-]");
                    case INSERT -> b.append("{+").append(w.text()).append("+}");
                }
            }
            b.append('\n');
        }
        return b.toString();
    }

    /**
     * @param c a comparison
     * @return GitHub-flavoured Markdown: a summary, a table of commitment changes, and the changed
     *         paragraphs with {@code ~~deleted~~} and {@code **inserted**} words
     */
    public static String markdown(Comparison c) {
        StringBuilder b = new StringBuilder("## Changes\n\n").append(summary(c)).append("\n\n");
        if (!c.commitments().isEmpty()) {
            b.append("| change | where | modality | actor | text |\n|---|---|---|---|---|\n");
            for (CommitmentChange u : c.commitments()) {
                Commitment x = u.after() != null ? u.after() : u.before();
                String what = u.type() == CommitmentChange.Type.CHANGED || u.type() == CommitmentChange.Type.WEAKENED ? String.join("; ", u.changes())
                        : u.type().name().toLowerCase(java.util.Locale.ROOT);
                b.append("| ").append(md(what)).append(" | ").append(u.afterParagraph() != null ? u.afterParagraph() : u.beforeParagraph())
                        .append(" | ").append(md(DocumentDiff.describe(x.modality()))).append(" | ")
                        .append(md(DocumentDiff.describe(x.actor()))).append(" | ").append(md(CommitmentChange.text(x))).append(" |\n");
            }
            b.append('\n');
        }
        for (ParagraphChange p : c.paragraphs()) {
            if (p.type() == ParagraphChange.Type.UNCHANGED) {
                continue;
            }
            b.append("**").append(label(p)).append("** (").append(p.type().name().toLowerCase(java.util.Locale.ROOT)).append(")\n\n");
            for (WordChange w : p.words()) {
                String t = md(w.text());
                switch (w.op()) {
                    case EQUAL -> b.append(t);
                    case DELETE -> b.append(marked(t, "~~"));
                    case INSERT -> b.append(marked(t, "**"));
                }
            }
            b.append("\n\n");
        }
        return b.toString();
    }

    /**
     * A run between Markdown marks, with its leading and trailing white space outside them: a mark next to a
     * space is not read as one, and the space between words stays.
     */
    private static String marked(String t, String mark) {
        if (t.isBlank()) {
            return t;
        }
        String inner = t.strip();
        int start = t.length() - t.stripLeading().length();
        return t.substring(0, start) + mark + inner + mark + t.substring(start + inner.length());
    }

    private static String md(String s) {
        return org.declaro.internal.Markdown.escape(s);
    }

    /**
     * @param c a comparison
     * @return a self-contained HTML page: deleted words struck through in red, inserted words in green,
     *         and a table of commitment changes
     */
    public static String html(Comparison c) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Changes</title>\n"
                + "<style>body{font-family:Georgia,serif;max-width:48em;margin:2em auto;padding:0 1em;line-height:1.5}"
                + "del{background:#fbb;color:#600}ins{background:#bfb;color:#040;text-decoration:none}"
                + "table{border-collapse:collapse}td,th{border:1px solid #999;padding:.3em .5em;vertical-align:top}</style>\n"
                + "</head>\n<body>\n<h1>Changes</h1>\n<p>");
        b.append(Html.escape(summary(c))).append("</p>\n");
        if (!c.commitments().isEmpty()) {
            b.append("<table>\n<tr><th>change</th><th>where</th><th>modality</th><th>actor</th><th>text</th></tr>\n");
            for (CommitmentChange u : c.commitments()) {
                Commitment x = u.after() != null ? u.after() : u.before();
                String what = u.type() == CommitmentChange.Type.CHANGED || u.type() == CommitmentChange.Type.WEAKENED ? String.join("; ", u.changes())
                        : u.type().name().toLowerCase(java.util.Locale.ROOT);
                b.append("<tr><td>").append(Html.escape(what)).append("</td><td>")
                        .append(Html.escape(u.afterParagraph() != null ? u.afterParagraph() : u.beforeParagraph())).append("</td><td>")
                        .append(Html.escape(DocumentDiff.describe(x.modality()))).append("</td><td>")
                        .append(Html.escape(DocumentDiff.describe(x.actor()))).append("</td><td>")
                        .append(Html.escape(CommitmentChange.text(x))).append("</td></tr>\n");
            }
            b.append("</table>\n");
        }
        for (ParagraphChange p : c.paragraphs()) {
            b.append("<p class=\"").append(p.type().name().toLowerCase(java.util.Locale.ROOT)).append("\"><strong>")
                    .append(Html.escape(label(p))).append("</strong> ");
            for (WordChange w : p.words()) {
                switch (w.op()) {
                    case EQUAL -> b.append(Html.escape(w.text()));
                    case DELETE -> b.append("<del>").append(Html.escape(w.text())).append("</del>");
                    case INSERT -> b.append("<ins>").append(Html.escape(w.text())).append("</ins>");
                }
            }
            b.append("</p>\n");
        }
        return b.append("</body>\n</html>\n").toString();
    }

    /**
     * @param c a comparison
     * @return JSON: {@code {"paragraphs": [{"part", "type", "before", "after", "beforeNumber", "afterNumber",
     *         "words": [{"op", "text"}]}], "commitments": [{"type", "before", "after", "changes", "summary"}]}},
     *         where a commitment is {@code {"id", "modality", "actor", "text", "paragraph"}}
     */
    public static String json(Comparison c) {
        StringBuilder b = new StringBuilder("{\n  \"paragraphs\": [");
        for (int k = 0; k < c.paragraphs().size(); k++) {
            ParagraphChange p = c.paragraphs().get(k);
            b.append(k == 0 ? "\n" : ",\n").append("    {\"part\": ");
            JsonStrings.quote(b, p.part());
            b.append(", \"type\": ");
            JsonStrings.quote(b, p.type().name().toLowerCase(java.util.Locale.ROOT));
            b.append(", \"before\": ").append(p.beforeIndex()).append(", \"after\": ").append(p.afterIndex())
                    .append(", \"beforeNumber\": ").append(p.beforeNumber()).append(", \"afterNumber\": ").append(p.afterNumber())
                    .append(", \"words\": [");
            List<WordChange> words = p.words();
            for (int i = 0; i < words.size(); i++) {
                b.append(i == 0 ? "" : ", ").append("{\"op\": ");
                JsonStrings.quote(b, words.get(i).op().name().toLowerCase(java.util.Locale.ROOT));
                b.append(", \"text\": ");
                JsonStrings.quote(b, words.get(i).text());
                b.append('}');
            }
            b.append("]}");
        }
        b.append(c.paragraphs().isEmpty() ? "],\n" : "\n  ],\n").append("  \"commitments\": [");
        for (int k = 0; k < c.commitments().size(); k++) {
            CommitmentChange u = c.commitments().get(k);
            b.append(k == 0 ? "\n" : ",\n").append("    {\"type\": ");
            JsonStrings.quote(b, u.type().name().toLowerCase(java.util.Locale.ROOT));
            b.append(", \"before\": ");
            unit(b, u.before(), u.beforeParagraph());
            b.append(", \"after\": ");
            unit(b, u.after(), u.afterParagraph());
            b.append(", \"changes\": [");
            for (int i = 0; i < u.changes().size(); i++) {
                if (i > 0) {
                    b.append(", ");
                }
                JsonStrings.quote(b, u.changes().get(i));
            }
            b.append("], \"summary\": ");
            JsonStrings.quote(b, u.summary());
            b.append('}');
        }
        return b.append(c.commitments().isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
    }

    /** A JSON string, or null for a value missing from an invalid document. */
    private static void nullable(StringBuilder b, String s) {
        if (s == null) {
            b.append("null");
        } else {
            JsonStrings.quote(b, s);
        }
    }

    private static void unit(StringBuilder b, Commitment c, String where) {
        if (c == null) {
            b.append("null");
            return;
        }
        b.append("{\"id\": ");
        nullable(b, c.id());
        b.append(", \"modality\": ");
        nullable(b, c.modality() == null ? null : c.modality().jsonName());
        b.append(", \"actor\": ");
        nullable(b, c.actor());
        b.append(", \"text\": ");
        nullable(b, c.text());
        b.append(", \"paragraph\": ");
        JsonStrings.quote(b, where);
        b.append('}');
    }
}
