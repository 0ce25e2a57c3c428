package org.declaro.importer.spi;

import java.util.HashMap;
import java.util.Map;
import org.declaro.model.Limits;

/** TEMPORARY copy. @param limits l @param options o */
public record SourceRequest(Limits limits, Map<String, String> options) {
    /** canonical */
    public SourceRequest {
        options = Map.copyOf(options);
    }
    /** @param limits l @return r */
    public static SourceRequest of(Limits limits) {
        return new SourceRequest(limits, Map.of());
    }
    /** @param key k @param value v @return r */
    public SourceRequest withOption(String key, String value) {
        Map<String, String> m = new HashMap<>(options);
        m.put(key, value);
        return new SourceRequest(limits, m);
    }
    /** @param key k @param fallback f @return v */
    public String option(String key, String fallback) {
        return options.getOrDefault(key, fallback);
    }
}
