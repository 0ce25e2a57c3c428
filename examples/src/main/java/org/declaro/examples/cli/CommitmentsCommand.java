package org.declaro.examples.cli;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.declaro.model.Action;
import org.declaro.model.ActionPlan;
import org.declaro.model.Commitment;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.declaro.model.Paragraph;
import org.declaro.model.Section;
import org.declaro.commitments.CommitmentExtractor;
import org.declaro.commitments.ThemeVocabulary;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** {@code declaro commitments}: who commits to what, by when. */
final class CommitmentsCommand implements Command {
    static final Option<String> FORMAT = Option.choice("--format", "table", "table", "csv", "json").describedAs("""
            table: aligned columns (default)
            csv: RFC 4180 CSV with a header row
            json: a JSON array of {"paragraph", "id", "modality", "actor", "deadline", "text", "cue"}""");
    static final Option<Boolean> EXTRACT = Option.flag("--extract", "ignore annotated commitments and find them in the text");

    /** One row: where, and the commitment; cue is empty for annotated commitments. */
    record Row(String paragraph, Commitment commitment, String cue) {
    }

    @Override
    public String name() {
        return "commitments";
    }

    @Override
    public String summary() {
        return "list who commits to what, by when (found in the text, or as annotated)";
    }

    @Override
    public String synopsis() {
        return "declaro commitments [--format table|csv|json] [--extract] FILE.json | FILE.txt | -";
    }

    @Override
    public String description() {
        return """
                Lists the commitment units of a document: paragraph, modality, actor, deadline, text. A document
                without annotated commitments has them found in its text (rules of COMMITMENTS.md, mine-action
                themes); --extract finds them in the text even when the document has some. A commitment that
                lacks a field (which declaro validate reports) is listed with that field empty.

                A FILE.txt is imported first (as by declaro import) and its commitments found in the text.
                """;
    }

    @Override
    public List<Option<?>> options() {
        return List.of(FORMAT, EXTRACT, Context.MAX_BYTES);
    }

    @Override
    public int run(Arguments args, Context context) {
        String name = args.operands(1, "commitments needs exactly one FILE.json, or - for standard input").get(0);
        Context.Loaded loaded = context.readDocument(name, true, Context.limits(args));
        if (loaded.document().isEmpty()) {
            return loaded.exitCode();
        }
        List<Row> rows = rows(loaded.document().get(), args.get(EXTRACT));
        context.out.print(switch (args.get(FORMAT)) {
            case "csv" -> csv(rows);
            case "json" -> json(rows);
            default -> table(rows);
        });
        return ExitCode.OK;
    }

    static List<Row> rows(Document doc, boolean forceExtract) {
        CommitmentExtractor extractor = CommitmentExtractor.withThemes(ThemeVocabulary.mineAction());
        List<Row> rows = new ArrayList<>();
        if (doc instanceof Declaration d) {
            boolean annotated = d.paragraphs().stream().anyMatch(p -> !p.commitments().isEmpty() || !inSubparagraphs(p.subparagraphs()).isEmpty());
            String author = d.author() == null || d.author().regionMatches(true, 0, "we", 0, 2) ? "we" : d.author();
            annotated |= d.preamble().stream().anyMatch(p -> !p.commitments().isEmpty());
            for (int i = 0; i < d.preamble().size(); i++) {
                var p = d.preamble().get(i);
                String where = "pre " + (i + 1);
                if (annotated && !forceExtract) {
                    p.commitments().forEach(c -> rows.add(new Row(where, c, "")));
                } else if (p.text() != null) {
                    extractor.find(p.text(), "pre" + (i + 1), author).forEach(u -> rows.add(new Row(where, u.commitment(), u.cue())));
                }
            }
            for (int i = 0; i < d.paragraphs().size(); i++) {
                Paragraph p = d.paragraphs().get(i);
                String where = p.number() == null ? "#" + (i + 1) : String.valueOf(p.number());
                if (annotated && !forceExtract) {
                    p.commitments().forEach(c -> rows.add(new Row(where, c, "")));
                    inSubparagraphs(p.subparagraphs()).forEach(c -> rows.add(new Row(where, c, "")));
                } else {
                    String prefix = "p" + (p.number() == null ? i + 1 : p.number());
                    extractor.find(p, prefix, author).forEach(u -> rows.add(new Row(where, u.commitment(), u.cue())));
                }
            }
        } else if (doc instanceof ActionPlan plan) {
            boolean annotated = plan.actions().stream().anyMatch(a -> !a.commitments().isEmpty());
            for (Section s : plan.sections()) {
                for (Action a : s.actions()) {
                    String where = a.number() == null ? "action" : "action " + a.number();
                    if (annotated && !forceExtract) {
                        a.commitments().forEach(c -> rows.add(new Row(where, c, "")));
                    } else if (a.text() != null) {
                        extractor.find(a.text(), "a" + a.number(), "we")
                                .forEach(u -> rows.add(new Row(where, u.commitment(), u.cue())));
                    }
                }
            }
        }
        return rows;
    }

    /** The commitments of sub-paragraphs (format 1.1), at any depth, in document order: they count as their paragraph's. */
    private static List<Commitment> inSubparagraphs(List<org.declaro.model.Subparagraph> subs) {
        List<Commitment> out = new ArrayList<>();
        for (var s : subs) {
            out.addAll(s.commitments());
            out.addAll(inSubparagraphs(s.subparagraphs()));
        }
        return out;
    }

    private static String deadline(Commitment c) {
        return c.deadline() == null ? "" : c.deadline().toString();
    }

    private static String modality(Commitment c) {
        return c.modality() == null ? "" : c.modality().jsonName();
    }

    /** @return the value, or "" for a field the document lacks */
    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** @return the value on one line, for a table cell: line breaks and tabs as spaces */
    private static String cell(String value) {
        return orEmpty(value).replaceAll("[\\t\\n\\r\\u000B\\f\\u0085\\u2028\\u2029]", " ");
    }

    static String table(List<Row> rows) {
        int actorWidth = 5;
        for (Row r : rows) {
            actorWidth = Math.max(actorWidth, Math.min(32, cell(r.commitment().actor()).length()));
        }
        StringBuilder sb = new StringBuilder();
        String fmt = "%-9s %-9s %-" + actorWidth + "s %-10s %s%n";
        sb.append(String.format(fmt, "paragraph", "modality", "actor", "deadline", "text"));
        for (Row r : rows) {
            Commitment c = r.commitment();
            sb.append(String.format(fmt, r.paragraph(), modality(c), cell(c.actor()), deadline(c), cell(c.text())));
        }
        return sb.toString();
    }

    static String csv(List<Row> rows) {
        StringBuilder sb = new StringBuilder("paragraph,id,modality,actor,deadline,text\r\n");
        for (Row r : rows) {
            Commitment c = r.commitment();
            for (String v : List.of(r.paragraph(), orEmpty(c.id()), modality(c), orEmpty(c.actor()), deadline(c))) {
                sb.append(csvField(v)).append(',');
            }
            sb.append(csvField(orEmpty(c.text()))).append("\r\n");
        }
        return sb.toString();
    }

    private static String csvField(String v) {
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }

    static String json(List<Row> rows) {
        StringWriter sw = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(ObjectWriteContext.empty(), sw)) {
            g.writeStartArray();
            for (Row r : rows) {
                Commitment c = r.commitment();
                g.writeStartObject();
                g.writeStringProperty("paragraph", r.paragraph());
                writeIfPresent(g, "id", c.id());
                writeIfPresent(g, "modality", c.modality() == null ? null : c.modality().jsonName());
                writeIfPresent(g, "actor", c.actor());
                writeIfPresent(g, "deadline", c.deadline() == null ? null : c.deadline().toString());
                writeIfPresent(g, "text", c.text());
                if (!r.cue().isEmpty()) {
                    g.writeStringProperty("cue", r.cue());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        return sw + "\n";
    }

    /** Writes a property the commitment has; one it lacks is left out, as the format leaves out absent fields. */
    private static void writeIfPresent(JsonGenerator g, String name, String value) {
        if (value != null) {
            g.writeStringProperty(name, value);
        }
    }
}
