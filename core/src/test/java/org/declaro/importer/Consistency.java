package org.declaro.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.declaro.json.CanonicalJsonWriter;
import org.declaro.model.Document;
import org.declaro.report.Finding;
import org.declaro.report.Severity;
import org.declaro.validation.DocumentValidator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The self-consistency of one import, measured without hand-made gold: a Java port of the project's corpus
 * checker ({@code shared/tools/consistency.py}, checks a to j), so that the build measures what the acceptance
 * measures. Each check compares what the source text visibly holds with what the import holds. It gives the
 * same verdict and fails the same checks, by the same names, as the script does on the import that
 * {@code declaro import} prints (the document with its source and commitments, the findings it prints with a
 * line and column); running heads and split paragraphs are counted, as there, but fail nothing.
 *
 * <p>The script's regular expressions are Python's; {@link #py(String)} gives them Python's meaning of
 * {@code \w}, {@code \d}, {@code \s} and {@code \b} (Unicode letters and numbers, Unicode white space).
 */
final class Consistency {

    /** The checks, in the script's order, by the name the script prints when one fails. */
    enum Check {
        /** (a) a title is visible (or named in the Markdown front matter) => the title is not "Untitled", and is that one */
        TITLE("title"),
        /**
         * (b) every numbered part (body paragraphs, each run of them that a {@code "restart": true} heading starts,
         * each annex's, an action plan's actions, numbered headings) runs 1..N, and the runs of numbers in the
         * source ("N." or Markdown's "N\." at a line start, or alone on its line before the text, or run in after
         * a sentence) match the imported parts' lengths
         */
        NUMBERS("numbers"),
        /** (c) at least as many labelled sub-paragraphs as the source has lines starting "(a)", "(iv)", "a)" */
        LABELS("sub"),
        /** (d) an "Annex" line (perhaps a Markdown heading or bold), or a plan's heading after the prose, in the source <=> annexes */
        ANNEX("annex"),
        /** (e) every word of the source is in the JSON or quoted in a finding, within max(3, 0.2% of the words) */
        COVERAGE("coverage"),
        /** (f) no finding of severity warning or error, but a missing title where none is visible */
        FINDINGS("findings"),
        /** (g) the result, with its commitments found, validates: no error finding */
        VALID("valid"),
        /** (h) every preambular paragraph is a clause of its own: not a piece of the one before, not a body paragraph */
        PREAMBLE("preamble"),
        /** (i) the author ends where its noun phrase ends in the source, not at a line end or a comma inside it */
        AUTHOR("author"),
        /** (j) no text or title starts with a list marker ("3. ", "(b) ", "- ", "B. ") left unread */
        MARKERS("markers");

        final String label;

        Check(String label) {
            this.label = label;
        }
    }

    /**
     * What one input gave: the checks it failed, with what was found wrong, and two counts that fail nothing:
     * source lines repeating the title (page heads) found inside a paragraph, and paragraphs starting in lower case.
     */
    record Result(Map<Check, String> failed, int runningHeads, int fragments) {
        Result {
            EnumMap<Check, String> inOrder = new EnumMap<>(Check.class);
            inOrder.putAll(failed);
            failed = inOrder;
        }

        boolean consistent() {
            return failed.isEmpty();
        }

        /** @return the names of the checks failed, in the script's order, as its {@code failed} list */
        List<String> failedNames() {
            return failed.keySet().stream().map(c -> c.label).toList();
        }

        @Override
        public String toString() {
            String info = (runningHeads > 0 ? " [running heads " + runningHeads + "]" : "") + (fragments > 0 ? " [fragments " + fragments + "]" : "");
            if (failed.isEmpty()) {
                return "consistent" + info;
            }
            StringBuilder b = new StringBuilder();
            failed.forEach((c, why) -> b.append(b.length() == 0 ? "" : "; ").append(c.label).append(why.isEmpty() ? "" : " (" + why + ")"));
            return b + info;
        }
    }

    // ------------------------------------------------------------------ Python's regular expressions in Java

    /** Python's {@code \w} inside a class: letters, numbers (not only decimal digits) and the underscore */
    private static final String PY_W = "\\p{L}\\p{N}_";
    /** Python's {@code \s} inside a class: Unicode white space and the information separators */
    private static final String PY_S = "\\p{IsWhite_Space}\\x1c-\\x1f";
    /** Python's {@code \b}: between a {@code \w} and a {@code \W} (or an end) */
    private static final String PY_B = "(?:(?<=[" + PY_W + "])(?![" + PY_W + "])|(?<![" + PY_W + "])(?=[" + PY_W + "]))";

    /**
     * @param python a regular expression as Python's {@code re} reads it (a {@code str} pattern)
     * @return the same expression for {@link Pattern}: {@code \w \W \d \s \S \b} as Python reads them (also inside
     *         a class), {@code (?P<name>} as {@code (?<name>}, a {@code [} inside a class and {@code &} escaped
     */
    static String py(String python) {
        StringBuilder b = new StringBuilder();
        boolean inClass = false;
        int n = python.length();
        for (int i = 0; i < n; i++) {
            char c = python.charAt(i);
            if (c == '\\' && i + 1 < n) {
                char e = python.charAt(++i);
                b.append(switch (e) {
                    case 'w' -> inClass ? PY_W : "[" + PY_W + "]";
                    case 'W' -> "[^" + PY_W + "]";
                    case 'd' -> "\\p{Nd}";
                    case 'D' -> "\\P{Nd}";
                    case 's' -> inClass ? PY_S : "[" + PY_S + "]";
                    case 'S' -> "[^" + PY_S + "]";
                    case 'b' -> inClass ? "\\x08" : PY_B;
                    case 'Z' -> "\\z";
                    default -> "\\" + e;
                });
            } else if (c == '[' && !inClass) {
                inClass = true;
                b.append('[');
                if (i + 1 < n && python.charAt(i + 1) == '^') {
                    b.append('^');
                    i++;
                }
                if (i + 1 < n && python.charAt(i + 1) == ']') {
                    b.append("\\]");
                    i++;
                }
            } else if (inClass && (c == '[' || c == '&')) {
                b.append('\\').append(c);
            } else if (c == ']' && inClass) {
                inClass = false;
                b.append(']');
            } else if (!inClass && python.startsWith("(?P<", i)) {
                b.append("(?<");
                i += 3;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Python's pattern, compiled as Python reads it: lines end at {@code \n} only. */
    private static Pattern re(String python) {
        return Pattern.compile(py(python), Pattern.UNIX_LINES);
    }

    private static Pattern re(String python, int flags) {
        return Pattern.compile(py(python), Pattern.UNIX_LINES | flags);
    }

    // ------------------------------------------------------------------ the script's constants

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Set<String> SKIP_KEYS = Set.of("schemaVersion", "kind", "id", "language", "originalLanguage", "status",
            "commitments", "themes", "modality");
    /** words the importer may rightly turn into structured fields (dates, agenda item, adoption, language) */
    private static final Set<String> FIELD_WORDS = Set.of(("january february march april may june july august september october"
            + " november december agenda item provisional original english resolution adopted plenary meeting session distr general"
            + " st nd rd th the of by on in at and a to for").split(" "));
    private static final Pattern FURNITURE = re("^(United Nations|General Assembly|Security Council|Economic and Social Council|Distr|"
            + "Original:|Agenda item|Item \\d|Resolution adopted|\\[|[A-Z][a-z-]+ session\\b|Page \\d)"
            + "|^[A-Z]+(/[\\w.-]+)+$|^\\d+$");
    private static final String MONTHS = "(January|February|March|April|May|June|July|August|September|October|November|December)";
    /** a blank within a line: also no-break spaces */
    private static final String SP = "[^\\S\\n]";
    /**
     * a number at a line start; Markdown may escape its dot ({@code 2\.}, as pandoc writes a number that starts no
     * list) ... or alone on its line with the text on the next line, as PDF text gives it ("1." then "We, ...")
     */
    private static final Pattern NUM_START = re("^" + SP + "*(?:[#>*-]" + SP + "*)*(\\d{1,3})\\\\?\\.(?:" + SP + "+(?=\\S)|" + SP
            + "*\\n(?=" + SP + "*[A-Z“\"(]))", Pattern.MULTILINE);
    private static final Pattern NUM_RUNIN = re("[.;:!?][”\")\\]]?(?:\\[\\^\\w+\\]|" + SP + "?\\d{1,4})*" + SP
            + "+(\\d{1,3})\\." + SP + "+(?=[A-Z“\"(])");
    private static final Pattern LABEL_LINE = re("^" + SP + "*(?:[-*]" + SP + "+)?(?:\\((?:[a-z]{1,2}|[ivxlc]{1,6})\\)|[a-z]\\))"
            + SP + "+\\S", Pattern.MULTILINE);
    /** an annex heading line, also as a Markdown heading ({@code # Annex I}) or in bold ({@code **Annex I**}) */
    private static final Pattern ANNEX_LINE = re("^" + SP + "*(?:#+" + SP + "*)?(?:\\*\\*|__)?(?:Annex|ANNEX)(?:" + SP
            + "+[IVXL\\d]+)?(?:\\*\\*|__)?" + SP + "*(?:$|" + SP + "[A-Z“\"\\d])", Pattern.MULTILINE);
    private static final Pattern PLAN_HEAD = re("(Plan|Programme|Program) of Action|Action (Plan|Agenda)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * (h) how a preambular clause opens: a participle ("Recalling", "Having considered", "Deeply concerned",
     * "Guided by"), an adjective of that kind ("Aware", "Mindful"), perhaps after an adverb ("Deeply", "Ever",
     * "Being"), or a link word ("Whereas", "Now, therefore,")
     */
    private static final Set<String> PRE_ADJ = Set.of("aware", "mindful", "conscious", "cognizant", "cognisant", "desirous",
            "anxious", "confident", "hopeful", "grateful", "appreciative", "resolved", "keen", "eager");
    private static final Set<String> PRE_ADV = Set.of("ever", "being", "also", "further", "now", "still", "once", "again", "more",
            "most");
    /** "Whereas ...", "Now, therefore," before the body */
    private static final Set<String> PRE_LINK = Set.of("whereas", "therefore", "accordingly", "hence", "thus");
    private static final Set<String> NOT_PARTICIPLE = Set.of("beijing", "kunming", "nanjing", "chongqing", "nothing", "something",
            "anything", "everything", "king", "spring", "morning", "evening", "wedding", "building", "meeting", "hearing", "ring",
            "thing");
    /** (j) a list marker that the import should have turned into a number, a label or a bullet */
    private static final Pattern MARKER = re(
            "^\\s*(?:\\d{1,3}[.)]\\s|\\(?[a-z]{1,2}\\)\\s|\\([ivxlc]{1,6}\\)\\s|(?:[A-Z]|[IVX]{1,5})\\.\\s|[-•*▪●◦–]\\s)");

    private static final Pattern BLOCK_BREAK = re("\\n[^\\S\\n]*\\n");
    private static final Pattern SPACES = re("\\s+");
    private static final Pattern LEADING_SPACES = re("\\A\\s+");
    private static final Pattern TRAILING_SPACES = re("\\s+\\Z");
    private static final Pattern BOLD = re("^(\\*\\*|__)(?=\\S)(.*?)(\\*\\*|__)?$");
    private static final Pattern ENDS_CLAUSE = re("[.,;:]$");
    private static final Pattern LIST_START = re("[-*•(]");
    private static final Pattern OPENING = re("(The [A-Z][\\w ]+,$|We,? |Whereas\\b)");
    private static final Pattern ENDS_SENTENCE = re("[.!?:]$");
    private static final Pattern SESSION_NUMBER = re("\\d+/\\d+\\.\\s+\\S");
    private static final Pattern DATE_ONLY = re("[\\d\\s–-]*" + MONTHS + "?[\\s\\d,–-]*");
    private static final Pattern TITLE_START = re("[A-Z“\"\\d]");
    private static final Pattern FRONT_MATTER_HAS_TITLE = re("\\A---\\n(?:.*\\n)*?title:\\s*\\S");
    /** a YAML title may go on over indented lines (a folded or a quoted scalar, {@code \} at a line end) */
    private static final Pattern FRONT_MATTER_TITLE = re("\\A---\\n(?:.*\\n)*?title:[ \\t]*(.+(?:\\n[ \\t]+\\S.*)*)\\n(?:.*\\n)*?---");
    private static final Pattern UNICODE_ESCAPE = re("\\\\u([0-9a-fA-F]{4})");
    private static final Pattern DIGITS = re("\\d+");
    /** letters, as Python's {@code [^\W\d_]} */
    private static final Pattern WORD = re("[^\\W\\d_]+");
    private static final Pattern QUOTED = re("\"([^\"]*)\"");
    private static final Pattern CLAUSE_WORD = re("[A-Za-z][A-Za-z’'-]*");
    private static final Pattern LEADING_NON_WORD = re("^[\\W_]+");
    private static final Pattern SENTENCE_END = re("[.!?][”\")\\]]?$");
    private static final Pattern LIST_PUNCT_END = re("[,;]$");
    private static final Pattern BLANK_LINE = re("\\n[^\\S\\n]*\\n");
    private static final Pattern ALNUM = re("\\w+");
    private static final Pattern GAP = re("[^\\w“\"(]*");
    private static final Pattern AUTHOR_END = re("\\n[^\\S\\n]*\\n|[.;:]");

    private Consistency() {
    }

    /**
     * @param source the input text as read
     * @param result the import (the document with its source, as {@code declaro import} gives it)
     * @param document the imported document with its commitments found, as {@code declaro import} prints it
     * @return the checks failed
     */
    static Result check(String source, ImportResult result, Document document) {
        // Python reads the file with universal newlines: "\r\n" and a lone "\r" end a line
        String text = source.replace("\r\n", "\n").replace('\r', '\n');
        List<String> lines = List.of(text.split("\n", -1));
        JsonNode doc = MAPPER.readTree(CanonicalJsonWriter.standard().write(document));
        Map<Check, String> failed = new LinkedHashMap<>();
        List<String> strings = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        List<String> subparagraphs = new ArrayList<>();
        int[] labelledSubparagraphs = new int[1];
        collect(doc, null, strings, paragraphs, subparagraphs, labelledSubparagraphs);
        // the findings as the script reads them from what `declaro import` prints: the import's and the validation's
        // errors, only those printed with a line and column, each message to its line's end
        List<Finding> errors = DocumentValidator.standard().validate(document).errors();
        List<Finding> findings = new ArrayList<>(result.findings());
        findings.addAll(errors);
        findings.removeIf(f -> !f.hasLocation());

        // a title
        String title = str(doc, "title");
        boolean visible = titleVisible(lines) || FRONT_MATTER_HAS_TITLE.matcher(text).lookingAt();
        boolean found = !title.isEmpty() && !title.equals("Untitled");
        Matcher fm = FRONT_MATTER_TITLE.matcher(text);
        if (fm.lookingAt() && found) {
            // a title in front matter: the import's title must be that one, not other lines
            String fmTitle = UNICODE_ESCAPE.matcher(fm.group(1)).replaceAll(u -> Matcher.quoteReplacement(
                    String.valueOf((char) Integer.parseInt(u.group(1), 16))));
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

        // b numbers
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

        // c labels
        String noFootnotes = String.join("\n", lines.stream().filter(l -> !l.startsWith("[^")).toList());
        long labelsInSource = LABEL_LINE.matcher(noFootnotes).results().count();
        if (labelledSubparagraphs[0] < labelsInSource) {
            failed.put(Check.LABELS, labelsInSource + " labelled lines in the source, " + labelledSubparagraphs[0] + " imported");
        }

        // d annex
        int annexesInSource = annexesInSource(text);
        int annexes = doc.path("annexes").size();
        if ((annexesInSource > 0) != (annexes > 0)) {
            failed.put(Check.ANNEX, annexesInSource + " in the source, " + annexes + " imported");
        }

        // e coverage: the source's words in the JSON's strings or quoted in a finding
        Map<String, Integer> src = bag(words(text));
        Map<String, Integer> have = new HashMap<>();
        strings.forEach(s -> words(s).forEach(w -> have.merge(w, 1, Integer::sum)));
        for (Finding f : findings) {
            Matcher q = QUOTED.matcher(printedMessage(f));
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
                    .sorted((a, b) -> b.getValue() - a.getValue()).limit(8).map(Map.Entry::getKey).collect(Collectors.joining(" ")));
        }

        // f findings: none of severity warning or error, but a missing title where none is visible
        List<Finding> unexcused = findings.stream().filter(f -> f.severity() != Severity.INFO)
                .filter(f -> !(f.rule().id().equals("import.missing") && f.pointer().equals("/title") && !visible)).toList();
        if (!unexcused.isEmpty()) {
            failed.put(Check.FINDINGS, unexcused.size() + ": " + unexcused.stream().map(f -> (f.rule().id() + " " + f.pointer()).strip())
                    .collect(Collectors.toCollection(TreeSet::new)));
        }

        // g valid
        if (!errors.isEmpty()) {
            failed.put(Check.VALID, errors.stream().map(f -> f.rule().id()).distinct().collect(Collectors.joining(", ")));
        }

        // h preamble: every preambular paragraph is a clause of its own (not a piece of one, not a body paragraph)
        List<String> preambleBad = preambleErrors(doc, text);
        if (!preambleBad.isEmpty()) {
            failed.put(Check.PREAMBLE, preambleBad.size() + ": " + preambleBad.stream().map(p -> "\"" + p + "\"")
                    .collect(Collectors.joining(", ")));
        }

        // i author: the author runs to the end of its noun phrase in the source
        String cut = authorCut(doc, text);
        if (cut != null) {
            failed.put(Check.AUTHOR, "cut before \"" + cut + "\"");
        }

        // j markers: no list marker left at the start of a text or title
        List<String> markers = markersLeft(doc);
        if (!markers.isEmpty()) {
            failed.put(Check.MARKERS, String.join(", ", markers));
        }

        // informational: split paragraphs, and source lines that repeat the title (PDF page heads) inside a paragraph
        int fragments = (int) paragraphs.stream().filter(p -> !p.isEmpty() && p.charAt(0) >= 'a' && p.charAt(0) <= 'z').count();
        Set<Integer> named = new HashSet<>();
        findings.forEach(f -> named.add(f.line()));
        int heads = 0;
        if (title.codePointCount(0, title.length()) > 12) {
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
        return new Result(failed, heads, fragments);
    }

    /** A finding's message as the script reads it from the printed line: to the first line break. */
    private static String printedMessage(Finding f) {
        String m = f.message();
        int end = m.length();
        for (int i = 0; i < m.length(); i++) {
            if (m.charAt(i) == '\n' || m.charAt(i) == '\r') {
                end = i;
                break;
            }
        }
        return m.substring(0, end);
    }

    /** Every string of the document (commitments and enumerations left out), and the paragraph texts. */
    private static void collect(JsonNode node, String key, List<String> strings, List<String> paragraphs, List<String> subparagraphs,
            int[] labelled) {
        if (node.isObject()) {
            if ("paragraphs".equals(key) || "preamble".equals(key)) {
                paragraphs.add(str(node, "text"));
            } else if ("subparagraphs".equals(key)) {
                subparagraphs.add(str(node, "text"));
                if (!str(node, "label").isEmpty()) {
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

    /** @return the string field {@code key} of an object, or "" when there is none */
    private static String str(JsonNode node, String key) {
        JsonNode v = node.get(key);
        return v != null && v.isString() ? v.asString() : "";
    }

    // ------------------------------------------------------------------ b numbers

    /** A numbered part of the document: the body (or a run of it), its numbered headings, an action plan's actions, an annex's parts. */
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
        List<JsonNode> paras = new ArrayList<>();
        doc.path("paragraphs").forEach(paras::add);
        // format 1.1: a heading with "restart": true starts the numbering again at 1, so each run is a part of its own
        TreeSet<Integer> cuts = new TreeSet<>();
        for (JsonNode h : doc.path("headings")) {
            int before = h.path("before").asInt(0);
            if (h.path("restart").isBoolean() && h.path("restart").asBoolean() && 0 < before && before < paras.size()) {
                cuts.add(before);
            }
        }
        List<Integer> bounds = new ArrayList<>();
        bounds.add(0);
        bounds.addAll(cuts);
        bounds.add(paras.size());
        for (int k = 0; k + 1 < bounds.size(); k++) {
            List<Integer> numbers = new ArrayList<>();
            for (JsonNode p : paras.subList(bounds.get(k), bounds.get(k + 1))) {
                if (p.has("number")) {
                    numbers.add(p.get("number").asInt());
                }
            }
            out.add(new Part(k == 0 ? name : name + ".run" + (k + 1), numbers, false));
        }
        List<String> heads = new ArrayList<>();
        for (JsonNode h : doc.path("headings")) {
            if (h.path("level").asInt(1) == 1) {
                heads.add(str(h, "label"));
            }
        }
        if (!heads.isEmpty() && heads.stream().allMatch(h -> DIGITS.matcher(h).matches())) {
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
        String t = String.join("\n", Arrays.stream(text.split("\n", -1)).filter(l -> !l.startsWith("[^")).toList()); // footnote definitions
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

    // ------------------------------------------------------------------ d annex

    /**
     * "Annex" lines (perhaps Markdown headings or bold), and headings naming a plan of action in a block of their
     * own after the first long block (in Markdown perhaps bold).
     */
    static int annexesInSource(String text) {
        List<String> blocks = new ArrayList<>();
        List<Integer> breaks = new ArrayList<>();
        for (String b : BLOCK_BREAK.split(text, -1)) {
            blocks.add(String.join(" ", split(b)));
            breaks.add((int) pyStrip(b).chars().filter(c -> c == '\n').count());
        }
        int prose = blocks.size();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).codePointCount(0, blocks.get(i).length()) > 200) {
                prose = i;
                break;
            }
        }
        int plans = 0;
        for (int i = prose + 1; i < blocks.size(); i++) {
            if (breaks.get(i) > 1) {
                continue;
            }
            String b = BOLD.matcher(blocks.get(i)).replaceFirst("$2"); // a bold heading (`**Plan of Action**`) is no list item
            if (PLAN_HEAD.matcher(b).find() && b.codePointCount(0, b.length()) <= 150 && !ENDS_CLAUSE.matcher(b).find()
                    && !LIST_START.matcher(b).lookingAt()) {
                plans++;
            }
        }
        return (int) ANNEX_LINE.matcher(text).results().count() + plans;
    }

    // ------------------------------------------------------------------ a title

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
                if (cur.stream().anyMatch(t -> t.codePointCount(0, t.length()) > 200)) {
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
            if (NUM_START.matcher(text).lookingAt() || OPENING.matcher(text).lookingAt() || text.codePointCount(0, text.length()) > 200
                    || w.length >= 12 && ENDS_SENTENCE.matcher(text).find()) {
                return false; // the body starts
            }
            String[] dw = split(text.replace(',', ' '));
            boolean dateline = text.contains(",") && w.length <= 7
                    && Arrays.stream(dw).allMatch(x -> Character.isUpperCase(x.codePointAt(0)) || isDigit(x.codePointAt(0)));
            if (w.length >= 2 && TITLE_START.matcher(text).lookingAt() && !ENDS_CLAUSE.matcher(text).find()
                    && !DATE_ONLY.matcher(text).matches() && !dateline) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ h preamble

    /** True when a text opens like a preambular clause (see {@link #PRE_ADJ}). */
    static boolean clauseOpening(String t) {
        List<String> w = new ArrayList<>();
        Matcher m = CLAUSE_WORD.matcher(head(LEADING_NON_WORD.matcher(t).replaceFirst(""), 120));
        while (m.find()) {
            w.add(m.group());
        }
        int i = 0;
        while (i < Math.min(2, w.size() - 1) && (PRE_ADV.contains(lower(w.get(i)))
                || lower(w.get(i)).endsWith("ly") && w.get(i).length() > 3 && Character.isLowerCase(w.get(i + 1).codePointAt(0)))) {
            i++; // "Deeply concerned", "Ever mindful", "Being gravely ..."
        }
        if (w.isEmpty()) {
            return false;
        }
        String x = lower(w.get(i));
        String next = i + 1 < w.size() ? w.get(i + 1) : "";
        boolean lowNext = next.isEmpty() || Character.isLowerCase(next.codePointAt(0)); // "Concerned that", not "United States"
        if (PRE_LINK.contains(x) || x.endsWith("ing") && x.length() > 4 && !NOT_PARTICIPLE.contains(x)) {
            return true;
        }
        return (x.endsWith("ed") && x.length() > 4 || PRE_ADJ.contains(x)) && lowNext;
    }

    /**
     * What the source holds between the end of {@code before} and the start of {@code after}, at each place where
     * their last and first words stand side by side (with markup, footnote marks or line breaks between them);
     * empty if nowhere.
     */
    static List<String> sourceGaps(String text, String before, String after) {
        // with numbers first ("1999, | 56/14"), then letters only
        for (boolean withNumbers : new boolean[] {true, false}) {
            Pattern word = withNumbers ? ALNUM : WORD;
            List<String> a = findAll(word, before);
            a = a.subList(Math.max(0, a.size() - 5), a.size());
            List<String> b = findAll(word, after);
            b = b.subList(0, Math.min(5, b.size()));
            if (a.size() < 2 || b.size() < 2) {
                return List.of();
            }
            String sep = py(withNumbers ? "\\W+" : "[\\W\\d_]+");
            Pattern p = Pattern.compile(joinQuoted(a, sep) + py("\\b(?P<gap>[\\W\\d_]*?)\\b") + joinQuoted(b, sep), Pattern.UNIX_LINES);
            List<String> gaps = new ArrayList<>();
            Matcher m = p.matcher(text);
            while (m.find()) {
                gaps.add(m.group("gap"));
            }
            if (!gaps.isEmpty()) {
                return gaps;
            }
        }
        return List.of();
    }

    /**
     * (h) Preambular paragraphs that are not preambular clauses: a piece of the clause before it (it does not open
     * like a clause, the clause before does not end a sentence, and the source runs on from one to the other without
     * a blank line -- or, where the two cannot be found in the source, the clause before ends in a comma), or, where
     * the body's paragraphs are unnumbered and could hold it, a body paragraph put into the preamble.
     */
    static List<String> preambleErrors(JsonNode doc, String text) {
        List<String> out = new ArrayList<>();
        for (JsonNode part : partsWithAnnexes(doc)) {
            List<String> pre = new ArrayList<>();
            part.path("preamble").forEach(p -> pre.add(str(p, "text")));
            boolean numbered = false;
            for (JsonNode p : part.path("paragraphs")) {
                numbered |= p.has("number");
            }
            boolean inList = false; // after a clause ending in ":", its unlabelled items follow it
            for (int i = 0; i < pre.size(); i++) {
                String t = pre.get(i);
                if (clauseOpening(t)) {
                    inList = rstrip(t).endsWith(":");
                    continue;
                }
                boolean split = false;
                if (i > 0 && !SENTENCE_END.matcher(rstrip(pre.get(i - 1))).find()) { // the clause before does not end
                    List<String> gaps = sourceGaps(text, pre.get(i - 1), t);
                    split = gaps.isEmpty() ? LIST_PUNCT_END.matcher(rstrip(pre.get(i - 1))).find() && !inList
                            : gaps.stream().noneMatch(g -> BLANK_LINE.matcher(g).find()); // no blank line between
                }
                if (split || !numbered) {
                    out.add(head(t, 60));
                }
                inList = inList || rstrip(t).endsWith(":");
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ i author

    /**
     * (i) The author ("We, the Heads of State ... of A, B and C", "The General Assembly") as found in the source
     * must end where its noun phrase ends: at a paragraph end, a full stop, colon or semicolon, or a comma followed
     * by a verb ("met", "gathered") or a preambular clause ("Recalling") -- not at a line end inside the phrase, nor
     * at a comma inside a list of names.
     *
     * @return the text that follows the first cut author (body, then annexes), or null
     */
    static String authorCut(JsonNode doc, String text) {
        for (JsonNode part : partsWithAnnexes(doc)) {
            String cut = phraseCut(str(part, "author"), text);
            if (cut != null) {
                return cut;
            }
        }
        return null;
    }

    /** @return what follows {@code a} in the source where {@code a} never ends at the end of its phrase there (see {@link #authorCut}), else null */
    static String phraseCut(String a, String text) {
        List<String> ws = findAll(ALNUM, a);
        if (ws.size() < 2) {
            return null;
        }
        String found = null;
        Matcher m = Pattern.compile(joinQuoted(ws, py("\\W+")) + PY_B, Pattern.UNIX_LINES).matcher(text);
        while (m.find()) {
            String rest = codePoints(text, m.end(), 200);
            String gap = lookingAt(GAP, rest);
            String after = rest.substring(gap.length());
            String[] tokens = split(after);
            String next = tokens.length == 0 ? "" : tokens[0];
            if (next.isEmpty() || AUTHOR_END.matcher(gap).find() || isDigit(next.codePointAt(0))
                    || gap.contains(",") && (Character.isLowerCase(next.codePointAt(0)) || clauseOpening(after))
                    || !gap.contains(",") && !Character.isLowerCase(next.codePointAt(0))) {
                return null; // one place in the source where it ends well
            }
            if (found == null) {
                found = head(String.join(" ", split(rest)), 60);
            }
        }
        return found;
    }

    // ------------------------------------------------------------------ j markers

    /**
     * (j) Texts and titles that still start with a list marker ("3. ", "(b) ", "- ", "B. "): a number, label or
     * bullet that the import left in the text instead of reading it as structure.
     *
     * @return their JSON pointers
     */
    static List<String> markersLeft(JsonNode doc) {
        List<String> out = new ArrayList<>();
        markers(doc, "", out);
        return out;
    }

    private static void markers(JsonNode node, String path, List<String> out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String k = e.getKey();
                JsonNode v = e.getValue();
                if ((k.equals("text") || k.equals("title")) && v.isString() && MARKER.matcher(v.asString()).lookingAt()) {
                    out.add(path + "/" + k);
                } else if ((k.equals("paragraphs") || k.equals("introduction") || k.equals("indicators")) && v.isArray()) {
                    for (int i = 0; i < v.size(); i++) {
                        JsonNode x = v.get(i);
                        if (x.isString()) {
                            if (MARKER.matcher(x.asString()).lookingAt()) {
                                out.add(path + "/" + k + "/" + i);
                            }
                        } else {
                            markers(x, path + "/" + k + "/" + i, out);
                        }
                    }
                } else if (!SKIP_KEYS.contains(k)) {
                    markers(v, path + "/" + k, out);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                markers(node.get(i), path + "/" + i, out);
            }
        }
    }

    // ------------------------------------------------------------------ Python's string functions

    /** the document, then each of its annexes */
    private static List<JsonNode> partsWithAnnexes(JsonNode doc) {
        List<JsonNode> parts = new ArrayList<>();
        parts.add(doc);
        doc.path("annexes").forEach(parts::add);
        return parts;
    }

    private static List<String> findAll(Pattern p, String s) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** The words, each quoted, joined by a separator (a pattern). */
    private static String joinQuoted(List<String> words, String sep) {
        return words.stream().map(Pattern::quote).collect(Collectors.joining(sep));
    }

    /** @return what {@code p} matches at the start of {@code s} ("" when nothing) */
    private static String lookingAt(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.lookingAt() ? m.group() : "";
    }

    /** As Python's {@code s[:n]}: the first n code points. */
    private static String head(String s, int n) {
        return s.codePointCount(0, s.length()) <= n ? s : s.substring(0, s.offsetByCodePoints(0, n));
    }

    /** As Python's {@code s[from:from + n]}, {@code from} a char index found by a match. */
    private static String codePoints(String s, int from, int n) {
        return head(s.substring(from), n);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** As Python's {@code str.isdigit()} of one character: decimal digits, and other numbers with a digit's value (superscripts). */
    private static boolean isDigit(int cp) {
        return Character.isDigit(cp) || Character.getType(cp) == Character.OTHER_NUMBER
                && Character.getNumericValue(cp) >= 0 && Character.getNumericValue(cp) <= 9;
    }

    /** As Python's {@code str.split()}: at runs of Unicode white space, no empty strings. */
    private static String[] split(String s) {
        String t = pyStrip(s);
        return t.isEmpty() ? new String[0] : SPACES.split(t);
    }

    /** As Python's {@code str.strip()}: Unicode white space, no-break spaces included. */
    private static String pyStrip(String s) {
        return LEADING_SPACES.matcher(rstrip(s)).replaceFirst("");
    }

    /** As Python's {@code str.rstrip()}. */
    private static String rstrip(String s) {
        return TRAILING_SPACES.matcher(s).replaceFirst("");
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
        return findAll(WORD, s.toLowerCase(Locale.ROOT));
    }

    private static Map<String, Integer> bag(List<String> words) {
        Map<String, Integer> b = new LinkedHashMap<>();
        words.forEach(w -> b.merge(w, 1, Integer::sum));
        return b;
    }
}
