package org.declaro.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.declaro.json.CanonicalJsonWriter;
import org.declaro.model.Document;
import org.declaro.report.Finding;
import org.declaro.report.Severity;
import org.declaro.validation.DocumentValidator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The self-consistency of one import, measured without hand-made gold: a Java port of the main checks of
 * the project's corpus checker ({@code shared/tools/consistency.py}), so that the build measures what the
 * acceptance measures. Each check compares what the source text visibly holds with what the import holds.
 */
final class Consistency {

    /** The checks, by the name printed when one fails. */
    enum Check {
        /** a title is visible (or named in the Markdown front matter) => the title is not "Untitled", and is that one */
        TITLE("title"),
        /**
         * every numbered part (body paragraphs, each annex's, an action plan's actions, numbered headings) runs
         * 1..N, and the runs of numbers in the source ("N." at a line start, or run in after a sentence) match
         * the imported parts' lengths
         */
        NUMBERS("numbers"),
        /** at least as many labelled sub-paragraphs as the source has lines starting "(a)", "(iv)", "a)" */
        LABELS("labels"),
        /** an "Annex" line, or a plan's heading after the prose, in the source <=> annexes in the import */
        ANNEX("annex"),
        /** the result, with its commitments found, validates: no error finding */
        VALID("valid"),
        /** no import finding of severity warning or error, but a missing title where none is visible */
        FINDINGS("findings"),
        /** every word of the source is in the JSON or quoted in a finding, within max(3, 0.2% of the words) */
        COVERAGE("coverage"),
        /** no paragraph starts in lower case (a paragraph split in two) */
        FRAGMENTS("fragments"),
        /** no paragraph holds the title where the source repeats it as a page's running head */
        RUNNING_HEADS("running-heads");

        final String label;

        Check(String label) {
            this.label = label;
        }
    }

    /** What one input gave: the checks it failed, with what was found wrong. */
    record Result(Map<Check, String> failed) {
        boolean consistent() {
            return failed.isEmpty();
        }

        @Override
        public String toString() {
            if (failed.isEmpty()) {
                return "consistent";
            }
            StringBuilder b = new StringBuilder();
            failed.forEach((c, why) -> b.append(b.length() == 0 ? "" : "; ").append(c.label).append(why.isEmpty() ? "" : " (" + why + ")"));
            return b.toString();
        }
    }

    /** as Python's {@code re} reads patterns: Unicode classes, lines end at {@code \n} only */
    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNIX_LINES;
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Set<String> SKIP_KEYS = Set.of("schemaVersion", "kind", "id", "language", "originalLanguage", "status",
            "commitments", "themes", "modality");
    /** words the importer may rightly turn into structured fields (dates, agenda item, adoption, language) */
    private static final Set<String> FIELD_WORDS = Set.of(("january february march april may june july august september october"
            + " november december agenda item provisional original english resolution adopted plenary meeting session distr general"
            + " st nd rd th the of by on in at and a to for").split(" "));
    private static final Pattern FURNITURE = Pattern.compile("^(United Nations|General Assembly|Security Council|Economic and Social Council|Distr|"
            + "Original:|Agenda item|Item \\d|Resolution adopted|\\[|[A-Z][a-z-]+ session\\b|Page \\d)"
            + "|^[A-Z]+(/[\\w.-]+)+$|^\\d+$", FLAGS);
    private static final String MONTHS = "(January|February|March|April|May|June|July|August|September|October|November|December)";
    private static final String SP = "[^\\S\\n]";
    private static final Pattern NUM_START = Pattern.compile("^" + SP + "*(?:[#>*-]" + SP + "*)*(\\d{1,3})\\." + SP + "+(?=\\S)",
            FLAGS | Pattern.MULTILINE);
    private static final Pattern NUM_RUNIN = Pattern.compile("[.;:!?][”\")\\]]?(?:\\[\\^\\w+\\]|" + SP + "?\\d{1,4})*" + SP
            + "+(\\d{1,3})\\." + SP + "+(?=[A-Z“\"(])", FLAGS);
    private static final Pattern LABEL_LINE = Pattern.compile("^" + SP + "*(?:[-*]" + SP + "+)?(?:\\((?:[a-z]{1,2}|[ivxlc]{1,6})\\)|[a-z]\\))"
            + SP + "+\\S", FLAGS | Pattern.MULTILINE);
    private static final Pattern ANNEX_LINE = Pattern.compile("^" + SP + "*(?:#+" + SP + "*)?(?:Annex|ANNEX)(?:" + SP + "+[IVXL\\d]+)?"
            + SP + "*(?:$|" + SP + "[A-Z“\"\\d])", FLAGS | Pattern.MULTILINE);
    private static final Pattern PLAN_HEAD = Pattern.compile("(Plan|Programme|Program) of Action|Action (Plan|Agenda)",
            FLAGS | Pattern.CASE_INSENSITIVE);
    private static final Pattern BLOCK_BREAK = Pattern.compile("\n" + SP + "*\n", FLAGS);
    private static final Pattern SPACES = Pattern.compile("\\s+", FLAGS);
    private static final Pattern EDGE_SPACES = Pattern.compile("^\\s+|\\s+$", FLAGS);
    private static final Pattern OPENING = Pattern.compile("(The [A-Z][\\w ]+,$|We,? |Whereas\\b)", FLAGS);
    private static final Pattern SESSION_NUMBER = Pattern.compile("\\d+/\\d+\\.\\s+\\S", FLAGS);
    private static final Pattern DATE_ONLY = Pattern.compile("[\\d\\s–-]*" + MONTHS + "?[\\s\\d,–-]*", FLAGS);
    private static final Pattern TITLE_START = Pattern.compile("[A-Z“\"\\d]");
    private static final Pattern FRONT_MATTER_TITLE = Pattern.compile("\\A---\\n(?:.*\\n)*?title:\\s*\"?(.+?)\"?\\s*\\n(?:.*\\n)*?---", FLAGS);
    private static final Pattern FRONT_MATTER_HAS_TITLE = Pattern.compile("\\A---\\n(?:.*\\n)*?title:\\s*\\S", FLAGS);
    /** letters, as Python's {@code [^\W\d_]}: letters and the numerals that are not decimal digits */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nl}\\p{No}]+");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

    private Consistency() {
    }

    /**
     * @param source the input text as read
     * @param result the import
     * @param document the imported document with its commitments found, as {@code declaro import} prints it
     * @return the checks failed
     */
    static Result check(String source, ImportResult result, Document document) {
        String text = source.replace("\r\n", "\n");
        List<String> lines = List.of(text.split("\n", -1));
        JsonNode doc = MAPPER.readTree(CanonicalJsonWriter.get().writeString(document));
        Map<Check, String> failed = new LinkedHashMap<>();
        List<String> strings = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        List<String> subparagraphs = new ArrayList<>();
        int[] labelledSubparagraphs = new int[1];
        collect(doc, null, strings, paragraphs, subparagraphs, labelledSubparagraphs);

        // title
        String title = doc.path("title").asString("");
        boolean visible = titleVisible(lines) || FRONT_MATTER_HAS_TITLE.matcher(text).lookingAt();
        boolean found = !title.isEmpty() && !title.equals("Untitled");
        Matcher fm = FRONT_MATTER_TITLE.matcher(text);
        if (fm.lookingAt() && found) {
            // a title in front matter: the import's title must be that one, not other lines
            String fmTitle = Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(fm.group(1))
                    .replaceAll(u -> String.valueOf((char) Integer.parseInt(u.group(1), 16)));
            Set<String> want = new HashSet<>(words(fmTitle.replace("\\_", " ")));
            Set<String> got = new HashSet<>(words(title));
            Set<String> common = new HashSet<>(want);
            common.retainAll(got);
            Set<String> extra = new HashSet<>(got);
            extra.removeAll(want);
            found = !want.isEmpty() && common.size() >= 0.5 * want.size() && extra.size() <= 0.5 * got.size();
        }
        if (!found && visible) {
            failed.put(Check.TITLE, "\"" + title + "\"");
        }

        // numbers
        List<Part> parts = new ArrayList<>();
        parts(doc, "body", parts);
        List<String> broken = parts.stream().filter(p -> !p.runs()).map(p -> p.name() + " " + p.numbers()).toList();
        List<Integer> inSource = numberChains(text);
        List<Integer> core = parts.stream().filter(p -> p.numbers().size() >= 2 && !p.headings()).map(p -> p.numbers().size())
                .sorted().toList();
        List<Integer> imported = core;
        if (!inSource.equals(core)) { // "Article 1" is no "1.": numbered headings count only when the paragraphs alone do not match
            imported = parts.stream().filter(p -> p.numbers().size() >= 2).map(p -> p.numbers().size()).sorted().toList();
        }
        if (!broken.isEmpty() || !inSource.equals(imported)) {
            failed.put(Check.NUMBERS, (broken.isEmpty() ? "" : "not 1..N: " + String.join(", ", broken) + "; ")
                    + "runs in the source " + inSource + ", imported " + imported);
        }

        // labels
        String noFootnotes = String.join("\n", lines.stream().filter(l -> !l.startsWith("[^")).toList());
        long labelsInSource = LABEL_LINE.matcher(noFootnotes).results().count();
        if (labelledSubparagraphs[0] < labelsInSource) {
            failed.put(Check.LABELS, labelsInSource + " labelled lines in the source, " + labelledSubparagraphs[0] + " imported");
        }

        // annex
        int annexesInSource = annexesInSource(text);
        int annexes = doc.path("annexes").size();
        if ((annexesInSource > 0) != (annexes > 0)) {
            failed.put(Check.ANNEX, annexesInSource + " in the source, " + annexes + " imported");
        }

        // valid
        List<Finding> errors = DocumentValidator.standard().validate(document).errors();
        if (!errors.isEmpty()) {
            failed.put(Check.VALID, errors.stream().map(f -> f.rule().id()).distinct().reduce((a, b) -> a + ", " + b).orElse(""));
        }

        // findings
        List<Finding> bad = result.findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
        List<Finding> unexcused = bad.stream()
                .filter(f -> !(f.rule().id().equals("import.missing") && f.pointer().equals("/title") && !visible)).toList();
        if (!unexcused.isEmpty()) {
            failed.put(Check.FINDINGS, unexcused.size() + ": " + unexcused.stream().map(f -> (f.rule().id() + " " + f.pointer()).strip())
                    .distinct().sorted().reduce((a, b) -> a + ", " + b).orElse(""));
        }

        // coverage
        Map<String, Integer> src = bag(words(text));
        Map<String, Integer> have = new HashMap<>();
        strings.forEach(s -> words(s).forEach(w -> have.merge(w, 1, Integer::sum)));
        for (Finding f : result.findings()) {
            Matcher q = QUOTED.matcher(f.message());
            while (q.find()) {
                words(q.group(1)).forEach(w -> have.merge(w, 1, Integer::sum));
            }
        }
        int total = src.values().stream().mapToInt(Integer::intValue).sum();
        Map<String, Integer> lost = new LinkedHashMap<>();
        src.forEach((w, c) -> {
            int missing = c - have.getOrDefault(w, 0);
            if (missing > 0 && !FIELD_WORDS.contains(w)) {
                lost.put(w, missing);
            }
        });
        int lostCount = lost.values().stream().mapToInt(Integer::intValue).sum();
        if (lostCount > Math.max(3, total / 500)) {
            failed.put(Check.COVERAGE, lostCount + " words lost: " + lost.entrySet().stream()
                    .sorted((a, b) -> b.getValue() - a.getValue()).limit(8).map(Map.Entry::getKey).reduce((a, b) -> a + " " + b).orElse(""));
        }

        // fragments
        long fragments = paragraphs.stream().filter(p -> !p.isEmpty() && p.charAt(0) >= 'a' && p.charAt(0) <= 'z').count();
        if (fragments > 0) {
            failed.put(Check.FRAGMENTS, fragments + " paragraph" + (fragments == 1 ? "" : "s"));
        }

        // running heads: source lines that repeat the title (PDF page heads) whose text ended up in a paragraph
        Set<Integer> named = new HashSet<>();
        result.findings().forEach(f -> named.add(f.line()));
        int heads = 0;
        if (title.length() > 12) {
            Pattern quotedTitle = Pattern.compile("(“|\")" + Pattern.quote(title));
            List<String> texts = new ArrayList<>(paragraphs);
            texts.addAll(subparagraphs);
            boolean inText = texts.stream().anyMatch(p -> p.contains(title) && !p.equals(title) && !quotedTitle.matcher(p).find());
            for (int i = 0; i < lines.size() && inText; i++) {
                String l = pyStrip(lines.get(i));
                if (l.equals(title) && !named.contains(i + 1) && lines.subList(0, i).stream().anyMatch(s -> s.contains(l))) {
                    heads++;
                }
            }
        }
        if (heads > 0) {
            failed.put(Check.RUNNING_HEADS, String.valueOf(heads));
        }
        return new Result(failed);
    }

    /** Every string of the document (commitments and enumerations left out), and the paragraph texts. */
    private static void collect(JsonNode node, String key, List<String> strings, List<String> paragraphs, List<String> subparagraphs,
            int[] labelled) {
        if (node.isObject()) {
            if ("paragraphs".equals(key) || "preamble".equals(key)) {
                paragraphs.add(node.path("text").asString(""));
            } else if ("subparagraphs".equals(key)) {
                subparagraphs.add(node.path("text").asString(""));
                if (!node.path("label").asString("").isEmpty()) {
                    labelled[0]++;
                }
            }
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (!SKIP_KEYS.contains(e.getKey())) {
                    collect(e.getValue(), e.getKey(), strings, paragraphs, subparagraphs, labelled);
                }
            }
        } else if (node.isArray()) {
            for (JsonNode v : node) {
                collect(v, key, strings, paragraphs, subparagraphs, labelled);
            }
        } else if (node.isString()) {
            strings.add(node.asString());
        }
    }

    /** A numbered part of the document: the body, its numbered headings, an action plan's actions, an annex's parts. */
    private record Part(String name, List<Integer> numbers, boolean headings) {
        boolean runs() {
            for (int i = 0; i < numbers.size(); i++) {
                if (numbers.get(i) != i + 1) {
                    return false;
                }
            }
            return true;
        }
    }

    private static void parts(JsonNode doc, String name, List<Part> out) {
        List<Integer> numbers = new ArrayList<>();
        for (JsonNode p : doc.path("paragraphs")) {
            if (p.has("number")) {
                numbers.add(p.get("number").asInt());
            }
        }
        out.add(new Part(name, numbers, false));
        List<String> heads = new ArrayList<>();
        for (JsonNode h : doc.path("headings")) {
            if (h.path("level").asInt(1) == 1) {
                heads.add(h.path("label").asString(""));
            }
        }
        if (!heads.isEmpty() && heads.stream().allMatch(h -> h.matches("\\d+"))) {
            out.add(new Part(name + ".headings", heads.stream().map(Integer::valueOf).toList(), true));
        }
        List<Integer> actions = new ArrayList<>();
        boolean anyAction = false;
        for (JsonNode s : doc.path("sections")) {
            for (JsonNode a : s.path("actions")) {
                anyAction = true;
                if (a.has("number")) {
                    actions.add(a.get("number").asInt());
                }
            }
        }
        if (anyAction) {
            out.add(new Part(name + ".actions", actions, false));
        }
        int k = 0;
        for (JsonNode annex : doc.path("annexes")) {
            parts(annex, "annex" + ++k, out);
        }
    }

    /** The largest number of each 1, 2, 3, ... run in the source (a run may skip up to two lost numbers), of runs past 1. */
    static List<Integer> numberChains(String text) {
        String t = String.join("\n", java.util.Arrays.stream(text.split("\n", -1)).filter(l -> !l.startsWith("[^")).toList()); // footnote definitions
        List<int[]> candidates = new ArrayList<>(); // {position, number}
        for (Pattern p : List.of(NUM_START, NUM_RUNIN)) {
            Matcher m = p.matcher(t);
            while (m.find()) {
                candidates.add(new int[] {m.start(1), Integer.parseInt(m.group(1))});
            }
        }
        candidates.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        List<int[]> chains = new ArrayList<>(); // {last number, order of creation}
        for (int[] c : candidates) {
            int n = c[1];
            int[] best = null;
            for (int[] chain : chains) {
                if (chain[0] < n && n <= chain[0] + 3
                        && (best == null || chain[0] > best[0] || chain[0] == best[0] && chain[1] > best[1])) {
                    best = chain;
                }
            }
            if (best != null) {
                best[0] = n;
            } else if (n == 1) {
                chains.add(new int[] {1, chains.size()});
            }
        }
        return chains.stream().map(c -> c[0]).filter(n -> n >= 2).sorted().toList();
    }

    /** "Annex" lines, and headings naming a plan of action in a block of their own after the first long block. */
    private static int annexesInSource(String text) {
        List<String> blocks = new ArrayList<>();
        List<Integer> breaks = new ArrayList<>();
        for (String b : BLOCK_BREAK.split(text, -1)) {
            blocks.add(String.join(" ", split(b)));
            String stripped = pyStrip(b);
            breaks.add((int) stripped.chars().filter(c -> c == '\n').count());
        }
        int prose = blocks.size();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).length() > 200) {
                prose = i;
                break;
            }
        }
        int plans = 0;
        for (int i = prose + 1; i < blocks.size(); i++) {
            String b = blocks.get(i);
            if (PLAN_HEAD.matcher(b).find() && b.length() <= 150 && breaks.get(i) <= 1 && !b.matches("(?s).*[.,;:]")
                    && !b.matches("(?s)[-*•(].*")) {
                plans++;
            }
        }
        return (int) ANNEX_LINE.matcher(text).results().count() + plans;
    }

    /**
     * True when a title-like block stands above the first body-like block (blocks split at blank lines; a block
     * of long, unwrapped lines is taken line by line).
     */
    static boolean titleVisible(List<String> lines) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> cur = new ArrayList<>();
        List<String> all = new ArrayList<>(lines);
        all.add("");
        for (String ln : all) {
            if (!pyStrip(ln).isEmpty()) {
                cur.add(pyStrip(ln));
            } else if (!cur.isEmpty()) {
                if (cur.stream().anyMatch(t -> t.length() > 200)) {
                    cur.forEach(x -> blocks.add(List.of(x)));
                } else {
                    blocks.add(cur);
                }
                cur = new ArrayList<>();
            }
        }
        for (List<String> b : blocks.subList(0, Math.min(15, blocks.size()))) {
            String text = strip(String.join(" ", b), "*#_ ");
            if (FURNITURE.matcher(text).find()) {
                continue;
            }
            if (SESSION_NUMBER.matcher(text).lookingAt()) {
                return true; // "80/53. Title" of a UN resolution
            }
            String[] w = split(text);
            if (NUM_START.matcher(text).lookingAt() || OPENING.matcher(text).lookingAt() || text.length() > 200
                    || w.length >= 12 && text.matches("(?s).*[.!?:]")) {
                return false; // the body starts
            }
            String[] dw = split(text.replace(',', ' '));
            boolean dateline = text.contains(",") && w.length <= 7 && java.util.Arrays.stream(dw)
                    .allMatch(x -> Character.isUpperCase(x.codePointAt(0)) || Character.isDigit(x.codePointAt(0)));
            if (w.length >= 2 && TITLE_START.matcher(text).lookingAt() && !text.matches("(?s).*[.,;:]")
                    && !DATE_ONLY.matcher(text).matches() && !dateline) {
                return true;
            }
        }
        return false;
    }

    /** As Python's {@code str.split()}: at runs of Unicode white space, no empty strings. */
    private static String[] split(String s) {
        String t = pyStrip(s);
        return t.isEmpty() ? new String[0] : SPACES.split(t);
    }

    /** As Python's {@code str.strip()}: Unicode white space, no-break spaces included. */
    private static String pyStrip(String s) {
        return EDGE_SPACES.matcher(s).replaceAll("");
    }

    private static String strip(String s, String chars) {
        int from = 0;
        int to = s.length();
        while (from < to && chars.indexOf(s.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && chars.indexOf(s.charAt(to - 1)) >= 0) {
            to--;
        }
        return s.substring(from, to);
    }

    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static Map<String, Integer> bag(List<String> words) {
        Map<String, Integer> b = new LinkedHashMap<>();
        words.forEach(w -> b.merge(w, 1, Integer::sum));
        return b;
    }
}
