package org.declaro.model;

/**
 * Where and when a document is, or is to be, adopted.
 *
 * @param place      e.g. "Siem Reap, Cambodia"
 * @param date       the date of adoption
 * @param extensions fields the format does not define, kept from the JSON
 */
public record Adoption(String place, PartialDate date, Extensions extensions) {
    /** Normalises {@code null} extensions to {@link Extensions#NONE}. */
    public Adoption {
        extensions = Lists.ext(extensions);
    }

    /** An adoption without extension fields. */
    public Adoption(String place, PartialDate date) {
        this(place, date, Extensions.NONE);
    }
}
