package org.declaro.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.declaro.importer.spi.LineEvidence;
import org.declaro.importer.spi.SourceContent;
import org.declaro.importer.spi.SourceLine;
import org.declaro.report.Finding;

/**
 * The source stage for a file format read by a {@link org.declaro.importer.spi.SourceReader}: its lines become
 * the normalised lines the layout reads, with the format's evidence beside them. An automatic number is written
 * before its text, as plain text prints it; footnote texts, wherever the page put them, move after the text as
 * definitions ({@code [^2]: ...}), so that a paragraph a footnote area interrupted reads on.
 */
final class FormatSource {

    /**
     * The lines as text, the evidence of each, and where each came from.
     *
     * @param text     the lines joined by line feeds
     * @param evidence the evidence of each line of {@code text}
     * @param origin   the 1-based line of the reader's lines each line of {@code text} came from
     */
    record Converted(String text, LineEvidence[] evidence, int[] origin) {
    }

    private FormatSource() {
    }

    static Converted convert(SourceContent content) {
        List<String> out = new ArrayList<>();
        List<LineEvidence> evidence = new ArrayList<>();
        List<Integer> origin = new ArrayList<>();
        Map<String, StringBuilder> notes = new LinkedHashMap<>();
        Map<String, Integer> noteLine = new LinkedHashMap<>();
        List<SourceLine> lines = content.lines();
        for (int i = 0; i < lines.size(); i++) {
            SourceLine l = lines.get(i);
            LineEvidence e = l.evidence();
            String t = oneLine(l.text());
            if (e.role() == LineEvidence.Role.FOOTNOTE) {
                StringBuilder note = notes.computeIfAbsent(e.footnote(), k -> new StringBuilder());
                noteLine.putIfAbsent(e.footnote(), i + 1);
                if (!t.isBlank()) {
                    note.append(note.length() == 0 ? "" : " ").append(t.strip());
                }
                continue;
            }
            out.add(e.number() == null || t.isBlank() ? t : e.number().strip() + " " + t.strip());
            evidence.add(e);
            origin.add(i + 1);
        }
        notes.forEach((label, note) -> {
            LineEvidence e = LineEvidence.builder().role(LineEvidence.Role.FOOTNOTE).footnote(label).build();
            out.add("");
            evidence.add(LineEvidence.NONE);
            origin.add(noteLine.get(label));
            out.add("[^" + label + "]: " + note);
            evidence.add(e);
            origin.add(noteLine.get(label));
        });
        int[] from = origin.stream().mapToInt(Integer::intValue).toArray();
        return new Converted(String.join("\n", out), evidence.toArray(new LineEvidence[0]), from);
    }

    /** A reader's line holds no line breaks of its own: any are spaces. */
    private static String oneLine(String t) {
        StringBuilder b = null;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u000C' || c == '\u0085') {
                if (b == null) {
                    b = new StringBuilder(t);
                }
                b.setCharAt(i, ' ');
            }
        }
        return b == null ? t : b.toString();
    }

    /**
     * @param findings the findings of the stages, at lines of the converted text
     * @param origin   where each converted line came from
     * @return the findings at the reader's lines
     */
    static List<Finding> atReaderLines(List<Finding> findings, int[] origin) {
        List<Finding> out = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            int line = f.line();
            if (line < 1 || line > origin.length) {
                out.add(f);
                continue;
            }
            String said = "Line " + line + " ";
            String message = f.message().startsWith(said)
                    ? "Line " + origin[line - 1] + " " + f.message().substring(said.length()) : f.message();
            out.add(new Finding(f.rule(), f.severity(), f.pointer(), origin[line - 1], f.column(), message));
        }
        return out;
    }
}
