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
final class Commitments {
    private Commitments() {
    }

    static final String HELP = """
            Usage: declaro commitments [--format table|csv|json] [--extract] FILE.json | FILE.txt | -

            Lists the commitment units of a document: paragraph, modality, actor, deadline, text. A document
            without annotated commitments has them found in its text (rules of COMMITMENTS.md, mine-action
            themes); --extract finds them in the text even when the document has some.

            Options:
              --format table   aligned columns (default)
              --format csv     RFC 4180 CSV with a header row
              --format json    a JSON array of {"paragraph", "id", "modality", "actor", "deadline", "text", "cue"}
              --extract        ignore annotated commitments and find them in the text
              --help           show this help

            A FILE.txt is imported first (as by declaro import) and its commitments found in the text.
            """;

    /** One row: where, and the commitment; cue is empty for annotated commitments. */
    record Row(String paragraph, Commitment commitment, String cue) {
    }

    static int run(List<String> args, Main main) {
        String format = "table";
        boolean extract = false;
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--help", "-h" -> {
                    main.out.print(HELP);
                    return Main.OK;
                }
                case "--extract" -> extract = true;
                case "--format" -> {
                    if (i + 1 >= args.size()) {
                        return main.usage("--format needs a value: table, csv or json");
                    }
                    format = args.get(++i);
                }
                default -> {
                    if (a.startsWith("-") && !a.equals("-")) {
                        return main.usage("unknown option '" + a + "' for commitments");
                    }
                    files.add(a);
                }
            }
        }
        if (!List.of("table", "csv", "json").contains(format)) {
            return main.usage("unknown format '" + format + "': use table, csv or json");
        }
        if (files.size() != 1) {
            return main.usage("commitments needs exactly one FILE.json, or - for standard input");
        }
        String name = files.get(0);
        Main.Loaded loaded = main.readDocument(name, true);
        if (loaded.document() == null) {
            return loaded.exitCode();
        }
        Document doc = loaded.document();
        List<Row> rows = rows(doc, extract);
        main.out.print(switch (format) {
            case "csv" -> csv(rows);
            case "json" -> json(rows);
            default -> table(rows);
        });
        return Main.OK;
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
                } else {
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
                    String where = "action " + a.number();
                    if (annotated && !forceExtract) {
                        a.commitments().forEach(c -> rows.add(new Row(where, c, "")));
                    } else {
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

    static String table(List<Row> rows) {
        int actorWidth = 5;
        for (Row r : rows) {
            actorWidth = Math.max(actorWidth, Math.min(32, r.commitment().actor().length()));
        }
        StringBuilder sb = new StringBuilder();
        String fmt = "%-9s %-9s %-" + actorWidth + "s %-10s %s%n";
        sb.append(String.format(fmt, "paragraph", "modality", "actor", "deadline", "text"));
        for (Row r : rows) {
            Commitment c = r.commitment();
            sb.append(String.format(fmt, r.paragraph(), c.modality().jsonName(), c.actor(), deadline(c), c.text()));
        }
        return sb.toString();
    }

    static String csv(List<Row> rows) {
        StringBuilder sb = new StringBuilder("paragraph,id,modality,actor,deadline,text\r\n");
        for (Row r : rows) {
            Commitment c = r.commitment();
            for (String v : List.of(r.paragraph(), c.id(), c.modality().jsonName(), c.actor(), deadline(c))) {
                sb.append(csvField(v)).append(',');
            }
            sb.append(csvField(c.text())).append("\r\n");
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
                g.writeStringProperty("id", c.id());
                g.writeStringProperty("modality", c.modality().jsonName());
                g.writeStringProperty("actor", c.actor());
                if (c.deadline() != null) {
                    g.writeStringProperty("deadline", c.deadline().toString());
                }
                g.writeStringProperty("text", c.text());
                if (!r.cue().isEmpty()) {
                    g.writeStringProperty("cue", r.cue());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        return sw + "\n";
    }
}
