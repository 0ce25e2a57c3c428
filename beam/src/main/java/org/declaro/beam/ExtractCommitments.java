package org.declaro.beam;

import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.declaro.commitments.CommitmentExtractor;
import org.declaro.commitments.CommitmentRow;
import org.declaro.commitments.CommitmentTable;
import org.declaro.commitments.ThemeVocabulary;
import org.declaro.json.DocumentReader;
import org.declaro.json.ReadResult;

/**
 * Lists every commitment of JSON documents, each given as {@code KV(name, UTF-8 JSON)}: one
 * {@link CommitmentRow} a commitment, the rows {@link CommitmentTable#rows} gives for the document, as
 * {@code declaro commitments} lists them: the annotated commitments, or, for a document without any (or
 * always, with {@link #forceExtract(boolean)}), those found in its text, tagged with the mine-action themes.
 * A document that cannot be read (a reading error, as {@code declaro commitments} reports it) gives no row;
 * its validation report says why.
 *
 * <p>Write the rows with {@link org.declaro.commitments.CommitmentTableWriter.Format#line} and
 * {@link org.declaro.commitments.CommitmentTableWriter.Format#header}, as {@link DeclaroPipeline} does.
 * The reader and the extractor are built once per worker ({@link DoFn.Setup}); {@link DocumentReader},
 * {@link CommitmentExtractor} and {@link CommitmentTable} are immutable or stateless and thread-safe.
 *
 * <pre>{@code
 * PCollection<CommitmentRow> rows = documents.apply(ExtractCommitments.create());
 * }</pre>
 */
public final class ExtractCommitments extends PTransform<PCollection<KV<String, byte[]>>, PCollection<CommitmentRow>> {
    private static final long serialVersionUID = 1L;

    private final boolean forceExtract;
    private final boolean themes;

    private ExtractCommitments(boolean forceExtract, boolean themes) {
        this.forceExtract = forceExtract;
        this.themes = themes;
    }

    /** @return the transform with the defaults of {@code declaro commitments} */
    public static ExtractCommitments create() {
        return new ExtractCommitments(false, true);
    }

    /**
     * @param value true to find commitments in the text even in documents that have annotated ones, as
     *              {@code declaro commitments --extract}
     * @return a copy with that setting
     */
    public ExtractCommitments forceExtract(boolean value) {
        return new ExtractCommitments(value, themes);
    }

    /**
     * @param value false to find commitments without the mine-action theme vocabulary
     *              ({@link CommitmentExtractor#standard()}); default true, as {@code declaro commitments}
     * @return a copy with that setting
     */
    public ExtractCommitments mineActionThemes(boolean value) {
        return new ExtractCommitments(forceExtract, value);
    }

    @Override
    public PCollection<CommitmentRow> expand(PCollection<KV<String, byte[]>> input) {
        return input.apply("Rows", ParDo.of(new Rows(forceExtract, themes))).setCoder(Coders.COMMITMENT);
    }

    static final class Rows extends DoFn<KV<String, byte[]>, CommitmentRow> {
        private static final long serialVersionUID = 1L;
        private final boolean forceExtract;
        private final boolean themes;
        private final Counter rows = Metrics.counter(DeclaroPipeline.NAMESPACE, "commitments");
        private final Counter unread = Metrics.counter(DeclaroPipeline.NAMESPACE, "documentsWithoutCommitmentRows");
        private transient DocumentReader reader;
        private transient CommitmentExtractor extractor;

        Rows(boolean forceExtract, boolean themes) {
            this.forceExtract = forceExtract;
            this.themes = themes;
        }

        @Setup
        public void setup() {
            reader = DocumentReader.standard();
            extractor = themes ? CommitmentExtractor.builder().themes(ThemeVocabulary.mineAction()).build() : CommitmentExtractor.standard();
        }

        @ProcessElement
        public void process(@Element KV<String, byte[]> e, OutputReceiver<CommitmentRow> out) {
            ReadResult r = reader.read(e.getValue());
            if (r.hasErrors() || r.document().isEmpty()) {
                unread.inc();
                return;
            }
            for (CommitmentRow row : CommitmentTable.rows(r.document().get(), extractor, forceExtract)) {
                rows.inc();
                out.output(row);
            }
        }
    }
}
