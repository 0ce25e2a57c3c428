package org.declaro.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.IllformedLocaleException;
import java.util.Locale;
import org.declaro.model.LanguageTag;

/** Checks {@link LanguageTag}; registered with Hibernate Validator by the validation package (internal: not part of the API). */
public final class LanguageTagValidator implements ConstraintValidator<LanguageTag, String> {

    /** Creates the validator (Hibernate Validator instantiates it). */
    public LanguageTagValidator() {
        // stateless
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || isWellFormed(value);
    }

    /**
     * @param tag a string
     * @return whether it is a well-formed BCP 47 language tag (the syntax of RFC 5646, as {@link Locale.Builder}
     *         checks it)
     */
    public static boolean isWellFormed(String tag) {
        if (tag.isEmpty()) {
            return false;
        }
        try {
            new Locale.Builder().setLanguageTag(tag);
            return true;
        } catch (IllformedLocaleException e) {
            return false;
        }
    }
}
