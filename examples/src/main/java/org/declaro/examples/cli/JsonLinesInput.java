package org.declaro.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The non-blank lines of a JSON Lines stream, one at a time, for commands that read documents from one
 * ({@code declaro commitments --jsonl}); validation has its own, in {@code DocumentValidator.validateJsonLines}.
 * A line longer than the limit is not kept: its bytes are counted and dropped as they are read. Lines end with
 * LF or CRLF; the last may have no line end.
 */
final class JsonLinesInput {
    /**
     * One line.
     *
     * @param number the line's number, from 1
     * @param bytes  its bytes without the line end, or null when it is longer than the limit
     * @param length its length in bytes, without the line end
     */
    record Line(long number, byte[] bytes, long length) {
        boolean tooLong() {
            return bytes == null;
        }
    }

    private final InputStream in;
    private final long limit;
    private final byte[] buf = new byte[64 * 1024];
    private int pos;
    private int end;
    private long number;

    JsonLinesInput(InputStream in, long limit) {
        this.in = in;
        this.limit = limit;
    }

    /**
     * @return the next line that is not blank (only spaces, tabs and CRs), or null at the end of the stream
     * @throws IOException if the stream fails
     */
    Line next() throws IOException {
        while (true) {
            if (pos >= end && !fill()) {
                return null;
            }
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            long length = 0;
            byte last = 0;
            boolean more = true;
            while (more) {
                if (pos >= end && !fill()) {
                    break;
                }
                int lf = pos;
                while (lf < end && buf[lf] != '\n') {
                    lf++;
                }
                int n = lf - pos;
                if (n > 0) {
                    last = buf[lf - 1];
                    long room = limit + 1 - line.size();
                    if (room > 0) {
                        line.write(buf, pos, (int) Math.min(n, room));
                    }
                    length += n;
                }
                more = lf == end;
                pos = more ? end : lf + 1;
            }
            number++;
            if (last == '\r') {
                length--;
            }
            if (length > limit) {
                return new Line(number, null, length);
            }
            byte[] bytes = java.util.Arrays.copyOf(line.toByteArray(), (int) length);
            if (!blank(bytes)) {
                return new Line(number, bytes, length);
            }
        }
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        if (n < 0) {
            return false;
        }
        pos = 0;
        end = n;
        return true;
    }

    private static boolean blank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
