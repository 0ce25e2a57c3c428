package org.declaro.model;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The format version that added a field: a document whose {@code schemaVersion} is older may not have it
 * (rule {@code schema.version}). A component without it is a field of format 1.0.
 *
 * <p>The record components of the model are the one description of the format: the JSON reader and writer,
 * the check for newer fields, the JSON Schema and the records' builders are generated from them (see
 * {@code docs/DEVELOPING.md}, "Adding a field").
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Since {
    /** @return the version's JSON name: "1.1" */
    String value();
}
