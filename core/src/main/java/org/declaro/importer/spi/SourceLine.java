package org.declaro.importer.spi;

/** TEMPORARY copy. @param text t @param evidence e */
public record SourceLine(String text, LineEvidence evidence) {
    /** @param text t @return line */
    public static SourceLine of(String text) {
        return new SourceLine(text, LineEvidence.NONE);
    }
    /** @return blank */
    public static SourceLine blank() {
        return of("");
    }
}
