package org.declaro.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.declaro.commitments.CommitmentExtractor;
import org.declaro.commitments.CommitmentRow;
import org.declaro.commitments.CommitmentTable;
import org.declaro.commitments.CommitmentTableWriter;
import org.declaro.commitments.ThemeVocabulary;
import org.declaro.json.DocumentReader;
import org.declaro.json.ReadResult;
import org.declaro.model.Document;
import org.declaro.model.Limits;
import org.declaro.report.Finding;
import org.declaro.report.Severity;

/** {@code declaro commitments}: who commits to what, by when. */
final class CommitmentsCommand implements Command {
    static final Option<String> FORMAT = Option.choice("--format", "table", "table", "csv", "json", "jsonl").describedAs("""
            table: aligned columns (default for one document)
            csv: RFC 4180 CSV with a header row (default for a corpus)
            json: a JSON array of {"paragraph", "id", "modality", "actor", "deadline", "text", "cue"}
            jsonl: JSON Lines, one {"document", "paragraph", "id", ...} a commitment""");
    static final Option<Boolean> EXTRACT = Option.flag("--extract", "ignore annotated commitments and find them in the text");
    static final Option<Boolean> JSONL = Option.flag("--jsonl", "read FILE (or -) as JSON Lines, one document a line");

    @Override
    public String name() {
        return "commitments";
    }

    @Override
    public String summary() {
        return "list who commits to what, by when (found in the text, or as annotated), in a document or a corpus";
    }

    @Override
    public String synopsis() {
        return """
                declaro commitments [--format table|csv|json|jsonl] [--extract] FILE.json | FILE.txt | FILE.md | -
                       declaro commitments [--format csv|jsonl] [--extract] DIR
                       declaro commitments [--format csv|jsonl] [--extract] --jsonl FILE.jsonl | -""";
    }

    @Override
    public String description() {
        return """
                Lists the commitment units of a document: paragraph, modality, actor, deadline, text. A document
                without annotated commitments has them found in its text (rules of COMMITMENTS.md, mine-action
                themes); --extract finds them in the text even when the document has some. A commitment that
                lacks a field (which declaro validate reports) is listed with that field empty.

                A FILE.txt or FILE.md is imported first (as by declaro import) and its commitments found in the text.

                Over a corpus, writes one table of every commitment, a row each: document (its id), paragraph, id,
                modality, actor, deadline, text, cue (the cue that matched, for commitments found in the text). DIR:
                every .json, .txt, .md and .markdown file under it, in sorted path order, texts imported as by
                declaro import; --jsonl: a stream of documents, one a line. Documents are read, listed and
                forgotten one at a time, and rows written as they come, so memory is bounded by the largest
                document, not the corpus. A document that cannot be read is reported on standard error and
                skipped; a summary line ends standard error.
                """;
    }

    @Override
    public String notes() {
        return "Exit codes: 0 every document was read, 1 some document could not be read (the others are listed),\n"
                + "2 usage error or unreadable FILE or DIR, 3 internal error.";
    }

    @Override
    public List<Option<?>> options() {
        return List.of(FORMAT, EXTRACT, JSONL, Context.MAX_BYTES);
    }

    @Override
    public int run(Arguments args, Context context) {
        String name = args.operands(1, "commitments needs exactly one FILE.json, FILE.txt, DIR, or - for standard input").get(0);
        boolean corpus = args.get(JSONL) || !name.equals("-") && Files.isDirectory(Path.of(name));
        if (corpus) {
            String format = args.has(FORMAT) ? args.get(FORMAT) : "csv";
            if (!format.equals("csv") && !format.equals("jsonl")) {
                throw new UsageException("a corpus is listed as --format csv or --format jsonl, not " + format);
            }
            CommitmentTableWriter table = CommitmentTableWriter.of(format.equals("csv") ? CommitmentTableWriter.Format.CSV
                    : CommitmentTableWriter.Format.JSON_LINES, CommitmentTable.ALL, context.out);
            Corpus c = new Corpus(table, args.get(EXTRACT), Context.limits(args), context);
            int code = args.get(JSONL) ? c.jsonLines(name) : c.directory(Path.of(name));
            context.out.flush();
            context.err.println("declaro: " + c.documents + (c.documents == 1 ? " document, " : " documents, ")
                    + table.rowsWritten() + (table.rowsWritten() == 1 ? " commitment" : " commitments")
                    + (c.unread == 0 ? "" : "; " + c.unread + " not read"));
            return code;
        }
        Context.Loaded loaded = context.readDocument(name, true, Context.limits(args));
        if (loaded.document().isEmpty()) {
            return loaded.exitCode();
        }
        List<CommitmentRow> rows = rows(loaded.document().get(), args.get(EXTRACT));
        context.out.print(switch (args.get(FORMAT)) {
            case "csv" -> csv(rows);
            case "json" -> json(rows);
            case "jsonl" -> jsonl(rows);
            default -> table(rows);
        });
        return ExitCode.OK;
    }

    /** A corpus listed into one table, a document at a time. */
    private static final class Corpus {
        private final CommitmentTableWriter table;
        private final boolean extract;
        private final Limits limits;
        private final Context context;
        private final DocumentReader reader;
        int documents;
        int unread;

        Corpus(CommitmentTableWriter table, boolean extract, Limits limits, Context context) {
            this.table = table;
            this.extract = extract;
            this.limits = limits;
            this.context = context;
            this.reader = DocumentReader.builder().limits(limits).build();
        }

        /** Every .json, .txt, .md and .markdown file under {@code dir}, in sorted path order. */
        int directory(Path dir) {
            List<String> names; // paths under dir, '/'-separated, sorted, as declaro import --corpus orders them
            try (Stream<Path> walk = Files.walk(dir)) {
                names = walk.filter(Files::isRegularFile).filter(p -> isDocument(p.getFileName().toString()))
                        .map(p -> dir.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/"))
                        .sorted().toList();
            } catch (IOException | UncheckedIOException e) {
                context.err.println("declaro: cannot read " + dir + ": " + e.getMessage());
                return ExitCode.USAGE;
            }
            int code = ExitCode.OK;
            for (String n : names) {
                String file = dir.resolve(n).toString();
                Optional<byte[]> bytes = context.readInput(file, limits);
                if (bytes.isEmpty()) {
                    unread++;
                    code = ExitCode.worst(code, ExitCode.INVALID);
                    continue;
                }
                Optional<Document> doc = ImportCommand.isText(n) ? ImportCommand.imported(bytes.get(), file, context, limits, Severity.ERROR)
                        : read(bytes.get(), file, 0);
                code = ExitCode.worst(code, list(doc));
            }
            return code;
        }

        /** A JSON Lines stream, a line at a time. */
        int jsonLines(String name) {
            Optional<InputStream> in = context.openInput(name);
            if (in.isEmpty()) {
                return ExitCode.USAGE;
            }
            int code = ExitCode.OK;
            try (InputStream stream = in.get()) {
                JsonLinesInput lines = new JsonLinesInput(stream, limits.maxInputBytes());
                for (JsonLinesInput.Line line = lines.next(); line != null; line = lines.next()) {
                    if (line.tooLong()) {
                        context.err.println(name + ":" + line.number() + ":1: error limit.exceeded \"\": Line " + line.number()
                                + " has " + line.length() + " bytes, more than the limit of " + limits.maxInputBytes()
                                + " bytes for one document; split the document, or raise --max-bytes if the input is trusted.");
                        unread++;
                        code = ExitCode.worst(code, ExitCode.INVALID);
                        continue;
                    }
                    code = ExitCode.worst(code, list(read(line.bytes(), name, line.number())));
                }
            } catch (IOException | UncheckedIOException e) {
                context.err.println("declaro: cannot read " + name + ": " + e.getMessage());
                return ExitCode.USAGE;
            }
            return code;
        }

        /** Reads a JSON document; prints its errors, at {@code line} of a stream when not 0. */
        private Optional<Document> read(byte[] json, String name, long line) {
            ReadResult r = reader.read(json);
            for (Finding f : r.findings()) {
                if (f.isError()) {
                    context.err.println(Context.textLine(name, line == 0 || !f.hasLocation() ? f : f.at((int) line, f.column())));
                }
            }
            return r.hasErrors() ? Optional.empty() : r.document();
        }

        private int list(Optional<Document> doc) {
            if (doc.isEmpty()) {
                unread++;
                return ExitCode.INVALID;
            }
            documents++;
            CommitmentTable.forEachRow(doc.get(), EXTRACTOR, extract, table::write);
            return ExitCode.OK;
        }

        private static boolean isDocument(String name) {
            return name.toLowerCase(Locale.ROOT).endsWith(".json") || ImportCommand.isText(name);
        }
    }

    private static final CommitmentExtractor EXTRACTOR = CommitmentExtractor.builder().themes(ThemeVocabulary.mineAction()).build();

    static List<CommitmentRow> rows(Document doc, boolean forceExtract) {
        return CommitmentTable.rows(doc, EXTRACTOR, forceExtract);
    }

    /** @return the value on one line, for a table cell: line breaks and tabs as spaces; "" for a missing value */
    private static String cell(String value) {
        return value == null ? "" : value.replaceAll("[\\t\\n\\r\\u000B\\f\\u0085\\u2028\\u2029]", " ");
    }

    /** The widest a column of {@code --format table} grows; a longer value is cut, with an ellipsis, so columns stay aligned. */
    static final int MAX_COLUMN = 32;

    /**
     * @return the rows as aligned columns: each column as wide as its widest cell (at most {@link #MAX_COLUMN}
     *         characters; a longer cell is cut and ends with "…"), the text last and whole
     */
    static String table(List<CommitmentRow> rows) {
        List<String[]> cells = new java.util.ArrayList<>(rows.size() + 1);
        cells.add(new String[] {"paragraph", "modality", "actor", "deadline", "text"});
        for (CommitmentRow r : rows) {
            cells.add(new String[] {fit(cell(r.paragraph())), fit(cell(r.modality())), fit(cell(r.actor())),
                    fit(cell(r.deadline())), cell(r.text())});
        }
        int[] width = new int[4];
        for (String[] row : cells) {
            for (int i = 0; i < width.length; i++) {
                width[i] = Math.max(width[i], length(row[i]));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] row : cells) {
            for (int i = 0; i < width.length; i++) {
                sb.append(row[i]).append(" ".repeat(width[i] - length(row[i]) + 1));
            }
            sb.append(row[4]).append(System.lineSeparator());
        }
        return sb.toString();
    }

    /** @return the length in code points, as a terminal counts most characters */
    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** @return the value, or its first {@code MAX_COLUMN - 1} code points and "…" when it is longer */
    private static String fit(String s) {
        if (length(s) <= MAX_COLUMN) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, MAX_COLUMN - 1)) + "\u2026";
    }

    static String csv(List<CommitmentRow> rows) {
        StringBuilder sb = new StringBuilder();
        CommitmentTableWriter.of(CommitmentTableWriter.Format.CSV, CommitmentTable.DOCUMENT_COLUMNS, sb).writeAll(rows);
        return sb.toString();
    }

    /** The columns of {@code --format json}: one document's columns and the cue. */
    private static final List<CommitmentTable.Column> JSON_COLUMNS = java.util.stream.Stream
            .concat(CommitmentTable.DOCUMENT_COLUMNS.stream(), java.util.stream.Stream.of(CommitmentTable.Column.CUE)).toList();

    static String jsonl(List<CommitmentRow> rows) {
        StringBuilder sb = new StringBuilder();
        CommitmentTableWriter.jsonLines(sb).writeAll(rows);
        return sb.toString();
    }

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
