package org.declaro.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.declaro.model.Commitment;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.declaro.model.Modality;
import org.declaro.model.Paragraph;
import org.declaro.report.Finding;
import org.declaro.validation.DocumentValidator;
import org.declaro.validation.ValidationReport;

/** {@code declaro demo}: validates and summarises the bundled example. */
final class DemoCommand implements Command {
    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summary() {
        return "validate and summarise the bundled Siem Reap-Angkor example";
    }

    @Override
    public String synopsis() {
        return "declaro demo";
    }

    @Override
    public String description() {
        return """
                Validates the bundled Draft Siem Reap-Angkor Declaration on a Mine-Free World (2024) and prints a
                short summary: paragraphs, commitments by modality, footnotes.
                """;
    }

    @Override
    public int run(Arguments args, Context context) {
        if (!args.operands().isEmpty()) {
            throw new UsageException("demo takes no arguments");
        }
        byte[] bytes;
        try (InputStream in = Main.class.getResourceAsStream(Main.DEMO_RESOURCE)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ValidationReport report = DocumentValidator.standard().validate(bytes);
        Document doc = report.document().orElseThrow();
        PrintStream out = context.out;
        out.println(doc.title());
        if (doc instanceof Declaration d) {
            if (d.subtitle() != null) {
                out.println(d.subtitle());
            }
            out.println();
            out.printf("  status      %s, %s%n", d.status().jsonName(), d.date());
            out.printf("  paragraphs  %d%n", d.paragraphs().size());
            Map<Modality, Integer> byModality = new EnumMap<>(Modality.class);
            int total = 0;
            for (Paragraph p : d.paragraphs()) {
                for (Commitment c : p.commitments()) {
                    byModality.merge(c.modality(), 1, Integer::sum);
                    total++;
                }
            }
            out.printf("  commitments %d%n", total);
            byModality.forEach((m, n) -> out.printf("    %-9s %d%n", m.jsonName(), n));
            out.printf("  footnotes   %d%n", d.footnotes().size());
        }
        out.println();
        out.println(!report.hasErrors()
                ? "Valid: no errors, " + report.findings().size() + " other findings."
                : "Invalid: " + report.errors().size() + " errors.");
        for (Finding f : report.findings()) {
            out.println(Context.textLine("demo", f));
        }
        return !report.hasErrors() ? ExitCode.OK : ExitCode.INVALID;
    }
}
