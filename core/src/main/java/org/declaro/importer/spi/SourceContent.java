package org.declaro.importer.spi;

import java.util.List;
import java.util.Map;
import org.declaro.report.Finding;

/** TEMPORARY copy. @param lines l @param findings f @param properties p */
public record SourceContent(List<SourceLine> lines, List<Finding> findings, Map<String, String> properties) {
    /** canonical */
    public SourceContent {
        lines = List.copyOf(lines);
        findings = List.copyOf(findings);
        properties = Map.copyOf(properties);
    }
}
