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
    @Unstable
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

    /**
     * @param from the first year
     * @return a copy with that {@code from}
     */
    public Period withFrom(Integer from) {
        return new Period(from, to, extensions);
    }

    /**
     * @param to the last year
     * @return a copy with that {@code to}
     */
    public Period withTo(Integer to) {
        return new Period(from, to, extensions);
    }

    /**
     * @param extensions fields the format does not define, kept from the JSON
     * @return a copy with that {@code extensions}
     */
    public Period withExtensions(Extensions extensions) {
        return new Period(from, to, extensions);
    }

    /** @return a builder with no values set: lists empty, {@link Extensions#NONE} */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this period's values */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.from = from;
        b.to = to;
        b.extensions = extensions;
        return b;
    }

    /**
     * Collects a period's values; not thread-safe. Builders are the supported way to construct a period:
     * the canonical constructor gains a parameter whenever the format gains a field.
     */
    public static final class Builder {
        private Integer from;
        private Integer to;
        private Extensions extensions = Extensions.NONE;

        private Builder() {
        }

        /**
         * @param v the first year
         * @return this builder
         */
        public Builder from(Integer v) {
            from = v;
            return this;
        }

        /**
         * @param v the last year
         * @return this builder
         */
        public Builder to(Integer v) {
            to = v;
            return this;
        }

        /**
         * @param v fields the format does not define, kept from the JSON
         * @return this builder
         */
        public Builder extensions(Extensions v) {
            extensions = v;
            return this;
        }

        /** @return the period; never throws for missing values (validation reports them) */
        public Period build() {
            return new Period(from, to, extensions);
        }
    }
}
