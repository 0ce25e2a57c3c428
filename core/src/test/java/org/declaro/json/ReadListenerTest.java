package org.declaro.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A listener is told of each object read whole, children before parents, with its pointer in the text. */
class ReadListenerTest {
    private static final String JSON = """
            {"schemaVersion": "1.1", "kind": "declaration", "id": "d", "title": "T", "language": "en",
             "paragraphs": [
               {"number": 1, "text": "We commit.", "subparagraphs": [{"label": "a", "text": "Sub."}],
                "commitments": [{"id": "c1", "modality": "commit", "actor": "We", "text": "commit", "start": 3, "end": 9}]},
               null,
               {"number": 2, "text": "Second."}],
             "footnotes": [{"marker": "*", "text": "Note."}],
             "annexes": [{"schemaVersion": "1.1", "kind": "declaration", "id": "a", "title": "A", "language": "en",
                          "paragraphs": [{"number": 1, "text": "Annex."}]}]}
            """;

    private static final List<String> EXPECTED = List.of(
            "Subparagraph /paragraphs/0/subparagraphs/0",
            "Commitment /paragraphs/0/commitments/0",
            "Paragraph /paragraphs/0",
            "Paragraph /paragraphs/2", // the null element is not an object: not told
            "Footnote /footnotes/0",
            "Paragraph /annexes/0/paragraphs/0",
            "Declaration /annexes/0",
            "Declaration ");

    @Test
    void objectsComeChildrenFirstWithTheirPointers() {
        List<String> told = new ArrayList<>();
        ReadResult r = DocumentReader.standard().read(JSON.getBytes(StandardCharsets.UTF_8),
                (record, pointer) -> told.add(record.getClass().getSimpleName() + " " + pointer.get()));
        assertEquals(EXPECTED, told);
        assertEquals(1, r.findings().size(), r.findings().toString()); // the null in the list
    }

    @Test
    void aFileIsReadAsAStreamWithTheSameObjectsAndFindings(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("d.json");
        Files.writeString(file, JSON);
        List<String> told = new ArrayList<>();
        ReadResult fromFile = DocumentReader.standard().read(file,
                (record, pointer) -> told.add(record.getClass().getSimpleName() + " " + pointer.get()));
        assertEquals(EXPECTED, told);
        assertEquals(DocumentReader.standard().read(JSON), fromFile); // findings placed by reading the file again
        assertEquals(5, fromFile.findings().get(0).line()); // the line of the null
    }
}
