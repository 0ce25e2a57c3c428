package org.declaro.beam;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.declaro.commitments.CommitmentExtractor;
import org.declaro.commitments.CommitmentRow;
import org.declaro.commitments.CommitmentTable;
import org.declaro.commitments.CommitmentTableWriter;
import org.declaro.commitments.ThemeVocabulary;
import org.declaro.importer.ImportResult;
import org.declaro.importer.TextImporter;
import org.declaro.importer.spi.SourceReaders;
import org.declaro.json.CanonicalJsonWriter;
import org.declaro.json.DocumentReader;
import org.declaro.json.ReadResult;
import org.declaro.model.Document;
import org.declaro.validation.DocumentValidator;
import org.declaro.validation.JsonInput;

/**
 * What the single-process library gives for the files of a directory, in the program's output form: the
 * expected lines of each output, sorted (a pipeline writes lines in no particular order).
 */
record Library(List<String> reports, List<String> imports, List<String> commitments, long invalid, long commitmentCount) {

    /** The library's answer for the inputs of a directory, as the program reads them (same suffixes, same names). */
    static Library of(Path dir, CommitmentTableWriter.Format format) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> names = new ArrayList<>();
        List<byte[]> documents = new ArrayList<>();
        List<String> imports = new ArrayList<>();
        for (Path f : files) {
            String name = dir.relativize(f).toString().replace('\\', '/');
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".json")) {
                names.add(name);
                documents.add(read(f));
            } else if (lower.endsWith(".txt") || lower.endsWith(".md") || lower.endsWith(".markdown")
                    || SourceReaders.forFile(f).isPresent()) { // a .pdf, a .docx: with their readers installed
                ImportedText t = imported(name, f);
                imports.add(t.toJson());
                names.add(name);
                documents.add(t.json().getBytes(StandardCharsets.UTF_8));
            }
        }
        return of(names, documents, imports, format);
    }

    /**
     * A text imported as {@code declaro import FILE} does: from the file, so that its name gives the syntax and
     * the provenance; commitments found.
     */
    static ImportedText imported(String name, Path file) {
        ImportResult r = TextImporter.builder().provenance(true).build().importText(file);
        Document doc = CommitmentExtractor.standard().extract(r.document().orElseThrow());
        return new ImportedText(name, CanonicalJsonWriter.standard().write(doc), r.findings().stream().map(FindingRow::of).toList());
    }

    /** The library's answer for named documents (JSON) and the lines of their imports. */
    static Library of(List<String> names, List<byte[]> documents, List<String> imports, CommitmentTableWriter.Format format) {
        List<JsonInput> inputs = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            inputs.add(JsonInput.of(names.get(i), documents.get(i)));
        }
        List<DocumentReport> reports = DocumentValidator.standard().validateInputs(inputs).stream().map(DocumentReport::of).toList();
        CommitmentExtractor extractor = CommitmentExtractor.builder().themes(ThemeVocabulary.mineAction()).build();
        List<String> rows = new ArrayList<>();
        for (byte[] json : documents) {
            ReadResult r = DocumentReader.standard().read(json);
            if (!r.hasErrors() && r.document().isPresent()) {
                for (CommitmentRow row : CommitmentTable.rows(r.document().get(), extractor, false)) {
                    rows.add(format.line(row, CommitmentTable.ALL));
                }
            }
        }
        return new Library(sorted(reports.stream().map(DocumentReport::toJson).toList()), sorted(imports), sorted(rows),
                reports.stream().filter(r -> !r.valid()).count(), rows.size());
    }

    static List<String> sorted(List<String> lines) {
        return lines.stream().sorted().toList();
    }

    static byte[] read(Path f) {
        try {
            return Files.readAllBytes(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
