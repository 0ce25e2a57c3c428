package org.declaro.diff;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.declaro.json.DocumentReader;
import org.declaro.model.Declaration;

/** Test documents: core's fixtures, copied to the test resources by the build. */
final class Fixtures {
    /** The worked example of FORMAT.md. */
    static final String SIEM_REAP = "siem-reap-angkor-declaration-draft-2024.json";

    private Fixtures() {
    }

    static byte[] bytes(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Declaration declaration(String resource) {
        return (Declaration) DocumentReader.standard().read(bytes(resource)).document().orElseThrow();
    }
}
