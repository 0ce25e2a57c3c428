package org.declaro.report;

import java.util.Optional;

/**
 * The rule catalogue of the format (FORMAT.md): each rule has a stable dotted id, a default severity,
 * what it says and what to do about it. Ids never change within a major version.
 */
public enum Rule {
    JSON_SYNTAX("json.syntax", Severity.ERROR, "the text is not JSON",
            "Fix the JSON at the given line and column; check quotes, commas and brackets."),
    JSON_TYPE("json.type", Severity.ERROR, "a field has the wrong JSON type",
            "Give the field a value of the type the format defines (string, integer, boolean, object or array)."),
    JSON_UNKNOWN_FIELD("json.unknown-field", Severity.WARNING,
            "a field the format does not define (error in strict mode; kept, not dropped, when lenient)",
            "Check the spelling of the field name; remove the field, or read leniently to keep it."),
    JSON_ENUM("json.enum", Severity.ERROR, "a value outside its enumeration",
            "Use one of the values the message lists."),
    REQUIRED("required", Severity.ERROR, "a required field is missing or null",
            "Add the field with a value."),
    ID_FORMAT("id.format", Severity.ERROR, "id is not a slug",
            "Use lower-case letters, digits and single hyphens, at most 200 characters, e.g. `siem-reap-2024`."),
    LANGUAGE_TAG("language.tag", Severity.ERROR, "not a well-formed BCP 47 tag",
            "Use a BCP 47 tag such as `en`, `fr`, `ar`, `zh-Hans`."),
    DATE_FORMAT("date.format", Severity.ERROR, "not a valid partial date",
            "Write the date as `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a real calendar date)."),
    SCHEMA_VERSION("schema.version", Severity.ERROR,
            "a `schemaVersion` this version cannot read, or a field newer than the document's `schemaVersion`",
            "Set `schemaVersion` to `1.1` (or `1.0` without the fields 1.1 adds), or use a Declaro version that reads this format version."),
    TEXT_BLANK("text.blank", Severity.ERROR, "a paragraph, action or footnote with blank text, or an empty or blank title",
            "Give the text, or remove the element; give the title."),
    TEXT_WHITESPACE("text.whitespace", Severity.WARNING, "leading/trailing or doubled white space",
            "Trim the text and collapse runs of white space to one space."),
    PARAGRAPH_NUMBER_SEQUENCE("paragraph.number.sequence", Severity.ERROR,
            "numbers do not run 1, 2, 3, ... (within each run started by a `restart` heading)",
            "Renumber the paragraphs from 1 without gaps, and from 1 again under a heading with `restart`."),
    PARAGRAPH_NUMBER_DUPLICATE("paragraph.number.duplicate", Severity.ERROR,
            "a number used twice (within a run started by a `restart` heading)",
            "Give each paragraph its own number within its run."),
    PARAGRAPH_NUMBER_MISSING("paragraph.number.missing", Severity.ERROR, "some paragraphs numbered, others not",
            "Number all paragraphs, or none."),
    HEADING_POSITION("heading.position", Severity.ERROR,
            "a heading's `before` outside `paragraphs`, or headings out of order",
            "Set `before` to the index (from 0) of the first paragraph under the heading, in increasing order."),
    SUBPARAGRAPH_LABEL_SEQUENCE("subparagraph.label.sequence", Severity.ERROR,
            "labels do not run a, b, c, ... (or i, ii, ...)",
            "Relabel the sub-paragraphs in order, or leave all labels out for bullets."),
    FOOTNOTE_UNRESOLVED("footnote.unresolved", Severity.ERROR, "a marker with no footnote",
            "Add a footnote with this marker to `footnotes`, or remove the marker."),
    FOOTNOTE_UNUSED("footnote.unused", Severity.WARNING, "a footnote nothing refers to",
            "Attach the footnote's marker where it belongs, or remove the footnote."),
    FOOTNOTE_MARKER_DUPLICATE("footnote.marker.duplicate", Severity.ERROR, "two footnotes with one marker",
            "Give each footnote its own marker."),
    COMMITMENT_ID_DUPLICATE("commitment.id.duplicate", Severity.ERROR, "a commitment id used twice",
            "Give each commitment of the document its own id."),
    COMMITMENT_SPAN_RANGE("commitment.span.range", Severity.ERROR,
            "`start`/`end` outside the text, or `start >= end`",
            "Set `start` and `end` to UTF-16 offsets inside the paragraph text, with `start < end`."),
    COMMITMENT_SPAN_TEXT("commitment.span.text", Severity.ERROR,
            "`text` differs from the text at `start`..`end`",
            "Make `text` the exact substring of the paragraph text from `start` to `end`."),
    COMMITMENT_OVERLAP("commitment.overlap", Severity.WARNING, "two commitments of one paragraph overlap",
            "Check the spans; one clause should hold one commitment."),
    COMMITMENT_THEME_UNKNOWN("commitment.theme.unknown", Severity.WARNING,
            "a theme outside the vocabulary the caller supplied",
            "Use a theme of the vocabulary, or add the theme to it."),
    DATE_ORDER("date.order", Severity.ERROR, "adoption before the document's date",
            "Check `date` and `adoption.date`: a document cannot be adopted before it is dated."),
    STATUS_ADOPTION("status.adoption", Severity.WARNING, "status `adopted` without `adoption`",
            "Add `adoption` with place and date, or correct the status."),
    REFERENCE_UNRESOLVED("reference.unresolved", Severity.ERROR,
            "a referenced `id` not among the documents validated together",
            "Validate the referenced document together with this one, or correct the id."),
    PERIOD_ORDER("period.order", Severity.ERROR, "an action plan's `from` after its `to`",
            "Swap or correct the years of `period`."),
    ACTION_NUMBER_SEQUENCE("action.number.sequence", Severity.ERROR,
            "action numbers do not run 1, 2, 3, ... across the plan",
            "Renumber the actions from 1 across all sections, without gaps."),
    ACTION_NUMBER_DUPLICATE("action.number.duplicate", Severity.ERROR, "an action number used twice",
            "Give each action its own number."),
    ACTION_DEADLINE_PERIOD("action.deadline.period", Severity.WARNING, "a deadline outside the plan's period",
            "Move the deadline into the plan's period, or extend the period."),
    SOURCE_DIGEST("source.digest", Severity.ERROR, "a `source.sha256` that is not 64 lower-case hexadecimal digits",
            "Write the SHA-256 digest of the source as 64 lower-case hexadecimal digits, or leave `sha256` out."),
    LIMIT_EXCEEDED("limit.exceeded", Severity.ERROR,
            "the input is over a configured limit (size, depth, count, length)",
            "Split the document, or raise the limit with `Limits` if the input is trusted."),
    IMPORT_UNPLACED("import.unplaced", Severity.WARNING,
            "plain-text import: text the importer could not place in the model (info: page furniture it left out)",
            "Check the line: move it into the paragraph it belongs to, or delete it if it is layout."),
    IMPORT_ENCODING("import.encoding", Severity.ERROR,
            "plain-text import: the input is not UTF-8 text (bad bytes or control characters)",
            "Convert the file to UTF-8 text; the bad bytes were replaced by U+FFFD or removed."),
    IMPORT_MISSING("import.missing", Severity.ERROR,
            "plain-text import: the text lacks a part the model needs (a title, any paragraph)",
            "Check that the input is a declaration or action plan; give the missing part, or the title with the API."),
    IMPORT_GENRE("import.genre", Severity.WARNING,
            "plain-text import: the text does not read as a declaration or action plan (a report, a list of recommendations)",
            "Check that the input is a declaration; import only the declaration's part of a longer document."),
    IMPORT_LANGUAGES("import.languages", Severity.WARNING,
            "plain-text import: the text holds a second language version, kept apart as an annex",
            "Import each language version on its own, or keep the second as the annex it became."),
    IMPORT_SOURCE("import.source", Severity.ERROR,
            "file import: the file cannot be read as its format (encrypted, damaged, no text layer, refused, or no reader installed)",
            "Check the file opens in its own program; decrypt it, export it again, or add the module that reads its format (declaro-pdf, declaro-docx).");

    private final String id;
    private final Severity severity;
    private final String summary;
    private final String advice;

    Rule(String id, Severity severity, String summary, String advice) {
        this.id = id;
        this.severity = severity;
        this.summary = summary;
        this.advice = advice;
    }

    /** @return the stable dotted id, e.g. {@code paragraph.number.sequence} */
    public String id() {
        return id;
    }

    /** @return the severity of a finding of this rule unless a mode changes it */
    public Severity defaultSeverity() {
        return severity;
    }

    /** @return what the rule says, in a few words */
    public String summary() {
        return summary;
    }

    /** @return what to do when a document breaks it */
    public String advice() {
        return advice;
    }

    /**
     * @param id a rule id
     * @return the rule with that id, if any
     */
    public static Optional<Rule> byId(String id) {
        for (Rule r : values()) {
            if (r.id.equals(id)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return id;
    }
}
