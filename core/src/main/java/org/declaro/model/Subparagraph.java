package org.declaro.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A sub-paragraph: {@code (a)}, {@code (ii)}, or a bullet when it has no label.
 *
 * @param label         "a", "b", ... or "i", "ii", ...; {@code null} for a bullet
 * @param text          its text
 * @param subparagraphs nested sub-paragraphs
 * @param extensions    fields the format does not define, kept from the JSON
 */
public record Subparagraph(String label, @NotNull String text, List<@Valid Subparagraph> subparagraphs,
        Extensions extensions) {
    /** Normalises {@code null} lists and extensions. */
    public Subparagraph {
        subparagraphs = Lists.copy(subparagraphs);
        extensions = Lists.ext(extensions);
    }

    /** A sub-paragraph without nested sub-paragraphs or extension fields. */
    public Subparagraph(String label, String text) {
        this(label, text, List.of(), Extensions.NONE);
    }
}
