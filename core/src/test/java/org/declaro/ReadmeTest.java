package org.declaro;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.declaro.report.Rule;
import org.junit.jupiter.api.Test;

/** The rule catalogue (docs/RULES.md) says what {@link Rule} says; the README and .ci/run run the same tests. */
class ReadmeTest {

    @Test
    void everyRuleHasARowWithItsSeverityAndAdvice() throws IOException {
        String text = Files.readString(Path.of("..", "docs", "RULES.md"));
        for (Rule r : Rule.values()) {
            String severity = r == Rule.JSON_UNKNOWN_FIELD ? "warning (error when strict)" : r.defaultSeverity().label();
            String row = "| `" + r.id() + "` | " + severity + " | " + r.summary() + " | " + r.advice() + " |";
            assertTrue(text.contains(row), () -> "docs/RULES.md lacks the row: " + row);
        }
        String ci = Files.readString(Path.of("..", ".ci", "run"));
        String readme = Files.readString(Path.of("..", "README.md"));
        assertTrue(readme.contains("mvn -B verify") && ci.contains("mvn -B -ntp verify"), "README and .ci/run run the same tests");
    }
}
