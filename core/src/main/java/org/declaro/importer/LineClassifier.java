package org.declaro.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line-classification stage: a line becomes a {@link Token}, its kind decided by the first row of one
 * table that matches it, and the evidence (the row) kept with it. The table holds the shapes of
 * {@link Shapes} and the cue words of a {@link LayoutProfile}; the kinds are disjoint, so the order of the
 * rows only decides which evidence is named. Whether a token is taken for what it looks like (a number
 * that continues the run, a label under a paragraph) is the assembly's decision, which knows the state.
 */
final class LineClassifier {

    /** What a line looks like. */
    enum Kind {
        /** a document symbol on a line of its own: a running header */
        SYMBOL,
        /** "Adopted in City on 3 May 2030.": groups place, date */
        ADOPTION,
        /** "In witness whereof the undersigned ... have signed": the closing formula before the signatures */
        CLOSING,
        /** "52nd plenary meeting": group the date that may follow */
        PLENARY,
        /** "Preamble" */
        PREAMBLE_HEADING,
        /** "The General Assembly,", "We, the Leaders,": group the author */
        AUTHOR,
        /** "Action 3: ...", "#3 ...": groups the number (either form), the text */
        ACTION,
        /** "Indicators: ...": group the indicators on the line */
        INDICATORS,
        /** "12. ...": groups the number, the text */
        NUMBERED,
        /** "11, We are" or "24.We welcome": groups the number, the text */
        MISNUMBERED,
        /** "(a) ...", "(iv) ...", "a) ...": groups label, text (or the second pair) */
        LABEL,
        /** "- ...", "• ...": group the text */
        BULLET,
        /** anything else */
        TEXT
    }

    /**
     * A classified line.
     *
     * @param kind     what it looks like
     * @param text     the line
     * @param groups   what the row's pattern captured, group 1 first (absent groups are null)
     * @param evidence the row that decided the kind
     */
    record Token(Kind kind, String text, List<String> groups, String evidence) {
        /** @return captured group {@code k} (1-based), or null */
        String group(int k) {
            return k - 1 < groups.size() ? groups.get(k - 1) : null;
        }

        boolean is(Kind k) {
            return kind == k;
        }
    }

    /** A row of the table: the kind, the evidence it names, its pattern in a profile, and a cheap test first. */
    record Row(Kind kind, String evidence, Function<LayoutProfile, Pattern> pattern, Predicate<String> worthTrying) {
    }

    private static boolean startsWithDigit(String t) {
        return Character.isDigit(t.charAt(0));
    }

    /** The table, in the order the rows are tried. */
    static final List<Row> TABLE = List.of(
            new Row(Kind.SYMBOL, "a document symbol on a line of its own", p -> Shapes.SYMBOL, t -> t.indexOf('/') > 0),
            new Row(Kind.ADOPTION, "an adoption line (the profile's adoption verbs)", p -> p.adopted, t -> t.length() <= 400),
            new Row(Kind.CLOSING, "a closing formula (the profile's)", p -> p.closing, t -> t.length() <= 2000),
            new Row(Kind.PLENARY, "the plenary meeting of adoption", p -> p.plenary, LineClassifier::startsWithDigit),
            new Row(Kind.PREAMBLE_HEADING, "the heading of a preamble (the profile's)", p -> p.preambleHeading, t -> t.length() <= 60),
            new Row(Kind.AUTHOR, "an author's formula (the profile's articles and pronouns)", p -> p.author, t -> t.length() <= 400),
            new Row(Kind.ACTION, "a numbered action (the profile's action words, or #)", p -> p.action, t -> true),
            new Row(Kind.INDICATORS, "the indicators of an action (the profile's words)", p -> p.indicators, t -> t.length() <= 4000),
            new Row(Kind.NUMBERED, "a paragraph number", p -> Shapes.NUMBERED, LineClassifier::startsWithDigit),
            new Row(Kind.MISNUMBERED, "a misprinted paragraph number", p -> Shapes.LOOSE_NUMBER, LineClassifier::startsWithDigit),
            new Row(Kind.LABEL, "a sub-paragraph label", p -> Shapes.LABEL,
                    t -> t.charAt(0) == '(' || t.indexOf(')') > 0 && t.indexOf(')') <= 5
                            || Character.isLowerCase(t.charAt(0)) && t.indexOf('.') > 0 && t.indexOf('.') <= 5),
            new Row(Kind.BULLET, "a bullet", p -> Shapes.BULLET, t -> !Character.isLetterOrDigit(t.charAt(0))));

    private final LayoutProfile profile;
    private final Matcher[] matchers;

    /** A classifier for one import run (it reuses its matchers: not for sharing between threads). */
    LineClassifier(LayoutProfile profile) {
        this.profile = profile;
        matchers = new Matcher[TABLE.size()];
        for (int r = 0; r < TABLE.size(); r++) {
            matchers[r] = TABLE.get(r).pattern().apply(profile).matcher("");
        }
    }

    /** @return the token of a line; a blank line is {@link Kind#TEXT} */
    Token classify(String line) {
        if (!line.isEmpty()) {
            for (int r = 0; r < TABLE.size(); r++) {
                Row row = TABLE.get(r);
                if (row.worthTrying().test(line) && matchers[r].reset(line).matches()) {
                    return token(row, matchers[r], line);
                }
            }
        }
        return new Token(Kind.TEXT, line, List.of(), "no row of the " + profile.name() + " table");
    }

    /** @return whether a line is of a kind, without building its token */
    boolean is(String line, Kind kind) {
        for (int r = 0; r < TABLE.size(); r++) {
            Row row = TABLE.get(r);
            if (row.kind() == kind) {
                return !line.isEmpty() && row.worthTrying().test(line) && matchers[r].reset(line).matches();
            }
        }
        throw new IllegalArgumentException(kind.name());
    }

    private static Token token(Row row, Matcher m, String line) {
        List<String> groups = new ArrayList<>(m.groupCount());
        for (int g = 1; g <= m.groupCount(); g++) {
            groups.add(m.group(g));
        }
        return new Token(row.kind(), line, java.util.Collections.unmodifiableList(groups), row.evidence());
    }
}
