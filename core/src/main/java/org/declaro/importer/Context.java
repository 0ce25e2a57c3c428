package org.declaro.importer;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.declaro.report.Finding;
import org.declaro.report.Rule;
import org.declaro.report.Severity;

/** What one import run shares: the lines, which of them are placed, the findings, the document's words. */
final class Context {

    final SourceText src;
    final List<Finding> findings;
    /** every word of the text, lower-cased, with and without inner hyphens: evidence for hyphenation */
    final Set<String> words = new HashSet<>();
    /** the document uses footnote markers glued to words, such as {@code 2024*} */
    final boolean starMarkersUsed;

    Context(SourceText src, List<Finding> findings) {
        this.src = src;
        this.findings = findings;
        boolean stars = false;
        for (int i = 0; i < src.size(); i++) {
            String t = src.text[i];
            collectWords(t);
            for (int k = 1; k < t.length() && !stars; k++) {
                char p = t.charAt(k - 1);
                if (t.charAt(k) == '*' && p != '*' && p != ' ' && p != '-') {
                    stars = true;
                }
            }
        }
        starMarkersUsed = stars;
    }

    private void collectWords(String t) {
        int n = t.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetter(t.charAt(i))) {
                i++;
            }
            int s = i;
            while (i < n && (Character.isLetter(t.charAt(i))
                    || t.charAt(i) == '-' && i + 1 < n && Character.isLetter(t.charAt(i + 1)))) {
                i++;
            }
            if (i > s && i - s < 60) {
                words.add(t.substring(s, i).toLowerCase(Locale.ROOT));
            }
        }
    }

    /** Marks a line as placed. */
    void use(int line) {
        src.used[line] = true;
    }

    /** Marks a line as layout the model has no place for, and says so in an info finding. */
    void leaveOut(int line, String what) {
        src.used[line] = true;
        findings.add(new Finding(Rule.IMPORT_UNPLACED, Severity.INFO, "", line + 1, 1,
                "Line " + (line + 1) + " was read as " + what + " and left out of the model: \""
                        + src.text[line] + "\"."));
    }

    /** Reports every non-blank line nothing placed. */
    void reportUnplaced() {
        for (int i = 0; i < src.size(); i++) {
            if (!src.used[i] && !src.blank(i)) {
                findings.add(new Finding(Rule.IMPORT_UNPLACED, Rule.IMPORT_UNPLACED.defaultSeverity(), "", i + 1,
                        src.indent[i] + 1, "Line " + (i + 1) + " could not be placed in the document: \""
                                + src.text[i] + "\"; move it into the paragraph it belongs to, or delete it."));
            }
        }
    }
}
