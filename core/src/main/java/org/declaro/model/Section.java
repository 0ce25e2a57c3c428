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
    @Unstable
    public Section {
        paragraphs = Lists.copy(paragraphs);
        actions = Lists.copy(actions);
        extensions = Lists.ext(extensions);
    }

    /** A section without extension fields. */
    public Section(String number, String title, List<String> paragraphs, List<Action> actions) {
        this(number, title, paragraphs, actions, Extensions.NONE);
    }

    /**
     * @param number as printed: "I", "II" or "1"
     * @return a copy with that {@code number}
     */
    public Section withNumber(String number) {
        return new Section(number, title, paragraphs, actions, extensions);
    }

    /**
     * @param title the section's title
     * @return a copy with that {@code title}
     */
    public Section withTitle(String title) {
        return new Section(number, title, paragraphs, actions, extensions);
    }

    /**
     * @param paragraphs unnumbered text before its actions
     * @return a copy with that {@code paragraphs}
     */
    public Section withParagraphs(List<String> paragraphs) {
        return new Section(number, title, paragraphs, actions, extensions);
    }

    /**
     * @param actions its actions
     * @return a copy with that {@code actions}
     */
    public Section withActions(List<Action> actions) {
        return new Section(number, title, paragraphs, actions, extensions);
    }

    /**
     * @param extensions fields the format does not define, kept from the JSON
     * @return a copy with that {@code extensions}
     */
    public Section withExtensions(Extensions extensions) {
        return new Section(number, title, paragraphs, actions, extensions);
    }

    /** @return a builder with no values set: lists empty, {@link Extensions#NONE} */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this section's values */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.number = number;
        b.title = title;
        b.paragraphs = paragraphs;
        b.actions = actions;
        b.extensions = extensions;
        return b;
    }

    /**
     * Collects a section's values; not thread-safe. Builders are the supported way to construct a section:
     * the canonical constructor gains a parameter whenever the format gains a field.
     */
    public static final class Builder {
        private String number;
        private String title;
        private List<String> paragraphs = List.of();
        private List<Action> actions = List.of();
        private Extensions extensions = Extensions.NONE;

        private Builder() {
        }

        /**
         * @param v as printed: "I", "II" or "1"
         * @return this builder
         */
        public Builder number(String v) {
            number = v;
            return this;
        }

        /**
         * @param v the section's title
         * @return this builder
         */
        public Builder title(String v) {
            title = v;
            return this;
        }

        /**
         * @param v unnumbered text before its actions
         * @return this builder
         */
        public Builder paragraphs(List<String> v) {
            paragraphs = v;
            return this;
        }

        /**
         * @param v its actions
         * @return this builder
         */
        public Builder actions(List<Action> v) {
            actions = v;
            return this;
        }

        /**
         * @param v fields the format does not define, kept from the JSON
         * @return this builder
         */
        public Builder extensions(Extensions v) {
            extensions = v;
            return this;
        }

        /** @return the section; never throws for missing values (validation reports them) */
        public Section build() {
            return new Section(number, title, paragraphs, actions, extensions);
        }
    }
}
