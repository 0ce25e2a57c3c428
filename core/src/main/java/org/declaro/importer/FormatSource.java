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
 *
 * <p>A content line's indentation is written as plain text shows it, in leading spaces, so that the layout's
 * reading of indentation (items indented under an article, bullets nested by indent, continuation lines of an
 * item) applies to every format alike. The indentation is the line's {@link LineEvidence#x() x} less the body's
 * left edge, at one space for every half of the body's type size (the width of an average character). The left
 * edge is the least start that many lines share (three at least, and one in twenty): the text block's edge, not
 * a line or two set further left, nor an indent that happens to be the most common. It is found
 * apart for odd and even pages, whose margins may differ, from the lines without a {@link LineEvidence#number()
 * hanging number}. A line left of the edge, or without a known x, has none.
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
        Indentation indentation = Indentation.of(lines);
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
            int spaces = t.isBlank() && e.number() == null ? 0 : indentation.spaces(e);
            String line = e.number() == null || t.isBlank() ? t : e.number().strip() + " " + t.strip();
            out.add(spaces == 0 ? line : " ".repeat(spaces) + line.stripLeading());
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

    /**
     * The body's left edge (apart for odd and even pages) and the width of a column of plain text, measured on
     * the content lines of a reader's lines.
     *
     */
    static final class Indentation {
        /** the left edge of odd pages (and of lines whose page is unknown), then of even pages; NaN when unknown */
        private final double[] edges;
        /** the points a leading space stands for */
        private final double column;
        /** a start within this many points of the edge is on it */
        private static final double SAME = 1.5;
        /** the most spaces a line is given: a line far right (a signature, a date set right) is not a code block */
        private static final int MOST = 60;

        private Indentation(double[] edges, double column) {
            this.edges = edges;
            this.column = column;
        }

        static Indentation of(List<SourceLine> lines) {
            List<Map<Long, Integer>> starts = List.of(new java.util.HashMap<>(), new java.util.HashMap<>());
            Map<Double, Integer> sizes = new java.util.HashMap<>();
            for (SourceLine l : lines) {
                LineEvidence e = l.evidence();
                if (e.role() != LineEvidence.Role.CONTENT || !Double.isFinite(e.x()) || l.text().isBlank()) {
                    continue;
                }
                if (e.fontSize() > 0) {
                    sizes.merge(e.fontSize(), 1, Integer::sum);
                }
                if (e.number() == null) {
                    starts.get(parity(e)).merge(Math.round(e.x()), 1, Integer::sum);
                }
            }
            double size = 0;
            int most = 0;
            for (Map.Entry<Double, Integer> s : sizes.entrySet()) {
                if (s.getValue() > most || s.getValue() == most && s.getKey() < size) {
                    most = s.getValue();
                    size = s.getKey();
                }
            }
            double odd = edge(starts.get(0));
            double even = edge(starts.get(1));
            return new Indentation(new double[] {Double.isNaN(odd) ? even : odd, Double.isNaN(even) ? odd : even},
                    (size > 0 ? size : 10) / 2);
        }

        private static int parity(LineEvidence e) {
            return e.page() > 0 && e.page() % 2 == 0 ? 1 : 0;
        }

        /**
         * @return the least start that at least three lines share, and one in twenty of the lines (a few lines set
         *         further left, an outdented heading, are not the body), or the least start when none is so shared;
         *         NaN when there are no lines
         */
        private static double edge(Map<Long, Integer> starts) {
            int all = 0;
            for (int n : starts.values()) {
                all += n;
            }
            long edge = Long.MAX_VALUE;
            long least = Long.MAX_VALUE;
            for (Map.Entry<Long, Integer> s : starts.entrySet()) {
                // starts a point apart are one (a rounding of the same edge)
                int near = s.getValue() + starts.getOrDefault(s.getKey() - 1, 0) + starts.getOrDefault(s.getKey() + 1, 0);
                if (near >= 3 && near * 20 >= all && s.getKey() < edge) {
                    edge = s.getKey();
                }
                least = Math.min(least, s.getKey());
            }
            return edge != Long.MAX_VALUE ? edge : least == Long.MAX_VALUE ? Double.NaN : least;
        }

        /** @return the leading spaces of a line with this evidence: 0 for a line on or left of the edge */
        int spaces(LineEvidence e) {
            double edge = edges[parity(e)];
            if (e.role() != LineEvidence.Role.CONTENT || !Double.isFinite(e.x()) || Double.isNaN(edge)
                    || e.x() - edge < SAME) {
                return 0;
            }
            return (int) Math.min(MOST, Math.max(1, Math.round((e.x() - edge) / column)));
        }
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
