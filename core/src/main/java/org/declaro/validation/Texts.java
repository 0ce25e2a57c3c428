package org.declaro.validation;

import java.util.List;
import java.util.function.Supplier;
import org.declaro.model.ActionPlan;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.declaro.model.Section;
import org.declaro.model.Subparagraph;
import org.declaro.report.Rule;

/** {@code text.blank} (body texts and titles) and {@code text.whitespace}. */
final class Texts implements RuleFamily {

    @Override
    public void check(Document doc, String base, Checks c) {
        title(doc.title(), () -> base + "/title", "document", c);
        for (int i = 0; i < doc.footnotes().size(); i++) {
            int at = i;
            body(doc.footnotes().get(i).text(), () -> base + "/footnotes/" + at + "/text", "footnote", c);
        }
        if (doc instanceof Declaration d) {
            spacing(d.subtitle(), () -> base + "/subtitle", c);
            for (int i = 0; i < d.preamble().size(); i++) {
                int at = i;
                body(d.preamble().get(i).text(), () -> base + "/preamble/" + at + "/text", "preambular paragraph", c);
            }
            for (int i = 0; i < d.paragraphs().size(); i++) {
                int at = i;
                body(d.paragraphs().get(i).text(), () -> base + "/paragraphs/" + at + "/text", "paragraph", c);
                List<Subparagraph> subs = d.paragraphs().get(i).subparagraphs();
                if (!subs.isEmpty()) {
                    subparagraphs(subs, () -> base + "/paragraphs/" + at, c);
                }
            }
            for (int i = 0; i < d.headings().size(); i++) {
                int at = i;
                title(d.headings().get(i).title(), () -> base + "/headings/" + at + "/title", "heading", c);
            }
        } else if (doc instanceof ActionPlan a) {
            for (int i = 0; i < a.introduction().size(); i++) {
                int at = i;
                body(a.introduction().get(i), () -> base + "/introduction/" + at, "paragraph", c);
            }
            for (int i = 0; i < a.sections().size(); i++) {
                Section s = a.sections().get(i);
                String sp = base + "/sections/" + i;
                title(s.title(), () -> sp + "/title", "section", c);
                for (int j = 0; j < s.paragraphs().size(); j++) {
                    int at = j;
                    body(s.paragraphs().get(j), () -> sp + "/paragraphs/" + at, "paragraph", c);
                }
                for (int j = 0; j < s.actions().size(); j++) {
                    int at = j;
                    body(s.actions().get(j).text(), () -> sp + "/actions/" + at + "/text", "action", c);
                }
            }
        }
    }

    private static void subparagraphs(List<Subparagraph> subs, Supplier<String> owner, Checks c) {
        for (int k = 0; k < subs.size(); k++) {
            int at = k;
            Supplier<String> p = () -> owner.get() + "/subparagraphs/" + at;
            body(subs.get(k).text(), () -> p.get() + "/text", "sub-paragraph", c);
            subparagraphs(subs.get(k).subparagraphs(), p, c);
        }
    }

    /** Pointers are built only for findings. */
    private static void body(String text, Supplier<String> pointer, String what, Checks c) {
        if (text != null && isBlank(text)) {
            c.add(Rule.TEXT_BLANK, pointer.get(), "The " + what + " has blank text; give its text or remove it.");
        } else {
            spacing(text, pointer, c);
        }
    }

    /** A title is required text: empty or blank is an error, as a blank paragraph is (a view would print no title). */
    private static void title(String text, Supplier<String> pointer, String what, Checks c) {
        if (text != null && isBlank(text)) {
            c.add(Rule.TEXT_BLANK, pointer.get(), "The " + what + " has " + (text.isEmpty() ? "an empty" : "a blank")
                    + " title; give its title.");
        } else {
            spacing(text, pointer, c);
        }
    }

    private static void spacing(String text, Supplier<String> pointer, Checks c) {
        if (text == null) {
            return;
        }
        int problem = spacingProblem(text);
        if (problem == EDGE) {
            c.add(Rule.TEXT_WHITESPACE, pointer.get(), "The text starts or ends with white space; trim it.");
        } else if (problem >= 0) {
            c.add(Rule.TEXT_WHITESPACE, pointer.get(), "The text has doubled white space at offset " + problem
                    + "; collapse it to one space.");
        }
    }

    static final int CLEAN = -1;
    static final int EDGE = -2;

    /**
     * @return {@code CLEAN}, {@code EDGE} when the text starts or ends with white space, or the offset of
     *         the first doubled white space
     */
    static int spacingProblem(String text) {
        return spacingProblem(text, new char[text.length()]);
    }

    /** As {@link #spacingProblem(String)}, with a buffer of at least the text's length to copy it into. */
    static int spacingProblem(String text, char[] buffer) {
        int n = text.length();
        if (n == 0) {
            return CLEAN;
        }
        if (isSpace(text.charAt(0)) || isSpace(text.charAt(n - 1))) {
            return EDGE;
        }
        text.getChars(0, n, buffer, 0); // a loop over an array runs faster than one over charAt
        // Two characters in a row include one at an odd offset: look only at those, and at the neighbours of
        // the few that are white space (half the work of looking at every character)
        for (int i = 1; i < n; i += 2) {
            char ch = buffer[i];
            if (ch > ' ' && ch < 0x7F || !isSpaceFast(ch)) {
                continue;
            }
            if (isSpaceFast(buffer[i - 1])) {
                return i - 1;
            }
            if (i + 1 < n && isSpaceFast(buffer[i + 1])) {
                return i;
            }
        }
        return CLEAN;
    }

    private static boolean isSpaceFast(char ch) {
        return ch <= ' ' ? ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r' || ch == '\f' || ch == 0x0B || ch >= 0x1C
                : ch > 0x7F && isSpace(ch);
    }

    /** @return whether this family could report something about {@code text}, as a body text or a title */
    static boolean suspect(String text, char[] buffer) {
        return text != null && (text.isEmpty() || isSpace(text.charAt(0)) || spacingProblem(text, buffer) != CLEAN);
    }

    static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isSpace(char ch) {
        return Character.isWhitespace(ch) || Character.isSpaceChar(ch);
    }
}
