/**
 * Declaro PDF: PDF input for the importer, on Apache PDFBox. Provides the {@code SourceReader} for
 * {@code --from pdf}, {@code application/pdf} and {@code .pdf}; a module of its own so that
 * {@code org.declaro.core} does not need PDFBox, an automatic module.
 */
module org.declaro.pdf {
    requires transitive org.declaro.core;
    requires org.apache.pdfbox;
    requires org.apache.pdfbox.io;

    exports org.declaro.pdf;

    provides org.declaro.importer.spi.SourceReader with org.declaro.pdf.PdfSourceReader;
}
