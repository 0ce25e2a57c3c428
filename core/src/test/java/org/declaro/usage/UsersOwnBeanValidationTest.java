package org.declaro.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import java.util.Set;
import java.util.TreeSet;
import org.declaro.model.Declaration;
import org.declaro.model.Paragraph;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/**
 * JSON validation no longer goes through Hibernate Validator, but the model keeps its Bean Validation
 * annotations: a user's own bean with {@code @Valid Declaration} is validated into the declaration by the
 * user's own validator, as before.
 */
class UsersOwnBeanValidationTest {

    /** A user's class, outside Declaro. */
    public record Submission(@NotNull String submitter, @Valid @NotNull Declaration declaration) {
    }

    @Test
    void aUsersValidCascadesIntoTheDeclaration() {
        Declaration broken = Declaration.builder("Not A Slug", "A title")
                .paragraphs(java.util.List.of(Paragraph.builder().number(1).text("Text.").build()))
                .language("en_GB!")
                .build();
        try (ValidatorFactory factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
            Validator validator = factory.getValidator();
            Set<ConstraintViolation<Submission>> violations = validator.validate(new Submission(null, broken));
            Set<String> paths = new TreeSet<>();
            violations.forEach(v -> paths.add(v.getPropertyPath().toString()));
            assertEquals(Set.of("submitter", "declaration.id", "declaration.language"), paths);
            assertTrue(validator.validate(new Submission("me", broken.toBuilder().id("a-slug").language("en").build())).isEmpty());
        }
    }
}
