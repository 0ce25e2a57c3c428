/**
 * Declaro core: the typed model of declaration documents, lossless canonical JSON and located
 * validation.
 */
module org.declaro.core {
    requires transitive jakarta.validation;
    requires transitive tools.jackson.core;
    requires transitive tools.jackson.databind;
    requires org.hibernate.validator;
    // Markdown imports: CommonMark with its footnotes and tables extensions, and YAML front matter (all named modules)
    requires org.commonmark;
    requires org.commonmark.ext.footnotes;
    requires org.commonmark.ext.gfm.tables;
    requires tools.jackson.dataformat.yaml;
    requires java.logging;
    requires java.xml;

    exports org.declaro;
    exports org.declaro.model;
    exports org.declaro.json;
    exports org.declaro.report;
    exports org.declaro.validation;
    exports org.declaro.commitments;
    exports org.declaro.importer;
    exports org.declaro.importer.spi;
    exports org.declaro.render;
    exports org.declaro.akn;
    // the escaping helpers, for the writers of the diff module (declaro-diff)
    exports org.declaro.internal to org.declaro.diff;

    // Hibernate Validator reads the records' fields reflectively
    opens org.declaro.model to org.hibernate.validator;
    // ... and instantiates the constraint validators, which are not part of the API (org.declaro.internal is
    // not exported)
    opens org.declaro.internal to org.hibernate.validator;

    // file formats (PDF, Word) come from modules of their own: declaro-pdf, declaro-docx
    uses org.declaro.importer.spi.SourceReader;

    provides tools.jackson.databind.JacksonModule with org.declaro.json.DeclaroJacksonModule;
    // the validators of @Slug and @LanguageTag, for a user's own Hibernate Validator that validates a model
    // (a field @Valid Declaration in the user's bean); on the class path, META-INF/services says the same
    provides jakarta.validation.ConstraintValidator with org.declaro.internal.SlugValidator,
            org.declaro.internal.LanguageTagValidator;
}
