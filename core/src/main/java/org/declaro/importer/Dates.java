package org.declaro.importer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.declaro.model.PartialDate;

/**
 * Dates as documents print them: "14 August 2024", "August 14, 2024", "15-16 November 2022", "November 2024",
 * in the month names of a {@link LayoutProfile}.
 */
final class Dates {

    private final List<String> months;
    private final Pattern whole;
    /** "Place, date" (place without digits) */
    private final Pattern placeDate;

    /**
     * @param months    the twelve month names, January first
     * @param dateWords an alternation of the words that may stand before a date ("on")
     */
    Dates(List<String> months, String dateWords) {
        this(months, dateWords, "", "");
    }

    /**
     * @param months    the twelve month names, January first
     * @param dateWords an alternation of the words that may stand before a date ("on")
     * @param links     an alternation of the words that may link day, month and year ("de"), or empty
     * @param yearWords an alternation of the words that may follow the year ("года"), or empty
     */
    Dates(List<String> months, String dateWords, String links, String yearWords) {
        this.months = months.stream().map(m -> m.toLowerCase(Locale.ROOT)).toList();
        String names = months.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        // Unicode case folding is slower: only for month names outside ASCII ("février")
        int flags = Pattern.CASE_INSENSITIVE | (names.chars().allMatch(c -> c < 0x80) ? 0 : Pattern.UNICODE_CASE);
        whole = Shapes.wholeDate(names, links, yearWords, flags);
        placeDate = Shapes.placeDate(names, links, yearWords, dateWords, flags);
    }

    /** @return the date if the whole text is one */
    Optional<PartialDate> parse(String text) {
        Matcher m = whole.matcher(text.trim());
        return m.matches() ? of(m, 0) : Optional.empty();
    }

    /** @return the place and date, if the whole text is "Place, date" */
    record PlaceDate(String place, PartialDate date) {
    }

    Optional<PlaceDate> placeAndDate(String text) {
        Matcher m = placeDate.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        String raw = m.group(1).trim();
        String place = raw.endsWith(",") ? raw.substring(0, raw.length() - 1).trim() : raw;
        return of(m, 1).map(d -> new PlaceDate(place, d));
    }

    /** Reads the groups of {@link #DATE} found at group offset {@code base}. */
    private Optional<PartialDate> of(Matcher m, int base) {
        try {
            if (m.group(base + 3) != null) {
                return Optional.of(PartialDate.ofDay(Integer.parseInt(m.group(base + 3)), month(m.group(base + 2)),
                        Integer.parseInt(m.group(base + 1))));
            }
            if (m.group(base + 6) != null) {
                return Optional.of(PartialDate.ofDay(Integer.parseInt(m.group(base + 6)), month(m.group(base + 4)),
                        Integer.parseInt(m.group(base + 5))));
            }
            if (m.group(base + 8) != null) {
                return Optional.of(PartialDate.ofMonth(Integer.parseInt(m.group(base + 8)), month(m.group(base + 7))));
            }
            if (m.group(base + 9) != null) {
                return PartialDate.tryParse(m.group(base + 9));
            }
            if (m.group(base + 10) != null) {
                return Optional.of(PartialDate.ofYear(Integer.parseInt(m.group(base + 10))));
            }
        } catch (RuntimeException e) {
            return Optional.empty(); // 31 February and the like: not a date
        }
        return Optional.empty();
    }

    private int month(String name) {
        int i = months.indexOf(name.toLowerCase(Locale.ROOT));
        if (i < 0) {
            throw new IllegalArgumentException(name);
        }
        return i + 1;
    }
}
