package org.declaro.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.declaro.internal.Deadlines;
import org.declaro.model.Action;
import org.declaro.model.Extensions;
import org.declaro.model.Period;
import org.declaro.model.Section;

/**
 * The body of an action plan: an introduction, sections ({@code I. Universalization}, {@code Section 2},
 * {@code ## Clearance}), actions numbered across the plan ({@code Action 1}, {@code #1}, {@code 1.}),
 * their indicators (after an {@code Indicators:} line, or bullets under it) and deadlines
 * ("by 2027", "by the end of 2026", "by December 2028").
 */
final class Plan extends LineWalker {


    /** An action being built. */
    private static final class Act {
        final int number;
        final StringBuilder text = new StringBuilder();
        final List<StringBuilder> indicators = new ArrayList<>();
        boolean inIndicators;

        Act(int number) {
            this.number = number;
        }
    }

    /** A section being built. */
    private static final class Sec {
        final String number;
        final String title;
        final List<StringBuilder> paragraphs = new ArrayList<>();
        final List<Act> actions = new ArrayList<>();

        Sec(String number, String title) {
            this.number = number;
            this.title = title;
        }
    }

    final List<StringBuilder> introduction = new ArrayList<>();
    private final List<Sec> sections = new ArrayList<>();
    private StringBuilder open;
    private Act action;
    private int expected = 1;


    Plan(Context ctx) {
        super(ctx);
    }

    static Optional<Period> period(String title) {
        Matcher m = Shapes.PERIOD.matcher(title);
        return m.find() ? Optional.of(new Period(Integer.valueOf(m.group(1)), Integer.valueOf(m.group(2)))) : Optional.empty();
    }


    @Override
    void line(int i, int to) {
        String t = lines.text(i);
        boolean blockStart = blockStart(open);
        if (blockStart && (open == null || Clauses.endsSentence(open)) && section(i, to)) {
            return;
        }
        LineClassifier.Token token = lines.token(i);
        if (token.is(LineClassifier.Kind.SYMBOL)) {
            ctx.leaveOut(i, Stage.PLAN, "a running header (a document symbol)");
            return;
        }
        if (token.is(LineClassifier.Kind.ACTION)) {
            ctx.use(i, Stage.PLAN);
            newAction(Integer.parseInt(token.group(1) != null ? token.group(1) : token.group(2)), token.group(3));
            return;
        }
        if (token.is(LineClassifier.Kind.NUMBERED) && Integer.parseInt(token.group(1)) == expected && token.group(2) != null) {
            ctx.use(i, Stage.PLAN);
            newAction(expected, token.group(2));
            return;
        }
        if (action != null && token.is(LineClassifier.Kind.INDICATORS)) {
            ctx.use(i, Stage.PLAN);
            action.inIndicators = true;
            String rest = token.group(1);
            if (rest != null && !rest.isBlank()) {
                for (String part : rest.split(";")) {
                    if (!part.isBlank()) {
                        action.indicators.add(new StringBuilder(part.strip()));
                    }
                }
            }
            open = null;
            return;
        }
        if (token.is(LineClassifier.Kind.BULLET) && action != null && action.inIndicators) {
            ctx.use(i, Stage.PLAN);
            StringBuilder ind = new StringBuilder(token.group(1));
            action.indicators.add(ind);
            open = ind;
            return;
        }
        text(i, t, blockStart, token);
    }

    /** A line of text: it goes on with the open text, or opens the action's, a section's or the introduction's. */
    private void text(int i, String t, boolean blockStart, LineClassifier.Token token) {
        ctx.use(i, Stage.PLAN);
        if (token.is(LineClassifier.Kind.BULLET)) {
            t = token.group(1); // an item of a list in a section's or action's text: its marker is layout
            blockStart = true;
        }
        boolean continuation = open != null && (!blockStart || !Clauses.endsClause(open)
                || Character.isLowerCase(t.charAt(0)) || lines.indent(i) > 0 && !gap);
        if (continuation) {
            Joiner.append(open, t, i > 0 && lines.softBreak(i - 1), ctx.words);
        } else if (action != null && !action.inIndicators) {
            Joiner.append(action.text, t, false, ctx.words);
            open = action.text;
        } else if (!sections.isEmpty() && action == null) {
            StringBuilder p = new StringBuilder(t);
            sections.get(sections.size() - 1).paragraphs.add(p);
            open = p;
        } else if (sections.isEmpty()) {
            StringBuilder p = new StringBuilder(t);
            introduction.add(p);
            open = p;
        } else {
            // text after an action's indicators: it belongs to the action
            action.inIndicators = false;
            Joiner.append(action.text, t, false, ctx.words);
            open = action.text;
        }
    }

    private void newAction(int n, String text) {
        if (sections.isEmpty()) {
            sections.add(new Sec(null, "Actions"));
        }
        action = new Act(n);
        action.text.append(text == null ? "" : text.strip());
        sections.get(sections.size() - 1).actions.add(action);
        open = action.text;
        expected = n + 1;
    }

    private boolean section(int i, int to) {
        Candidate c = candidate(i, to);
        if (c == null) {
            return false;
        }
        String t = unbold(c.text());
        int last = c.last();
        int count = c.lines();
        if (count > 3 || t.length() > 200 || t.isEmpty() || Clauses.endsClause(t) || ctx.profile.action.matcher(t).matches()) {
            return false;
        }
        Matcher m;
        String number;
        String title;
        if ((m = Shapes.MARKDOWN_HEADING.matcher(t)).matches()) {
            number = null;
            title = m.group(2);
        } else if ((m = Shapes.ROMAN_HEADING.matcher(t)).matches()) {
            number = m.group(1);
            title = m.group(2);
        } else if ((m = ctx.profile.division.matcher(t)).matches()) {
            number = m.group(2);
            title = m.group(3) == null ? t : m.group(3);
        } else if ((m = Shapes.NUMBER_HEADING.matcher(t)).matches() && (t.length() <= 100 && count == 1 || t.length() <= 150 && count == 2)) {
            // "1. Monitoring": a short line without a full stop is a section title; actions are sentences
            number = m.group(1);
            title = m.group(2);
        } else if (count == 1 && t.length() <= 80 && Character.isUpperCase(t.charAt(0))
                && (i + 1 >= lines.size() || lines.blank(i + 1))) {
            number = null;
            title = t;
        } else {
            return false;
        }
        if (number == null && sections.isEmpty() && ctx.profile.introductionHeading.matcher(title).matches()) {
            for (int j = i; j <= last; j++) {
                ctx.leaveOut(j, Stage.PLAN, "the heading of the introduction");
            }
            open = null;
            return true;
        }
        ctx.useBlock(i, last, Stage.PLAN);
        sections.add(new Sec(number, title.strip()));
        action = null;
        open = null;
        return true;
    }

    List<Section> sections() {
        List<Section> out = new ArrayList<>();
        for (Sec s : sections) {
            List<Action> actions = new ArrayList<>();
            for (Act a : s.actions) {
                String text = a.text.toString().strip();
                actions.add(new Action(a.number, text, a.indicators.stream().map(sb -> sb.toString().strip()).toList(),
                        List.of(), Deadlines.in(text), Extensions.NONE));
            }
            out.add(new Section(s.number, s.title, s.paragraphs.stream().map(StringBuilder::toString).toList(),
                    actions, Extensions.NONE));
        }
        return out;
    }
}
