package org.declaro.importer.spi;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/** TEMPORARY copy of the SPI (branch spi); deleted when spi is merged. */
public interface SourceReader {
    /** @return format */
    String format();
    /** @return media types */
    Set<String> mediaTypes();
    /** @return extensions */
    Set<String> extensions();
    /** @param head bytes @return whether */
    boolean recognises(byte[] head);
    /** @param in in @param request r @return content @throws IOException io */
    SourceContent read(InputStream in, SourceRequest request) throws IOException;
}
