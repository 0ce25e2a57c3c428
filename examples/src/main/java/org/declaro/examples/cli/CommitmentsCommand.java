package org.declaro.examples.cli;

import java.util.List;
import org.declaro.commitments.CommitmentExtractor;
import org.declaro.commitments.CommitmentRow;
import org.declaro.commitments.CommitmentTable;
import org.declaro.commitments.CommitmentTableWriter;
import org.declaro.commitments.ThemeVocabulary;
import org.declaro.model.Document;

/** {@code declaro commitments}: who commits to what, by when. */
final class CommitmentsCommand implements Command {
    static final Option<String> FORMAT = Option.choice("--format", "table", "table", "csv", "json").describedAs("""
            table: aligned columns (default)
            csv: RFC 4180 CSV with a header row
            json: a JSON array of {"paragraph", "id", "modality", "actor", "deadline", "text", "cue"}""");
    static final Option<Boolean> EXTRACT = Option.flag("--extract", "ignore annotated commitments and find them in the text");

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
        List<CommitmentRow> rows = rows(loaded.document().get(), args.get(EXTRACT));
        context.out.print(switch (args.get(FORMAT)) {
            case "csv" -> csv(rows);
            case "json" -> json(rows);
            default -> table(rows);
        });
        return ExitCode.OK;
    }

    private static final CommitmentExtractor EXTRACTOR = CommitmentExtractor.withThemes(ThemeVocabulary.mineAction());

    static List<CommitmentRow> rows(Document doc, boolean forceExtract) {
        return CommitmentTable.rows(doc, EXTRACTOR, forceExtract);
    }

    /** @return the value on one line, for a table cell: line breaks and tabs as spaces; "" for a missing value */
    private static String cell(String value) {
        return value == null ? "" : value.replaceAll("[\\t\\n\\r\\u000B\\f\\u0085\\u2028\\u2029]", " ");
    }

    static String table(List<CommitmentRow> rows) {
        int actorWidth = 5;
        for (CommitmentRow r : rows) {
            actorWidth = Math.max(actorWidth, Math.min(32, cell(r.actor()).length()));
        }
        StringBuilder sb = new StringBuilder();
        String fmt = "%-9s %-9s %-" + actorWidth + "s %-10s %s%n";
        sb.append(String.format(fmt, "paragraph", "modality", "actor", "deadline", "text"));
        for (CommitmentRow r : rows) {
            sb.append(String.format(fmt, r.paragraph(), cell(r.modality()), cell(r.actor()), cell(r.deadline()), cell(r.text())));
        }
        return sb.toString();
    }

    static String csv(List<CommitmentRow> rows) {
        StringBuilder sb = new StringBuilder();
        CommitmentTableWriter.of(CommitmentTableWriter.Format.CSV, CommitmentTable.DOCUMENT_COLUMNS, sb).writeAll(rows);
        return sb.toString();
    }

    /** The columns of {@code --format json}: one document's columns and the cue. */
    private static final List<CommitmentTable.Column> JSON_COLUMNS = java.util.stream.Stream
            .concat(CommitmentTable.DOCUMENT_COLUMNS.stream(), java.util.stream.Stream.of(CommitmentTable.Column.CUE)).toList();

    static String json(List<CommitmentRow> rows) {
        StringBuilder sb = new StringBuilder("[");
        for (CommitmentRow r : rows) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append(CommitmentTableWriter.Format.JSON_LINES.line(r, JSON_COLUMNS));
        }
        return sb.append("]\n").toString();
    }
}
