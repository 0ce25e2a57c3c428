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
    public Source {
        extensions = Lists.ext(extensions);
    }

    /** A source without extension fields. */
    public Source(String format, String name, String sha256) {
        this(format, name, sha256, Extensions.NONE);
    }
}
