package org.declaro.importer.spi;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.declaro.model.Limits;

/**
 * What an import asks of a {@link SourceReader}: the limits it must keep to and the options of its format
 * (for Word, {@code revisions}: {@code accepted}, {@code original}). Immutable.
 *
 * @param limits  the limits: a reader refuses input over {@link Limits#maxInputBytes()} and keeps its own
 *                parsers' limits (zip entries, XML, pages) in proportion
 * @param options format options by name; a reader ignores the ones it does not know (unmodifiable)
 */
public record SourceRequest(Limits limits, Map<String, String> options) {

    /** @throws NullPointerException if an argument, or an option's name or value, is null */
    public SourceRequest {
        Objects.requireNonNull(limits, "limits");
        options = Map.copyOf(options);
    }

    /**
     * @param limits the limits
     * @return a request with those limits and no options
     */
    public static SourceRequest of(Limits limits) {
        return new SourceRequest(limits, Map.of());
    }

    /**
     * @param key   the option's name, such as {@code revisions}
     * @param value its value
     * @return a copy with that option set
     */
    public SourceRequest withOption(String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(options);
        copy.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
        return new SourceRequest(limits, copy);
    }

    /**
     * @param key      the option's name
     * @param fallback what to return when the option is not set
     * @return the option's value, or {@code fallback}
     */
    public String option(String key, String fallback) {
        return options.getOrDefault(key, fallback);
    }
}
