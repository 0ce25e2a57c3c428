package org.declaro.importer.layout;

import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Page breaks, as in a United Nations PDF's text layer: a masthead ("United Nations", the symbol, "General
 * Assembly", "Distr.: General", a date) at the top, then every 15 to 45 lines a page foot (the job number
 * "24-12345 (E)" on the first page, "n/N") and a running head (the title or the symbol), a form feed at each
 * new page or not. Pages cut through paragraphs where they fall.
 */
final class PageBreaks implements LayoutTransform {

    @Override
    public String name() {
        return "PageBreaks";
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
        return paginate(lines, Pager.random(random, Pager.title(lines)));
    }

    /**
     * @param lines the lines of a text
     * @param o how the pages look
     * @return the text in pages, ending with a line end
     */
    static String paginate(List<String> lines, Pager.Options o) {
        return Lines.join(Pager.paginate(Pager.content(lines), o, page -> List.of())) + "\n";
    }
}
