package org.declaro.beam;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.NullableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.declaro.commitments.CommitmentRow;

/**
 * The coders of this module's values: explicit and deterministic, so that every runner encodes them the same
 * way, with no reflection and no schema inference.
 */
public final class Coders {
    private Coders() {
    }

    private static final StringUtf8Coder STRING = StringUtf8Coder.of();
    private static final VarIntCoder INT = VarIntCoder.of();

    /** Encodes a {@link FindingRow}. */
    public static final Coder<FindingRow> FINDING = new FindingCoder();
    /** Encodes a {@link DocumentReport}. */
    public static final Coder<DocumentReport> REPORT = new ReportCoder();
    /** Encodes an {@link ImportedText}. */
    public static final Coder<ImportedText> IMPORTED = new ImportedCoder();
    /** Encodes a {@link CommitmentRow}: its fields in order, each of them nullable but the paragraph. */
    public static final Coder<CommitmentRow> COMMITMENT = new CommitmentCoder();
    private static final NullableCoder<String> OPTIONAL = NullableCoder.of(StringUtf8Coder.of());

    static void writeFindings(List<FindingRow> findings, OutputStream out) throws IOException {
        INT.encode(findings.size(), out);
        for (FindingRow f : findings) {
            FINDING.encode(f, out);
        }
    }

    static List<FindingRow> readFindings(InputStream in) throws IOException {
        int n = INT.decode(in);
        List<FindingRow> findings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            findings.add(FINDING.decode(in));
        }
        return findings;
    }

    private static final class FindingCoder extends AtomicCoder<FindingRow> {
        private static final long serialVersionUID = 1L;

        @Override
        public void encode(FindingRow f, OutputStream out) throws IOException {
            STRING.encode(f.rule(), out);
            STRING.encode(f.severity(), out);
            STRING.encode(f.pointer(), out);
            INT.encode(f.line(), out);
            INT.encode(f.column(), out);
            STRING.encode(f.message(), out);
        }

        @Override
        public FindingRow decode(InputStream in) throws IOException {
            return new FindingRow(STRING.decode(in), STRING.decode(in), STRING.decode(in), INT.decode(in),
                    INT.decode(in), STRING.decode(in));
        }

        @Override
        public void verifyDeterministic() {
            // strings and ints, written in a fixed order
        }
    }

    private static final class ReportCoder extends AtomicCoder<DocumentReport> {
        private static final long serialVersionUID = 1L;

        @Override
        public void encode(DocumentReport r, OutputStream out) throws IOException {
            STRING.encode(r.source(), out);
            writeFindings(r.findings(), out);
        }

        @Override
        public DocumentReport decode(InputStream in) throws IOException {
            return new DocumentReport(STRING.decode(in), readFindings(in));
        }

        @Override
        public void verifyDeterministic() {
            // strings and ints, written in a fixed order
        }
    }

    private static final class ImportedCoder extends AtomicCoder<ImportedText> {
        private static final long serialVersionUID = 1L;

        @Override
        public void encode(ImportedText t, OutputStream out) throws IOException {
            STRING.encode(t.name(), out);
            STRING.encode(t.json(), out);
            writeFindings(t.findings(), out);
        }

        @Override
        public ImportedText decode(InputStream in) throws IOException {
            return new ImportedText(STRING.decode(in), STRING.decode(in), readFindings(in));
        }

        @Override
        public void verifyDeterministic() {
            // strings and ints, written in a fixed order
        }
    }

    private static final class CommitmentCoder extends AtomicCoder<CommitmentRow> {
        private static final long serialVersionUID = 1L;

        @Override
        public void encode(CommitmentRow r, OutputStream out) throws IOException {
            OPTIONAL.encode(r.documentId(), out);
            STRING.encode(r.paragraph(), out);
            OPTIONAL.encode(r.commitmentId(), out);
            OPTIONAL.encode(r.modality(), out);
            OPTIONAL.encode(r.actor(), out);
            OPTIONAL.encode(r.deadline(), out);
            OPTIONAL.encode(r.text(), out);
            OPTIONAL.encode(r.cue(), out);
        }

        @Override
        public CommitmentRow decode(InputStream in) throws IOException {
            return new CommitmentRow(OPTIONAL.decode(in), STRING.decode(in), OPTIONAL.decode(in), OPTIONAL.decode(in),
                    OPTIONAL.decode(in), OPTIONAL.decode(in), OPTIONAL.decode(in), OPTIONAL.decode(in));
        }

        @Override
        public void verifyDeterministic() {
            // nullable strings, written in a fixed order
        }
    }
}
