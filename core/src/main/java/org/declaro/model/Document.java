package org.declaro.model;

import java.util.List;

/**
 * A document of the format: a {@link Declaration} or an {@link ActionPlan}.
 *
 * <p>Switch over the two kinds with a pattern or with {@link #kind()}.
 */
public sealed interface Document permits Declaration, ActionPlan {

    /**
     * The format version of new documents (builders); this library reads it and every older version
     * ({@link FormatVersion}).
     */
    String CURRENT_SCHEMA_VERSION = "1.1";

    /** @return the format version of the document, {@code "1.0"} or {@code "1.1"}; kept on writing */
    String schemaVersion();

    /** @return the kind of document */
    DocumentKind kind();

    /** @return the document's id, a slug */
    String id();

    /** @return the title, without footnote markers */
    String title();

    /** @return the status, {@link Status#DRAFT} unless stated */
    Status status();

    /** @return the BCP 47 tag of the document's language */
    String language();

    /** @return the document symbol, e.g. "APLC/CONF/2024/PM.2/WP.1" */
    String symbol();

    /** @return the date of the document */
    PartialDate date();

    /** @return the body that issues it */
    String issuer();

    /** @return its footnotes */
    List<Footnote> footnotes();

    /** @return where it was imported from (format 1.1), or {@code null} */
    Source source();

    /** @return fields the format does not define, kept from the JSON */
    Extensions extensions();
}
