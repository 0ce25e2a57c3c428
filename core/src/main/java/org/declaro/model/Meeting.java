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
    @Unstable
    public Meeting {
        extensions = Lists.ext(extensions);
    }

    /** A meeting without extension fields. */
    public Meeting(String name, String place, PartialDate date) {
        this(name, place, date, Extensions.NONE);
    }

    /**
     * @param name e.g. "Second Preparatory Meeting"
     * @return a copy with that {@code name}
     */
    public Meeting withName(String name) {
        return new Meeting(name, place, date, extensions);
    }

    /**
     * @param place e.g. "Geneva"
     * @return a copy with that {@code place}
     */
    public Meeting withPlace(String place) {
        return new Meeting(name, place, date, extensions);
    }

    /**
     * @param date the meeting's date
     * @return a copy with that {@code date}
     */
    public Meeting withDate(PartialDate date) {
        return new Meeting(name, place, date, extensions);
    }

    /**
     * @param extensions fields the format does not define, kept from the JSON
     * @return a copy with that {@code extensions}
     */
    public Meeting withExtensions(Extensions extensions) {
        return new Meeting(name, place, date, extensions);
    }

    /** @return a builder with no values set: lists empty, {@link Extensions#NONE} */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this meeting's values */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.place = place;
        b.date = date;
        b.extensions = extensions;
        return b;
    }

    /**
     * Collects a meeting's values; not thread-safe. Builders are the supported way to construct a meeting:
     * the canonical constructor gains a parameter whenever the format gains a field.
     */
    public static final class Builder {
        private String name;
        private String place;
        private PartialDate date;
        private Extensions extensions = Extensions.NONE;

        private Builder() {
        }

        /**
         * @param v e.g. "Second Preparatory Meeting"
         * @return this builder
         */
        public Builder name(String v) {
            name = v;
            return this;
        }

        /**
         * @param v e.g. "Geneva"
         * @return this builder
         */
        public Builder place(String v) {
            place = v;
            return this;
        }

        /**
         * @param v the meeting's date
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

        /** @return the meeting; never throws for missing values (validation reports them) */
        public Meeting build() {
            return new Meeting(name, place, date, extensions);
        }
    }
}
