package org.declaro.importer.spi;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/** TEMPORARY copy of the SPI of branch spi (deleted when spi is merged). */
public interface SourceReader {
    /** @return the --from name */
    String format();
    /** @return media types */
    Set<String> mediaTypes();
    /** @return extensions */
    Set<String> extensions();
    /** @param head first bytes @return whether they are this format's */
    boolean recognises(byte[] head);
    /** @param in input @param request request @return content @throws IOException on I/O failure */
    SourceContent read(InputStream in, SourceRequest request) throws IOException;
}
