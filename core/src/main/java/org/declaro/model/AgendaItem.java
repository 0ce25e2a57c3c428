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
    @Unstable
    public AgendaItem {
        extensions = Lists.ext(extensions);
    }

    /** An agenda item without extension fields. */
    public AgendaItem(String number, String title, Boolean provisional) {
        this(number, title, provisional, Extensions.NONE);
    }

    /**
     * @param number as printed, e.g. "4(d)"
     * @return a copy with that {@code number}
     */
    public AgendaItem withNumber(String number) {
        return new AgendaItem(number, title, provisional, extensions);
    }

    /**
     * @param title the item's title
     * @return a copy with that {@code title}
     */
    public AgendaItem withTitle(String title) {
        return new AgendaItem(number, title, provisional, extensions);
    }

    /**
     * @param provisional whether the agenda is provisional; {@code null} when not stated
     * @return a copy with that {@code provisional}
     */
    public AgendaItem withProvisional(Boolean provisional) {
        return new AgendaItem(number, title, provisional, extensions);
    }

    /**
     * @param extensions fields the format does not define, kept from the JSON
     * @return a copy with that {@code extensions}
     */
    public AgendaItem withExtensions(Extensions extensions) {
        return new AgendaItem(number, title, provisional, extensions);
    }

    /** @return a builder with no values set: lists empty, {@link Extensions#NONE} */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this agenda item's values */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.number = number;
        b.title = title;
        b.provisional = provisional;
        b.extensions = extensions;
        return b;
    }

    /**
     * Collects an agenda item's values; not thread-safe. Builders are the supported way to construct an agenda item:
     * the canonical constructor gains a parameter whenever the format gains a field.
     */
    public static final class Builder {
        private String number;
        private String title;
        private Boolean provisional;
        private Extensions extensions = Extensions.NONE;

        private Builder() {
        }

        /**
         * @param v as printed, e.g. "4(d)"
         * @return this builder
         */
        public Builder number(String v) {
            number = v;
            return this;
        }

        /**
         * @param v the item's title
         * @return this builder
         */
        public Builder title(String v) {
            title = v;
            return this;
        }

        /**
         * @param v whether the agenda is provisional; {@code null} when not stated
         * @return this builder
         */
        public Builder provisional(Boolean v) {
            provisional = v;
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

        /** @return the agenda item; never throws for missing values (validation reports them) */
        public AgendaItem build() {
            return new AgendaItem(number, title, provisional, extensions);
        }
    }
}
