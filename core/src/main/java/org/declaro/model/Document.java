package org.declaro.model;

import java.util.List;
import java.util.function.Function;

/**
 * A document of the format: a {@link Declaration} or an {@link ActionPlan}.
 *
 * <p>To do one thing for a declaration and another for an action plan, use {@link #match(Function, Function)}
 * (the compiler makes sure both kinds are handled), or switch over {@link #kind()}.
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

    /**
     * Applies the function for this document's kind: Java 17's way to switch over the two kinds without a
     * cast, e.g. {@code int parts = doc.match(d -> d.paragraphs().size(), p -> p.actions().size());}.
     *
     * @param <R>         the result type
     * @param declaration applied when this is a {@link Declaration}
     * @param actionPlan  applied when this is an {@link ActionPlan}
     * @return what the applied function returns
     * @throws NullPointerException if a function is null
     */
    <R> R match(Function<? super Declaration, ? extends R> declaration, Function<? super ActionPlan, ? extends R> actionPlan);
}
