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
    @Unstable
    public Action {
        indicators = Lists.copy(indicators);
        commitments = Lists.copy(commitments);
        extensions = Lists.ext(extensions);
    }

    /** An action with number and text only. */
    public Action(Integer number, String text) {
        this(number, text, List.of(), List.of(), null, Extensions.NONE);
    }

    /**
     * @param number numbered across the whole plan, from 1
     * @return a copy with that {@code number}
     */
    public Action withNumber(Integer number) {
        return new Action(number, text, indicators, commitments, deadline, extensions);
    }

    /**
     * @param text the action's text
     * @return a copy with that {@code text}
     */
    public Action withText(String text) {
        return new Action(number, text, indicators, commitments, deadline, extensions);
    }

    /**
     * @param indicators how progress is measured
     * @return a copy with that {@code indicators}
     */
    public Action withIndicators(List<String> indicators) {
        return new Action(number, text, indicators, commitments, deadline, extensions);
    }

    /**
     * @param commitments the commitment units found in {@code text}
     * @return a copy with that {@code commitments}
     */
    public Action withCommitments(List<Commitment> commitments) {
        return new Action(number, text, indicators, commitments, deadline, extensions);
    }

    /**
     * @param deadline when the action is due, if stated
     * @return a copy with that {@code deadline}
     */
    public Action withDeadline(PartialDate deadline) {
        return new Action(number, text, indicators, commitments, deadline, extensions);
    }

    /**
     * @param extensions fields the format does not define, kept from the JSON
     * @return a copy with that {@code extensions}
     */
    public Action withExtensions(Extensions extensions) {
        return new Action(number, text, indicators, commitments, deadline, extensions);
    }

    /** @return a builder with no values set: lists empty, {@link Extensions#NONE} */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this action's values */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.number = number;
        b.text = text;
        b.indicators = indicators;
        b.commitments = commitments;
        b.deadline = deadline;
        b.extensions = extensions;
        return b;
    }

    /**
     * Collects an action's values; not thread-safe. Builders are the supported way to construct an action:
     * the canonical constructor gains a parameter whenever the format gains a field.
     */
    public static final class Builder {
        private Integer number;
        private String text;
        private List<String> indicators = List.of();
        private List<Commitment> commitments = List.of();
        private PartialDate deadline;
        private Extensions extensions = Extensions.NONE;

        private Builder() {
        }

        /**
         * @param v numbered across the whole plan, from 1
         * @return this builder
         */
        public Builder number(Integer v) {
            number = v;
            return this;
        }

        /**
         * @param v the action's text
         * @return this builder
         */
        public Builder text(String v) {
            text = v;
            return this;
        }

        /**
         * @param v how progress is measured
         * @return this builder
         */
        public Builder indicators(List<String> v) {
            indicators = v;
            return this;
        }

        /**
         * @param v the commitment units found in {@code text}
         * @return this builder
         */
        public Builder commitments(List<Commitment> v) {
            commitments = v;
            return this;
        }

        /**
         * @param v when the action is due, if stated
         * @return this builder
         */
        public Builder deadline(PartialDate v) {
            deadline = v;
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

        /** @return the action; never throws for missing values (validation reports them) */
        public Action build() {
            return new Action(number, text, indicators, commitments, deadline, extensions);
        }
    }
}
