package org.declaro.examples.cli;

import java.util.List;
import java.util.Optional;
import org.declaro.json.CanonicalJsonWriter;
import org.declaro.json.DocumentReader;
import org.declaro.json.ReadResult;
import org.declaro.model.Limits;
import org.declaro.report.Finding;

/** {@code declaro format}: a document as canonical JSON. */
final class FormatCommand implements Command {
    @Override
    public String name() {
        return "format";
    }

    @Override
    public String summary() {
        return "print a document as canonical JSON";
    }

    @Override
    public String synopsis() {
        return "declaro format FILE | -";
    }

    @Override
    public String description() {
        return """
                Prints the document as canonical JSON (fixed field order, two-space indent, UTF-8) on standard
                output. Fields the format does not define are kept. If the document cannot be read, prints the
                findings on standard error and exits with 1.
                """;
    }

    @Override
    public List<Option<?>> options() {
        return List.of(Context.MAX_BYTES);
    }

    @Override
    public int run(Arguments args, Context context) {
        String name = args.operands(1, "format needs exactly one FILE, or - for standard input").get(0);
        Limits limits = Context.limits(args);
        Optional<byte[]> bytes = context.readInput(name, limits);
        if (bytes.isEmpty()) {
            return ExitCode.USAGE;
        }
        ReadResult r = DocumentReader.builder().limits(limits).build().read(bytes.get());
        for (Finding f : r.findings()) {
            context.err.println(Context.textLine(name, f));
        }
        if (r.hasErrors() || r.document().isEmpty()) {
            return ExitCode.INVALID;
        }
        byte[] canonical = CanonicalJsonWriter.standard().write(r.document().get()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        context.out.write(canonical, 0, canonical.length);
        return ExitCode.OK;
    }
}
