package org.declaro.importer.spi;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The {@link SourceReader}s installed: those {@link ServiceLoader} finds on the module path or class path. Looked
 * up once, on first use.
 */
public final class SourceReaders {

    /** How many first bytes {@link SourceReader#recognises} is shown. */
    public static final int HEAD_BYTES = 8 * 1024;

    private SourceReaders() {
    }

    private static final class Installed {
        static final List<SourceReader> ALL = load();

        private static List<SourceReader> load() {
            List<SourceReader> out = new ArrayList<>();
            ServiceLoader.load(SourceReader.class, SourceReader.class.getClassLoader()).forEach(out::add);
            if (out.isEmpty()) { // an application class path that the core's own loader cannot see
                ServiceLoader.load(SourceReader.class).forEach(out::add);
            }
            return List.copyOf(out);
        }
    }

    /** @return the installed readers, in the order the service loader found them (unmodifiable) */
    public static List<SourceReader> installed() {
        return Installed.ALL;
    }

    /**
     * @param format a format's short name, such as {@code pdf}, in any case
     * @return the reader of that format, if one is installed
     */
    public static Optional<SourceReader> forFormat(String format) {
        return installed().stream().filter(r -> r.format().equalsIgnoreCase(format)).findFirst();
    }

    /**
     * @param mediaType a media type, such as {@code application/pdf}; parameters ({@code ; charset=...}) are ignored
     * @return the reader of that type, if one is installed
     */
    public static Optional<SourceReader> forMediaType(String mediaType) {
        String t = mediaType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return installed().stream().filter(r -> r.mediaTypes().contains(t)).findFirst();
    }

    /**
     * @param file a file
     * @return the reader its name's extension says, if one is installed
     */
    public static Optional<SourceReader> forFile(Path file) {
        Path name = file.getFileName();
        return forFileName(name == null ? null : name.toString());
    }

    /**
     * @param name a file's name, or null
     * @return the reader its extension says ({@code .pdf}, {@code .docx}, in any case), if one is installed
     */
    public static Optional<SourceReader> forFileName(String name) {
        String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
        int dot = n.lastIndexOf('.');
        String ext = dot < 0 ? "" : n.substring(dot + 1);
        return installed().stream().filter(r -> r.extensions().contains(ext)).findFirst();
    }

    /**
     * @param head the input's first bytes (more than {@link #HEAD_BYTES} are cut)
     * @return the first reader that recognises them, if any
     */
    public static Optional<SourceReader> recognising(byte[] head) {
        byte[] h = head.length > HEAD_BYTES ? Arrays.copyOf(head, HEAD_BYTES) : head;
        return installed().stream().filter(r -> r.recognises(h.clone())).findFirst();
    }
}
