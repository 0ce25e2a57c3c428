package org.declaro.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks API that may change in any release before 1.0, without notice in the API check (japicmp skips it).
 *
 * <p>The canonical constructors of the model's records carry it: each gains a parameter whenever the format
 * gains a field. Construct records with their builders ({@code Paragraph.builder()}, {@code x.toBuilder()}),
 * their {@code withX} methods or their shorter constructors, which stay.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.CONSTRUCTOR, ElementType.METHOD, ElementType.TYPE})
public @interface Unstable {
}
