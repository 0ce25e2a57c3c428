package org.declaro.beam;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.options.Validation;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.declaro.commitments.CommitmentRow;
import org.declaro.commitments.CommitmentTable;
import org.declaro.commitments.CommitmentTableWriter;
import org.declaro.importer.spi.SourceReader;
import org.declaro.importer.spi.SourceReaders;
import org.declaro.report.Rule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pipeline program: reads documents (JSON) and texts (plain text, Markdown; PDF and Word with their readers
 * installed) from a directory or a JSON Lines file, imports the texts ({@link ImportTexts}), validates every
 * document ({@link ValidateDocuments}, together), and writes the reports as JSON Lines, the imports as JSON
 * Lines and the table of every commitment ({@link ExtractCommitments}) as CSV or JSON Lines. The same program
 * runs on any Beam runner: the DirectRunner by default, Flink or Spark with {@code --runner=FlinkRunner} or
 * {@code --runner=SparkRunner} and that runner's artifact on the class path (the Maven profiles {@code flink} and
 * {@code spark}).
 *
 * <pre>
 * java -cp ... org.declaro.beam.DeclaroPipeline --input=corpus/ --output=out/run
 * </pre>
 *
 * <p>Exit codes, as the {@code declaro} command's: 0 every document is valid, 1 some document has an
 * error, 2 usage error or no input, 3 internal error.
 */
public final class DeclaroPipeline {
    private DeclaroPipeline() {
    }

    /** The program's options, beside Beam's own ({@code --runner} and the runner's). */
    public interface Options extends PipelineOptions {
        /** @return the input */
        @Description("A directory (its *.json documents and *.txt, *.md, *.markdown texts, with declaro-pdf and declaro-docx"
                + " on the class path also *.pdf and *.docx files, at any depth) or a JSON Lines"
                + " file (*.jsonl, *.ndjson: one document a line; with --inputKind=texts, one text a line, as a JSON"
                + " string or an object {\"name\", \"text\"}). Any file system Beam knows: a local path, hdfs://, gs://, s3://.")
        @Validation.Required
        String getInput();

        /** @param value the input */
        void setInput(String value);

        /** @return what the input holds */
        @Description("documents, texts or auto (default: in a directory, both, by file name; in a JSON Lines file, documents)")
        @Default.String("auto")
        String getInputKind();

        /** @param value what the input holds */
        void setInputKind(String value);

        /** @return the output prefix */
        @Description("The prefix of the outputs: PREFIX-reports.jsonl (one validation report a document),"
                + " PREFIX-imports.jsonl (one import a text), PREFIX-commitments.csv (or .jsonl)")
        @Validation.Required
        String getOutput();

        /** @param value the output prefix */
        void setOutput(String value);

        /** @return the format of the commitments table */
        @Description("csv (RFC 4180, with a header) or jsonl")
        @Default.String("csv")
        String getCommitmentsFormat();

        /** @param value the format of the commitments table */
        void setCommitmentsFormat(String value);

        /** @return whether unknown fields are errors */
        @Description("Report fields the format does not define as errors (default: warnings), as declaro validate --strict")
        @Default.Boolean(false)
        boolean getStrict();

        /** @param value whether unknown fields are errors */
        void setStrict(boolean value);

        /** @return how many files each output is written in */
        @Description("Files per output: 1 (default) writes PREFIX-reports.jsonl etc. as one file each; N > 1 writes N"
                + " shards PREFIX-reports-00000-of-0000N.jsonl; 0 lets the runner decide")
        @Default.Integer(1)
        int getShards();

        /** @param value how many files each output is written in */
        void setShards(int value);

        /** @return into how many groups the inputs are spread between workers */
        @Description("Into how many groups the inputs are spread between workers after reading: 0 (default) for a"
                + " group per worker thread on the DirectRunner (whose cost is per group: each group of the"
                + " DirectRunner is a bundle), and a group per input on other runners; N > 0 for N groups")
        @Default.Integer(0)
        int getBuckets();

        /** @param value into how many groups the inputs are spread */
        void setBuckets(int value);
    }

    /** What a run found: the counts the program prints, from the pipeline's metrics. */
    public record Summary(long documents, long invalid, long texts, long unusableTexts, long commitments) {
    }

    static final String NAMESPACE = "declaro";
    private static final java.util.logging.Logger BEAM_LOG = java.util.logging.Logger.getLogger("org.apache.beam");
    private static final java.util.logging.Logger SINK_LOG = java.util.logging.Logger.getLogger("org.apache.beam.sdk.io.FileBasedSink");

    /**
     * Runs the program and exits with its code.
     *
     * @param args Beam-style options, {@code --name=value}
     */
    public static void main(String[] args) {
        // Beam's progress messages (INFO) would bury the summary; warnings still show
        BEAM_LOG.setLevel(java.util.logging.Level.WARNING);
        SINK_LOG.setLevel(java.util.logging.Level.SEVERE); // "Failed to match temporary files": the files were moved, as they should
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the program.
     *
     * @param args Beam-style options
     * @param out  where the summary goes
     * @param err  where usage errors go
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            PipelineOptionsFactory.register(Options.class);
            options = PipelineOptionsFactory.fromArgs(args).withValidation().as(Options.class);
            check(options);
            directRunnerChecksOffUnlessAsked(options, args);
        } catch (IllegalArgumentException e) {
            err.println("declaro-beam: " + e.getMessage() + (String.valueOf(e.getMessage()).contains("Unknown 'runner'")
                    ? " (put the runner's artifact on the class path: build with -Pflink or -Pspark)" : ""));
            return 2;
        }
        try {
            Summary s = run(options);
            out.printf(Locale.ROOT, "documents %d (%d invalid), texts %d (%d unusable), commitments %d%n", s.documents(),
                    s.invalid(), s.texts(), s.unusableTexts(), s.commitments());
            if (s.documents() == 0 && s.texts() == 0) {
                err.println("declaro-beam: no document or text found in " + options.getInput());
                return 2;
            }
            return s.invalid() > 0 ? 1 : 0;
        } catch (InputException e) {
            err.println("declaro-beam: " + e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            err.println("declaro-beam: internal error: " + e);
            e.printStackTrace(err);
            return 3;
        }
    }

    /**
     * The DirectRunner checks by default that no transform mutates its input or output and that every value
     * survives its coder: checks for developing transforms (this module's tests make them), which cost the
     * program most of its time and memory (57 s and 5 GB instead of 27 s and 0.8 GB for 3,000 documents). The
     * program turns them off unless its arguments name them.
     */
    private static void directRunnerChecksOffUnlessAsked(Options options, String[] args) {
        org.apache.beam.runners.direct.DirectOptions direct = options.as(org.apache.beam.runners.direct.DirectOptions.class);
        if (java.util.Arrays.stream(args).noneMatch(a -> a.startsWith("--enforceImmutability"))) {
            direct.setEnforceImmutability(false);
        }
        if (java.util.Arrays.stream(args).noneMatch(a -> a.startsWith("--enforceEncodability"))) {
            direct.setEnforceEncodability(false);
        }
    }

    private static void check(Options o) {
        if (!List.of("auto", "documents", "texts").contains(o.getInputKind())) {
            throw new IllegalArgumentException("unknown --inputKind '" + o.getInputKind() + "': use documents, texts or auto");
        }
        if (!List.of("csv", "jsonl").contains(o.getCommitmentsFormat())) {
            throw new IllegalArgumentException("unknown --commitmentsFormat '" + o.getCommitmentsFormat() + "': use csv or jsonl");
        }
        if (o.getShards() < 0) {
            throw new IllegalArgumentException("--shards must be 0 (the runner decides) or more");
        }
    }

    /** The input cannot be read: a usage error. */
    static final class InputException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InputException(String message) {
            super(message);
        }
    }

    /**
     * Builds the pipeline, runs it until it finishes, and reads its counts.
     *
     * @param options the options
     * @return the counts
     * @throws IllegalArgumentException if an option is wrong
     */
    public static Summary run(Options options) {
        check(options);
        Pipeline p = Pipeline.create(options);
        build(p, options);
        PipelineResult result = p.run();
        result.waitUntilFinish();
        MetricQueryResults m = result.metrics().queryMetrics(MetricsFilter.builder()
                .addNameFilter(MetricNameFilter.inNamespace(NAMESPACE)).build());
        return new Summary(counter(m, "documents"), counter(m, "invalid"), counter(m, "texts"), counter(m, "unusableTexts"),
                counter(m, "commitments"));
    }

    private static long counter(MetricQueryResults m, String name) {
        long n = 0;
        for (MetricResult<Long> c : m.getCounters()) {
            if (c.getName().getName().equals(name)) {
                n += c.getAttempted();
            }
        }
        return n;
    }

    static boolean jsonLines(String input) {
        String n = input.toLowerCase(Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".ndjson");
    }

    /** Adds the program's transforms to a pipeline. */
    static void build(Pipeline p, Options o) {
        String input = o.getInput();
        boolean documents = !o.getInputKind().equals("texts");
        boolean texts = !o.getInputKind().equals("documents");
        KvCoder<String, byte[]> kv = KvCoder.of(StringUtf8Coder.of(), ByteArrayCoder.of());
        PCollection<KV<String, byte[]>> docs;
        PCollection<KV<String, byte[]>> txts;
        List<PCollection<DocumentReport>> unreadable = new ArrayList<>();
        if (jsonLines(input)) {
            PCollection<FileIO.ReadableFile> file = p.apply("Pattern", Create.of(input))
                    .apply("Match", FileIO.matchAll().withOutputParallelization(false))
                    .apply("Open", FileIO.readMatches());
            boolean textLines = o.getInputKind().equals("texts");
            PCollectionTuple lines = file.apply("Lines", ParDo.of(new Lines(textLines))
                    .withOutputTags(Lines.INPUTS, TupleTagList.of(Lines.REFUSED)));
            PCollection<KV<String, byte[]>> read = lines.get(Lines.INPUTS).setCoder(kv);
            unreadable.add(lines.get(Lines.REFUSED).setCoder(Coders.REPORT));
            docs = textLines ? p.apply("NoDocuments", Create.empty(kv)) : read;
            txts = textLines ? read : p.apply("NoTexts", Create.empty(kv));
        } else {
            String dir = directory(input);
            docs = documents ? readFiles(p, "Documents", dir, List.of("json")) : p.apply("NoDocuments",
                    Create.empty(kv));
            txts = texts ? readFiles(p, "Texts", dir, textSuffixes()) : p.apply("NoTexts",
                    Create.empty(kv));
        }
        docs = docs.apply("SpreadDocuments", spread(o)).setCoder(kv);
        txts = txts.apply("SpreadTexts", spread(o)).setCoder(kv);

        PCollection<ImportedText> imported = txts.apply("ImportTexts", ImportTexts.create());
        PCollection<KV<String, byte[]>> importedJson = imported.apply("ImportedDocuments", ParDo.of(new DoFn<ImportedText, KV<String, byte[]>>() {
            private static final long serialVersionUID = 1L;

            @ProcessElement
            public void process(@Element ImportedText t, OutputReceiver<KV<String, byte[]>> out) {
                out.output(KV.of(t.name(), t.json().getBytes(StandardCharsets.UTF_8)));
            }
        })).setCoder(kv);
        PCollection<KV<String, byte[]>> all = PCollectionList.of(docs).and(importedJson).apply("AllDocuments", Flatten.pCollections());
        PCollection<DocumentReport> reports = all.apply("ValidateDocuments", ValidateDocuments.together().strict(o.getStrict()));
        unreadable.add(reports);
        PCollection<DocumentReport> allReports = PCollectionList.of(unreadable).apply("AllReports", Flatten.pCollections());

        write(allReports.apply("ReportLines", ParDo.of(new ReportLines())).setCoder(StringUtf8Coder.of()), o, "reports", ".jsonl",
                null, "\n");
        if (texts) {
            write(imported.apply("ImportLines", MapElements.into(TypeDescriptors.strings()).via(ImportedText::toJson)), o,
                    "imports", ".jsonl", null, "\n");
        }
        CommitmentTableWriter.Format format = o.getCommitmentsFormat().equals("csv") ? CommitmentTableWriter.Format.CSV
                : CommitmentTableWriter.Format.JSON_LINES;
        PCollection<String> rows = all.apply("ExtractCommitments", ExtractCommitments.create())
                .apply("CommitmentLines", MapElements.into(TypeDescriptors.strings())
                        .via((CommitmentRow r) -> format.line(r, CommitmentTable.ALL)));
        write(rows, o, "commitments", "." + o.getCommitmentsFormat(), format.header(CommitmentTable.ALL).orElse(null),
                format.lineEnd());
    }

    /**
     * Spreads the inputs between workers: read from one listing or one file, they would stay where they were
     * read. Random keys, in as many buckets as {@code --buckets} says or, by default, one a worker thread on
     * the DirectRunner (which pays for each bundle, and makes a bundle of each key) and one an input on others.
     */
    static Reshuffle.ViaRandomKey<KV<String, byte[]>> spread(Options o) {
        int buckets = o.getBuckets();
        if (buckets == 0 && o.getRunner() != null && o.getRunner().getSimpleName().equals("DirectRunner")) {
            buckets = Math.max(1, o.as(org.apache.beam.runners.direct.DirectOptions.class).getTargetParallelism());
        }
        Reshuffle.ViaRandomKey<KV<String, byte[]>> r = Reshuffle.viaRandomKey();
        return buckets > 0 ? r.withNumBuckets(buckets) : r;
    }

    /**
     * @return the suffixes of the texts read from a directory: plain text, Markdown, and the extensions of the
     *         installed {@link SourceReader}s ({@code pdf} with {@code declaro-pdf}, {@code docx} with
     *         {@code declaro-docx} on the class path)
     */
    static List<String> textSuffixes() {
        return Stream.concat(Stream.of("txt", "md", "markdown"),
                SourceReaders.installed().stream().flatMap(r -> r.extensions().stream()).sorted()).distinct().toList();
    }

    /** The directory of an input, as Beam names it (a path with its trailing separator). */
    static String directory(String input) {
        var dir = FileSystems.matchNewResource(input, true);
        return dir.toString();
    }

    /** Reads the files under a directory whose names end in one of the suffixes, each as KV(path under the directory, bytes). */
    static PCollection<KV<String, byte[]>> readFiles(Pipeline p, String step, String dir, List<String> suffixes) {
        List<String> patterns = suffixes.stream().map(suffix -> dir + "**." + suffix).toList();
        // matched once, read where matched: the inputs are spread afterwards, once (see spread)
        return p.apply(step + "Patterns", Create.of(patterns))
                .apply(step + "Match", FileIO.matchAll().withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW)
                        .withOutputParallelization(false))
                .apply(step + "Open", FileIO.readMatches())
                .apply(step + "Read", ParDo.of(new ReadFile(dir)))
                .setCoder(KvCoder.of(StringUtf8Coder.of(), ByteArrayCoder.of()));
    }

    /** Reads a whole file: KV(its path under the input directory, its bytes). */
    static final class ReadFile extends DoFn<FileIO.ReadableFile, KV<String, byte[]>> {
        private static final long serialVersionUID = 1L;
        private final String dir;

        ReadFile(String dir) {
            this.dir = dir;
        }

        @ProcessElement
        public void process(@Element FileIO.ReadableFile f, OutputReceiver<KV<String, byte[]>> out) throws IOException {
            String path = f.getMetadata().resourceId().toString();
            out.output(KV.of(path.startsWith(dir) ? path.substring(dir.length()) : path, f.readFullyAsBytes()));
        }
    }

    /**
     * Splits a JSON Lines file into inputs named {@code FILE:LINE} (FILE the file's last path segment, LINE from
     * 1), skipping blank lines; a line of texts that is neither a JSON string nor an object with a string
     * {@code "text"} gives a report with a {@code json.syntax} error instead.
     */
    static final class Lines extends DoFn<FileIO.ReadableFile, KV<String, byte[]>> {
        private static final long serialVersionUID = 1L;
        static final TupleTag<KV<String, byte[]>> INPUTS = new TupleTag<>() {
            private static final long serialVersionUID = 1L;
        };
        static final TupleTag<DocumentReport> REFUSED = new TupleTag<>() {
            private static final long serialVersionUID = 1L;
        };
        private final boolean texts;
        private transient JsonMapper mapper;

        Lines(boolean texts) {
            this.texts = texts;
        }

        @Setup
        public void setup() {
            mapper = JsonMapper.builder().build();
        }

        @ProcessElement
        public void process(@Element FileIO.ReadableFile f, MultiOutputReceiver out) throws IOException {
            String file = ImportTexts.baseName(f.getMetadata().resourceId().toString());
            try (BufferedReader r = new BufferedReader(new InputStreamReader(Channels.newInputStream(f.open()), StandardCharsets.UTF_8))) {
                String line;
                int n = 0;
                while ((line = r.readLine()) != null) {
                    n++;
                    if (line.isBlank()) {
                        continue;
                    }
                    String name = file + ":" + n;
                    if (!texts) {
                        out.get(INPUTS).output(KV.of(name, line.getBytes(StandardCharsets.UTF_8)));
                        continue;
                    }
                    String text = null;
                    try {
                        JsonNode node = mapper.readTree(line);
                        if (node.isString()) {
                            text = node.stringValue();
                        } else if (node.isObject() && node.path("text").isString()) {
                            text = node.path("text").stringValue();
                            name = node.path("name").isString() ? node.path("name").stringValue() : name;
                        }
                    } catch (RuntimeException e) {
                        text = null;
                    }
                    if (text == null) {
                        out.get(REFUSED).output(new DocumentReport(name, List.of(new FindingRow(Rule.JSON_SYNTAX.id(),
                                Rule.JSON_SYNTAX.defaultSeverity().label(), "", n, 1, "Line " + n + " of " + file
                                + " is not a text: write each text as a JSON string, or as an object with \"text\" (and"
                                + " \"name\")."))));
                    } else {
                        out.get(INPUTS).output(KV.of(name, text.getBytes(StandardCharsets.UTF_8)));
                    }
                }
            }
        }
    }

    /** A report as a line of JSON, counted. */
    static final class ReportLines extends DoFn<DocumentReport, String> {
        private static final long serialVersionUID = 1L;
        private final Counter documents = Metrics.counter(NAMESPACE, "documents");
        private final Counter invalid = Metrics.counter(NAMESPACE, "invalid");

        @ProcessElement
        public void process(@Element DocumentReport r, OutputReceiver<String> out) {
            documents.inc();
            if (!r.valid()) {
                invalid.inc();
            }
            out.output(r.toJson());
        }
    }

    /** Writes lines to PREFIX-NAME.SUFFIX, in the number of files asked for. */
    static void write(PCollection<String> lines, Options o, String name, String suffix, String header, String lineEnd) {
        TextIO.Write w = TextIO.write().to(o.getOutput() + "-" + name).withSuffix(suffix).withDelimiter(lineEnd.toCharArray());
        if (header != null) {
            w = w.withHeader(header);
        }
        if (o.getShards() == 1) {
            w = w.withoutSharding();
        } else if (o.getShards() > 1) {
            w = w.withNumShards(o.getShards());
        }
        lines.apply("Write" + Character.toUpperCase(name.charAt(0)) + name.substring(1), w);
    }
}
