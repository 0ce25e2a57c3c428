package org.declaro.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.declaro.report.Finding;
import org.declaro.report.Rule;

/**
 * The reports of a JSON Lines stream, one document a line, read and validated one line at a time (see
 * {@link DocumentValidator#validateJsonLines(InputStream, String, java.util.function.Consumer)}). Holds the
 * current line only, never more than the limit: the bytes of a longer line are counted and dropped as they
 * are read. Not thread-safe (it reads a stream); the validator it calls is.
 */
final class JsonLines implements Iterator<ValidationReport> {
    private static final int CHUNK = 64 * 1024;
    /** The largest array the JVM reliably allocates. */
    private static final int MAX_ARRAY = Integer.MAX_VALUE - 16;

    private final DocumentValidator validator;
    private final InputStream in;
    private final String name;
    private final long limit;
    /** The limit, or what one array can hold if less. */
    private final long effective;
    private final byte[] chunk = new byte[CHUNK];
    private int chunkPos;
    private int chunkEnd;
    private boolean eof;

    private byte[] line = new byte[256];
    private int lineLength;
    private long lineBytes;
    private byte lastByte;
    private long lineNumber;
    private ValidationReport next;

    JsonLines(DocumentValidator validator, InputStream in, String name, long limit) {
        this.validator = validator;
        this.in = in;
        this.name = name;
        this.limit = limit;
        this.effective = Math.min(limit, MAX_ARRAY - 1);
    }

    @Override
    public boolean hasNext() {
        while (next == null && readLine()) {
            next = report();
        }
        return next != null;
    }

    @Override
    public ValidationReport next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more documents in " + name);
        }
        ValidationReport r = next;
        next = null;
        return r;
    }

    /**
     * Reads the next line into {@code line} (at most the limit's bytes of it; {@code lineBytes} counts them
     * all), without its LF.
     *
     * @return false at the end of the stream
     */
    private boolean readLine() {
        if (eof && chunkPos >= chunkEnd) {
            return false;
        }
        lineLength = 0;
        lineBytes = 0;
        lastByte = 0;
        boolean any = false;
        while (true) {
            if (chunkPos >= chunkEnd && !fill()) {
                if (!any) {
                    return false; // the stream ended with a LF: no line after it
                }
                break;
            }
            any = true;
            int start = chunkPos;
            int lf = -1;
            for (int i = start; i < chunkEnd; i++) {
                if (chunk[i] == '\n') {
                    lf = i;
                    break;
                }
            }
            int end = lf < 0 ? chunkEnd : lf;
            keep(start, end - start);
            chunkPos = lf < 0 ? chunkEnd : lf + 1;
            if (lf >= 0) {
                break;
            }
        }
        lineNumber++;
        if (lastByte == '\r') { // CRLF: the CR is part of the line end
            lineBytes--;
            lineLength = (int) Math.min(lineLength, lineBytes);
        }
        return true;
    }

    private boolean fill() {
        if (eof) {
            return false;
        }
        try {
            int n = in.read(chunk, 0, CHUNK);
            while (n == 0) {
                n = in.read(chunk, 0, CHUNK);
            }
            if (n < 0) {
                eof = true;
                chunkPos = chunkEnd = 0;
                return false;
            }
            chunkPos = 0;
            chunkEnd = n;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " after line " + lineNumber + ": " + e.getMessage(), e);
        }
    }

    /** Appends bytes to the line while it is within the limit (and one byte past it, which may be a CR). */
    private void keep(int from, int n) {
        if (n == 0) {
            return;
        }
        lineBytes += n;
        lastByte = chunk[from + n - 1];
        int take = (int) Math.min(n, effective + 1 - lineLength);
        if (take <= 0) {
            return;
        }
        if (lineLength + take > line.length) {
            long grown = Math.max((long) lineLength + take, 2L * line.length);
            line = Arrays.copyOf(line, (int) Math.min(grown, effective + 1));
        }
        System.arraycopy(chunk, from, line, lineLength, take);
        lineLength += take;
    }

    /** @return the report of the line read, or null for a blank line */
    private ValidationReport report() {
        String source = name + ":" + lineNumber;
        if (lineBytes > effective) {
            releaseLargeBuffer();
            Finding tooLong = new Finding(Rule.LIMIT_EXCEEDED, Rule.LIMIT_EXCEEDED.defaultSeverity(), "", lineNumber(), 1,
                    "Line " + lineNumber + " has " + lineBytes + " bytes, more than the limit of " + effective
                            + " bytes for one document (Limits.maxInputBytes); split the document, or raise the limit"
                            + " if the input is trusted.");
            return new ValidationReport(source, Optional.empty(), List.of(tooLong));
        }
        if (blank()) {
            return null;
        }
        byte[] json = Arrays.copyOf(line, lineLength);
        releaseLargeBuffer();
        ValidationReport alone = validator.validate(json);
        List<Finding> findings = new ArrayList<>(alone.findings().size());
        String text = null;
        for (Finding f : alone.findings()) {
            if (f.rule() == Rule.REFERENCE_UNRESOLVED) {
                continue; // the other documents of the stream are not held: references between them are not checked
            }
            int column = 1;
            if (f.hasLocation()) {
                if (f.line() == 1) {
                    column = f.column();
                } else { // a CR alone inside the line (JSON whitespace) made the reader count a line
                    if (text == null) {
                        text = new String(json, StandardCharsets.UTF_8);
                    }
                    column = startOfLine(text, f.line()) + f.column();
                }
            }
            findings.add(f.at(lineNumber(), column));
        }
        return new ValidationReport(source, alone.document(), findings);
    }

    private int lineNumber() {
        return lineNumber > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) lineNumber;
    }

    /** After a long line, gives back the memory it took, so that one large document does not pin it for the rest. */
    private void releaseLargeBuffer() {
        if (line.length > CHUNK) {
            line = new byte[256];
        }
        lineLength = 0;
    }

    private boolean blank() {
        for (int i = 0; i < lineLength; i++) {
            byte b = line[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /**
     * @param text     the text of a document's line
     * @param physical a 1-based line number as the JSON reader counts lines (CR, LF and CRLF end a line)
     * @return the number of UTF-16 units before that line starts
     */
    static int startOfLine(String text, int physical) {
        int line = 1;
        int i = 0;
        while (line < physical && i < text.length()) {
            char c = text.charAt(i++);
            if (c == '\r' && i < text.length() && text.charAt(i) == '\n') {
                i++;
                line++;
            } else if (c == '\r' || c == '\n') {
                line++;
            }
        }
        return i;
    }
}
