package org.declaro.importer.spi;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.declaro.report.Finding;
import org.declaro.report.Rule;

/**
 * A reader of a small made-up format, registered for the tests in {@code META-INF/services}: it opens with
 * {@code %LINES}, and each line is {@code PAGE|ROLE|NUMBER|ITALIC|TEXT} (ROLE {@code c}, {@code f} furniture or
 * {@code n:LABEL} a footnote; NUMBER may be empty). A line {@code !fail} makes it throw, as a defective reader
 * would; a line {@code !damaged} makes it report an unreadable file.
 */
public final class MarkedLinesReader implements SourceReader {

    static final String MAGIC = "%LINES\n";

    @Override
    public String format() {
        return "lines";
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of("application/x-declaro-lines");
    }

    @Override
    public Set<String> extensions() {
        return Set.of("lines");
    }

    @Override
    public boolean recognises(byte[] head) {
        return new String(head, StandardCharsets.UTF_8).startsWith(MAGIC);
    }

    @Override
    public SourceContent read(InputStream in, SourceRequest request) throws IOException {
        String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        List<SourceLine> lines = new ArrayList<>();
        for (String l : all.substring(all.startsWith(MAGIC) ? MAGIC.length() : 0).split("\n", -1)) {
            if (l.equals("!fail")) {
                throw new IllegalStateException("a defect of the reader");
            }
            if (l.equals("!damaged")) {
                return SourceContent.failed(Finding.of(Rule.IMPORT_SOURCE, "", "The file is damaged."));
            }
            if (l.isEmpty()) {
                lines.add(SourceLine.blank());
                continue;
            }
            String[] f = l.split("\\|", 5);
            LineEvidence.Builder e = LineEvidence.builder().page(Integer.parseInt(f[0]))
                    .number(f[2].isEmpty() ? null : f[2]).italic(f[3].equals("i"));
            if (f[1].equals("f")) {
                e.role(LineEvidence.Role.FURNITURE);
            } else if (f[1].startsWith("n:")) {
                e.role(LineEvidence.Role.FOOTNOTE).footnote(f[1].substring(2));
            }
            lines.add(new SourceLine(f[4], e.build()));
        }
        return new SourceContent(lines, List.of(), Map.of("title", "Declaration on Lines",
                "language", request.option("language", "en")));
    }
}
