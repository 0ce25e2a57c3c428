package org.declaro.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.declaro.Fixtures;
import org.declaro.model.ActionPlan;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.declaro.model.DocumentKind;
import org.declaro.report.Finding;
import org.declaro.report.Rule;
import org.declaro.report.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The binder's handling of kinds, types, numbers, booleans, unknown fields and positions. */
class BinderTest {
    private final DocumentReader reader = DocumentReader.standard();

    private ReadResult read(String json) {
        return reader.read(json.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> found(ReadResult r) {
        return r.findings().stream().map(f -> f.rule().id() + " " + f.pointer()).toList();
    }

    private static Finding first(ReadResult r, Rule rule) {
        return r.findings().stream().filter(f -> f.rule() == rule).findFirst().orElseThrow(() -> new AssertionError(
                "no " + rule.id() + " in " + r.findings()));
    }

    // ------------------------------------------------------------------ kind

    @Test
    void aDocumentWithoutKindIsReportedAndReadAsADeclaration() {
        ReadResult r = read("{\"id\": \"x\", \"title\": \"T\", \"paragraphs\": [{\"number\": 1, \"text\": \"A.\"}]}");
        assertEquals(List.of("required /kind"), found(r));
        Finding f = r.findings().get(0);
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("The document has no \"kind\"; add \"kind\": \"declaration\" or \"kind\": \"actionPlan\".", f.message());
        assertEquals(1, f.line());
        Declaration d = assertInstanceOf(Declaration.class, r.document().orElseThrow());
        assertEquals("x", d.id());
        assertEquals(1, d.paragraphs().size(), "fields of a declaration are bound though the kind came last, never");
    }

    @Test
    void withoutKindFieldsOfAnActionPlanMakeItAnActionPlan() {
        ReadResult r = read("{\"id\": \"x\", \"title\": \"T\", \"sections\": [{\"number\": \"I\", \"title\": \"S\"}]}");
        assertEquals(List.of("required /kind"), found(r));
        ActionPlan a = assertInstanceOf(ActionPlan.class, r.document().orElseThrow());
        assertEquals(1, a.sections().size());
        assertEquals("S", a.sections().get(0).title());
    }

    @Test
    void aNullKindIsMissingAndAWrongKindIsAnEnumFindingOnly() {
        assertEquals(List.of("required /kind"), found(read("{\"kind\": null, \"id\": \"x\"}")));
        ReadResult wrong = read("{\"kind\": \"resolution\", \"id\": \"x\"}");
        assertEquals(List.of("json.enum /kind"), found(wrong));
        assertEquals("\"resolution\" is not allowed here; use one of \"declaration\", \"actionPlan\".",
                wrong.findings().get(0).message());
        assertEquals(DocumentKind.DECLARATION, wrong.document().orElseThrow().kind());
    }

    @Test
    void fieldsBeforeTheKindAreBoundOnceItIsKnown() {
        ReadResult plan = read("{\"sections\": [{\"number\": \"I\", \"title\": \"S\"}], \"id\": \"p\", \"kind\": \"actionPlan\"}");
        assertEquals(List.of(), found(plan));
        assertEquals(1, assertInstanceOf(ActionPlan.class, plan.document().orElseThrow()).sections().size());
        // a field of the other kind, met before the kind, is unknown for the kind that follows, and kept
        ReadResult decl = read("{\"sections\": [{\"number\": \"I\"}], \"paragraphs\": [], \"kind\": \"declaration\"}");
        assertEquals(List.of("json.unknown-field /sections"), found(decl));
        assertEquals("Unknown field \"sections\" in a declaration is kept as it is; check its spelling if it was meant "
                + "to be a format field.", decl.findings().get(0).message());
        Declaration d = assertInstanceOf(Declaration.class, decl.document().orElseThrow());
        assertEquals(Map.of("sections", "[{\"number\":\"I\"}]"), d.extensions().asMap());
        // and one met after the kind too
        ReadResult after = read("{\"kind\": \"actionPlan\", \"paragraphs\": [1]}");
        assertEquals(List.of("json.unknown-field /paragraphs"), found(after));
        assertEquals("Unknown field \"paragraphs\" in an action plan is kept as it is; check its spelling if it was "
                + "meant to be a format field.", after.findings().get(0).message());
    }

    @Test
    void aFieldBeforeTheKindWithAWrongTypeIsReportedAtItsPointerAndLine() {
        ReadResult r = read("{\n\"paragraphs\": {},\n\"kind\": \"declaration\"}");
        assertEquals(List.of("json.type /paragraphs"), found(r));
        assertEquals("Expected an array but found an object.", r.findings().get(0).message());
        assertEquals(2, r.findings().get(0).line());
    }

    // ------------------------------------------------------------------ types

    @Test
    void paragraphsThatAreAnObjectAreATypeFindingAndLeftOut() {
        ReadResult r = read("{\"kind\": \"declaration\", \"id\": \"x\", \"paragraphs\": {}}");
        assertEquals(List.of("json.type /paragraphs"), found(r));
        Finding f = r.findings().get(0);
        assertEquals(Severity.ERROR, f.severity());
        assertEquals("Expected an array but found an object.", f.message());
        assertEquals(1, f.line());
        assertEquals(36, f.column());
        assertEquals(List.of(), ((Declaration) r.document().orElseThrow()).paragraphs());
    }

    @Test
    void integersBeyondThirtyTwoBitsAreTypeFindings() {
        for (String n : List.of("2147483648", "-2147483649", "99999999999999999999")) {
            ReadResult r = read("{\"kind\": \"declaration\", \"paragraphs\": [{\"number\": " + n + ", \"text\": \"A.\"}]}");
            assertEquals(List.of("json.type /paragraphs/0/number"), found(r), n);
            assertEquals("The number " + n + " is too large; expected an integer up to 2147483647.",
                    r.findings().get(0).message());
            assertNull(((Declaration) r.document().orElseThrow()).paragraphs().get(0).number());
        }
        for (int n : List.of(Integer.MAX_VALUE, Integer.MIN_VALUE, 0)) {
            ReadResult r = read("{\"kind\": \"declaration\", \"paragraphs\": [{\"number\": " + n + ", \"text\": \"A.\"}]}");
            assertEquals(List.of(), found(r));
            assertEquals(n, ((Declaration) r.document().orElseThrow()).paragraphs().get(0).number());
        }
    }

    @Test
    void decimalsStringsAndBooleansAreNotIntegers() {
        ReadResult r = read("{\"kind\": \"declaration\", \"paragraphs\": [{\"number\": 1.5}, {\"number\": \"2\"}, {\"number\": true},"
                + " {\"number\": [3]}, {\"number\": {\"n\": 4}}, {\"number\": null}]}");
        List<String> messages = r.findings().stream().map(Finding::message).toList();
        assertEquals(List.of("Expected an integer but found a decimal number.", "Expected an integer but found a string.",
                "Expected an integer but found a boolean.", "Expected an integer but found an array.",
                "Expected an integer but found an object."), messages);
        assertEquals(6, ((Declaration) r.document().orElseThrow()).paragraphs().size(), "the paragraphs are kept");
    }

    @Test
    void booleansAcceptTrueFalseAndNullOnly() {
        ReadResult ok = read("{\"kind\": \"declaration\", \"agendaItem\": {\"number\": \"1\", \"provisional\": true},"
                + " \"headings\": [{\"before\": 0, \"level\": 1, \"title\": \"H\", \"restart\": false}]}");
        assertEquals(List.of(), found(ok));
        Declaration d = (Declaration) ok.document().orElseThrow();
        assertEquals(Boolean.TRUE, d.agendaItem().provisional());
        assertEquals(Boolean.FALSE, d.headings().get(0).restart());
        ReadResult bad = read("{\"kind\": \"declaration\", \"agendaItem\": {\"provisional\": \"yes\"},"
                + " \"headings\": [{\"restart\": 1}, {\"restart\": null}]}");
        assertEquals(List.of("json.type /agendaItem/provisional", "json.type /headings/0/restart"), found(bad));
        assertEquals(List.of("Expected true or false but found a string.", "Expected true or false but found an integer."),
                bad.findings().stream().map(Finding::message).toList());
        Declaration b = (Declaration) bad.document().orElseThrow();
        assertNull(b.agendaItem().provisional());
        assertNull(b.headings().get(0).restart());
        assertNull(b.headings().get(1).restart());
    }

    @Test
    void aWrongTypeInsideAContainerSkipsTheWholeValue() {
        ReadResult r = read("{\"kind\": \"declaration\", \"title\": {\"a\": [1, {\"b\": 2}]}, \"id\": \"after\"}");
        assertEquals(List.of("json.type /title"), found(r));
        assertEquals("after", r.document().orElseThrow().id(), "reading went on after the skipped object");
    }

    // ------------------------------------------------------------------ unknown fields

    @Test
    void unknownFieldsWithArrayAndObjectValuesInNestedObjectsSurviveARoundTrip() {
        String ext = "\"x-list\": [1, \"two\", {\"three\": [true, null]}], \"x-obj\": {\"a\": {\"b\": []}, \"c\": -1.5e3}";
        String json = "{\"schemaVersion\": \"1.0\", \"kind\": \"declaration\", \"id\": \"x\", \"title\": \"T\", \"language\": \"en\","
                + " \"meeting\": {\"name\": \"M\", " + ext + "},"
                + " \"paragraphs\": [{\"number\": 1, \"text\": \"We will act.\", \"commitments\": [{\"id\": \"c1\", \"modality\": \"will\","
                + " \"actor\": \"We\", \"text\": \"We will act\", \"start\": 0, \"end\": 11, " + ext + "}]}],"
                + " \"footnotes\": [{\"marker\": \"1\", \"text\": \"F.\", " + ext + "}],"
                + " \"annexes\": [{\"kind\": \"actionPlan\", \"id\": \"p\", \"sections\": [{\"number\": \"I\", \"title\": \"S\", " + ext + ","
                + " \"actions\": [{\"number\": 1, \"text\": \"Act.\", " + ext + "}]}]}]}";
        ReadResult r = read(json);
        assertEquals(10, r.findings().stream().filter(f -> f.rule() == Rule.JSON_UNKNOWN_FIELD).count(), found(r)::toString);
        assertTrue(found(r).contains("json.unknown-field /annexes/0/sections/0/actions/0/x-obj"), found(r)::toString);
        Declaration d = (Declaration) r.document().orElseThrow();
        Map<String, String> expected = Map.of("x-list", "[1,\"two\",{\"three\":[true,null]}]",
                "x-obj", "{\"a\":{\"b\":[]},\"c\":-1.5e3}");
        assertEquals(expected, d.meeting().extensions().asMap());
        assertEquals(expected, d.paragraphs().get(0).commitments().get(0).extensions().asMap());
        assertEquals(expected, d.footnotes().get(0).extensions().asMap());
        ActionPlan annex = (ActionPlan) d.annexes().get(0);
        assertEquals(expected, annex.sections().get(0).extensions().asMap());
        assertEquals(expected, annex.sections().get(0).actions().get(0).extensions().asMap());

        String written = CanonicalJsonWriter.standard().write(d);
        Document again = reader.read(written).document().orElseThrow();
        assertEquals(d, again, "read, written, read again: the same document");
        assertEquals(written, CanonicalJsonWriter.standard().write(again));
        assertEquals(5, written.split("\"x-list\": \\[", -1).length - 1, "each object writes its unknown list back");
        assertEquals(5, written.split("\"three\": \\[", -1).length - 1, "with the object inside it");
    }

    @Test
    void strictModeRejectsUnknownFieldsAndKeepsNone() {
        ReadResult r = DocumentReader.builder().strict(true).build().read("{\"kind\": \"declaration\", \"meeting\": {\"x-a\": [1]}, \"x-b\": {},"
                + " \"annexes\": [{\"x-c\": 1, \"kind\": \"declaration\"}], \"preamble\": [{\"x-d\": 1}]}");
        assertEquals(List.of("json.unknown-field /meeting/x-a", "json.unknown-field /x-b", "json.unknown-field /annexes/0/x-c",
                "json.unknown-field /preamble/0/x-d"), found(r));
        assertEquals(List.of("meeting", "declaration", "document", "preambular paragraph"), r.findings().stream()
                .map(f -> f.message().replaceAll(".* in an? (.*); strict.*", "$1")).toList());
        assertTrue(r.findings().stream().allMatch(Finding::isError));
        assertEquals("Unknown field \"x-a\" in a meeting; strict mode rejects fields the format does not define.",
                r.findings().get(0).message());
        Declaration d = (Declaration) r.document().orElseThrow();
        assertTrue(d.extensions().isEmpty());
        assertTrue(d.meeting().extensions().isEmpty());
    }

    // ------------------------------------------------------------------ positions

    @Test
    void columnsCountUtf16UnitsAfterAByteOrderMarkAndMultiByteText() {
        record Case(String prefix, int column) {
        }
        // each prefix is the value of "title"; the finding is at the "id" that follows it
        for (Case c : List.of(new Case("abc", 18), new Case("إعلان", 20), new Case("宣言文", 18), new Case("😀🌍", 19),
                new Case("é\u0301", 17))) {
            String json = "{\"title\": \"" + c.prefix() + "\", \"id\": 5}";
            Finding f = first(read(json), Rule.JSON_TYPE);
            assertEquals(1, f.line(), c.prefix());
            assertEquals(c.column(), f.column(), () -> c.prefix() + " gave " + f);
            byte[] bom = ("\uFEFF" + json).getBytes(StandardCharsets.UTF_8);
            Finding withBom = first(reader.read(bom), Rule.JSON_TYPE);
            assertEquals(c.column(), withBom.column(), () -> "the byte order mark is not counted: " + withBom);
        }
    }

    @Test
    void linesEndAtLfCrLfAndCr() {
        for (String nl : List.of("\n", "\r\n", "\r")) {
            String json = "{\"title\": \"宣言\"," + nl + nl + "  \"id\": 5}";
            Finding f = first(read(json), Rule.JSON_TYPE);
            assertEquals(3, f.line(), () -> nl.replace("\r", "CR").replace("\n", "LF") + " gave " + f);
            assertEquals(3, f.column());
        }
        Finding afterEmoji = first(read("{\"title\": \"😀\",\n\"x\": \"😀\", \"id\": []}"), Rule.JSON_TYPE);
        assertEquals(2, afterEmoji.line());
        assertEquals(12, afterEmoji.column());
    }

    // ------------------------------------------------------------------ entry points

    @Test
    void everyEntryPointReadsTheSame(@TempDir Path dir) throws IOException {
        byte[] bytes = Fixtures.bytes(Fixtures.SIEM_REAP);
        ReadResult fromBytes = reader.read(bytes);
        assertTrue(fromBytes.document().isPresent());
        assertFalse(fromBytes.hasErrors(), fromBytes.findings()::toString);
        Path file = Files.write(dir.resolve("d.json"), bytes);
        assertEquals(fromBytes, reader.read(file));
        assertEquals(fromBytes, reader.read(new ByteArrayInputStream(bytes)));
        assertEquals(fromBytes, reader.read(new String(bytes, StandardCharsets.UTF_8)));
        assertEquals(fromBytes, reader.read(new java.io.StringReader(new String(bytes, StandardCharsets.UTF_8))));
        byte[] broken = "{\"kind\": \"declaration\", \"id\": 5".getBytes(StandardCharsets.UTF_8);
        Path brokenFile = Files.write(dir.resolve("b.json"), broken);
        assertEquals(reader.read(broken), reader.read(brokenFile));
        assertEquals(reader.read(broken), reader.read(new ByteArrayInputStream(broken)));
        assertEquals(List.of("json.type /id", "json.syntax "), found(reader.read(brokenFile)));
    }

    @Test
    void aFileThatCannotBeReadIsAnUncheckedIoExceptionNamingIt(@TempDir Path dir) {
        Path missing = dir.resolve("missing.json");
        java.io.UncheckedIOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.UncheckedIOException.class,
                () -> reader.read(missing));
        assertTrue(e.getMessage().contains("missing.json"), e.getMessage());
    }
}
