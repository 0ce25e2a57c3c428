package org.declaro.validation;

import java.util.List;
import java.util.Set;
import org.declaro.report.Finding;
import org.declaro.report.Rule;

/**
 * What a rule family gets to work with: where findings go, and what the caller supplied.
 */
final class Checks {
    final List<Finding> findings;
    /** The theme vocabulary, or null when none was supplied. */
    final Set<String> themes;
    /** Ids of all documents validated together, annexes included. */
    final Set<String> knownIds;
    /** False when a look at the JSON found no field newer than the first format version. */
    boolean newerFields = true;

    Checks(List<Finding> findings, Set<String> themes, Set<String> knownIds) {
        this.findings = findings;
        this.themes = themes;
        this.knownIds = knownIds;
    }

    void add(Rule rule, String pointer, String message) {
        findings.add(Finding.of(rule, pointer, message));
    }
}
