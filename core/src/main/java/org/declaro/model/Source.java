package org.declaro.model;

/**
 * Where an imported document came from (format 1.1): the kind of input, its name and its digest.
 * All parts are optional.
 *
 * @param format     the kind of input, e.g. "text" or "markdown"
 * @param name       its name, e.g. a file name
 * @param sha256     the SHA-256 digest of its bytes, 64 lower-case hexadecimal digits
 * @param extensions fields the format does not define, kept from the JSON
 */
public record Source(String format, String name, String sha256, Extensions extensions) {
    /** Normalises {@code null} extensions to {@link Extensions#NONE}. */
    @Unstable
    public Source {
        extensions = Lists.ext(extensions);
    }

    /** A source without extension fields. */
    public Source(String format, String name, String sha256) {
        this(format, name, sha256, Extensions.NONE);
    }

    /**
     * @param format the kind of input, e.g. "text" or "markdown"
     * @return a copy with that {@code format}
     */
    public Source withFormat(String format) {
        return new Source(format, name, sha256, extensions);
    }

    /**
     * @param name its name, e.g. a file name
     * @return a copy with that {@code name}
     */
    public Source withName(String name) {
        return new Source(format, name, sha256, extensions);
    }

    /**
     * @param sha256 the SHA-256 digest of its bytes, 64 lower-case hexadecimal digits
     * @return a copy with that {@code sha256}
     */
    public Source withSha256(String sha256) {
        return new Source(format, name, sha256, extensions);
    }

    /**
     * @param extensions fields the format does not define, kept from the JSON
     * @return a copy with that {@code extensions}
     */
    public Source withExtensions(Extensions extensions) {
        return new Source(format, name, sha256, extensions);
    }

    /** @return a builder with no values set: lists empty, {@link Extensions#NONE} */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this source's values */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.format = format;
        b.name = name;
        b.sha256 = sha256;
        b.extensions = extensions;
        return b;
    }

    /**
     * Collects a source's values; not thread-safe. Builders are the supported way to construct a source:
     * the canonical constructor gains a parameter whenever the format gains a field.
     */
    public static final class Builder {
        private String format;
        private String name;
        private String sha256;
        private Extensions extensions = Extensions.NONE;

        private Builder() {
        }

        /**
         * @param v the kind of input, e.g. "text" or "markdown"
         * @return this builder
         */
        public Builder format(String v) {
            format = v;
            return this;
        }

        /**
         * @param v its name, e.g. a file name
         * @return this builder
         */
        public Builder name(String v) {
            name = v;
            return this;
        }

        /**
         * @param v the SHA-256 digest of its bytes, 64 lower-case hexadecimal digits
         * @return this builder
         */
        public Builder sha256(String v) {
            sha256 = v;
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

        /** @return the source; never throws for missing values (validation reports them) */
        public Source build() {
            return new Source(format, name, sha256, extensions);
        }
    }
}
