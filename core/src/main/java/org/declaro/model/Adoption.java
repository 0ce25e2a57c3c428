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
    @Unstable
    public Adoption {
        extensions = Lists.ext(extensions);
    }

    /** An adoption without extension fields. */
    public Adoption(String place, PartialDate date) {
        this(place, date, Extensions.NONE);
    }

    /**
     * @param place e.g. "Siem Reap, Cambodia"
     * @return a copy with that {@code place}
     */
    public Adoption withPlace(String place) {
        return new Adoption(place, date, extensions);
    }

    /**
     * @param date the date of adoption
     * @return a copy with that {@code date}
     */
    public Adoption withDate(PartialDate date) {
        return new Adoption(place, date, extensions);
    }

    /**
     * @param extensions fields the format does not define, kept from the JSON
     * @return a copy with that {@code extensions}
     */
    public Adoption withExtensions(Extensions extensions) {
        return new Adoption(place, date, extensions);
    }

    /** @return a builder with no values set: lists empty, {@link Extensions#NONE} */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this adoption's values */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.place = place;
        b.date = date;
        b.extensions = extensions;
        return b;
    }

    /**
     * Collects an adoption's values; not thread-safe. Builders are the supported way to construct an adoption:
     * the canonical constructor gains a parameter whenever the format gains a field.
     */
    public static final class Builder {
        private String place;
        private PartialDate date;
        private Extensions extensions = Extensions.NONE;

        private Builder() {
        }

        /**
         * @param v e.g. "Siem Reap, Cambodia"
         * @return this builder
         */
        public Builder place(String v) {
            place = v;
            return this;
        }

        /**
         * @param v the date of adoption
         * @return this builder
         */
        public Builder date(PartialDate v) {
            date = v;
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

        /** @return the adoption; never throws for missing values (validation reports them) */
        public Adoption build() {
            return new Adoption(place, date, extensions);
        }
    }
}
