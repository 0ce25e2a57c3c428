package org.declaro.model;

import java.util.List;

/** Normalisation shared by the records' compact constructors. */
final class Lists {
    private Lists() {
    }

    /** An unmodifiable copy, empty for {@code null}; throws {@link NullPointerException} on a null element. */
    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** The constant whose JSON name is {@code name}, for the enums' {@code fromJsonName}. */
    static <E> java.util.Optional<E> byJsonName(E[] values, java.util.function.Function<E, String> jsonName, String name) {
        for (E v : values) {
            if (jsonName.apply(v).equals(name)) {
                return java.util.Optional.of(v);
            }
        }
        return java.util.Optional.empty();
    }

    static Extensions ext(Extensions extensions) {
        return extensions == null ? Extensions.NONE : extensions;
    }
}
