package org.declaro.examples.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes UTF-8 text with its control characters escaped, so that no input can drive the terminal (colour,
 * cursor moves, title, bell): every C0 control except tab, line feed and carriage return, DEL, and every C1
 * control (U+0080 to U+009F) is written as {@code \}{@code uXXXX}. In JSON output that is the standard
 * escape of the same character; elsewhere it shows what the input held.
 *
 * <p>It works on bytes: in UTF-8 a C0 control or DEL is one byte that never occurs inside another
 * character, and a C1 control is the byte C2 followed by 80 to 9F.
 */
final class ControlCharacterEscaper extends FilterOutputStream {
    private boolean afterC2;

    ControlCharacterEscaper(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        b &= 0xff;
        if (afterC2) {
            afterC2 = false;
            if (b >= 0x80 && b <= 0x9f) {
                escape(b);
                return;
            }
            out.write(0xc2);
        }
        if (b == 0xc2) {
            afterC2 = true;
        } else if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' || b == 0x7f) {
            escape(b);
        } else {
            out.write(b);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        int start = off;
        int end = off + len;
        for (int i = off; i < end; i++) {
            int c = b[i] & 0xff;
            if (c < 0x20 || c == 0x7f || c == 0xc2) {
                out.write(b, start, i - start);
                write(c);
                start = i + 1;
            } else if (afterC2) {
                out.write(b, start, i - start);
                write(c);
                start = i + 1;
            }
        }
        out.write(b, start, end - start);
    }

    private void escape(int c) throws IOException {
        out.write(String.format("\\u%04X", c).getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public void flush() throws IOException {
        if (afterC2) {
            afterC2 = false;
            out.write(0xc2);
        }
        out.flush();
    }
}
