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

    static Extensions ext(Extensions extensions) {
        return extensions == null ? Extensions.NONE : extensions;
    }
}
