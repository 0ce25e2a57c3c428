package org.declaro;

import java.nio.file.Path;
import java.util.List;
import org.declaro.commitments.CommitmentExtractor;
import org.declaro.importer.ImportResult;
import org.declaro.importer.TextImporter;
import org.declaro.json.CanonicalJsonWriter;
import org.declaro.json.DocumentReader;
import org.declaro.json.ReadResult;
import org.declaro.model.ActionPlan;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.declaro.model.Limits;
import org.declaro.report.Finding;
import org.declaro.validation.DocumentValidator;
import org.declaro.validation.ValidationReport;

/**
 * The common calls in one place. Each is a one-liner over the packages that hold the feature:
 * {@link org.declaro.json} for reading and writing, {@link org.declaro.validation} for validation. Use
 * those directly for configuration (strict mode, limits, theme vocabularies): each configurable class is built
 * by {@code X.builder()...build()}, and {@code X.standard()} is its ready default.
 *
 * <pre>{@code
 * ValidationReport report = Declaro.validate(Path.of("declaration.json"));
 * Declaration doc = Declaro.readDeclaration(Path.of("declaration.json"));
 * String json = Declaro.toJson(doc);
 * Document same = Declaro.readJson(json);
 * }</pre>
 *
 * <p>A {@link Path} is a file to read; a {@code String} is JSON text, and the methods that take one say so
 * ({@code readJson}, {@code readDeclarationJson}, {@code readActionPlanJson}).
 *
 * <p>The conventions of the whole API: a file or stream that cannot be read or written is a
 * {@link java.io.UncheckedIOException} (its cause the {@link java.io.IOException}); a null argument is a
 * {@link NullPointerException} and an argument out of its range an {@link IllegalArgumentException}; a
 * document that breaks the format gives findings ({@link Finding}), never an exception, except from the
 * reading one-liners here, which throw {@link InvalidDocumentException} carrying the findings. No method
 * declares a checked exception.
 */
public final class Declaro {
    private Declaro() {
    }

    /**
     * Reads a document leniently.
     *
     * @param file a JSON file
     * @return the document
     * @throws InvalidDocumentException if the file is not a readable document (its findings say why)
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static Document read(Path file) {
        return read(file, Limits.DEFAULTS);
    }

    /**
     * Reads a document leniently, within the given limits.
     *
     * @param file   a JSON file
     * @param limits the limits; a file over {@link Limits#maxInputBytes()} is refused after reading that much
     * @return the document
     * @throws InvalidDocumentException if the file is not a readable document (its findings say why)
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static Document read(Path file, Limits limits) {
        return orThrow(DocumentReader.builder().limits(limits).build().read(file));
    }

    /**
     * Reads a document leniently from JSON text (not a file name: {@link #read(Path)} reads a file).
     *
     * @param json JSON text
     * @return the document
     * @throws InvalidDocumentException if the text is not a readable document (its findings say why)
     */
    public static Document readJson(String json) {
        return orThrow(DocumentReader.standard().read(json));
    }

    /**
     * Reads a declaration leniently, without a cast.
     *
     * @param file a JSON file
     * @return the declaration
     * @throws InvalidDocumentException if the file is not a readable document, or is an action plan
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static Declaration readDeclaration(Path file) {
        return as(Declaration.class, read(file), "");
    }

    /**
     * Reads a declaration leniently from JSON text, without a cast.
     *
     * @param json JSON text
     * @return the declaration
     * @throws InvalidDocumentException if the text is not a readable document, or is an action plan
     */
    public static Declaration readDeclarationJson(String json) {
        return as(Declaration.class, readJson(json), "Json");
    }

    /**
     * Reads an action plan leniently, without a cast.
     *
     * @param file a JSON file
     * @return the action plan
     * @throws InvalidDocumentException if the file is not a readable document, or is a declaration
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static ActionPlan readActionPlan(Path file) {
        return as(ActionPlan.class, read(file), "");
    }

    /**
     * Reads an action plan leniently from JSON text, without a cast.
     *
     * @param json JSON text
     * @return the action plan
     * @throws InvalidDocumentException if the text is not a readable document, or is a declaration
     */
    public static ActionPlan readActionPlanJson(String json) {
        return as(ActionPlan.class, readJson(json), "Json");
    }

    private static <T extends Document> T as(Class<T> type, Document doc, String suffix) {
        if (type.isInstance(doc)) {
            return type.cast(doc);
        }
        String wanted = type == Declaration.class ? "a declaration" : "an action plan";
        String actual = doc.match(d -> "a declaration", p -> "an action plan");
        throw new InvalidDocumentException("Expected " + wanted + ", but the document is " + actual + " (\"kind\": \""
                + doc.kind().jsonName() + "\"); read it with Declaro." + doc.match(d -> "readDeclaration", p -> "readActionPlan")
                + suffix + " or Declaro.read" + suffix, List.of());
    }

    private static Document orThrow(ReadResult r) {
        if (r.hasErrors() || r.document().isEmpty()) {
            throw new InvalidDocumentException(r.findings());
        }
        return r.document().get();
    }

    /**
     * Validates a JSON file with the {@linkplain DocumentValidator#standard() standard validator}.
     *
     * @param file a JSON file
     * @return the report; never throws for bad content
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static ValidationReport validate(Path file) {
        return DocumentValidator.standard().validate(file);
    }

    /**
     * Validates a JSON file with the standard rules, within the given limits.
     *
     * @param file   a JSON file
     * @param limits the limits; a file over {@link Limits#maxInputBytes()} gives a {@code limit.exceeded}
     *               finding after reading that much
     * @return the report; never throws for bad content
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static ValidationReport validate(Path file, Limits limits) {
        return DocumentValidator.builder().limits(limits).build().validate(file);
    }

    /**
     * Validates a JSON Lines file, one document a line, with the standard validator, in memory bounded by the
     * largest document (see {@link DocumentValidator#validateJsonLines(java.io.InputStream, String,
     * java.util.function.Consumer)}: sources {@code FILE:LINE}, findings at the document's line, references
     * between documents not checked).
     *
     * @param file    a JSON Lines file
     * @param reports receives each document's report, in file order
     * @return how many reports were given
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static long validateJsonLines(Path file, java.util.function.Consumer<? super ValidationReport> reports) {
        return DocumentValidator.standard().validateJsonLines(file, reports);
    }

    /**
     * Validates a JSON Lines file with the standard rules, within the given limits: a line over
     * {@link Limits#maxInputBytes()} gives a report with a {@code limit.exceeded} finding, and reading goes on.
     *
     * @param file    a JSON Lines file
     * @param limits  the limits, for each document (line)
     * @param reports receives each document's report, in file order
     * @return how many reports were given
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static long validateJsonLines(Path file, Limits limits, java.util.function.Consumer<? super ValidationReport> reports) {
        return DocumentValidator.builder().limits(limits).build().validateJsonLines(file, reports);
    }

    /**
     * Validates a document built in memory with the standard validator.
     *
     * @param doc the document
     * @return the report
     */
    public static ValidationReport validate(Document doc) {
        return DocumentValidator.standard().validate(doc);
    }

    /**
     * Writes a document as canonical JSON: the fields in the order of FORMAT.md, two-space indent, no
     * {@code null}s or empty lists, a final newline ({@link CanonicalJsonWriter}). Reading the text back gives
     * an equal document.
     *
     * @param doc a document
     * @return its canonical JSON text
     */
    public static String toJson(Document doc) {
        return CanonicalJsonWriter.standard().write(doc);
    }

    /**
     * Imports the plain text (or Markdown) of a declaration or action plan with the {@linkplain
     * TextImporter#standard() standard importer}. Like {@link TextImporter#importText(Path)}, it does not find
     * commitments: {@link #importTextWithCommitments(Path)} does.
     *
     * @param file a UTF-8 text file
     * @return the document, without commitments, and the import's findings (lines it could not place)
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static ImportResult importText(Path file) {
        return TextImporter.standard().importText(file);
    }

    /**
     * Imports text as {@link #importText(Path)} does, within the given limits.
     *
     * @param file   a UTF-8 text file
     * @param limits the limits; a file over {@link Limits#maxInputBytes()} gives a {@code limit.exceeded}
     *               finding after reading that much
     * @return the document, without commitments, and the import's findings
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static ImportResult importText(Path file, Limits limits) {
        return TextImporter.builder().limits(limits).build().importText(file);
    }

    /**
     * Imports text as {@link #importText(Path)} does, then finds its commitments with
     * {@link CommitmentExtractor#standard()}.
     *
     * @param file a UTF-8 text file
     * @return the document, with commitments, and the import's findings
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static ImportResult importTextWithCommitments(Path file) {
        return importTextWithCommitments(file, Limits.DEFAULTS);
    }

    /**
     * Imports text and finds its commitments as {@link #importTextWithCommitments(Path)} does, within the given
     * limits.
     *
     * @param file   a UTF-8 text file
     * @param limits the limits; a file over {@link Limits#maxInputBytes()} gives a {@code limit.exceeded}
     *               finding after reading that much
     * @return the document, with commitments, and the import's findings
     * @throws java.io.UncheckedIOException if the file cannot be read
     */
    public static ImportResult importTextWithCommitments(Path file, Limits limits) {
        ImportResult r = importText(file, limits);
        return new ImportResult(CommitmentExtractor.standard().extract(r.document().orElseThrow()), r.findings());
    }

    /** Thrown by the reading one-liners when the input is not a readable document. */
    public static final class InvalidDocumentException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /** The findings; records are serializable-safe as an unmodifiable list copy. */
        private final transient List<Finding> findings;

        InvalidDocumentException(List<Finding> findings) {
            this(summary(findings), findings);
        }

        InvalidDocumentException(String message, List<Finding> findings) {
            super(message);
            this.findings = List.copyOf(findings);
        }

        /** @return what reading found; empty when the document was readable but of the wrong kind */
        public List<Finding> findings() {
            return findings;
        }

        private static String summary(List<Finding> findings) {
            StringBuilder sb = new StringBuilder("Not a readable Declaro document:");
            findings.stream().filter(Finding::isError).limit(5).forEach(f -> sb.append("\n  ").append(f));
            return sb.toString();
        }
    }
}
