package org.declaro.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.declaro.report.Finding;
import org.declaro.report.Rule;

/**
 * The input cut into normalised lines: BOM, CR/CRLF, non-breaking and other odd spaces, soft hyphens,
 * zero-width characters and control characters are dealt with here, once, so that the parsers see plain
 * lines. Each line keeps its 1-based number and its indentation.
 */
final class SourceText {

    final String[] text;
    final int[] indent;
    /** the line ended with a soft hyphen: join it to the next without a hyphen */
    final boolean[] softBreak;
    /** which stage placed each line, in the model or in a finding: recorded once, never given back */
    final Stage[] owner;

    private SourceText(List<String> lines, List<Integer> indents, List<Boolean> soft) {
        int n = lines.size();
        text = lines.toArray(new String[0]);
        indent = new int[n];
        softBreak = new boolean[n];
        owner = new Stage[n];
        for (int i = 0; i < n; i++) {
            indent[i] = indents.get(i);
            softBreak[i] = soft.get(i);
        }
        measureWrapWidth();
        int nonBlank = 0;
        int afterBlank = 0;
        for (int i = 0; i < n; i++) {
            if (!text[i].isEmpty()) {
                nonBlank++;
                afterBlank += i == 0 || text[i - 1].isEmpty() ? 1 : 0;
            }
        }
        blankSeparated = nonBlank > 0 && afterBlank * 10 >= nonBlank * 6;
    }

    /**
     * Most lines stand after a blank line: paragraphs are separated by blank lines (Markdown, most web text), so
     * a line break inside a block is a wrap, not the start of another clause, unless a marker or cue opens it.
     */
    final boolean blankSeparated;

    /** the lines of blocks a Markdown source set entirely in italics (a note set apart from the text); none for text */
    java.util.BitSet emphasised = new java.util.BitSet();

    /** the evidence a file format gave each line (a PDF's page, a Word style), or null for text and Markdown */
    org.declaro.importer.spi.LineEvidence[] evidence;

    /** @return the format's evidence of line {@code i}, or {@link org.declaro.importer.spi.LineEvidence#NONE} */
    org.declaro.importer.spi.LineEvidence evidence(int i) {
        return evidence == null || i >= evidence.length ? org.declaro.importer.spi.LineEvidence.NONE : evidence[i];
    }

    /** the Markdown block of each line, as the parser read it; empty for text */
    List<MarkdownSource.Block> blocks = List.of();

    /** @return the Markdown block line {@code i} is in, or null for text (no parser's evidence) */
    MarkdownSource.Block block(int i) {
        return i < blocks.size() ? blocks.get(i) : null;
    }

    /** the width the text was hard-wrapped at, or 0 when lines are paragraphs (no wrapping) */
    int wrapWidth;

    /**
     * Whether the break after line {@code i} was made by wrapping: the first word of the next line would
     * not have fitted on it. A greedy wrapper fills each line, so a break where the next word would fit is
     * a real one (the end of a paragraph or item).
     */
    boolean softWrap(int i) {
        if (evidence != null) { // a file format's reader ends each paragraph with a blank line: any other break is a
            // wrap, unless the reader says the line ends with a line break; then, as in a plain text, a break where a
            // wrapper would have broken the line (a plain text's wrapped lines kept as line breaks) is a wrap
            if (i + 1 >= text.length || text[i + 1].isEmpty()) {
                return false;
            }
            if (!evidence(i).lineBreak()) {
                return true;
            }
            if (breakWidth < 0) {
                int measured = measureWrapWidth(k -> evidence(k).lineBreak());
                breakWidth = measured > 0 ? measured : wrapWidth; // too few such lines: the text's own width
            }
            return wrapsAt(i, breakWidth);
        }
        return wrapsAt(i, wrapWidth);
    }

    /** the wrap width of the lines a reader ended with a line break, measured when first asked; -1 before */
    private int breakWidth = -1;

    /** @return whether line {@code i}, followed by a line, was broken by a wrapper at {@code width} columns */
    private boolean wrapsAt(int i, int width) {
        if (width == 0 || i + 1 >= text.length || text[i + 1].isEmpty()) {
            return false;
        }
        String next = text[i + 1];
        int word = next.indexOf(' ');
        int w = word < 0 ? next.length() : word;
        int length = indent[i] + text[i].length();
        return length <= width && length + 1 + w > width - 2; // a line longer than the width was not wrapped at it
    }

    /**
     * Measures the wrap width from the lines a wrapper broke: those followed by another line of the same block.
     * A text may wrap some paragraphs and leave others on one long line (Markdown often does), so the long lines
     * say nothing about the width; only when most broken lines are long is the text unwrapped.
     */
    private void measureWrapWidth() {
        wrapWidth = measureWrapWidth(k -> true);
    }

    /** @return the wrap width measured on the lines {@code counted} accepts, or 0 when they were not wrapped */
    private int measureWrapWidth(java.util.function.IntPredicate counted) {
        int[] lengths = new int[text.length];
        int n = 0;
        int longLines = 0;
        for (int i = 0; i + 1 < text.length; i++) {
            if (text[i].length() >= 20 && !text[i + 1].isEmpty() && counted.test(i)) {
                int w = indent[i] + text[i].length();
                if (w > 130) {
                    longLines++;
                } else {
                    lengths[n++] = w;
                }
            }
        }
        if (n < 5 || longLines > n) {
            return 0;
        }
        java.util.Arrays.sort(lengths, 0, n);
        int width = lengths[Math.min(n - 1, (int) (n * 0.95))];
        int near = 0; // a wrapper breaks most lines close to its width; lines of any length are no wrapping
        for (int k = 0; k < n; k++) {
            near += lengths[k] * 4 >= width * 3 ? 1 : 0;
        }
        return near * 2 >= n ? width : 0;
    }

    /** @return whether a stage has placed line {@code i} */
    boolean placed(int i) {
        return owner[i] != null;
    }

    int size() {
        return text.length;
    }

    boolean blank(int i) {
        return text[i].isEmpty();
    }

    /** Decodes UTF-8, replacing bad bytes and reporting the first. */
    static String decode(byte[] bytes, List<Finding> findings) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return strict.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int line = 1;
            int bad = firstBadByte(bytes);
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            findings.add(new Finding(Rule.IMPORT_ENCODING, Rule.IMPORT_ENCODING.defaultSeverity(), "", line, 1,
                    "The input is not valid UTF-8 (first bad byte at offset " + bad + ", line " + line
                            + "); bad bytes were replaced by U+FFFD: convert the file to UTF-8."));
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static int firstBadByte(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int len = c < 0x80 ? 1 : c >= 0xC2 && c < 0xE0 ? 2 : c >= 0xE0 && c < 0xF0 ? 3 : c >= 0xF0 && c < 0xF5 ? 4 : 0;
            if (len == 0 || i + len > b.length) {
                return i;
            }
            for (int k = 1; k < len; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += len;
        }
        return Math.max(0, b.length - 1);
    }

    /** Cuts and normalises; reports control characters once. */
    static SourceText of(CharSequence input, List<Finding> findings) {
        List<String> lines = new ArrayList<>();
        List<Integer> indents = new ArrayList<>();
        List<Boolean> soft = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int n = input.length();
        int start = n > 0 && input.charAt(0) == '\uFEFF' ? 1 : 0;
        int controlLine = -1;
        int indent = 0;
        boolean leading = true;
        boolean shy = false; // whether the line holds a soft hyphen
        for (int i = start; i <= n; i++) {
            char c = i < n ? input.charAt(i) : '\n';
            if (c > ' ' && c < 0x7F) {
                leading = false; // the common case: printable ASCII
                line.append(c);
                continue;
            }
            if (c == '\r' || c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u000C' || c == '\u0085') {
                if (c == '\r' && i + 1 < n && input.charAt(i + 1) == '\n') {
                    i++;
                }
                endLine(line, leading ? 0 : indent, lines, indents, soft, shy);
                indent = 0;
                leading = true;
                shy = false;
                continue;
            }
            int k = normalised(c);
            if (k == SKIP) {
                continue;
            }
            if (k == CONTROL) {
                if (controlLine < 0) {
                    controlLine = lines.size() + 1;
                }
                continue;
            }
            c = (char) k;
            shy |= c == '\u00AD';
            if (leading) {
                if (c == ' ') {
                    indent += input.charAt(i) == '\t' ? 4 : 1;
                    continue;
                }
                leading = false;
            }
            if (c == ' ' && line.length() > 0 && line.charAt(line.length() - 1) == ' ') {
                continue; // runs of spaces collapse
            }
            line.append(c);
        }
        dropFinalEmptyLine(input, lines, indents, soft);
        if (controlLine > 0) {
            findings.add(new Finding(Rule.IMPORT_ENCODING, Rule.IMPORT_ENCODING.defaultSeverity(), "", controlLine, 1,
                    "The input holds control characters (first on line " + controlLine
                            + "), which text does not: they were removed; check that the file is text."));
        }
        return new SourceText(lines, indents, soft);
    }

    /** {@link #normalised}: a character that goes without a trace (zero-width space, byte order mark, word joiner) */
    private static final int SKIP = -1;
    /** {@link #normalised}: a control character, which text does not hold */
    private static final int CONTROL = -2;

    /** @return a character other than printable ASCII and line ends as read: a space for blanks, or SKIP, or CONTROL */
    private static int normalised(char c) {
        switch (c) {
            case '\t' -> {
                return ' ';
            }
            case '\u00A0', '\u2007', '\u202F', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005',
                    '\u2006', '\u2008', '\u2009', '\u200A', '\u205F', '\u3000' -> {
                return ' ';
            }
            case '\u200B', '\uFEFF', '\u2060' -> {
                return SKIP;
            }
            default -> {
                return c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) ? CONTROL : c;
            }
        }
    }

    /** Ends a line: trailing blanks go, a soft hyphen at its end is noted, and the line is added; the buffer is emptied. */
    private static void endLine(StringBuilder line, int indent, List<String> lines, List<Integer> indents, List<Boolean> soft,
            boolean shy) {
        boolean softEnd = false;
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        if (end > 0 && line.charAt(end - 1) == '\u00AD') {
            softEnd = true;
            end--;
        }
        line.setLength(end);
        lines.add(shy ? removeSoftHyphens(line) : line.toString());
        indents.add(indent);
        soft.add(softEnd);
        line.setLength(0);
    }

    /** The newline that ends the text does not open an empty line. */
    private static void dropFinalEmptyLine(CharSequence input, List<String> lines, List<Integer> indents, List<Boolean> soft) {
        int n = input.length();
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty() && n > 0) {
            char last = input.charAt(n - 1);
            if (last == '\n' || last == '\r') {
                lines.remove(lines.size() - 1);
                indents.remove(indents.size() - 1);
                soft.remove(soft.size() - 1);
            }
        }
    }

    private static String removeSoftHyphens(StringBuilder line) {
        if (line.indexOf("\u00AD") < 0) {
            return line.toString();
        }
        StringBuilder b = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) != '\u00AD') {
                b.append(line.charAt(i));
            }
        }
        return b.toString();
    }
}
