package org.declaro.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.declaro.model.Limits;
import org.declaro.report.Finding;
import org.declaro.validation.DocumentValidator;
import org.declaro.validation.ValidationReport;

/** {@code declaro validate}: checks documents against the format's rules, like a compiler. */
final class ValidateCommand implements Command {
    static final Option<Boolean> STRICT = Option.flag("--strict",
            "report fields the format does not define as errors (default: warnings)");
    static final Option<String> FORMAT = Option.choice("--format", "text", "text", "json").describedAs("""
            text: one finding a line, FILE:LINE:COLUMN: SEVERITY RULE POINTER: MESSAGE (default)
            json: a JSON array with one report a file: {"file", "valid", "findings": [...]}""");

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "check documents against the format's rules, like a compiler";
    }

    @Override
    public String synopsis() {
        return "declaro validate [--strict] [--format text|json] FILE... | -";
    }

    @Override
    public String description() {
        return """
                Validates each FILE (or standard input, -) against the Declaro format's rules. Files named
                together are validated together, so references between them resolve. A file that cannot be
                read is reported on standard error, and the others are validated all the same.
                """;
    }

    @Override
    public List<Option<?>> options() {
        return List.of(STRICT, FORMAT, Context.MAX_BYTES);
    }

    @Override
    public String notes() {
        return "Exit codes: 0 no file has an error, 1 some file has an error, 2 usage error or some file cannot be read\n"
                + "(the worst applies), 3 internal error.";
    }

    @Override
    public int run(Arguments args, Context context) {
        List<String> files = args.operands();
        if (files.isEmpty()) {
            throw new UsageException("validate needs at least one FILE, or - for standard input");
        }
        Limits limits = Context.limits(args);
        int code = ExitCode.OK;
        List<String> names = new ArrayList<>();
        List<byte[]> inputs = new ArrayList<>();
        for (String f : files) {
            Optional<byte[]> bytes = context.readInput(f, limits);
            if (bytes.isPresent()) {
                names.add(f);
                inputs.add(bytes.get());
            } else {
                code = ExitCode.USAGE;
            }
        }
        DocumentValidator validator = DocumentValidator.builder().strict(args.get(STRICT)).limits(limits).build();
        List<ValidationReport> reports = validateTogether(validator, names, inputs);
        if (args.get(FORMAT).equals("json")) {
            context.out.print(JsonReport.write(reports));
        } else {
            for (ValidationReport r : reports) {
                for (Finding f : r.findings()) {
                    context.out.println(Context.textLine(r.source(), f));
                }
            }
        }
        boolean valid = reports.stream().allMatch(ValidationReport::isValid);
        return ExitCode.worst(code, valid ? ExitCode.OK : ExitCode.INVALID);
    }

    /** Validates the inputs together, so references between them resolve (standard input included). */
    private static List<ValidationReport> validateTogether(DocumentValidator validator, List<String> names, List<byte[]> inputs) {
        if (names.isEmpty()) {
            return List.of();
        }
        List<org.declaro.validation.JsonInput> texts = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            texts.add(org.declaro.validation.JsonInput.of(names.get(i), inputs.get(i)));
        }
        return validator.validateInputs(texts);
    }
}
