package org.declaro.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A section of an action plan.
 *
 * @param number     as printed: "I", "II" or "1"
 * @param title      the section's title
 * @param paragraphs unnumbered text before its actions
 * @param actions    its actions
 * @param extensions fields the format does not define, kept from the JSON
 */
public record Section(String number, @NotNull String title, List<String> paragraphs,
        List<@Valid Action> actions, Extensions extensions) {
    /** Normalises {@code null} lists and extensions. */
    public Section {
        paragraphs = Lists.copy(paragraphs);
        actions = Lists.copy(actions);
        extensions = Lists.ext(extensions);
    }

    /** A section without extension fields. */
    public Section(String number, String title, List<String> paragraphs, List<Action> actions) {
        this(number, title, paragraphs, actions, Extensions.NONE);
    }
}
