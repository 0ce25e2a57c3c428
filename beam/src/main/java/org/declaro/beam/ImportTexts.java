package org.declaro.beam;

import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.declaro.commitments.CommitmentExtractor;
import org.declaro.importer.ImportResult;
import org.declaro.importer.TextImporter;
import org.declaro.json.CanonicalJsonWriter;
import org.declaro.model.ActionPlan;
import org.declaro.model.Declaration;
import org.declaro.model.Document;

/**
 * Imports files, each given as {@code KV(name, bytes)}, into canonical JSON, with the defaults of
 * {@code declaro import FILE}: the kind, syntax and layout profile detected, language {@code en}, the provenance
 * recorded in {@code source} (format, the name's last path segment, SHA-256), and the commitments found in the
 * text ({@link CommitmentExtractor#standard()}). The name and the bytes choose the reading as they do for a file
 * of that name ({@link TextImporter#importText(byte[], String)}): a name ending in {@code .md} or
 * {@code .markdown} is read as Markdown; a file of any type an installed
 * {@link org.declaro.importer.spi.SourceReader} reads ({@code .pdf} with {@code declaro-pdf}, {@code .docx} with
 * {@code declaro-docx} on the class path), by its name's extension or its first bytes, through that reader; any
 * other as UTF-8 text. Each input gives one {@link ImportedText}: the document's JSON, byte for byte what
 * {@code declaro import} prints for a file of that name and content, and the importer's findings.
 *
 * <p>The importer and the extractor are built once per worker ({@link DoFn.Setup}); {@link TextImporter}
 * and {@link CommitmentExtractor} are immutable and thread-safe (all their state is final; each import
 * works on objects of its own), so one instance serves every thread of a worker. Bytes that are not UTF-8
 * are replaced and reported ({@code import.encoding}), never a failure of the pipeline.
 *
 * <pre>{@code
 * PCollection<ImportedText> imported = texts.apply(ImportTexts.create());
 * }</pre>
 */
public final class ImportTexts extends PTransform<PCollection<KV<String, byte[]>>, PCollection<ImportedText>> {
    private static final long serialVersionUID = 1L;

    private final boolean provenance;
    private final boolean commitments;

    private ImportTexts(boolean provenance, boolean commitments) {
        this.provenance = provenance;
        this.commitments = commitments;
    }

    /** @return the transform with the defaults of {@code declaro import} */
    public static ImportTexts create() {
        return new ImportTexts(true, true);
    }

    /**
     * @param value false not to record the input's name, syntax and digest in {@code source}, as
     *              {@code declaro import --no-source}
     * @return a copy with that setting
     */
    public ImportTexts provenance(boolean value) {
        return new ImportTexts(value, commitments);
    }

    /**
     * @param value false not to look for commitments, as {@code declaro import --no-commitments}
     * @return a copy with that setting
     */
    public ImportTexts commitments(boolean value) {
        return new ImportTexts(provenance, value);
    }

    @Override
    public PCollection<ImportedText> expand(PCollection<KV<String, byte[]>> input) {
        return input.apply("Import", ParDo.of(new Import(provenance, commitments))).setCoder(Coders.IMPORTED);
    }

    /** The last path segment of a name: what {@code declaro import} records as the file's name. */
    static String baseName(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }

    static final class Import extends DoFn<KV<String, byte[]>, ImportedText> {
        private static final long serialVersionUID = 1L;
        private final boolean provenance;
        private final boolean commitments;
        private final Counter texts = Metrics.counter(DeclaroPipeline.NAMESPACE, "texts");
        private final Counter unusable = Metrics.counter(DeclaroPipeline.NAMESPACE, "unusableTexts");
        private transient TextImporter importer;
        private transient CommitmentExtractor extractor;

        Import(boolean provenance, boolean commitments) {
            this.provenance = provenance;
            this.commitments = commitments;
        }

        @Setup
        public void setup() {
            importer = TextImporter.builder().provenance(provenance).build();
            extractor = CommitmentExtractor.standard();
        }

        @ProcessElement
        public void process(@Element KV<String, byte[]> e, OutputReceiver<ImportedText> out) {
            String name = e.getKey();
            ImportResult result = importer.importText(e.getValue(), name);
            Document doc = result.document().orElseThrow();
            if (doc.source() != null) {
                // the name's last segment, as the importer of a file records it (a name that ends in a slash too)
                var source = doc.source().withName(baseName(name));
                doc = doc instanceof Declaration d ? d.toBuilder().source(source).build()
                        : ((ActionPlan) doc).toBuilder().source(source).build();
            }
            if (commitments) {
                doc = extractor.extract(doc);
            }
            ImportedText t = new ImportedText(name, CanonicalJsonWriter.standard().write(doc),
                    result.findings().stream().map(FindingRow::of).toList());
            texts.inc();
            if (t.hasErrors()) {
                unusable.inc();
            }
            out.output(t);
        }
    }
}
