package org.declaro.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A numbered action of an action plan.
 *
 * @param number      numbered across the whole plan, from 1
 * @param text        the action's text
 * @param indicators  how progress is measured
 * @param commitments the commitment units found in {@code text}
 * @param deadline    when the action is due, if stated
 * @param extensions  fields the format does not define, kept from the JSON
 */
public record Action(@NotNull Integer number, @NotNull String text, List<String> indicators,
        List<@Valid Commitment> commitments, PartialDate deadline, Extensions extensions) {
    /** Normalises {@code null} lists and extensions. */
    public Action {
        indicators = Lists.copy(indicators);
        commitments = Lists.copy(commitments);
        extensions = Lists.ext(extensions);
    }

    /** An action with number and text only. */
    public Action(Integer number, String text) {
        this(number, text, List.of(), List.of(), null, Extensions.NONE);
    }
}
