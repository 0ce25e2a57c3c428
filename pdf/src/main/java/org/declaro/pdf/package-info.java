/**
 * PDF input for the importer: {@link org.declaro.pdf.PdfSourceReader}, a
 * {@link org.declaro.importer.spi.SourceReader} on Apache PDFBox.
 */
package org.declaro.pdf;
