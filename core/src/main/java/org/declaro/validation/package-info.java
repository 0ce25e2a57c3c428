/**
 * Validation of declaration documents against the format's rule catalogue:
 * {@link org.declaro.validation.DocumentValidator} gives a {@link org.declaro.validation.ValidationReport}
 * of {@link org.declaro.report.Finding}s with JSON Pointers, and line and column when the document came
 * from JSON text.
 *
 * <p>Field constraints (required fields, ids, language tags) are Bean Validation constraints on the
 * model, checked by Hibernate Validator; the semantic rules (numbering, footnotes, commitment spans,
 * dates, references) are small rule classes here. Both report in JSON terms, never Java property paths.
 */
package org.declaro.validation;
