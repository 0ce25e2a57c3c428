package org.declaro.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.declaro.model.Limits;
import org.declaro.report.Finding;
import org.declaro.validation.DocumentValidator;
import org.declaro.validation.JsonInput;
import org.declaro.validation.ValidationReport;

/** {@code declaro validate}: checks documents against the format's rules, like a compiler. */
final class ValidateCommand implements Command {
    static final Option<Boolean> STRICT = Option.flag("--strict",
            "report fields the format does not define as errors (default: warnings)");
    static final Option<String> FORMAT = Option.choice("--format", "text", "text", "json").describedAs("""
            text: one finding a line, FILE:LINE:COLUMN: SEVERITY RULE POINTER: MESSAGE (default)
            json: a JSON array with one report a file: {"file", "valid", "findings": [...]}""");
    static final Option<Boolean> JSONL = Option.flag("--jsonl", """
            read each FILE (or -) as JSON Lines, one document a line, validated one at a
            time: findings at FILE:LINE:COLUMN, LINE the document's line; in json, one
            report a document, its "file" FILE:LINE""");

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
        return "declaro validate [--strict] [--format text|json] [--jsonl] FILE... | -";
    }

    @Override
    public String description() {
        return """
                Validates each FILE (or standard input, -) against the Declaro format's rules. Files named
                together are validated together, so references between them resolve. A file that cannot be
                read is reported on standard error, and the others are validated all the same.

                With --jsonl, each FILE is a stream of documents, one a line (JSON Lines; LF or CRLF; blank lines
                skipped), validated a line at a time in memory bounded by the largest document, whatever the
                stream's length. --max-bytes then bounds each line: a longer one is reported (limit.exceeded) and
                reading goes on at the next line. Each document is validated alone: references between the
                documents of a stream are not checked.
                """;
    }

    @Override
    public List<Option<?>> options() {
        return List.of(STRICT, FORMAT, JSONL, Context.MAX_BYTES);
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
        if (args.get(JSONL)) {
            return jsonLines(files, DocumentValidator.builder().strict(args.get(STRICT)).limits(limits).build(),
                    args.get(FORMAT).equals("json"), context);
        }
        int code = ExitCode.OK;
        List<JsonInput> inputs = new ArrayList<>();
        for (String f : files) {
            Optional<JsonInput> input = context.jsonInput(f, limits);
            if (input.isPresent()) {
                inputs.add(input.get());
            } else {
                code = ExitCode.USAGE;
            }
        }
        DocumentValidator validator = DocumentValidator.builder().strict(args.get(STRICT)).limits(limits).build();
        // validated together, so references between them resolve (standard input included)
        List<ValidationReport> reports = inputs.isEmpty() ? List.of() : validator.validateInputs(inputs);
        if (args.get(FORMAT).equals("json")) {
            context.out.print(JsonReport.write(reports));
        } else {
            for (ValidationReport r : reports) {
                for (Finding f : r.findings()) {
                    context.out.println(Context.textLine(r.source(), f));
                }
            }
        }
        boolean valid = true;
        for (ValidationReport r : reports) {
            valid &= !r.hasErrors();
        }
        return ExitCode.worst(code, valid ? ExitCode.OK : ExitCode.INVALID);
    }

    /**
     * Validates JSON Lines streams a document at a time, printing each report as it is made: nothing is kept but
     * the exit code.
     */
    private static int jsonLines(List<String> files, DocumentValidator validator, boolean json, Context context) {
        int[] code = {ExitCode.OK};
        boolean[] first = {true};
        if (json) {
            context.out.print('[');
        }
        for (String name : files) {
            Optional<java.io.InputStream> in = context.openInput(name);
            if (in.isEmpty()) {
                code[0] = ExitCode.worst(code[0], ExitCode.USAGE);
                continue;
            }
            try (java.io.InputStream stream = in.get()) {
                validator.validateJsonLines(stream, name, r -> {
                    if (r.hasErrors()) {
                        code[0] = ExitCode.worst(code[0], ExitCode.INVALID);
                    }
                    if (json) {
                        String object = JsonReport.write(r);
                        context.out.print(first[0] ? "" : ",");
                        context.out.print(object.substring(0, object.length() - 1));
                        first[0] = false;
                    } else {
                        for (Finding f : r.findings()) {
                            context.out.println(Context.textLine(name, f));
                        }
                    }
                });
            } catch (java.io.UncheckedIOException e) {
                // what was read is reported; the rest of this stream cannot be (the message names it and the line)
                context.err.println("declaro: " + e.getMessage());
                code[0] = ExitCode.worst(code[0], ExitCode.USAGE);
            } catch (java.io.IOException e) {
                context.err.println("declaro: cannot close " + name + ": " + e.getMessage());
            }
        }
        if (json) {
            context.out.print("]\n");
        }
        return code[0];
    }
}
