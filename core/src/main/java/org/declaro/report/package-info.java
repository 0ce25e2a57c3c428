/**
 * Findings: what reading and validation say about a document. A {@link org.declaro.report.Finding}
 * names a stable {@link org.declaro.report.Rule}, a {@link org.declaro.report.Severity}, an RFC 6901
 * JSON Pointer into the document and, when the document came from JSON text, a line and column.
 */
package org.declaro.report;
