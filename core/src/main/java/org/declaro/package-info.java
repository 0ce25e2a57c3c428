/**
 * The facade of Declaro: {@link org.declaro.Declaro}, one-liners for the common calls (validate a file, read
 * a declaration, write canonical JSON, import a text), over the packages that hold each feature.
 *
 * <p>The packages of {@code org.declaro.core}: {@link org.declaro.model} (the immutable records of the format),
 * {@link org.declaro.json} (reader, canonical writer, JSON Schemas), {@link org.declaro.validation} (the
 * validator and its rules), {@link org.declaro.report} (findings and the rule catalogue),
 * {@link org.declaro.importer} (plain text and Markdown to the model), {@link org.declaro.commitments}
 * (commitment extraction), {@link org.declaro.render} (text, Markdown and HTML views) and
 * {@link org.declaro.akn} (Akoma Ntoso export). The version comparison is the module {@code org.declaro.diff}.
 */
package org.declaro;
