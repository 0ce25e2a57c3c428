package org.declaro.beam;

import java.io.StringWriter;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * One text imported by {@link ImportTexts}, in plain values that any Beam runner can encode (see
 * {@link Coders#IMPORTED}).
 *
 * @param name     the input's name
 * @param json     the imported document as canonical JSON, as {@code declaro import} prints it
 * @param findings the importer's findings (rules {@code import.*} and {@code limit.exceeded}), lines and
 *                 columns in the text
 */
public record ImportedText(String name, String json, List<FindingRow> findings) {

    private static final JsonFactory JSON = new JsonFactory();

    /** Copies the findings. */
    public ImportedText {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(json, "json");
        findings = List.copyOf(findings);
    }

    /** @return true when a finding is an error: the input was not usable text, or held no paragraph */
    public boolean hasErrors() {
        return findings.stream().anyMatch(FindingRow::isError);
    }

    /**
     * The import as one line of JSON: {@code name}, {@code findings} (as in the validation reports) and
     * {@code document}, the document's JSON on one line.
     *
     * @return the JSON object, without a line end
     */
    public String toJson() {
        StringWriter sw = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), sw);
                JsonParser p = JSON.createParser(ObjectReadContext.empty(), json)) {
            g.writeStartObject();
            g.writeStringProperty("name", name);
            g.writeName("findings");
            DocumentReport.writeFindings(g, findings);
            g.writeName("document");
            p.nextToken();
            g.copyCurrentStructure(p);
            g.writeEndObject();
        }
        return sw.toString();
    }
}
