package org.declaro.beam;

import java.io.StringWriter;
import java.util.List;
import java.util.Objects;
import org.declaro.report.Severity;
import org.declaro.validation.ValidationReport;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The validation report of one document, in plain values that any Beam runner can encode (see
 * {@link Coders#REPORT}): what {@link ValidateDocuments} gives for each input.
 *
 * @param source   the input's name
 * @param findings the findings, in the library's order ({@link org.declaro.report.Finding#BY_POSITION})
 */
public record DocumentReport(String source, List<FindingRow> findings) {

    private static final JsonFactory JSON = new JsonFactory();

    /** Copies the findings. */
    public DocumentReport {
        Objects.requireNonNull(source, "source");
        findings = List.copyOf(findings);
    }

    /**
     * @param report a report of the library
     * @return the same report in rows, under the report's source name
     */
    public static DocumentReport of(ValidationReport report) {
        return new DocumentReport(report.source(), report.findings().stream().map(FindingRow::of).toList());
    }

    /** @return whether no finding is an error */
    public boolean valid() {
        return count(Severity.ERROR) == 0;
    }

    /**
     * @param severity a severity
     * @return how many findings have it
     */
    public int count(Severity severity) {
        String label = severity.label();
        return (int) findings.stream().filter(f -> f.severity().equals(label)).count();
    }

    /**
     * The report as one line of JSON: the object of {@code declaro validate --format json} ({@code file},
     * {@code valid}, {@code findings} with {@code rule}, {@code severity}, {@code pointer}, {@code line} and
     * {@code column} when known, {@code message}), with the counts {@code errors}, {@code warnings} and
     * {@code infos} after {@code valid}.
     *
     * @return the JSON object, without a line end
     */
    public String toJson() {
        StringWriter sw = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), sw)) {
            g.writeStartObject();
            g.writeStringProperty("file", source);
            g.writeBooleanProperty("valid", valid());
            g.writeNumberProperty("errors", count(Severity.ERROR));
            g.writeNumberProperty("warnings", count(Severity.WARNING));
            g.writeNumberProperty("infos", count(Severity.INFO));
            g.writeName("findings");
            writeFindings(g, findings);
            g.writeEndObject();
        }
        return sw.toString();
    }

    /** Writes findings as the CLI's JSON reports do: line and column only when known. */
    static void writeFindings(JsonGenerator g, List<FindingRow> findings) {
        g.writeStartArray();
        for (FindingRow f : findings) {
            g.writeStartObject();
            g.writeStringProperty("rule", f.rule());
            g.writeStringProperty("severity", f.severity());
            g.writeStringProperty("pointer", f.pointer());
            if (f.line() > 0) {
                g.writeNumberProperty("line", f.line());
                g.writeNumberProperty("column", f.column());
            }
            g.writeStringProperty("message", f.message());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
