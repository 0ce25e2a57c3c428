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
import org.declaro.model.Commitment;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.declaro.model.Extensions;
import org.declaro.model.FormatVersion;
import org.declaro.model.Heading;
import org.declaro.model.Modality;
import org.declaro.model.Paragraph;
import org.declaro.model.Section;
import org.declaro.model.Source;
import org.declaro.model.Subparagraph;
import org.declaro.report.Finding;
import org.junit.jupiter.api.Test;

/** Format 1.1 in JSON: the three new fields read, write in their canonical places, and round-trip. */
class Format11JsonTest {
    static final String FIXTURE = "declaration-1.1.json";
    private final DocumentReader reader = DocumentReader.standard();
    private final CanonicalJsonWriter writer = CanonicalJsonWriter.standard();

    private Document read(byte[] json) {
        ReadResult r = reader.read(json);
        assertFalse(r.hasErrors(), () -> r.findings().toString());
        return r.document().orElseThrow();
    }

    static Declaration withAllNewFields(String schemaVersion) {
        Commitment inSub = new Commitment("p1.a.c1", Modality.WILL, "we", "clear", 0, 5, List.of("clearance"), null);
        Commitment nested = new Commitment("p1.a.i.c1", Modality.PLEDGE, "we", "fund it", 0, 7, List.of(), null,
                Extensions.of(Map.of("x-score", "0.9")));
        Subparagraph deep = new Subparagraph("i", "fund it.", List.of(), List.of(nested), Extensions.NONE);
        Subparagraph sub = new Subparagraph("a", "clear the land;", List.of(deep), List.of(inSub),
                Extensions.of(Map.of("x-note", "\"kept\"")));
        return Declaration.builder("format-1-1", "Format 1.1").schemaVersion(schemaVersion)
                .paragraph(new Paragraph(1, "We will:", List.of(sub), List.of(), List.of()))
                .paragraph(new Paragraph(1, "Again from one."))
                .heading(new Heading(1, 1, "II", "Second", true, Extensions.NONE))
                .source(new Source("markdown", "format-1-1.md", "0".repeat(64), Extensions.of(Map.of("x-pages", "[1,2]"))))
                .extensions(Extensions.of(Map.of("x-tracking", "7")))
                .build();
    }

    @Test
    void theFormat11FixtureWritesBackToTheSameBytes() {
        byte[] golden = Fixtures.bytes(FIXTURE);
        ReadResult r = reader.read(golden);
        assertEquals(List.of("/source/x-pages"), r.findings().stream().map(Finding::pointer).toList());
        assertArrayEquals(golden, writer.write(r.document().orElseThrow()).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theNewFieldsAreReadIntoTheModel() {
        Declaration d = (Declaration) read(Fixtures.bytes(FIXTURE));
        assertEquals("1.1", d.schemaVersion());
        assertEquals(Boolean.TRUE, d.headings().get(1).restart());
        assertEquals(null, d.headings().get(0).restart());
        assertEquals("p2.a.c1", d.paragraphs().get(1).subparagraphs().get(0).commitments().get(0).id());
        assertEquals("p2.b.i.c1", d.paragraphs().get(1).subparagraphs().get(1).subparagraphs().get(0).commitments().get(0).id());
        assertEquals(new Source("text", "example-declaration.txt",
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", Extensions.of(Map.of("x-pages", "3"))),
                d.source());
    }

    @Test
    void allThreeNewFieldsRoundTrip() {
        Declaration d = withAllNewFields("1.1");
        String once = writer.write(d);
        Document back = read(once.getBytes(StandardCharsets.UTF_8));
        assertEquals(d, back);
        assertEquals(once, writer.write(back), "writing twice gives the same bytes");
        ActionPlan plan = ActionPlan.builder("p", "P").source(new Source("text", null, null))
                .section(new Section("I", "S", List.of(), List.of(new org.declaro.model.Action(1, "Do.")))).build();
        assertEquals(plan, read(writer.write(plan).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theNewFieldsHaveTheirCanonicalPlaces() {
        String out = writer.write(withAllNewFields("1.1"));
        assertTrue(out.contains("""
                      "label": "II",
                      "title": "Second",
                      "restart": true
                """), "restart after title: " + out);
        assertTrue(out.contains("""
                          "label": "a",
                          "text": "clear the land;",
                          "subparagraphs": [
                """), out);
        int nestedEnd = out.indexOf("\"id\": \"p1.a.i.c1\"");
        int subCommitments = out.indexOf("\"id\": \"p1.a.c1\"");
        int note = out.indexOf("\"x-note\"");
        assertTrue(nestedEnd < subCommitments && subCommitments < note,
                "a sub-paragraph's commitments after its sub-paragraphs, before its extensions: " + out);
        assertTrue(out.endsWith("""
                  "source": {
                    "format": "markdown",
                    "name": "format-1-1.md",
                    "sha256": "0000000000000000000000000000000000000000000000000000000000000000",
                    "x-pages": [
                      1,
                      2
                    ]
                  },
                  "x-tracking": 7
                }
                """), "source last of the known fields, before extensions: " + out);
    }

    @Test
    void writingKeepsTheVersionTheDocumentHasAndNewDocumentsAre11() {
        assertEquals("1.1", Declaration.builder("t", "T").paragraph("One.").build().schemaVersion());
        assertEquals(FormatVersion.V1_1, FormatVersion.current());
        assertEquals(Document.CURRENT_SCHEMA_VERSION, ActionPlan.builder("p", "P").build().schemaVersion());
        String old = writer.write(Declaration.builder("t", "T").schemaVersion("1.0").paragraph("One.").build());
        assertTrue(old.startsWith("{\n  \"schemaVersion\": \"1.0\",\n"), old);
        assertEquals("1.0", read(old.getBytes(StandardCharsets.UTF_8)).schemaVersion());
    }

    @Test
    void aFormat10DocumentReadsUnchanged() {
        Declaration d = (Declaration) read(Fixtures.bytes(Fixtures.SIEM_REAP));
        assertEquals("1.0", d.schemaVersion());
        assertEquals(null, d.source());
        assertTrue(d.paragraphs().stream().allMatch(p -> p.subparagraphs().stream().allMatch(s -> s.commitments().isEmpty())));
    }

    @Test
    void format11FieldsInA10DocumentAreReadNotDropped() {
        // the reader keeps them, so that writing loses nothing; the validator reports them (schema.version)
        Declaration d = (Declaration) read(writer.write(withAllNewFields("1.0")).getBytes(StandardCharsets.UTF_8));
        assertEquals(withAllNewFields("1.0"), d);
    }

    @Test
    void theOldConstructorsStillBuildFormat10Values() {
        assertEquals(new Heading(0, 1, "I", "T", null, Extensions.NONE), new Heading(0, 1, "I", "T"));
        assertEquals(new Subparagraph("a", "x", List.of(), List.of(), Extensions.NONE),
                new Subparagraph("a", "x", List.of(), Extensions.NONE));
        Commitment c = new Commitment("c", Modality.WILL, "we", "x", 0, 1, List.of(), null);
        assertEquals(List.of(c), new Subparagraph("a", "x").withCommitments(List.of(c)).commitments());
        assertFalse(new Heading(0, 1, "I", "T", false, Extensions.NONE).restarts());
    }

    @Test
    void aNewFieldOfTheWrongTypeIsAFindingAtItsPointer() {
        ReadResult r = reader.read("""
                {"schemaVersion": "1.1", "kind": "declaration", "id": "t", "title": "T", "language": "en",
                 "paragraphs": [{"number": 1, "text": "One", "subparagraphs": [{"text": "a", "commitments": {}}]}],
                 "headings": [{"before": 0, "title": "H", "restart": "yes"}],
                 "source": "draft.txt"}
                """.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("json.type /paragraphs/0/subparagraphs/0/commitments 2:78",
                        "json.type /headings/0/restart 3:43", "json.type /source 4:2"),
                r.findings().stream().map(f -> f.rule().id() + " " + f.pointer() + " " + f.line() + ":" + f.column()).toList());
    }
}
