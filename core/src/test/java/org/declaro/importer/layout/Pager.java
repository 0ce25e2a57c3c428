package org.declaro.importer.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Cuts lines into pages as a United Nations document's text layer shows them: a masthead on the first page,
 * a running head on the others, a job number at the foot of the first page, "n/N" page numbers, and maybe a
 * form feed at each page's start.
 */
final class Pager {

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

    /**
     * How the pages look.
     *
     * @param linesPerPage how many lines of the text a page holds
     * @param formFeed whether each page after the first starts with a form feed
     * @param symbol the document symbol, such as {@code A/RES/79/10}
     * @param head the running head of the pages after the first (the symbol or the title)
     * @param date the date in the masthead
     * @param columns whether the masthead is in two columns (its parts side by side) or one part a line
     * @param job the job number, such as {@code 24-12345 (E)}
     */
    record Options(int linesPerPage, boolean formFeed, String symbol, String head, String date, boolean columns, String job) {
    }

    private Pager() {
    }

    /**
     * @param random where the choices come from
     * @param title the document's title, or null: the running head is then the symbol
     * @return options chosen at random, with 15 to 45 lines a page
     */
    static Options random(Random random, String title) {
        String symbol = "A/RES/" + (50 + random.nextInt(30)) + "/" + (1 + random.nextInt(300));
        int year = 2000 + random.nextInt(30);
        String date = (1 + random.nextInt(28)) + " " + MONTHS[random.nextInt(12)] + " " + year;
        String job = String.format("%02d-%05d (E)", year % 100, random.nextInt(100000));
        String head = title != null && random.nextBoolean() ? title : symbol;
        return new Options(15 + random.nextInt(31), random.nextBoolean(), symbol, head, date, random.nextBoolean(), job);
    }

    /** @return the masthead of the first page, without the blank line after it */
    static List<String> masthead(Options o) {
        if (o.columns()) {
            return List.of(pad("United Nations", 60) + o.symbol(), pad("General Assembly", 60) + "Distr.: General",
                    " ".repeat(60) + o.date());
        }
        return List.of("United Nations", o.symbol(), "General Assembly", "Distr.: General", o.date());
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(1, width - s.length()));
    }

    /**
     * @param content the lines of the text, without a last empty line
     * @param o how the pages look
     * @param foot the lines to put at the foot of a page, given the page's lines of text (none: empty)
     * @return the pages, as lines
     */
    static List<String> paginate(List<String> content, Options o, Function<List<String>, List<String>> foot) {
        List<List<String>> pages = new ArrayList<>();
        for (int i = 0; i < content.size(); i += o.linesPerPage()) {
            pages.add(content.subList(i, Math.min(content.size(), i + o.linesPerPage())));
        }
        if (pages.isEmpty()) {
            pages.add(List.of());
        }
        List<String> out = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            List<String> page = new ArrayList<>();
            if (p == 0) {
                page.addAll(masthead(o));
            } else {
                page.add(o.head());
            }
            page.add("");
            page.addAll(pages.get(p));
            List<String> notes = foot.apply(pages.get(p));
            if (!notes.isEmpty()) {
                page.add("");
                page.addAll(notes);
            }
            page.add("");
            if (p == 0) {
                page.add(o.job());
            }
            page.add((p + 1) + "/" + pages.size());
            if (p > 0 && o.formFeed()) {
                page.set(0, "\f" + page.get(0));
            }
            out.addAll(page);
        }
        return out;
    }

    /**
     * @param lines the lines of a rendered text
     * @return the title: the Markdown heading of level 1, or else the last line in bold before the first
     *         paragraph, without its markup and footnote markers; null if there is none
     */
    static String title(List<String> lines) {
        String title = null;
        int end = Lines.firstParagraph(lines);
        for (int i = 0; i < end; i++) {
            String l = lines.get(i).strip();
            if (l.startsWith("# ")) {
                return clean(l.substring(2));
            }
            if (l.startsWith("**") && l.endsWith("**") && l.length() > 4) {
                title = clean(l);
            }
        }
        return title;
    }

    private static String clean(String s) {
        return s.replaceAll("\\[\\^[^\\]]*\\]", "").replace("*", "").replace("\\", "").strip();
    }

    /** @return the lines without the last empty line that a final line end gives */
    static List<String> content(List<String> lines) {
        List<String> c = new ArrayList<>(lines);
        while (!c.isEmpty() && c.get(c.size() - 1).isEmpty()) {
            c.remove(c.size() - 1);
        }
        return c;
    }
}
