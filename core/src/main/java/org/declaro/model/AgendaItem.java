package org.declaro.model;

/**
 * The agenda item a document is submitted under.
 *
 * @param number      as printed, e.g. "4(d)"
 * @param title       the item's title
 * @param provisional whether the agenda is provisional; {@code null} when not stated
 * @param extensions  fields the format does not define, kept from the JSON
 */
public record AgendaItem(String number, String title, Boolean provisional, Extensions extensions) {
    /** Normalises {@code null} extensions to {@link Extensions#NONE}. */
    public AgendaItem {
        extensions = Lists.ext(extensions);
    }

    /** An agenda item without extension fields. */
    public AgendaItem(String number, String title, Boolean provisional) {
        this(number, title, provisional, Extensions.NONE);
    }
}
