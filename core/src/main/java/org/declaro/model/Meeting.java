package org.declaro.model;

/**
 * The meeting a document is for.
 *
 * @param name       e.g. "Second Preparatory Meeting"
 * @param place      e.g. "Geneva"
 * @param date       the meeting's date
 * @param extensions fields the format does not define, kept from the JSON
 */
public record Meeting(String name, String place, PartialDate date, Extensions extensions) {
    /** Normalises {@code null} extensions to {@link Extensions#NONE}. */
    public Meeting {
        extensions = Lists.ext(extensions);
    }

    /** A meeting without extension fields. */
    public Meeting(String name, String place, PartialDate date) {
        this(name, place, date, Extensions.NONE);
    }
}
