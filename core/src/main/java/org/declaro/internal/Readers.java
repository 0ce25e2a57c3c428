package org.declaro.internal;

import java.io.IOException;
import java.io.Reader;

/** Reading characters with a bound, for the Reader entry points. */
public final class Readers {
    private Readers() {
    }

    /**
     * @param in       characters; not closed
     * @param maxChars the most characters to accept
     * @return all characters, or null when there are more than {@code maxChars}
     * @throws IOException if reading fails
     */
    public static String readAtMost(Reader in, long maxChars) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        int n;
        while ((n = in.read(buf)) > 0) {
            sb.append(buf, 0, n);
            if (sb.length() > maxChars) {
                return null;
            }
        }
        return sb.toString();
    }
}
