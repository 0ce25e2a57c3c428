package org.declaro.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * An unnumbered paragraph of a preamble ("Recalling ...", "Whereas ...").
 *
 * @param text        its text
 * @param footnotes   markers of the footnotes attached to it
 * @param commitments the commitment units found in {@code text}
 * @param extensions  fields the format does not define, kept from the JSON
 */
public record PreambularParagraph(@NotNull String text, List<String> footnotes,
        List<@Valid Commitment> commitments, Extensions extensions) {
    /** Normalises {@code null} lists and extensions. */
    public PreambularParagraph {
        footnotes = Lists.copy(footnotes);
        commitments = Lists.copy(commitments);
        extensions = Lists.ext(extensions);
    }

    /** A preambular paragraph with text only. */
    public PreambularParagraph(String text) {
        this(text, List.of(), List.of(), Extensions.NONE);
    }
}
