package org.declaro.docx;

import java.util.Locale;

/** Which version of a document with tracked changes is read. */
enum Revisions {
    /** the changes accepted: insertions kept, deletions left out (the document as it now reads) */
    ACCEPTED,
    /** the changes rejected: deletions kept, insertions left out (the document before the changes) */
    ORIGINAL;

    /**
     * @param name the option's value: "accepted" or "original"
     * @return the mode
     * @throws IllegalArgumentException for any other value ("both" is two reads, one of each)
     */
    static Revisions of(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return switch (n) {
            case "accepted" -> ACCEPTED;
            case "original" -> ORIGINAL;
            case "both" -> throw new IllegalArgumentException("revisions=both compares two versions: read the file twice, "
                    + "with revisions=accepted and with revisions=original");
            default -> throw new IllegalArgumentException("unknown value '" + name + "' for the option revisions: "
                    + "use accepted or original");
        };
    }
}
