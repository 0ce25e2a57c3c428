/**
 * Declaro diff: compares two versions of a declaration (paragraphs aligned, word-level changes,
 * commitment changes) and writes the comparison as text, Markdown, HTML or JSON. A module of its own so
 * that {@code org.declaro.core} does not need java-diff-utils, an automatic module.
 */
module org.declaro.diff {
    requires transitive org.declaro.core;
    requires io.github.javadiffutils;

    exports org.declaro.diff;
}
