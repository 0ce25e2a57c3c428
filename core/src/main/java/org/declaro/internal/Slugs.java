package org.declaro.internal;

import java.text.Normalizer;

/** Slugs: lower-case ASCII letters and digits with single hyphens, as the format's ids are. */
public final class Slugs {
    private Slugs() {
    }

    /**
     * @param text a title or a name; null gives {@code "document"}
     * @return its slug, accents folded, at most 200 characters; {@code "document"} if nothing is left
     */
    public static String of(String text) {
        if (text == null) {
            return "document";
        }
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < ascii.length() && b.length() < 200; i++) {
            char c = Character.toLowerCase(ascii.charAt(i));
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                b.append(c);
            } else if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
                b.append('-');
            }
        }
        while (b.length() > 0 && b.charAt(b.length() - 1) == '-') {
            b.setLength(b.length() - 1);
        }
        return b.length() == 0 ? "document" : b.toString();
    }
}
