package org.declaro.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.declaro.report.Finding;
import org.declaro.report.Rule;
import org.declaro.report.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A value that fails to bind gives one finding, not its follow-ons; findings come in one order however read. */
class OneMistakeOneFindingTest {
    private final DocumentValidator validator = DocumentValidator.standard();

    private static String declaration(String paragraphs) {
        return "{\"schemaVersion\": \"1.0\", \"kind\": \"declaration\", \"id\": \"x\", \"title\": \"T\", \"language\": \"en\",\n"
                + " \"paragraphs\": " + paragraphs + "}";
    }

    private List<String> errors(String json) {
        return validator.validate(json.getBytes(StandardCharsets.UTF_8)).errors().stream()
                .map(f -> f.rule().id() + " " + f.pointer()).toList();
    }

    @Test
    void aNumberThatIsNotAnIntegerIsNotAlsoAMissingNumber() {
        String json = declaration("[{\"number\": \"one\", \"text\": \"A.\"}, {\"number\": 2, \"text\": \"B.\"}]");
        assertEquals(List.of("json.type /paragraphs/0/number"), errors(json));
    }

    @Test
    void aMissingNumberIsReportedWhereTheNumberBelongs() {
        String json = declaration("[{\"text\": \"A.\"}, {\"number\": 2, \"text\": \"B.\"}]");
        assertEquals(List.of("paragraph.number.missing /paragraphs/0/number"), errors(json));
    }

    @Test
    void followOnsInsideAValueThatFailedToBindAreDropped() {
        assertEquals(List.of("json.type /paragraphs"), errors(declaration("{}")));
        String badModality = declaration("[{\"number\": 1, \"text\": \"We will act.\", \"commitments\": [{\"id\": \"c1\","
                + " \"modality\": \"maybe\", \"actor\": \"We\", \"text\": \"We will act.\", \"start\": 0, \"end\": 12}]}]");
        assertEquals(List.of("json.enum /paragraphs/0/commitments/0/modality"), errors(badModality));
    }

    @Test
    void aFindingThatIsNotAFollowOnStays() {
        // the wrong type of the first paragraph's number does not hide the second's blank text
        String json = declaration("[{\"number\": \"one\", \"text\": \"A.\"}, {\"number\": 2, \"text\": \" \"}]");
        assertEquals(List.of("json.type /paragraphs/0/number", "text.blank /paragraphs/1/text"), errors(json));
    }

    @Test
    void findingsAtOnePositionAreOrderedByPointerThenRule() {
        Finding z = new Finding(Rule.TEXT_WHITESPACE, Severity.WARNING, "/title", 3, 7, "z");
        Finding a = new Finding(Rule.ID_FORMAT, Severity.ERROR, "/title", 3, 7, "a");
        Finding earlier = new Finding(Rule.TEXT_BLANK, Severity.ERROR, "/id", 2, 9, "b");
        Finding ten = Finding.of(Rule.TEXT_BLANK, "/paragraphs/10/text", "c");
        Finding two = Finding.of(Rule.TEXT_BLANK, "/paragraphs/2/text", "d");
        ValidationReport r = new ValidationReport("-", Optional.empty(), List.of(z, a, earlier, ten, two));
        assertEquals(List.of(ten, two, earlier, a, z), r.findings(), "unlocated first, as made; then by position");
    }

    @Test
    void theOrderIsTheSameFromBytesStreamReaderAndFile(@TempDir Path dir) throws IOException {
        String json = declaration("[{\"number\": 1, \"text\": \" A. \", \"x-b\": 1, \"x-a\": 2},"
                + " {\"number\": 1, \"text\": \"\"}, {\"text\": \"C.\", \"number\": 3}]");
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("d.json"), bytes);
        List<Finding> fromBytes = validator.validate(bytes).findings();
        assertEquals(fromBytes, validator.validate(new ByteArrayInputStream(bytes)).findings());
        assertEquals(fromBytes, validator.validate(new StringReader(json)).findings());
        assertEquals(fromBytes, validator.validate(file).findings());
        List<Finding> sorted = new java.util.ArrayList<>(fromBytes);
        sorted.sort(Finding.BY_POSITION);
        assertEquals(sorted, fromBytes);
    }
}
