package org.declaro.model;

import jakarta.validation.constraints.NotNull;

/**
 * The years an action plan covers, both inclusive.
 *
 * @param from       the first year
 * @param to         the last year
 * @param extensions fields the format does not define, kept from the JSON
 */
public record Period(@NotNull Integer from, @NotNull Integer to, Extensions extensions) {
    /** Normalises {@code null} extensions to {@link Extensions#NONE}. */
    public Period {
        extensions = Lists.ext(extensions);
    }

    /** A period without extension fields. */
    public Period(Integer from, Integer to) {
        this(from, to, Extensions.NONE);
    }

    /** @return whether the year of the date lies in this period (false when a bound is missing) */
    public boolean contains(PartialDate date) {
        return from != null && to != null && date.year() >= from && date.year() <= to;
    }
}
