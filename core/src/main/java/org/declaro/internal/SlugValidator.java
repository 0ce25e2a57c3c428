package org.declaro.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.declaro.model.Slug;

/** Checks {@link Slug}; registered with Hibernate Validator by the validation package (internal: not part of the API). */
public final class SlugValidator implements ConstraintValidator<Slug, String> {

    /** Creates the validator (Hibernate Validator instantiates it). */
    public SlugValidator() {
        // stateless
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || isSlug(value);
    }

    /**
     * @param s a string
     * @return whether it is a slug: {@code [a-z0-9]+(-[a-z0-9]+)*}, at most 200 characters
     */
    public static boolean isSlug(String s) {
        int n = s.length();
        if (n == 0 || n > 200 || s.charAt(0) == '-' || s.charAt(n - 1) == '-') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char ch = s.charAt(i);
            boolean ok = ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9' || ch == '-' && s.charAt(i - 1) != '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
