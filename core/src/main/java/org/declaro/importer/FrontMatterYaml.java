package org.declaro.importer;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The YAML front matter of a Markdown file, as Jekyll, Hugo and pandoc write it: a YAML mapping between a
 * {@code ---} line at the top of the file and a {@code ---} or {@code ...} line. The YAML is read by Jackson's YAML
 * parser (SnakeYAML Engine): nested maps and lists are YAML, not text. Each top-level entry keeps the lines it
 * spans, for findings at the file's own lines. A header that is not a YAML mapping is reported as such, with the
 * line the parser stopped at.
 */
final class FrontMatterYaml {

    /** the longest front matter looked for: a header further down is text */
    private static final int MAX_LINES = 500;

    /** thread-safe once built; no type information, no aliases beyond SnakeYAML Engine's own limits */
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS) // an entry's value is read with the header's rest after it
            .build();

    /**
     * One top-level entry.
     *
     * @param key its key, or "" for lines before the first key (comments)
     * @param value its value as a tree, or null for such lines
     * @param first the 0-based line of the file it starts on
     * @param last the 0-based line of the file it ends on (comments and blank lines after it included, trailing
     *     blank lines not)
     */
    record Entry(String key, JsonNode value, int first, int last) {
    }

    /**
     * What the header held.
     *
     * @param entries the top-level entries in order; empty when the header is not a YAML mapping
     * @param errorLine the 0-based line of the file where the parser stopped, or -1 when it read the header
     * @param error why the header is not a YAML mapping, or null
     */
    record Header(List<Entry> entries, int errorLine, String error) {
        Header {
            entries = List.copyOf(entries);
        }

        boolean malformed() {
            return error != null;
        }
    }

    private FrontMatterYaml() {
    }

    /**
     * The line that closes front matter opened on line 0, or -1 when the text has none: the first line is
     * {@code ---}, its first line that is not blank or a comment holds a colon (a key; "---" over prose is a
     * rule), and a {@code ---} or {@code ...} line follows within {@value #MAX_LINES} lines.
     *
     * @param lines the lines of the text
     */
    static int end(List<String> lines) {
        if (lines.size() < 3 || !lines.get(0).strip().equals("---")) {
            return -1;
        }
        int max = Math.min(lines.size(), MAX_LINES);
        boolean key = false;
        for (int i = 1; i < max; i++) {
            String t = lines.get(i).strip();
            if (t.equals("---") || t.equals("...")) {
                return key ? i : -1;
            }
            if (!key && !t.isEmpty() && !t.startsWith("#")) {
                if (!t.contains(":")) {
                    return -1;
                }
                key = true;
            }
        }
        return -1;
    }

    /**
     * Reads the header of lines {@code (0, end)}.
     *
     * @param lines the lines of the text
     * @param end the closing line, as {@link #end} gives it
     */
    static Header read(List<String> lines, int end) {
        StringBuilder yaml = new StringBuilder();
        for (int i = 1; i < end; i++) {
            yaml.append(lines.get(i)).append('\n');
        }
        List<String> keys = new ArrayList<>();
        List<JsonNode> values = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        try (JsonParser p = YAML.createParser(yaml.toString())) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return new Header(List.of(), -1, null); // only comments or blank lines
            }
            if (t != JsonToken.START_OBJECT) {
                return new Header(List.of(), line(p.currentTokenLocation()), "it is not a mapping of keys to values");
            }
            while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
                keys.add(p.currentName());
                starts.add(line(p.currentTokenLocation()));
                p.nextToken();
                values.add(YAML.readTree(p));
            }
            if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
                return new Header(List.of(), line(p.currentTokenLocation()), "it holds more than one mapping");
            }
        } catch (JacksonException e) {
            return new Header(List.of(), line(e.getLocation()), e.getOriginalMessage());
        } catch (RuntimeException e) {
            // the YAML engine's own exceptions, should one pass Jackson unwrapped: the header is still not YAML
            return new Header(List.of(), 1, String.valueOf(e.getMessage()));
        }
        List<Entry> entries = new ArrayList<>();
        if (!starts.isEmpty() && starts.get(0) > 1) {
            entries.add(new Entry("", null, 1, lastContent(lines, 1, starts.get(0) - 1)));
        }
        for (int k = 0; k < keys.size(); k++) {
            int first = starts.get(k);
            int last = k + 1 < keys.size() ? starts.get(k + 1) - 1 : end - 1;
            entries.add(new Entry(keys.get(k), values.get(k), first, lastContent(lines, first, last)));
        }
        return new Header(entries, -1, null);
    }

    /** @return the last line of {@code [first, last]} that is not blank, or {@code first} */
    private static int lastContent(List<String> lines, int first, int last) {
        int l = last;
        while (l > first && lines.get(l).isBlank()) {
            l--;
        }
        return l;
    }

    /** @return the 0-based line of the file for a location in the header (whose first line is the file's second) */
    private static int line(TokenStreamLocation at) {
        return at == null || at.getLineNr() < 1 ? 1 : at.getLineNr();
    }

    /**
     * A scalar value as text: strings as they are, numbers and booleans as YAML wrote them; null for a map, a
     * list or a null.
     */
    static String scalar(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode() || value.isContainer()) {
            return null;
        }
        return value.asString();
    }
}
