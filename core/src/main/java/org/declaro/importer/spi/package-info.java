/**
 * The service provider interface for file formats: a {@link org.declaro.importer.spi.SourceReader} turns a PDF,
 * a Word file or another format into lines with the evidence the format holds, which the
 * {@link org.declaro.importer.TextImporter} reads through the same stages as plain text.
 */
package org.declaro.importer.spi;
