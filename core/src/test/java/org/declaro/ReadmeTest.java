package org.declaro;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.declaro.report.Rule;
import org.junit.jupiter.api.Test;

/** The README's rule catalogue says what {@link Rule} says. */
class ReadmeTest {

    @Test
    void everyRuleHasARowWithItsSeverityAndAdvice() throws IOException {
        Path readme = Path.of("..", "README.md");
        String text = Files.readString(readme);
        for (Rule r : Rule.values()) {
            String severity = r == Rule.JSON_UNKNOWN_FIELD ? "warning (error when strict)" : r.defaultSeverity().label();
            String row = "| `" + r.id() + "` | " + severity + " | " + r.summary() + " | " + r.advice() + " |";
            assertTrue(text.contains(row), () -> "README lacks the row: " + row);
        }
        String ci = Files.readString(Path.of("..", ".ci", "run"));
        assertTrue(text.contains("mvn -B verify") && ci.contains("mvn -B -ntp verify"), "README and .ci/run run the same tests");
    }
}
