package org.declaro.render;

import java.util.Map;
import org.declaro.model.PartialDate;

/** Dates and language names as documents print them. */
final class Words {

    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    private static final Map<String, String> LANGUAGES = Map.of("en", "English", "fr", "French", "es", "Spanish",
            "ru", "Russian", "ar", "Arabic", "zh", "Chinese", "de", "German", "pt", "Portuguese", "ja", "Japanese");

    private Words() {
    }

    /** @return "14 August 2024", "August 2024" or "2024" */
    static String date(PartialDate d) {
        return switch (d.precision()) {
            case DAY -> d.day() + " " + MONTHS[d.month() - 1] + " " + d.year();
            case MONTH -> MONTHS[d.month() - 1] + " " + d.year();
            case YEAR -> String.valueOf(d.year());
        };
    }

    /** @return the non-blank parts joined with ", ", or null if there is none */
    static String join(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                b.append(b.length() == 0 ? "" : ", ").append(p);
            }
        }
        return b.length() == 0 ? null : b.toString();
    }

    /** @return the English name of a language tag's language, or null */
    static String language(String tag) {
        return tag == null ? null : LANGUAGES.get(tag.toLowerCase(java.util.Locale.ROOT));
    }
}
