package org.declaro.commitments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.declaro.internal.JsonStrings;

/**
 * Writes {@linkplain CommitmentRow rows} of the commitment table to an {@link Appendable} (a
 * {@link java.io.Writer}, a {@link StringBuilder}, ...) as they come, one row at a time: nothing is kept
 * but a count, so a corpus of any size is written in constant memory.
 *
 * <ul>
 *   <li>{@link Format#CSV}: RFC 4180: a header row of the column names, then one record a row; records end
 *       with CRLF; a cell with a comma, a double quote, CR or LF is quoted, its quotes doubled; a missing value
 *       is an empty cell.</li>
 *   <li>{@link Format#JSON_LINES}: one JSON object a row, on one line ending with LF, the column names as
 *       properties in column order, missing values left out (as the format leaves out absent fields). Line
 *       breaks inside values are escaped, so every line is one row.</li>
 * </ul>
 *
 * <p>Safe to share between threads: {@link #write} appends a whole row under the writer's lock, so rows
 * written from several threads never interleave (their order is the order of the calls). The target is not
 * closed or flushed: its owner does that. A failure of the target is an {@link UncheckedIOException}.
 *
 * <pre>{@code
 * CommitmentTableWriter table = CommitmentTableWriter.jsonLines(writer);
 * table.writeAll(CommitmentTable.rows(doc, CommitmentExtractor.standard(), false));
 * }</pre>
 */
public final class CommitmentTableWriter {

    /** How rows are written. Both formats are stateless: {@link #header} and {@link #line} are pure functions. */
    public enum Format {
        /** RFC 4180 CSV with a header row, records ending with CRLF. */
        CSV("\r\n"),
        /** JSON Lines: one JSON object a line, lines ending with LF; no header. */
        JSON_LINES("\n");

        private final String lineEnd;

        Format(String lineEnd) {
            this.lineEnd = lineEnd;
        }

        /** @return what ends a record: {@code "\r\n"} for CSV (RFC 4180), {@code "\n"} for JSON Lines */
        public String lineEnd() {
            return lineEnd;
        }

        /**
         * @param columns the columns
         * @return the header record without its line end: the column names, comma separated, for CSV; none for
         *         JSON Lines
         * @throws NullPointerException if {@code columns} is or holds null
         */
        public Optional<String> header(List<CommitmentTable.Column> columns) {
            if (this == JSON_LINES) {
                return Optional.empty();
            }
            StringBuilder sb = new StringBuilder();
            for (CommitmentTable.Column c : columns) {
                if (sb.length() > 0) {
                    sb.append(',');
                }
                sb.append(c.header());
            }
            return Optional.of(sb.toString());
        }

        /**
         * @param row     a row
         * @param columns the columns to write, in order
         * @return the row as one record of this format, without its line end (a CSV record may hold line breaks
         *         inside quoted cells; a JSON line never does)
         * @throws NullPointerException if an argument is or holds null
         */
        public String line(CommitmentRow row, List<CommitmentTable.Column> columns) {
            Objects.requireNonNull(row, "row");
            StringBuilder sb = new StringBuilder(128);
            if (this == CSV) {
                boolean first = true;
                for (CommitmentTable.Column c : columns) {
                    if (!first) {
                        sb.append(',');
                    }
                    first = false;
                    csvCell(sb, row.get(c));
                }
            } else {
                sb.append('{');
                boolean first = true;
                for (CommitmentTable.Column c : columns) {
                    String v = row.get(c);
                    if (v == null) {
                        continue;
                    }
                    if (!first) {
                        sb.append(',');
                    }
                    first = false;
                    JsonStrings.quote(sb, c.header());
                    sb.append(':');
                    JsonStrings.quote(sb, v);
                }
                sb.append('}');
            }
            return sb.toString();
        }

        private static void csvCell(StringBuilder sb, String v) {
            if (v == null) {
                return;
            }
            if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
                sb.append(v);
                return;
            }
            sb.append('"').append(v.replace("\"", "\"\"")).append('"');
        }
    }

    private final Appendable out;
    private final Format format;
    private final List<CommitmentTable.Column> columns;
    private long rows;

    private CommitmentTableWriter(Appendable out, Format format, List<CommitmentTable.Column> columns) {
        this.out = Objects.requireNonNull(out, "out");
        this.format = Objects.requireNonNull(format, "format");
        this.columns = List.copyOf(columns);
        if (this.columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        Optional<String> header = format.header(this.columns);
        if (header.isPresent()) {
            append(header.get() + format.lineEnd());
        }
    }

    /**
     * A CSV writer of {@linkplain CommitmentTable#ALL every column}; writes the header row now.
     *
     * @param out where to write
     * @return the writer
     * @throws UncheckedIOException if the header cannot be written
     */
    public static CommitmentTableWriter csv(Appendable out) {
        return of(Format.CSV, CommitmentTable.ALL, out);
    }

    /**
     * A JSON Lines writer of {@linkplain CommitmentTable#ALL every column}.
     *
     * @param out where to write
     * @return the writer
     */
    public static CommitmentTableWriter jsonLines(Appendable out) {
        return of(Format.JSON_LINES, CommitmentTable.ALL, out);
    }

    /**
     * A writer of the given columns; a CSV writer writes its header row now.
     *
     * @param format  CSV or JSON Lines
     * @param columns the columns, in order (e.g. {@link CommitmentTable#DOCUMENT_COLUMNS} for one document's table)
     * @param out     where to write
     * @return the writer
     * @throws NullPointerException     if an argument is or holds null
     * @throws IllegalArgumentException if {@code columns} is empty
     * @throws UncheckedIOException     if the header cannot be written
     */
    public static CommitmentTableWriter of(Format format, List<CommitmentTable.Column> columns, Appendable out) {
        return new CommitmentTableWriter(out, format, columns);
    }

    /** @return the format written */
    public Format format() {
        return format;
    }

    /** @return the columns written, in order */
    public List<CommitmentTable.Column> columns() {
        return columns;
    }

    /**
     * Appends one row, with its line end.
     *
     * @param row the row
     * @throws NullPointerException if {@code row} is null
     * @throws UncheckedIOException if the target fails
     */
    public void write(CommitmentRow row) {
        String record = format.line(row, columns) + format.lineEnd();
        synchronized (this) {
            append(record);
            rows++;
        }
    }

    /**
     * Appends rows in order, each as {@link #write} does (rows written by other threads meanwhile may come
     * between them).
     *
     * @param rows the rows
     * @throws NullPointerException if {@code rows} is or holds null
     * @throws UncheckedIOException if the target fails
     */
    public void writeAll(Iterable<CommitmentRow> rows) {
        for (CommitmentRow r : rows) {
            write(r);
        }
    }

    /** @return how many rows were written (the header is not a row) */
    public synchronized long rowsWritten() {
        return rows;
    }

    private void append(String s) {
        try {
            out.append(s);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the commitment table: " + e.getMessage(), e);
        }
    }
}
