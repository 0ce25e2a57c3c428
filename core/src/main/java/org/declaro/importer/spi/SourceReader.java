package org.declaro.importer.spi;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * Reads one file format (PDF, Word, ...) into lines with the evidence the format holds: the page and place of a
 * line, its type, its paragraph style, its automatic number, and whether it is a footnote or page furniture. The
 * importer reads those lines through the same stages as plain text, and uses the evidence where text would have
 * to be guessed at.
 *
 * <p>Implementations are found with {@link java.util.ServiceLoader} (see {@link SourceReaders}): declare them in
 * {@code META-INF/services/org.declaro.importer.spi.SourceReader} on the class path, or with
 * {@code provides org.declaro.importer.spi.SourceReader with ...} in a module. Core ships none; the modules
 * {@code declaro-pdf} and {@code declaro-docx} each ship one. Implementations must be thread-safe and have a
 * public no-argument constructor.
 *
 * <p>A reader never throws for a bad file: an encrypted, damaged or refused file, or one over a limit, gives a
 * {@link SourceContent} with no lines and an error finding ({@link org.declaro.report.Rule#IMPORT_SOURCE} or
 * {@link org.declaro.report.Rule#LIMIT_EXCEEDED}) that says what to do.
 */
public interface SourceReader {

    /** @return the short name of the format, as the command line's {@code --from} takes it: {@code pdf}, {@code docx} */
    String format();

    /** @return the media types this reader reads, such as {@code application/pdf} */
    Set<String> mediaTypes();

    /** @return the file name extensions this reader reads, in lower case without the dot, such as {@code pdf} */
    Set<String> extensions();

    /**
     * Whether the input's first bytes are this format's (its magic number, such as {@code %PDF-}).
     *
     * @param head the first bytes of the input: up to {@link SourceReaders#HEAD_BYTES}, fewer for a short input
     * @return true if this reader should read the input
     */
    boolean recognises(byte[] head);

    /**
     * Reads the input into lines with their evidence.
     *
     * @param in      the input, positioned at its first byte; the reader does not close it
     * @param request the limits and options of this import
     * @return the lines, the findings (errors when the file cannot be read) and the file's own metadata
     * @throws IOException only if reading the stream itself fails; a bad file gives a finding instead
     */
    SourceContent read(InputStream in, SourceRequest request) throws IOException;
}
