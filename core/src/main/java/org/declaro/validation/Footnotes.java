package org.declaro.validation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.declaro.model.Action;
import org.declaro.model.ActionPlan;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.declaro.model.Section;
import org.declaro.report.Rule;

/** {@code footnote.unresolved}, {@code footnote.unused}, {@code footnote.marker.duplicate}. */
final class Footnotes implements RuleFamily {

    @Override
    public void check(Document doc, String base, Checks c) {
        Map<String, Integer> markers = new HashMap<>();
        for (int j = 0; j < doc.footnotes().size(); j++) {
            String m = doc.footnotes().get(j).marker();
            if (m != null && markers.putIfAbsent(m, j) != null) {
                c.add(Rule.FOOTNOTE_MARKER_DUPLICATE, base + "/footnotes/" + j + "/marker", "Footnote marker \"" + m
                        + "\" is also used by footnote " + (markers.get(m) + 1) + "; give each footnote its own marker.");
            }
        }
        Set<String> used = new HashSet<>();
        if (doc instanceof Declaration d) {
            refs(d.titleFootnotes(), base + "/titleFootnotes", markers, used, c);
            for (int i = 0; i < d.preamble().size(); i++) {
                List<String> refs = d.preamble().get(i).footnotes();
                if (!refs.isEmpty()) { // no pointer built for the many paragraphs without footnotes
                    refs(refs, base + "/preamble/" + i + "/footnotes", markers, used, c);
                }
            }
            for (int i = 0; i < d.paragraphs().size(); i++) {
                List<String> refs = d.paragraphs().get(i).footnotes();
                if (!refs.isEmpty()) {
                    refs(refs, base + "/paragraphs/" + i + "/footnotes", markers, used, c);
                }
            }
        } else if (doc instanceof ActionPlan a) {
            // the format gives action plans no marker lists: a footnote is used when its marker is in the text
            StringBuilder text = new StringBuilder().append(a.title()).append('\n');
            a.introduction().forEach(t -> text.append(t).append('\n'));
            for (Section s : a.sections()) {
                text.append(s.title()).append('\n');
                s.paragraphs().forEach(t -> text.append(t).append('\n'));
                for (Action act : s.actions()) {
                    text.append(act.text()).append('\n');
                }
            }
            for (String m : markers.keySet()) {
                if (text.indexOf(m) >= 0) {
                    used.add(m);
                }
            }
        }
        for (int j = 0; j < doc.footnotes().size(); j++) {
            String m = doc.footnotes().get(j).marker();
            if (m != null && !used.contains(m) && markers.get(m) == j) {
                c.add(Rule.FOOTNOTE_UNUSED, base + "/footnotes/" + j, "Nothing refers to footnote \"" + m
                        + "\"; attach its marker where it belongs, or remove it.");
            }
        }
    }

    private static void refs(List<String> refs, String pointer, Map<String, Integer> markers, Set<String> used,
            Checks c) {
        for (int k = 0; k < refs.size(); k++) {
            String m = refs.get(k);
            if (markers.containsKey(m)) {
                used.add(m);
            } else {
                c.add(Rule.FOOTNOTE_UNRESOLVED, pointer + "/" + k, "No footnote has the marker \"" + m
                        + "\"; add it to \"footnotes\" or remove the marker.");
            }
        }
    }
}
