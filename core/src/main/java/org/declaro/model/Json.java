package org.declaro.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What the format says of a field's JSON value beyond its type and the Bean Validation constraints
 * ({@code @NotNull}, {@code @NotEmpty}, {@link Slug}, {@link LanguageTag}): the JSON Schema states it, and the
 * validator's rules check it (the rule named with each element). Not a Bean Validation constraint: building a
 * record never checks it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Json {
    /** No {@link #minimum()}. */
    long NO_MINIMUM = Long.MIN_VALUE;

    /** @return the least value of an integer (the numbering and span rules check it), or {@link #NO_MINIMUM} */
    long minimum() default NO_MINIMUM;

    /** @return a regular expression a string value matches (ECMA 262, as JSON Schema has it), or "" for none */
    String pattern() default "";

    /** @return whether a string value must hold a character that is not white space (rule {@code text.blank}) */
    boolean notBlank() default false;
}
