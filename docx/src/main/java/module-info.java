/**
 * Declaro Word input: a {@link org.declaro.importer.spi.SourceReader} for {@code .docx} files, found by
 * {@link java.util.ServiceLoader}, that turns a Word document into the importer's line stream with Word's own
 * evidence: paragraph styles, automatic numbering as Word displays it, footnotes and endnotes, tables, tracked
 * changes. A module of its own so that {@code org.declaro.core} does not need Apache POI.
 */
module org.declaro.docx {
    requires transitive org.declaro.core;
    // the OPC package (zip, zip-bomb checks, relationships, core properties) and its hardened XML parser
    requires org.apache.poi.ooxml;
    requires java.xml;

    exports org.declaro.docx;

    provides org.declaro.importer.spi.SourceReader with org.declaro.docx.DocxSourceReader;
}
