package org.declaro.testing;

import java.io.PrintStream;
import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints every skipped test on the console with its reason, so that "Skipped: 3" in a build log says which
 * tests and why (no Chromium, no {@code -Dakn.xsd}, no {@code -Ddeclaro.corpus}, ...) without opening
 * {@code target/surefire-reports}. It covers both ways a test is skipped: disabled by a condition
 * ({@code @Disabled}, {@code @EnabledIf...}) and aborted by a failed assumption ({@code Assumptions.assume...}).
 *
 * <p>Registered for the JUnit Platform by {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}
 * in core's test resources; the other modules have it through core's test-jar.
 */
public final class SkipReasons implements TestExecutionListener {

    private final PrintStream out;
    private TestPlan plan;

    /** The listener the JUnit Platform loads: prints to the console of the test JVM. */
    public SkipReasons() {
        this(System.out);
    }

    /** @param out where to print */
    public SkipReasons(PrintStream out) {
        this.out = out;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        this.plan = testPlan;
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        print(test, reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            print(test, result.getThrowable().map(Throwable::getMessage).orElse("aborted"));
        }
    }

    private void print(TestIdentifier test, String reason) {
        out.println("[SKIPPED] " + name(test) + ": " + (reason == null || reason.isBlank() ? "no reason given" : reason));
        out.flush();
    }

    /** @return the test's class and display name, e.g. {@code AknSchemaTest > theFixturesAreValid()} */
    private String name(TestIdentifier test) {
        Optional<TestIdentifier> parent = plan == null ? Optional.empty() : plan.getParent(test);
        String owner = parent.filter(p -> !p.getParentId().isEmpty() || p.isContainer())
                .map(TestIdentifier::getLegacyReportingName).orElse("");
        String simple = owner.substring(owner.lastIndexOf('.') + 1);
        return simple.isEmpty() ? test.getDisplayName() : simple + " > " + test.getDisplayName();
    }
}
