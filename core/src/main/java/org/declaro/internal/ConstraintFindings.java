package org.declaro.internal;

import org.declaro.report.Finding;
import org.declaro.report.Rule;

/**
 * The findings of the model's field constraints ({@link Format.Constraint}), worded once: the JSON reader
 * reports them where it reads each value, and the Bean Validation path reports them for models built in
 * memory, with the same rule and sentence.
 */
public final class ConstraintFindings {
    private ConstraintFindings() {
    }

    /**
     * @param constraint the constraint the value breaks
     * @param pointer    the JSON Pointer of the field
     * @param name       the field's JSON name
     * @param value      the value (null for a missing one)
     * @return the finding
     */
    public static Finding of(Format.Constraint constraint, String pointer, String name, Object value) {
        return switch (constraint) {
            case SLUG -> Finding.of(Rule.ID_FORMAT, pointer, "\"" + abbreviate(value) + "\" is not a slug; use "
                    + "lower-case letters, digits and single hyphens, at most 200 characters.");
            case LANGUAGE_TAG -> Finding.of(Rule.LANGUAGE_TAG, pointer, "\"" + abbreviate(value)
                    + "\" is not a well-formed BCP 47 language tag; use a tag such as \"en\", \"fr\" or \"zh-Hans\".");
            case NON_EMPTY -> Finding.of(Rule.REQUIRED, pointer, "\"" + name
                    + "\" is required and must hold at least one element.");
            case REQUIRED -> Finding.of(Rule.REQUIRED, pointer, "\"" + name + "\" is required; add it.");
        };
    }

    /**
     * @param constraint a syntax constraint ({@link Format.Constraint#SLUG} or {@link Format.Constraint#LANGUAGE_TAG})
     * @param value      a present value
     * @return whether the value meets it
     */
    public static boolean meets(Format.Constraint constraint, String value) {
        return switch (constraint) {
            case SLUG -> SlugValidator.isSlug(value);
            case LANGUAGE_TAG -> LanguageTagValidator.isWellFormed(value);
            default -> throw new IllegalArgumentException(constraint + " is not a syntax constraint");
        };
    }

    private static String abbreviate(Object value) {
        String s = String.valueOf(value);
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
