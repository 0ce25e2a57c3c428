package org.declaro.examples;

import java.util.List;
import org.declaro.Declaro;
import org.declaro.model.Adoption;
import org.declaro.model.Commitment;
import org.declaro.model.Declaration;
import org.declaro.model.Footnote;
import org.declaro.model.Modality;
import org.declaro.model.Paragraph;
import org.declaro.model.PartialDate;
import org.declaro.model.Status;
import org.declaro.report.Finding;
import org.declaro.validation.ValidationReport;

/**
 * Builds a declaration in code, validates it and writes it as canonical JSON.
 *
 * <p>Run with {@code java -cp examples/target/declaro.jar org.declaro.examples.BuildInCode}.
 */
public final class BuildInCode {
    private BuildInCode() {
    }

    /**
     * @param args ignored
     */
    public static void main(String[] args) {
        String text = "We commit to clearing all mined areas under our jurisdiction by 2030.";
        String clause = "We commit to clearing all mined areas under our jurisdiction by 2030";
        Declaration declaration = Declaration.builder("example-clearance-declaration-2026", "Example Declaration on Clearance")
                .status(Status.ADOPTED)
                .date(PartialDate.parse("2026-11"))
                .issuer("Example Conference")
                .titleFootnotes("*")
                .paragraph(Paragraph.builder().number(1).text(text).commitments(List.of(Commitment.builder()
                        .id("p1.c1").modality(Modality.COMMIT).actor("we").text(clause).start(0).end(clause.length())
                        .themes(List.of("clearance")).deadline(PartialDate.ofYear(2030)).build())).build())
                .paragraph("We call upon all States to support this effort.")
                .footnote(new Footnote("*", "Illustrative example built with the Declaro API."))
                .adoption(new Adoption("Geneva", PartialDate.parse("2026-11-27")))
                .build();

        ValidationReport report = Declaro.validate(declaration);
        for (Finding f : report.findings()) {
            System.err.println(f);
        }
        System.err.println(!report.hasErrors() ? "valid" : "invalid");
        System.out.print(Declaro.toJson(declaration));
    }
}
