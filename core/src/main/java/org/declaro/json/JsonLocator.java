package org.declaro.json;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.declaro.internal.JsonStrings;
import org.declaro.report.Finding;
import org.declaro.report.JsonPointer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/**
 * Finds where JSON Pointers lead in a JSON text, as 1-based line and column (columns in UTF-16 code
 * units, so that they match what Java strings and most editors count).
 *
 * <p>A pointer to an object member locates the member's name; one to an array element, the element.
 * A pointer to a value that is not in the text (a missing required field) locates the nearest enclosing
 * value that is. Costs one streaming pass over the text, skipping subtrees no pointer leads into; the
 * model is never asked to carry locations, so valid documents pay nothing.
 */
public final class JsonLocator {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(Integer.MAX_VALUE)
                    .maxStringLength(Integer.MAX_VALUE)
                    .maxNameLength(Integer.MAX_VALUE)
                    .maxNumberLength(Integer.MAX_VALUE)
                    .build())
            .build();

    private JsonLocator() {
    }

    /**
     * Returns the findings with line and column filled in where they were missing.
     *
     * @param json     the UTF-8 text the findings are about
     * @param findings findings whose pointers lead into that text
     * @return the findings, located, sorted by position (stable), as a new list
     */
    public static List<Finding> locate(byte[] json, List<Finding> findings) {
        Set<String> wanted = new HashSet<>();
        for (Finding f : findings) {
            if (!f.hasLocation()) {
                wanted.add(f.pointer());
            }
        }
        List<Finding> out = new ArrayList<>(findings.size());
        if (wanted.isEmpty()) {
            out.addAll(findings);
        } else {
            Map<String, int[]> where = offsets(json, wanted);
            for (Finding f : findings) {
                if (f.hasLocation()) {
                    out.add(f);
                    continue;
                }
                int[] lc = nearest(where, f.pointer());
                out.add(lc == null ? f : f.at(lc[0], lc[1]));
            }
        }
        out.sort(Finding.BY_POSITION);
        return out;
    }

    private static int[] nearest(Map<String, int[]> where, String pointer) {
        String p = pointer;
        while (true) {
            int[] lc = where.get(p);
            if (lc != null || p.isEmpty()) {
                return lc;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /**
     * A place in a JSON text.
     *
     * @param line   1-based line
     * @param column 1-based column, in UTF-16 code units
     */
    public record Location(int line, int column) {
        /** @throws IllegalArgumentException if line or column is below 1 */
        public Location {
            if (line < 1 || column < 1) {
                throw new IllegalArgumentException("line and column start at 1: " + line + ":" + column);
            }
        }
    }

    /**
     * Locates JSON Pointers: each where it leads, or, for one that leads nowhere (a missing field), where its
     * nearest enclosing value is.
     *
     * @param json     UTF-8 JSON text
     * @param pointers the pointers
     * @return the location of each pointer that leads into the text, itself or through an ancestor; pointers
     *         of a text that breaks off before them are left out
     */
    public static Map<JsonPointer, Location> locatePointers(byte[] json, Collection<JsonPointer> pointers) {
        Set<String> wanted = new HashSet<>();
        for (JsonPointer p : pointers) {
            wanted.add(p.toString());
        }
        Map<String, int[]> where = offsets(json, wanted);
        Map<JsonPointer, Location> out = new HashMap<>();
        for (JsonPointer p : pointers) {
            int[] lc = nearest(where, p.toString());
            if (lc != null) {
                out.put(p, new Location(lc[0], lc[1]));
            }
        }
        return out;
    }

    /**
     * @param json    UTF-8 JSON text
     * @param pointer a pointer
     * @return where it leads, or where its nearest enclosing value is; empty when the text breaks off before
     */
    public static Optional<Location> locate(byte[] json, JsonPointer pointer) {
        return Optional.ofNullable(locatePointers(json, List.of(pointer)).get(pointer));
    }

    /** Pointers and their ancestors to {line, column}, in one pass. */
    private static Map<String, int[]> offsets(byte[] json, Set<String> pointers) {
        Set<String> prefixes = new HashSet<>();
        for (String p : pointers) {
            String q = p;
            prefixes.add(q);
            while (!q.isEmpty()) {
                q = q.substring(0, q.lastIndexOf('/'));
                prefixes.add(q);
            }
        }
        Map<String, Long> offsets = new HashMap<>();
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return Map.of();
            }
            offsets.put("", p.currentTokenLocation().getByteOffset());
            walk(p, "", prefixes, offsets);
        } catch (JacksonException e) {
            // the text breaks off somewhere: keep what was located before that
        }
        LineCounter counter = new LineCounter(json);
        Map<String, int[]> result = new HashMap<>();
        offsets.entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .forEach(e -> result.put(e.getKey(), counter.lineColumn(e.getValue())));
        return result;
    }

    /** Walks the container at the current token iteratively, recording offsets of wanted pointers. */
    private static void walk(JsonParser p, String root, Set<String> prefixes, Map<String, Long> offsets) {
        if (!p.currentToken().isStructStart()) {
            return;
        }
        // stack of container pointers and, for arrays, the next index
        List<String> ptr = new ArrayList<>();
        List<int[]> idx = new ArrayList<>();
        ptr.add(root);
        idx.add(p.currentToken() == JsonToken.START_ARRAY ? new int[] {0} : null);
        while (!ptr.isEmpty()) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return;
            }
            int top = ptr.size() - 1;
            if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                ptr.remove(top);
                idx.remove(top);
                continue;
            }
            String child;
            long offset;
            if (t == JsonToken.PROPERTY_NAME) {
                child = ptr.get(top) + "/" + JsonStrings.escapePointerToken(p.currentName());
                offset = p.currentTokenLocation().getByteOffset();
                t = p.nextToken();
            } else {
                child = ptr.get(top) + "/" + idx.get(top)[0]++;
                offset = p.currentTokenLocation().getByteOffset();
            }
            boolean wanted = prefixes.contains(child);
            if (wanted) {
                offsets.put(child, offset);
            }
            if (t.isStructStart()) {
                if (wanted) {
                    ptr.add(child);
                    idx.add(t == JsonToken.START_ARRAY ? new int[] {0} : null);
                } else {
                    p.skipChildren();
                }
            }
        }
    }

    /**
     * Turns byte offsets into line and column by scanning forward; offsets asked in increasing order
     * cost one pass over the text in all. Lines end at LF, CR or CRLF; a leading byte order mark is not
     * counted.
     */
    static final class LineCounter {
        private final byte[] text;
        private final int start;
        private int pos;
        private int line = 1;
        private int column = 1;

        LineCounter(byte[] text) {
            this.text = text;
            if (text.length >= 3 && (text[0] & 0xFF) == 0xEF && (text[1] & 0xFF) == 0xBB && (text[2] & 0xFF) == 0xBF) {
                pos = 3;
            }
            start = pos;
        }

        int[] lineColumn(long offset) {
            if (offset < pos) {
                pos = start;
                line = 1;
                column = 1;
            }
            int end = (int) Math.min(offset, text.length);
            while (pos < end) {
                int b = text[pos] & 0xFF;
                if (b == '\n' || (b == '\r' && (pos + 1 >= text.length || text[pos + 1] != '\n'))) {
                    line++;
                    column = 1;
                } else if (b == '\r') {
                    // CR of a CRLF: the LF ends the line
                } else if ((b & 0xC0) != 0x80) {
                    column += (b & 0xF8) == 0xF0 ? 2 : 1; // a 4-byte sequence is two UTF-16 units
                }
                pos++;
            }
            return new int[] {line, column};
        }
    }
}
