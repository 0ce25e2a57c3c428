package org.declaro.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.declaro.Fixtures;
import org.declaro.model.ActionPlan;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.declaro.model.Extensions;
import org.declaro.model.Paragraph;
import org.declaro.model.Section;
import org.declaro.report.Finding;
import org.declaro.report.Rule;
import org.declaro.report.Severity;
import org.junit.jupiter.api.Test;

/** The canonical writer is a contract: golden files, idempotence, field order, lossless extensions. */
class CanonicalJsonTest {
    private final DocumentReader reader = DocumentReader.standard();
    private final CanonicalJsonWriter writer = CanonicalJsonWriter.standard();

    private Document read(String json) {
        ReadResult r = reader.read(json.getBytes(StandardCharsets.UTF_8));
        assertFalse(r.hasErrors(), () -> r.findings().toString());
        return r.document().orElseThrow();
    }

    @Test
    void theWorkedExampleWritesBackToTheSameBytes() {
        byte[] golden = Fixtures.bytes(Fixtures.SIEM_REAP);
        assertArrayEquals(golden, writer.write(reader.read(golden).document().orElseThrow()).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theActionPlanFixtureWritesBackToTheSameBytes() {
        byte[] golden = Fixtures.bytes("action-plan-example.json");
        assertArrayEquals(golden, writer.write(reader.read(golden).document().orElseThrow()).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void fieldsAreWrittenInFormatOrderWhateverTheInputOrder() {
        Document d = read("""
                {"paragraphs": [{"text": "One.", "number": 1}], "language": "en", "title": "T", "id": "t",
                 "kind": "declaration", "schemaVersion": "1.0", "status": "adopted"}
                """);
        assertEquals("""
                {
                  "schemaVersion": "1.0",
                  "kind": "declaration",
                  "id": "t",
                  "title": "T",
                  "status": "adopted",
                  "language": "en",
                  "paragraphs": [
                    {
                      "number": 1,
                      "text": "One."
                    }
                  ]
                }
                """, writer.write(d));
    }

    @Test
    void nullsAndEmptyListsAreNotWritten() {
        Document d = read("""
                {"schemaVersion": "1.0", "kind": "declaration", "id": "t", "title": "T", "language": "en",
                 "subtitle": null, "titleFootnotes": [], "preamble": [], "headings": null,
                 "paragraphs": [{"number": 1, "text": "One.", "footnotes": [], "commitments": []}]}
                """);
        String out = writer.write(d);
        assertFalse(out.contains("null"));
        assertFalse(out.contains("[]"));
        assertFalse(out.contains("subtitle"));
        assertTrue(out.endsWith("}\n"));
    }

    @Test
    void kindMayComeAfterTheFieldsItDecides() {
        Document d = read("""
                {"sections": [{"title": "S", "actions": [{"number": 1, "text": "Do."}]}], "period": {"from": 2025, "to": 2029},
                 "schemaVersion": "1.0", "id": "p", "title": "P", "language": "en", "kind": "actionPlan"}
                """);
        ActionPlan plan = (ActionPlan) d;
        assertEquals(2029, plan.period().to());
        assertEquals(List.of(new Section(null, "S", List.of(), List.of(new org.declaro.model.Action(1, "Do.")))),
                plan.sections());
    }

    @Test
    void unknownFieldsSurviveALenientRoundTripAndFollowTheKnownFields() {
        String json = """
                {"schemaVersion": "1.0", "kind": "declaration", "x-tracking": {"owner": "unit 7", "ids": [1, 2.50, -3e2], "ok": true, "none": null},
                 "id": "t", "title": "T", "language": "en",
                 "paragraphs": [{"number": 1, "x-note": "keep me", "text": "One."}]}
                """;
        ReadResult r = reader.read(json.getBytes(StandardCharsets.UTF_8));
        List<Finding> unknown = r.findings().stream().filter(f -> f.rule() == Rule.JSON_UNKNOWN_FIELD).toList();
        assertEquals(List.of("/x-tracking", "/paragraphs/0/x-note"), unknown.stream().map(Finding::pointer).toList());
        assertTrue(unknown.stream().allMatch(f -> f.severity() == Severity.WARNING));
        Declaration d = (Declaration) r.document().orElseThrow();
        assertEquals("{\"owner\":\"unit 7\",\"ids\":[1,2.50,-3e2],\"ok\":true,\"none\":null}",
                d.extensions().asMap().get("x-tracking"), "values are kept byte for byte, numbers as written");
        assertEquals(Extensions.of(Map.of("x-note", "\"keep me\"")), d.paragraphs().get(0).extensions());

        String out = writer.write(d);
        assertTrue(out.contains("""
                  "paragraphs": [
                    {
                      "number": 1,
                      "text": "One.",
                      "x-note": "keep me"
                    }
                  ],
                  "x-tracking": {
                    "owner": "unit 7",
                    "ids": [
                      1,
                      2.50,
                      -3e2
                    ],
                    "ok": true,
                    "none": null
                  }
                }
                """), out);
        Document again = read(out);
        assertEquals(d, again);
        assertEquals(out, writer.write(again));
    }

    @Test
    void strictModeReportsEachUnknownFieldAtItsPointerAsAnError() {
        String json = """
                {"schemaVersion": "1.0", "kind": "declaration", "id": "t", "title": "T", "language": "en", "x-a": 1,
                 "meeting": {"name": "M", "room": "XX"},
                 "paragraphs": [{"number": 1, "text": "One.", "commitments": [{"id": "c", "modality": "will",
                   "actor": "we", "text": "One", "start": 0, "end": 3, "confidence": 0.9}]}],
                 "sections": []}
                """;
        ReadResult r = DocumentReader.builder().strict(true).build().read(json.getBytes(StandardCharsets.UTF_8));
        List<Finding> unknown = r.findings().stream().filter(f -> f.rule() == Rule.JSON_UNKNOWN_FIELD).toList();
        assertEquals(List.of("/x-a", "/meeting/room", "/paragraphs/0/commitments/0/confidence", "/sections"),
                unknown.stream().map(Finding::pointer).toList());
        assertTrue(unknown.stream().allMatch(f -> f.severity() == Severity.ERROR && f.hasLocation()));
        assertEquals(2, unknown.get(1).line());
    }

    @Test
    void fieldsOfTheOtherKindAreUnknownFields() {
        ReadResult r = reader.read("""
                {"schemaVersion": "1.0", "kind": "actionPlan", "id": "p", "title": "P", "language": "en",
                 "paragraphs": [{"text": "belongs to declarations"}],
                 "sections": [{"title": "S"}]}
                """.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("/paragraphs"), r.findings().stream().map(Finding::pointer).toList());
        ActionPlan p = (ActionPlan) r.document().orElseThrow();
        assertTrue(p.extensions().asMap().get("paragraphs").contains("belongs to declarations"));
    }

    @Test
    void specialCharactersAreEscapedOnlyWhereJsonRequires() {
        Declaration d = Declaration.builder("t", "Quote \" backslash \\ tab \t nl \n ctl \u0001 é 中 \uD83C\uDF0D")
                .paragraph("x").build();
        String out = writer.write(d);
        assertTrue(out.contains("\"Quote \\\" backslash \\\\ tab \\t nl \\n ctl \\u0001 é 中 \uD83C\uDF0D\""), out);
        assertEquals(d, read(out));
    }

    @Test
    void writingIsDeterministic() {
        Declaration d = Declaration.builder("t", "T").paragraph(new Paragraph(1, "A")).build();
        assertEquals(writer.write(d), writer.write(d));
        assertEquals(writer.write(d), writer.write(read(writer.write(d))));
    }
}
