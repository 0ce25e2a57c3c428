package org.declaro.examples.cli;

import java.util.List;
import java.util.Optional;
import org.declaro.diff.Comparison;
import org.declaro.diff.DiffReport;
import org.declaro.diff.DocumentDiff;
import org.declaro.importer.ImportResult;
import org.declaro.importer.TextImporter;
import org.declaro.importer.spi.SourceReader;
import org.declaro.importer.spi.SourceReaders;
import org.declaro.model.Declaration;
import org.declaro.model.Limits;
import org.declaro.report.Finding;
import org.declaro.report.Severity;

/**
 * {@code declaro import FILE.docx --revisions both}: the Word file imported twice, its tracked changes rejected
 * (the original) and accepted (the revision), and the two versions compared as {@code declaro diff} compares them:
 * paragraphs, words, and commitments added, removed, weakened or strengthened.
 */
final class RevisionsComparison {
    /** the reader option that chooses the version of a file with tracked changes */
    static final String OPTION = "revisions";

    private RevisionsComparison() {
    }

    /**
     * @param importer the import's settings, each version's revisions option still to set
     * @return the exit code
     */
    static int run(Arguments args, TextImporter.Builder importer, Limits limits, Context main) {
        if (args.has(ImportCommand.CORPUS) || args.has(ImportCommand.OUT)) {
            throw new UsageException("--revisions both compares the two versions of one file; it cannot be given with --corpus");
        }
        String name = args.operands(1, "import --revisions both needs exactly one FILE (.docx), or - for standard input").get(0);
        Optional<byte[]> bytes = main.readInput(name, limits);
        if (bytes.isEmpty()) {
            return ExitCode.USAGE;
        }
        Optional<SourceReader> reader = SourceReaders.recognising(bytes.get());
        if (reader.isEmpty() || !reader.get().format().equals("docx")) {
            main.err.println("declaro: --revisions both compares the versions of a Word file with tracked changes; "
                    + name + " is not a Word .docx file" + (SourceReaders.forFormat("docx").isEmpty()
                            ? " (and declaro-docx is not installed)" : ""));
            return ExitCode.USAGE;
        }
        Declaration[] versions = new Declaration[2];
        String[] modes = {"original", "accepted"};
        boolean failed = false;
        for (int k = 0; k < 2; k++) {
            ImportResult result = importer.sourceOption(OPTION, modes[k]).build().importText(bytes.get());
            String label = name + " (" + modes[k] + ")";
            for (Finding f : result.findings()) {
                if (f.severity() != Severity.INFO || k == 1) { // the info findings once, with the revision's
                    main.err.println(Context.textLine(label, f));
                }
            }
            if (result.hasErrors() || !(result.document().orElseThrow() instanceof Declaration d)) {
                failed = true;
                if (!result.hasErrors()) {
                    main.err.println("declaro: " + label + " imports as an action plan; the comparison is of declarations");
                }
                continue;
            }
            versions[k] = d;
        }
        if (failed) {
            main.err.println("declaro: the two versions of " + name + " cannot be compared; see the findings above");
            return ExitCode.INVALID;
        }
        Comparison c = DocumentDiff.standard().compare(versions[0], versions[1]); // it finds the commitments of both
        main.out.print(DiffReport.text(c));
        return ExitCode.OK;
    }

    /** @return the values of --revisions */
    static List<String> values() {
        return List.of("accepted", "original", "both");
    }
}
