package org.declaro.examples.cli;

import java.io.StringWriter;
import java.util.List;
import org.declaro.report.Finding;
import org.declaro.validation.ValidationReport;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** Writes validation reports as JSON, for {@code declaro validate --format json} and the validation service. */
public final class JsonReport {
    private JsonReport() {
    }

    /**
     * @param report a report
     * @return {@code {"file", "valid", "findings": [{"rule", "severity", "pointer", "line", "column", "message"}]}}
     */
    public static String write(ValidationReport report) {
        String array = write(List.of(report));
        return array.substring(1, array.lastIndexOf(']')) + "\n";
    }

    /**
     * Writes {@code "findings": [{"rule", "severity", "pointer", "line", "column", "message"}]} into the object open
     * in {@code g}: the one shape of findings in every JSON answer of the tool and the service.
     *
     * @param g        a generator inside an object
     * @param findings the findings
     */
    public static void writeFindings(JsonGenerator g, List<Finding> findings) {
        g.writeName("findings");
        g.writeStartArray();
        for (Finding f : findings) {
            g.writeStartObject();
            g.writeStringProperty("rule", f.rule().id());
            g.writeStringProperty("severity", f.severity().label());
            g.writeStringProperty("pointer", f.pointer());
            if (f.hasLocation()) {
                g.writeNumberProperty("line", f.line());
                g.writeNumberProperty("column", f.column());
            }
            g.writeStringProperty("message", f.message());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    static String write(List<ValidationReport> reports) {
        StringWriter sw = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(ObjectWriteContext.empty(), sw)) {
            g.writeStartArray();
            for (ValidationReport r : reports) {
                g.writeStartObject();
                g.writeStringProperty("file", r.source());
                g.writeBooleanProperty("valid", !r.hasErrors());
                writeFindings(g, r.findings());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        return sw + "\n";
    }
}
