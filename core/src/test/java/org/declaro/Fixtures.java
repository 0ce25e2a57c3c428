package org.declaro;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Test documents from the test resources. */
public final class Fixtures {
    /** The worked example of FORMAT.md. */
    public static final String SIEM_REAP = "siem-reap-angkor-declaration-draft-2024.json";

    private Fixtures() {
    }

    public static byte[] bytes(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String resource) {
        return new String(bytes(resource), java.nio.charset.StandardCharsets.UTF_8);
    }
}
