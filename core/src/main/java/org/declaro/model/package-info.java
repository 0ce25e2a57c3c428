/**
 * The typed, immutable model of declaration documents: {@link org.declaro.model.Declaration} and
 * {@link org.declaro.model.ActionPlan} (both {@link org.declaro.model.Document}s) and their parts.
 *
 * <p>Records here are plain values: thread-safe to share, compared by value, with unmodifiable lists
 * that never hold {@code null}. Constructors only normalise ({@code null} lists become empty lists);
 * they do not enforce the format's rules, so that a broken document can still be represented and
 * validated, yielding findings instead of an exception. The field constraints declared here with
 * Bean Validation annotations are checked by {@code org.declaro.validation.DocumentValidator}.
 *
 * <p>Names of record components are the JSON names of the format (FORMAT.md).
 */
package org.declaro.model;
