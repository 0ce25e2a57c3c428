package org.declaro.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** The console says which tests were skipped, and why, for both ways of skipping. */
class SkipReasonsTest {

    /** Run by the test below through its own launcher (Surefire leaves nested classes alone). */
    static class Sample {
        @Test
        void runs() {
        }

        @Test
        @Disabled("no browser here")
        void disabled() {
        }

        @Test
        void aborted() {
            Assumptions.assumeTrue(false, "SKIPPED: no corpus given");
        }
    }

    @Test
    void skippedAndAbortedTestsArePrintedWithTheirReasons() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(Sample.class))
                .build();
        LauncherFactory.create().execute(request, new SkipReasons(out));
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().sorted().toList();
        assertEquals(List.of("[SKIPPED] SkipReasonsTest$Sample > aborted(): Assumption failed: SKIPPED: no corpus given",
                "[SKIPPED] SkipReasonsTest$Sample > disabled(): no browser here"), lines);
    }
}
