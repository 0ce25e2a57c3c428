package org.declaro.examples.service;

import java.nio.charset.StandardCharsets;

/**
 * An answer of the service: status, media type and body, the {@code Allow} header (or null), and whether the
 * connection ends after it (a body the service did not read cannot be told from a next request).
 */
record Answer(int status, String contentType, byte[] body, String allow, boolean close) {

    static final String JSON = "application/json; charset=utf-8";

    static Answer of(int status, String contentType, String body) {
        return new Answer(status, contentType, body.getBytes(StandardCharsets.UTF_8), null, false);
    }

    static Answer json(int status, String body) {
        return of(status, JSON, body);
    }

    static Answer error(int status, String message) {
        return json(status, "{\"error\": " + quote(message) + "}\n");
    }

    Answer closing() {
        return new Answer(status, contentType, body, allow, true);
    }

    Answer allowing(String methods) {
        return new Answer(status, contentType, body, methods, close);
    }

    /** @return {@code s} as a JSON string */
    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        b.append(String.format("\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** @return the duration in whole seconds ("30 s") when it is, else in milliseconds */
    static String seconds(java.time.Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
