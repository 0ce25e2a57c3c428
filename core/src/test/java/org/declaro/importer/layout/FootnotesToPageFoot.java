package org.declaro.importer.layout;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Footnotes at the foot of their page, as a PDF has them: the text is cut into pages as {@link PageBreaks}
 * cuts it, and each footnote definition ({@code [^1]: text}, with its continuation lines) leaves the end of
 * the text, with the rule before the definitions, for the foot of the page on which its marker appears,
 * under a rule of underscores, of dashes, or none. The star footnote of the title goes to the page of the
 * title. Runs the page breaks itself, so it is not combined with {@link PageBreaks}.
 */
final class FootnotesToPageFoot implements LayoutTransform {

    @Override
    public String name() {
        return "FootnotesToPageFoot";
    }

    @Override
    public Set<Rendering> renderings() {
        return EnumSet.of(Rendering.TEXT);
    }

    @Override
    public Phase phase() {
        return Phase.PAGES;
    }

    @Override
    public String apply(String text, Random random) {
        List<String> lines = Lines.split(text);
        String rule = List.of("__________", "---", "").get(random.nextInt(3));
        return move(lines, Pager.random(random, Pager.title(lines)), rule);
    }

    /**
     * @param lines the lines of a text whose footnote definitions are at its end
     * @param o how the pages look
     * @param rule the line above the footnotes at a page's foot ("": none)
     * @return the text in pages, each footnote at the foot of its marker's page
     */
    static String move(List<String> lines, Pager.Options o, String rule) {
        List<String> content = Pager.content(lines);
        Map<String, List<String>> definitions = new LinkedHashMap<>();
        int first = -1;
        String open = null;
        for (int i = 0; i < content.size(); i++) {
            String l = content.get(i);
            var m = Lines.FOOTNOTE.matcher(l);
            if (m.matches()) {
                if (first < 0) {
                    first = i;
                }
                open = m.group(1);
                definitions.put(open, new ArrayList<>(List.of(l)));
            } else if (open != null && !l.isBlank()) {
                definitions.get(open).add(l);
            }
        }
        if (first < 0) {
            return PageBreaks.paginate(lines, o);
        }
        // the text without the definitions and the rule and blank lines before them
        List<String> body = new ArrayList<>(content.subList(0, first));
        while (!body.isEmpty() && (body.get(body.size() - 1).isBlank() || body.get(body.size() - 1).strip().matches("[-_*]{3,}"))) {
            body.remove(body.size() - 1);
        }
        Map<String, Integer> page = new LinkedHashMap<>();
        int perPage = o.linesPerPage();
        for (String marker : definitions.keySet()) {
            for (int i = 0; i < body.size(); i++) {
                String l = body.get(i);
                boolean star = marker.equals("*") && l.strip().endsWith("***");
                if (l.contains("[^" + marker + "]") || star) {
                    page.put(marker, i / perPage);
                    break;
                }
            }
        }
        int last = Math.max(0, (body.size() - 1) / perPage);
        int[] index = {0};
        List<String> pages = Pager.paginate(body, o, lines0 -> {
            int p = index[0]++;
            List<String> foot = new ArrayList<>();
            for (Map.Entry<String, List<String>> d : definitions.entrySet()) {
                if (page.getOrDefault(d.getKey(), last) == p) {
                    foot.addAll(d.getValue());
                }
            }
            if (!foot.isEmpty() && !rule.isEmpty()) {
                foot.add(0, rule);
            }
            return foot;
        });
        return Lines.join(pages) + "\n";
    }
}
