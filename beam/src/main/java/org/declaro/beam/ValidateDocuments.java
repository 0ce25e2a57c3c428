package org.declaro.beam;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.SetCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.declaro.commitments.ThemeVocabulary;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.declaro.report.Rule;
import org.declaro.validation.DocumentValidator;
import org.declaro.validation.ValidationReport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validates JSON documents, each given as {@code KV(name, UTF-8 JSON)}, and gives one {@link DocumentReport}
 * an input, named by the input's name, with the findings of {@link DocumentValidator} (lines and columns in
 * the JSON).
 *
 * <p>By default the documents of the whole collection are validated together, as {@code declaro validate}
 * validates the files it is given: a reference to a document whose id is anywhere in the collection
 * resolves. This is done in two steps, so that the work stays parallel: each document is validated on its
 * own, and the ids of every document (annexes included) are gathered into a side input; then the
 * {@code reference.unresolved} findings whose id is among them are dropped. The reports equal those of
 * {@link DocumentValidator#validateInputs} over the same inputs. The side input needs the whole collection,
 * so it suits bounded input (files, JSON Lines); for an unbounded stream use {@link #separately()}, where
 * each document is validated alone, as {@link DocumentValidator#validate(byte[])} does.
 *
 * <p>The validator is built once per worker ({@link DoFn.Setup}); {@link DocumentValidator} is immutable
 * and thread-safe, so one instance serves every thread of a worker. The transform runs on any Beam runner:
 * its values have explicit coders ({@link Coders}).
 *
 * <pre>{@code
 * PCollection<KV<String, byte[]>> docs = ...;   // file name, JSON bytes
 * PCollection<DocumentReport> reports = docs.apply(ValidateDocuments.together().strict(true));
 * }</pre>
 */
public final class ValidateDocuments extends PTransform<PCollection<KV<String, byte[]>>, PCollection<DocumentReport>> {
    private static final long serialVersionUID = 1L;

    private final boolean together;
    private final boolean strict;
    private final ThemeVocabulary themes;

    private ValidateDocuments(boolean together, boolean strict, ThemeVocabulary themes) {
        this.together = together;
        this.strict = strict;
        this.themes = themes;
    }

    /** @return the transform that validates the collection's documents together (references between them resolve) */
    public static ValidateDocuments together() {
        return new ValidateDocuments(true, false, null);
    }

    /** @return the transform that validates each document alone (for unbounded input) */
    public static ValidateDocuments separately() {
        return new ValidateDocuments(false, false, null);
    }

    /**
     * @param value true to report fields the format does not define as errors (default false: warnings), as
     *              {@code declaro validate --strict}
     * @return a copy with that setting
     */
    public ValidateDocuments strict(boolean value) {
        return new ValidateDocuments(together, value, themes);
    }

    /**
     * @param vocabulary the themes commitments may carry, or null for no check (see {@link DocumentValidator.Builder#themes})
     * @return a copy with that vocabulary
     */
    public ValidateDocuments themes(ThemeVocabulary vocabulary) {
        return new ValidateDocuments(together, strict, vocabulary);
    }

    @Override
    public PCollection<DocumentReport> expand(PCollection<KV<String, byte[]>> input) {
        Validate validate = new Validate(strict, themes);
        PCollectionTuple validated = input.apply("Validate",
                ParDo.of(validate).withOutputTags(Validate.REPORTS, TupleTagList.of(Validate.IDS)));
        PCollection<KV<DocumentReport, List<String>>> reports = validated.get(Validate.REPORTS)
                .setCoder(KvCoder.of(Coders.REPORT, ListCoder.of(StringUtf8Coder.of())));
        PCollection<String> definedIds = validated.get(Validate.IDS).setCoder(StringUtf8Coder.of());
        if (!together) {
            return reports.apply("Reports", MapElements.into(TypeDescriptor.of(DocumentReport.class))
                    .via((KV<DocumentReport, List<String>> e) -> e.getKey())).setCoder(Coders.REPORT);
        }
        PCollectionView<Set<String>> ids = definedIds.apply("Ids", Combine.globally(new ToSet()).asSingletonView());
        return reports.apply("Resolve", ParDo.of(new Resolve(ids)).withSideInputs(ids)).setCoder(Coders.REPORT);
    }

    /**
     * Validates one document alone; gives its report with, for each finding, the id it failed to resolve (or
     * "" for a finding of another rule), and, on a side output, the ids the document defines.
     */
    static final class Validate extends DoFn<KV<String, byte[]>, KV<DocumentReport, List<String>>> {
        private static final long serialVersionUID = 1L;
        static final TupleTag<KV<DocumentReport, List<String>>> REPORTS = new TupleTag<>() {
            private static final long serialVersionUID = 1L;
        };
        static final TupleTag<String> IDS = new TupleTag<>() {
            private static final long serialVersionUID = 1L;
        };

        private final boolean strict;
        private final ThemeVocabulary themes;
        private final Counter documents = Metrics.counter(DeclaroPipeline.NAMESPACE, "validated");
        private transient DocumentValidator validator;
        private transient JsonMapper mapper;

        Validate(boolean strict, ThemeVocabulary themes) {
            this.strict = strict;
            this.themes = themes;
        }

        @Setup
        public void setup() {
            DocumentValidator.Builder b = DocumentValidator.builder().strict(strict);
            if (themes != null) {
                b.themes(themes);
            }
            validator = b.build();
            mapper = JsonMapper.builder().build();
        }

        @ProcessElement
        public void process(@Element KV<String, byte[]> e, MultiOutputReceiver out) {
            byte[] json = e.getValue();
            ValidationReport r = validator.validate(json);
            documents.inc();
            List<String> unresolved = new ArrayList<>(r.findings().size());
            JsonNode tree = null;
            for (var f : r.findings()) {
                String id = "";
                if (f.rule() == Rule.REFERENCE_UNRESOLVED) {
                    if (tree == null) {
                        tree = mapper.readTree(json);
                    }
                    JsonNode node = tree.at(f.pointer());
                    id = node.isString() ? node.stringValue() : "";
                }
                unresolved.add(id);
            }
            out.get(REPORTS).output(KV.of(new DocumentReport(e.getKey(), DocumentReport.of(r).findings()), unresolved));
            if (r.document().isPresent()) {
                Set<String> ids = new HashSet<>();
                collectIds(r.document().get(), ids);
                ids.forEach(out.get(IDS)::output);
            }
        }

        private static void collectIds(Document doc, Set<String> ids) {
            if (doc.id() != null) {
                ids.add(doc.id());
            }
            if (doc instanceof Declaration d) {
                d.annexes().forEach(a -> collectIds(a, ids));
            }
        }
    }

    /** Drops the {@code reference.unresolved} findings whose id some document of the collection defines. */
    static final class Resolve extends DoFn<KV<DocumentReport, List<String>>, DocumentReport> {
        private static final long serialVersionUID = 1L;
        private final PCollectionView<Set<String>> ids;

        Resolve(PCollectionView<Set<String>> ids) {
            this.ids = ids;
        }

        @ProcessElement
        public void process(@Element KV<DocumentReport, List<String>> e, ProcessContext c) {
            DocumentReport r = e.getKey();
            List<String> unresolved = e.getValue();
            if (unresolved.stream().allMatch(String::isEmpty)) {
                c.output(r);
                return;
            }
            Set<String> known = c.sideInput(ids);
            List<FindingRow> kept = new ArrayList<>();
            for (int i = 0; i < r.findings().size(); i++) {
                String id = unresolved.get(i);
                if (id.isEmpty() || !known.contains(id)) {
                    kept.add(r.findings().get(i));
                }
            }
            c.output(new DocumentReport(r.source(), kept));
        }
    }

    /** Gathers strings into a set. */
    static final class ToSet extends Combine.CombineFn<String, Set<String>, Set<String>> {
        private static final long serialVersionUID = 1L;

        @Override
        public Set<String> createAccumulator() {
            return new HashSet<>();
        }

        @Override
        public Set<String> addInput(Set<String> acc, String id) {
            acc.add(id);
            return acc;
        }

        @Override
        public Set<String> mergeAccumulators(Iterable<Set<String>> accs) {
            Set<String> all = new HashSet<>();
            accs.forEach(all::addAll);
            return all;
        }

        @Override
        public Set<String> extractOutput(Set<String> acc) {
            return acc;
        }

        @Override
        public org.apache.beam.sdk.coders.Coder<Set<String>> getAccumulatorCoder(org.apache.beam.sdk.coders.CoderRegistry r,
                org.apache.beam.sdk.coders.Coder<String> in) {
            return SetCoder.of(StringUtf8Coder.of());
        }

        @Override
        public org.apache.beam.sdk.coders.Coder<Set<String>> getDefaultOutputCoder(org.apache.beam.sdk.coders.CoderRegistry r,
                org.apache.beam.sdk.coders.Coder<String> in) {
            return SetCoder.of(StringUtf8Coder.of());
        }
    }
}
