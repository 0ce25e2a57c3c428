package org.declaro.validation;

import java.util.List;
import org.declaro.model.ActionPlan;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.declaro.model.Section;
import org.declaro.model.Subparagraph;
import org.declaro.report.Rule;

/** {@code text.blank} and {@code text.whitespace}. */
final class Texts implements RuleFamily {

    @Override
    public void check(Document doc, String base, Checks c) {
        spacing(doc.title(), base + "/title", c);
        for (int i = 0; i < doc.footnotes().size(); i++) {
            body(doc.footnotes().get(i).text(), base + "/footnotes/" + i + "/text", "footnote", c);
        }
        if (doc instanceof Declaration d) {
            spacing(d.subtitle(), base + "/subtitle", c);
            for (int i = 0; i < d.preamble().size(); i++) {
                body(d.preamble().get(i).text(), base + "/preamble/" + i + "/text", "preambular paragraph", c);
            }
            for (int i = 0; i < d.paragraphs().size(); i++) {
                String p = base + "/paragraphs/" + i;
                body(d.paragraphs().get(i).text(), p + "/text", "paragraph", c);
                subparagraphs(d.paragraphs().get(i).subparagraphs(), p, c);
            }
            for (int i = 0; i < d.headings().size(); i++) {
                spacing(d.headings().get(i).title(), base + "/headings/" + i + "/title", c);
            }
        } else if (doc instanceof ActionPlan a) {
            for (int i = 0; i < a.introduction().size(); i++) {
                body(a.introduction().get(i), base + "/introduction/" + i, "paragraph", c);
            }
            for (int i = 0; i < a.sections().size(); i++) {
                Section s = a.sections().get(i);
                String sp = base + "/sections/" + i;
                spacing(s.title(), sp + "/title", c);
                for (int j = 0; j < s.paragraphs().size(); j++) {
                    body(s.paragraphs().get(j), sp + "/paragraphs/" + j, "paragraph", c);
                }
                for (int j = 0; j < s.actions().size(); j++) {
                    body(s.actions().get(j).text(), sp + "/actions/" + j + "/text", "action", c);
                }
            }
        }
    }

    private static void subparagraphs(List<Subparagraph> subs, String owner, Checks c) {
        for (int k = 0; k < subs.size(); k++) {
            String p = owner + "/subparagraphs/" + k;
            body(subs.get(k).text(), p + "/text", "sub-paragraph", c);
            subparagraphs(subs.get(k).subparagraphs(), p, c);
        }
    }

    private static void body(String text, String pointer, String what, Checks c) {
        if (text != null && isBlank(text)) {
            c.add(Rule.TEXT_BLANK, pointer, "The " + what + " has blank text; give its text or remove it.");
        } else {
            spacing(text, pointer, c);
        }
    }

    private static void spacing(String text, String pointer, Checks c) {
        if (text == null || text.isEmpty()) {
            return;
        }
        if (isSpace(text.charAt(0)) || isSpace(text.charAt(text.length() - 1))) {
            c.add(Rule.TEXT_WHITESPACE, pointer, "The text starts or ends with white space; trim it.");
            return;
        }
        for (int i = 1; i < text.length(); i++) {
            if (isSpace(text.charAt(i)) && isSpace(text.charAt(i - 1))) {
                c.add(Rule.TEXT_WHITESPACE, pointer, "The text has doubled white space at offset " + (i - 1)
                        + "; collapse it to one space.");
                return;
            }
        }
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
