/**
 * Word input: {@link org.declaro.docx.DocxSourceReader}, the {@link org.declaro.importer.spi.SourceReader} of
 * {@code .docx} files, which {@link org.declaro.importer.TextImporter} finds by {@link java.util.ServiceLoader} when
 * this module is on the class path or module path.
 */
package org.declaro.docx;
