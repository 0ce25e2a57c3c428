package org.declaro.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.declaro.model.Limits;
import org.declaro.report.Finding;
import org.declaro.report.Rule;

/**
 * The one place where {@link Limits#maxInputBytes()} is enforced: every entry point that reads input (JSON
 * or text, from a file, a stream, a reader, bytes or a string) goes through here. Input is counted while it
 * is read and reading stops one byte past the limit, so memory stays bounded by the limit, whatever the
 * size of the input.
 */
public final class BoundedInput {
    private static final int CHUNK = 64 * 1024;

    private BoundedInput() {
    }

    /** Thrown when input is larger than the limit; carries no stack trace. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
        private final long limit;

        TooLarge(long limit) {
            super("the input is larger than the limit of " + limit + " bytes");
            this.limit = limit;
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }

        /** @return the {@code limit.exceeded} finding that reports it */
        public Finding finding() {
            return BoundedInput.finding(limit);
        }
    }

    /**
     * @param limit the byte limit that was exceeded
     * @return the finding for input over the limit
     */
    public static Finding finding(long limit) {
        return Finding.of(Rule.LIMIT_EXCEEDED, "", "The input is larger than the limit of " + limit
                + " bytes; split it, or raise Limits.maxInputBytes if the input is trusted.");
    }

    /**
     * Wraps a stream so that reading more than {@code maxBytes} from it throws {@link TooLarge}.
     *
     * @param in       the stream; closing the wrapper closes it
     * @param maxBytes the most bytes that may be read
     * @return the bounded stream
     */
    public static InputStream bounded(InputStream in, long maxBytes) {
        return new FilterInputStream(in) {
            private long count;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    counted(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                if (n > 0) {
                    counted(n);
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                long skipped = super.skip(n);
                counted(skipped);
                return skipped;
            }

            private void counted(long n) throws TooLarge {
                count += n;
                if (count > maxBytes) {
                    throw new TooLarge(maxBytes);
                }
            }
        };
    }

    /**
     * Reads a stream to its end; does not close it.
     *
     * @param in       the stream
     * @param maxBytes the most bytes accepted
     * @return every byte
     * @throws TooLarge    if the stream holds more than {@code maxBytes} (reading stops there)
     * @throws IOException if reading fails
     */
    public static byte[] readAll(InputStream in, long maxBytes) throws IOException {
        InputStream bounded = bounded(in, maxBytes);
        List<byte[]> chunks = new ArrayList<>();
        long total = 0;
        while (true) {
            byte[] chunk = bounded.readNBytes(CHUNK);
            total += chunk.length;
            if (chunk.length > 0) {
                chunks.add(chunk);
            }
            if (chunk.length < CHUNK) {
                break;
            }
        }
        byte[] all = new byte[(int) total];
        int at = 0;
        for (byte[] c : chunks) {
            System.arraycopy(c, 0, all, at, c.length);
            at += c.length;
        }
        return all;
    }

    /**
     * Reads a file. A regular file is read into an array of its size, so the input is held once (reading
     * in chunks and joining them holds it twice); one that grows while it is read is read on in chunks.
     *
     * @param file     the file
     * @param maxBytes the most bytes accepted
     * @return its bytes
     * @throws TooLarge    if the file holds more than {@code maxBytes} (reading stops there)
     * @throws IOException if reading fails
     */
    public static byte[] readAll(Path file, long maxBytes) throws IOException {
        long size = Files.isRegularFile(file) ? Files.size(file) : -1;
        if (size > maxBytes) {
            throw new TooLarge(maxBytes); // known without reading; devices and pipes are counted as read
        }
        try (InputStream in = Files.newInputStream(file)) {
            if (size < 0) {
                return readAll(in, maxBytes);
            }
            byte[] exact = new byte[(int) size];
            int n = in.readNBytes(exact, 0, exact.length);
            if (n < exact.length) {
                return Arrays.copyOf(exact, n); // it shrank meanwhile
            }
            byte[] rest;
            try {
                rest = readAll(in, maxBytes - n);
            } catch (TooLarge e) {
                throw new TooLarge(maxBytes);
            }
            if (rest.length == 0) {
                return exact;
            }
            byte[] all = Arrays.copyOf(exact, n + rest.length); // it grew meanwhile
            System.arraycopy(rest, 0, all, n, rest.length);
            return all;
        }
    }

    /**
     * Reads characters to their end, counting each as the bytes of its UTF-8 encoding; does not close the
     * reader.
     *
     * @param in       the characters
     * @param maxBytes the most bytes of UTF-8 accepted
     * @return the text
     * @throws TooLarge    if the text's UTF-8 encoding is longer than {@code maxBytes} (reading stops there)
     * @throws IOException if reading fails
     */
    public static String readAll(Reader in, long maxBytes) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        long bytes = 0;
        int n;
        while ((n = in.read(buf)) >= 0) {
            for (int i = 0; i < n; i++) {
                bytes += utf8Length(buf[i]);
            }
            if (bytes > maxBytes) {
                throw new TooLarge(maxBytes);
            }
            sb.append(buf, 0, n);
        }
        return sb.toString();
    }

    /**
     * Checks input already in memory.
     *
     * @param bytes    the input
     * @param maxBytes the most bytes accepted
     * @throws TooLarge if there are more
     */
    public static void check(byte[] bytes, long maxBytes) throws TooLarge {
        if (bytes.length > maxBytes) {
            throw new TooLarge(maxBytes);
        }
    }

    /**
     * Checks text already in memory by the length of its UTF-8 encoding, without encoding it.
     *
     * @param text     the input
     * @param maxBytes the most bytes of UTF-8 accepted
     * @throws TooLarge if its encoding is longer
     */
    public static void check(CharSequence text, long maxBytes) throws TooLarge {
        if (text.length() > maxBytes) {
            throw new TooLarge(maxBytes); // every character takes at least one byte
        }
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            bytes += utf8Length(text.charAt(i));
        }
        if (bytes > maxBytes) {
            throw new TooLarge(maxBytes);
        }
    }

    /** UTF-8 bytes of one UTF-16 unit: a surrogate pair's two units make four. */
    private static int utf8Length(char c) {
        if (c < 0x80) {
            return 1;
        }
        if (c < 0x800 || Character.isSurrogate(c)) {
            return 2;
        }
        return 3;
    }
}
