package org.declaro.importer;

import java.nio.charset.StandardCharsets;

/** The binary formats a declaration often comes in, told by their first bytes, so that none is read as text. */
final class BinaryFormats {

    private BinaryFormats() {
    }

    /**
     * @param bytes the input
     * @return what the input is ("a PDF file", "a Word or OpenDocument file (a zip archive)"), or null for anything
     *         else
     */
    static String name(byte[] bytes) {
        if (starts(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return "a PDF file";
        }
        if (starts(bytes, new byte[] {'P', 'K', 3, 4})) {
            return "a zip archive (a Word .docx or OpenDocument file)";
        }
        if (starts(bytes, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0})) {
            return "an old Office file (a Word .doc)";
        }
        if (starts(bytes, "{\\rtf".getBytes(StandardCharsets.US_ASCII))) {
            return "an RTF file";
        }
        return null;
    }

    private static boolean starts(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
