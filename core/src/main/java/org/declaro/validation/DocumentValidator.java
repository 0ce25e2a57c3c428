package org.declaro.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.declaro.commitments.ThemeVocabulary;
import org.declaro.internal.BoundedInput;
import org.declaro.internal.Unicode;
import org.declaro.json.DocumentReader;
import org.declaro.json.JsonLocator;
import org.declaro.json.ReadResult;
import org.declaro.model.ActionPlan;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.declaro.model.Limits;
import org.declaro.report.Finding;
import org.declaro.report.Rule;

/**
 * Validates declaration documents against every rule of the format's catalogue (see {@link Rule}).
 *
 * <p>Immutable and thread-safe: build one, keep it, share it between threads. Input may be JSON text
 * (bytes, a {@link Reader}, a {@link Path}), whose findings then carry line and column, or a model built
 * in memory. Documents validated together resolve each other's ids ({@code reference.unresolved});
 * annexes are validated as documents of their own, with pointers such as
 * {@code /annexes/0/paragraphs/3/text}. The validator never throws on bad input: malformed JSON is a
 * {@code json.syntax} finding. It throws only when a file cannot be read at all.
 *
 * <pre>{@code
 * DocumentValidator validator = DocumentValidator.builder().themes(ThemeVocabulary.ofThemes(List.of("clearance"))).build();
 * ValidationReport report = validator.validate(Path.of("declaration.json"));
 * for (Finding f : report.findings()) System.out.println(f);
 * }</pre>
 */
public final class DocumentValidator {
    private static final List<RuleFamily> RULES = List.of(new DocumentRules(), new Texts(), new Numbering(),
            new Footnotes(), new Commitments());
    private static final DocumentValidator STANDARD = builder().build();

    private final DocumentReader reader;
    private final Set<String> themes;
    private final ThemeVocabulary vocabulary;

    private DocumentValidator(Builder b) {
        // The field constraints of JSON are checked by the reader, where each value is read; Hibernate Validator
        // checks those of models built in memory. JsonConstraintPathsProperties holds the two paths equal.
        this.reader = DocumentReader.builder().strict(b.strict).limits(b.limits).constraintChecks(true).build();
        this.vocabulary = b.themes;
        this.themes = b.themes == null ? null : Set.copyOf(b.themes.themes());
    }

    /** @return the validator with default settings: lenient, default limits, no theme vocabulary */
    public static DocumentValidator standard() {
        return STANDARD;
    }

    /** @return a builder that starts as {@link #standard()}, for a configured validator */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this validator's settings, to change some of them */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.strict = reader.isStrict();
        b.limits = reader.limits();
        b.themes = vocabulary;
        return b;
    }

    /**
     * Prepares the Bean Validation engine now rather than on the first validation of a model built in memory
     * ({@link #validate(Document)}): useful in a server that validates such models and wants its first
     * request to be fast. JSON is validated without it, so a server that only validates JSON need not call
     * this.
     */
    public static void warmUp() {
        BeanConstraints.warmUp();
    }

    /** @return whether unknown fields are errors */
    public boolean isStrict() {
        return reader.isStrict();
    }

    /**
     * @param json UTF-8 JSON text
     * @return the report
     */
    public ValidationReport validate(byte[] json) {
        return validateJson(List.of(new Input("-", json, null, null))).get(0);
    }

    /**
     * Reads JSON text up to the {@linkplain Limits#maxInputBytes() size limit} (counted in bytes of UTF-8)
     * and validates it.
     *
     * @param json JSON text; not closed
     * @return the report
     * @throws UncheckedIOException if the reader fails
     */
    public ValidationReport validate(Reader json) {
        String text;
        try {
            text = BoundedInput.readAll(json, reader.limits().maxInputBytes());
        } catch (BoundedInput.TooLarge e) {
            return refused("-", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the input: " + e.getMessage(), e);
        }
        Finding notUnicode = Unicode.unpairedSurrogate(text);
        if (notUnicode != null) {
            return new ValidationReport("-", Optional.empty(), List.of(notUnicode));
        }
        return validate(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Reads UTF-8 JSON up to the {@linkplain Limits#maxInputBytes() size limit} and validates it: a larger
     * input gives a {@code limit.exceeded} finding, and no more than the limit is read.
     *
     * @param json UTF-8 JSON; not closed
     * @return the report, with {@code "-"} as its source
     * @throws UncheckedIOException if the stream cannot be read
     */
    public ValidationReport validate(InputStream json) {
        try {
            return validate(BoundedInput.readAll(json, reader.limits().maxInputBytes()));
        } catch (BoundedInput.TooLarge e) {
            return refused("-", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the input: " + e.getMessage(), e);
        }
    }

    private static ValidationReport refused(String name, BoundedInput.TooLarge e) {
        return new ValidationReport(name, Optional.empty(), List.of(e.finding()));
    }

    /**
     * @param file a JSON file
     * @return the report, with the file name as its source
     * @throws UncheckedIOException if the file cannot be read
     */
    public ValidationReport validate(Path file) {
        return validateFiles(List.of(file)).get(0);
    }

    /**
     * Validates files together: references between them resolve. Each file is read up to the
     * {@linkplain Limits#maxInputBytes() size limit}; a larger one gives a {@code limit.exceeded} finding.
     *
     * @param files JSON files
     * @return one report a file, in order
     * @throws UncheckedIOException if a file cannot be read
     */
    public List<ValidationReport> validateFiles(List<Path> files) {
        List<JsonInput> inputs = new ArrayList<>(files.size());
        for (Path f : files) {
            inputs.add(JsonInput.of(f));
        }
        return validateInputs(inputs);
    }

    /**
     * Validates JSON inputs together: references between them resolve. Files and streams are read here, each
     * up to the {@linkplain Limits#maxInputBytes() size limit}; a larger one gives a {@code limit.exceeded}
     * finding in its report.
     *
     * @param inputs the inputs, each with a name (names may repeat)
     * @return one report an input, in order, each with the input's name as source
     * @throws UncheckedIOException if a file or stream cannot be read (the message names the input)
     */
    public List<ValidationReport> validateInputs(List<JsonInput> inputs) {
        List<Input> read = new ArrayList<>(inputs.size());
        for (JsonInput in : inputs) {
            if (in.file() != null) {
                read.add(new Input(in.name(), null, null, in.file())); // parsed as a stream, not held in memory
                continue;
            }
            try {
                read.add(new Input(in.name(), in.read(reader.limits().maxInputBytes()), null, null));
            } catch (BoundedInput.TooLarge e) {
                read.add(new Input(in.name(), null, e.finding(), null));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + in.name() + ": " + e.getMessage(), e);
            }
        }
        return validateJson(read);
    }

    /**
     * Validates a JSON Lines stream, one document a line, and gives each document's report to {@code reports}
     * as soon as it is made: memory is bounded by the largest document, not by the stream, which may be of any
     * length.
     *
     * <ul>
     *   <li>Lines end with LF or CRLF; the last line may lack its line end. Blank lines are skipped (they count
     *       in the line numbers); an empty stream gives no report.</li>
     *   <li>Each line is one document, validated alone as {@link #validate(byte[])} validates it. Its report's
     *       source is {@code name:LINE} ({@code "corpus.jsonl:42"}); its findings carry the line number of
     *       the document in the stream, the column within that line, and pointers within the document.
     *       Findings about the whole document are at column 1.</li>
     *   <li>{@link Limits#maxInputBytes()} bounds one line (without its line end): a longer line gives a report
     *       with one {@code limit.exceeded} finding; its bytes are counted and dropped as they are read, and
     *       reading goes on at the next line.</li>
     *   <li>References between documents ({@code reference.unresolved}) are not checked: the ids of the other
     *       documents of the stream are not held, since that would take memory in proportion to the stream. A
     *       reference to a document's own id or to one of its annexes resolves as usual; to check references
     *       between documents, validate them together with {@link #validateFiles} or
     *       {@link #validateInputs}.</li>
     * </ul>
     *
     * <pre>{@code
     * try (InputStream in = Files.newInputStream(Path.of("corpus.jsonl"))) {
     *     validator.validateJsonLines(in, "corpus.jsonl", r -> r.findings().forEach(f -> System.out.println(r.source() + ":" + f)));
     * }
     * }</pre>
     *
     * @param jsonLines UTF-8 JSON Lines; read to its end, not closed
     * @param name      the stream's name, for the reports' sources (e.g. a file name, {@code "-"} for standard input)
     * @param reports   receives the report of each document, in stream order
     * @return how many reports were given (documents and over-long lines; blank lines are not counted)
     * @throws NullPointerException if an argument is null
     * @throws UncheckedIOException if the stream cannot be read (the message says after which line)
     */
    public long validateJsonLines(InputStream jsonLines, String name, java.util.function.Consumer<? super ValidationReport> reports) {
        java.util.Objects.requireNonNull(reports, "reports");
        JsonLines lines = jsonLines(jsonLines, name);
        long n = 0;
        while (lines.hasNext()) {
            reports.accept(lines.next());
            n++;
        }
        return n;
    }

    /**
     * Validates a JSON Lines file, as {@link #validateJsonLines(InputStream, String, java.util.function.Consumer)}
     * does, with the file name as the stream's name.
     *
     * @param file    a JSON Lines file
     * @param reports receives the report of each document, in file order
     * @return how many reports were given
     * @throws UncheckedIOException if the file cannot be read
     */
    public long validateJsonLines(Path file, java.util.function.Consumer<? super ValidationReport> reports) {
        try (InputStream in = java.nio.file.Files.newInputStream(file)) {
            return validateJsonLines(in, file.toString(), reports);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The reports of a JSON Lines stream as a lazy, sequential stream: each line is read and validated when
     * the stream needs its report, as {@link #validateJsonLines(InputStream, String, java.util.function.Consumer)}
     * describes. Closing the returned stream does not close {@code jsonLines}.
     *
     * @param jsonLines UTF-8 JSON Lines; not closed
     * @param name      the stream's name, for the reports' sources
     * @return the reports, in stream order; a failure to read is an {@link UncheckedIOException} from the
     *         stream's terminal operation
     * @throws NullPointerException if an argument is null
     */
    public java.util.stream.Stream<ValidationReport> streamJsonLines(InputStream jsonLines, String name) {
        return java.util.stream.StreamSupport.stream(java.util.Spliterators.spliteratorUnknownSize(jsonLines(jsonLines, name),
                java.util.Spliterator.ORDERED | java.util.Spliterator.NONNULL), false);
    }

    private JsonLines jsonLines(InputStream in, String name) {
        return new JsonLines(this, java.util.Objects.requireNonNull(in, "jsonLines"), java.util.Objects.requireNonNull(name, "name"),
                reader.limits().maxInputBytes());
    }

    /**
     * Validates a document built in memory; findings have pointers but no line or column.
     *
     * @param doc the document
     * @return the report, with the document's id as its source
     */
    public ValidationReport validate(Document doc) {
        return validateDocuments(List.of(doc)).get(0);
    }

    /**
     * Validates documents together: references between them resolve.
     *
     * @param docs the documents
     * @return one report a document, in order
     */
    public List<ValidationReport> validateDocuments(Collection<? extends Document> docs) {
        Set<String> ids = new HashSet<>();
        for (Document d : docs) {
            collectIds(d, ids);
        }
        List<ValidationReport> reports = new ArrayList<>();
        for (Document d : docs) {
            List<Finding> findings = new ArrayList<>();
            counts(d, findings);
            BeanConstraints.check(d, findings);
            check(d, ids, findings, null);
            reports.add(new ValidationReport(String.valueOf(d.id()), Optional.of(d), findings));
        }
        return reports;
    }

    /**
     * One JSON input: its bytes, a file to parse as a stream (and read again only to place findings), or the
     * finding that refused it before it was read whole.
     */
    private record Input(String name, byte[] json, Finding refused, Path file) {
        byte[] text(long maxBytes) {
            if (json != null) {
                return json;
            }
            try {
                return BoundedInput.readAll(file, maxBytes);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name + " again: " + e.getMessage(), e);
            }
        }
    }

    private List<ValidationReport> validateJson(List<Input> inputs) {
        return validateJson(inputs, false);
    }

    /**
     * The path JSON took before the reader checked the field constraints: read without them, then Hibernate
     * Validator on the model. Kept as the reference that a property compares the JSON path with.
     */
    List<ValidationReport> validateJsonWithBeanValidation(byte[] json) {
        return validateJson(List.of(new Input("-", json, null, null)), true);
    }

    private List<ValidationReport> validateJson(List<Input> inputs, boolean beanValidation) {
        DocumentReader read = beanValidation ? reader.toBuilder().constraintChecks(false).build() : reader;
        List<ReadResult> reads = new ArrayList<>();
        List<ReadScan> scans = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Input in : inputs) {
            ReadScan scan = beanValidation ? null : new ReadScan(themes);
            ReadResult r = in.refused() != null ? new ReadResult(Optional.empty(), List.of(in.refused()))
                    : in.file() != null ? read.read(in.file(), scan)
                    : scan == null ? read.read(in.json()) : read.read(in.json(), scan);
            reads.add(r);
            scans.add(scan);
            if (r.document().isPresent()) {
                collectIds(r.document().get(), ids);
            }
        }
        List<ValidationReport> reports = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            ReadResult r = reads.get(i);
            Input in = inputs.get(i);
            if (r.document().isEmpty()) {
                reports.add(new ValidationReport(in.name(), Optional.empty(), r.findings()));
                continue;
            }
            List<Finding> model = new ArrayList<>();
            if (beanValidation) {
                BeanConstraints.check(r.document().get(), model);
            }
            check(r.document().get(), ids, model, scans.get(i));
            Set<String> reported = new HashSet<>();
            Set<String> unbound = new HashSet<>();
            for (Finding f : r.findings()) {
                reported.add(f.pointer());
                if (f.rule() == Rule.JSON_TYPE || f.rule() == Rule.JSON_ENUM || f.rule() == Rule.DATE_FORMAT) {
                    unbound.add(f.pointer());
                }
            }
            List<Finding> all = new ArrayList<>(r.findings());
            List<Finding> unlocated = new ArrayList<>();
            for (Finding f : model) {
                String pointer = r.toJsonPointer(f.pointer());
                if (f.rule() == Rule.REQUIRED && reported.contains(pointer) || followsOn(pointer, unbound)) {
                    continue; // the value was there but unusable, and reading said so already: one mistake, one finding
                }
                unlocated.add(new Finding(f.rule(), f.severity(), pointer, 0, 0, f.message()));
            }
            all.addAll(unlocated.isEmpty() ? List.of()
                    : JsonLocator.locate(in.text(reader.limits().maxInputBytes()), unlocated));
            reports.add(new ValidationReport(in.name(), r.document(), all));
        }
        return reports;
    }

    /** Whether a finding at {@code pointer} is about a value that failed to bind (or something inside it). */
    private static boolean followsOn(String pointer, Set<String> unbound) {
        if (unbound.isEmpty()) {
            return false;
        }
        String p = pointer;
        while (true) {
            if (unbound.contains(p)) {
                return true;
            }
            int slash = p.lastIndexOf('/');
            if (slash < 0) {
                return false;
            }
            p = p.substring(0, slash);
        }
    }

    /**
     * Runs the rule families on a document and its annexes; with a {@code scan} of its JSON, only those
     * the scan could not clear.
     */
    private void check(Document doc, Set<String> ids, List<Finding> out, ReadScan scan) {
        Checks checks = new Checks(out, themes, ids);
        checks.newerFields = scan == null || scan.newerFields();
        List<RuleFamily> families = RULES;
        if (scan != null && (!scan.texts() || !scan.commitments())) {
            families = new ArrayList<>(RULES.size());
            for (RuleFamily f : RULES) { // a loop, not removeIf: no lambda to spin up at start-up
                if (!(f instanceof Texts && !scan.texts() || f instanceof Commitments && !scan.commitments())) {
                    families.add(f);
                }
            }
        }
        visit(doc, "", checks, families);
    }

    private static void visit(Document doc, String base, Checks checks, List<RuleFamily> families) {
        for (RuleFamily family : families) {
            family.check(doc, base, checks);
        }
        if (doc instanceof Declaration d) {
            for (int i = 0; i < d.annexes().size(); i++) {
                visit(d.annexes().get(i), base + "/annexes/" + i, checks, families);
            }
        }
    }

    private static void collectIds(Document doc, Set<String> ids) {
        if (doc.id() != null) {
            ids.add(doc.id());
        }
        if (doc instanceof Declaration d) {
            for (Document annex : d.annexes()) {
                collectIds(annex, ids);
            }
        }
    }

    /** Count limits for documents built in memory (the reader enforces them on JSON). */
    private void counts(Document doc, List<Finding> out) {
        int[] n = new int[2];
        count(doc, n);
        Limits limits = reader.limits();
        if (n[0] > limits.maxParagraphs()) {
            out.add(Finding.of(Rule.LIMIT_EXCEEDED, "", "The document has " + n[0] + " paragraphs, more than the limit of "
                    + limits.maxParagraphs() + " (Limits.maxParagraphs)."));
        }
        if (n[1] > limits.maxCommitments()) {
            out.add(Finding.of(Rule.LIMIT_EXCEEDED, "", "The document has " + n[1]
                    + " commitments, more than the limit of " + limits.maxCommitments() + " (Limits.maxCommitments)."));
        }
    }

    private static void count(Document doc, int[] n) {
        if (doc instanceof Declaration d) {
            n[0] += d.paragraphs().size() + d.preamble().size();
            for (var p : d.paragraphs()) {
                n[1] += p.commitments().size() + Commitments.count(p.subparagraphs());
            }
            for (var p : d.preamble()) {
                n[1] += p.commitments().size();
            }
            for (Document annex : d.annexes()) {
                count(annex, n);
            }
        } else if (doc instanceof ActionPlan a) {
            for (var act : a.actions()) {
                n[1] += act.commitments().size();
            }
        }
    }

    /** Configures a {@link DocumentValidator}. Not thread-safe; the validator it builds is. */
    public static final class Builder {
        private boolean strict;
        private Limits limits = Limits.DEFAULTS;
        private ThemeVocabulary themes;

        private Builder() {
        }

        /**
         * @param value true to report fields the format does not define as errors (default false: warnings)
         * @return this builder
         */
        public Builder strict(boolean value) {
            strict = value;
            return this;
        }

        /**
         * @param value limits for reading JSON and for counts (default {@link Limits#DEFAULTS})
         * @return this builder
         */
        public Builder limits(Limits value) {
            limits = java.util.Objects.requireNonNull(value);
            return this;
        }

        /**
         * @param vocabulary the vocabulary whose {@linkplain ThemeVocabulary#themes() themes} commitments may carry;
         *                   others give {@code commitment.theme.unknown} (default null: no vocabulary, no check).
         *                   {@link ThemeVocabulary#ofThemes} makes one from theme names alone
         * @return this builder
         */
        public Builder themes(ThemeVocabulary vocabulary) {
            themes = vocabulary;
            return this;
        }

        /** @return the validator */
        public DocumentValidator build() {
            return new DocumentValidator(this);
        }
    }
}
