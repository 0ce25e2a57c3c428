package org.declaro.importer.spi;

import java.util.List;
import java.util.Map;
import org.declaro.report.Finding;

/**
 * What a {@link SourceReader} read: the lines in reading order, what it found wrong, and the file's own
 * metadata. Immutable.
 *
 * @param lines      the lines in reading order; a blank line separates paragraphs (unmodifiable)
 * @param findings   what the reader found: errors when the file cannot be read, info for what it left out
 *                   (unmodifiable)
 * @param properties the file's own metadata, by name: {@code title}, {@code language} (a BCP 47 tag),
 *                   {@code author}; any may be absent (unmodifiable)
 */
public record SourceContent(List<SourceLine> lines, List<Finding> findings, Map<String, String> properties) {

    /** @throws NullPointerException if an argument or an element is null */
    public SourceContent {
        lines = List.copyOf(lines);
        findings = List.copyOf(findings);
        properties = Map.copyOf(properties);
    }

    /**
     * @param finding why the file could not be read
     * @return content with no lines and that finding: what a reader returns for a file it cannot read
     */
    public static SourceContent failed(Finding finding) {
        return new SourceContent(List.of(), List.of(finding), Map.of());
    }

    /** @return whether a finding is an error (the file, or part of it, could not be read) */
    public boolean hasErrors() {
        return findings.stream().anyMatch(f -> f.severity() == org.declaro.report.Severity.ERROR);
    }
}
