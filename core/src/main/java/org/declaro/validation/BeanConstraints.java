package org.declaro.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.declaro.internal.ConstraintFindings;
import org.declaro.internal.Format;
import org.declaro.internal.JsonStrings;
import org.declaro.model.Document;
import org.declaro.model.LanguageTag;
import org.declaro.model.Slug;
import org.declaro.report.Finding;
import org.hibernate.validator.PredefinedScopeHibernateValidator;
import org.hibernate.validator.PredefinedScopeHibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.spi.tracking.ProcessedBeansTrackingVoter;
import org.declaro.internal.LanguageTagValidator;
import org.declaro.internal.SlugValidator;

/**
 * The model's field constraints, checked by Hibernate Validator and reported as findings with JSON
 * Pointers. The validator factory is built once, on first use, in the predefined scope: metadata for
 * exactly {@link ModelTypes#ALL}, built-in constraints limited to those the model uses, no Expression
 * Language.
 */
final class BeanConstraints {
    /** Kept strongly so that the level set here is not lost when the logger is collected. */
    private static final Logger HV_LOGGER = Logger.getLogger("org.hibernate.validator");

    private BeanConstraints() {
    }

    private static final class Holder {
        static final Validator VALIDATOR = build();

        private static Validator build() {
            HV_LOGGER.setLevel(Level.WARNING); // no version banner on a library user's console
            PredefinedScopeHibernateValidatorConfiguration cfg = Validation
                    .byProvider(PredefinedScopeHibernateValidator.class)
                    .providerResolver(() -> List.of(new PredefinedScopeHibernateValidator())) // no provider scan
                    .configure()
                    .ignoreXmlConfiguration() // Declaro's constraints are all annotations; no validation.xml lookup
                    .includeBeansAndConstraintsDefinedOnlyInXml(false);
            ConstraintMapping mapping = cfg.createConstraintMapping();
            mapping.constraintDefinition(Slug.class).includeExistingValidators(false).validatedBy(SlugValidator.class);
            mapping.constraintDefinition(LanguageTag.class).includeExistingValidators(false)
                    .validatedBy(LanguageTagValidator.class);
            return cfg.addMapping(mapping)
                    .messageInterpolator(new ParameterMessageInterpolator())
                    .traversableResolver(new EverythingTraversable())
                    .enableTraversableResolverResultCache(false) // caching "always true" costs a map entry per node
                    .processedBeansTrackingVoter(new NoCycles())
                    .builtinConstraints(Set.of(NotNull.class.getName(), NotEmpty.class.getName()))
                    .initializeBeanMetaData(ModelTypes.ALL)
                    .buildValidatorFactory()
                    .getValidator();
        }
    }

    /** Avoids the default resolver's probing for JPA. */
    private static final class EverythingTraversable implements jakarta.validation.TraversableResolver {
        @Override
        public boolean isReachable(Object bean, Path.Node node, Class<?> rootType, Path path, java.lang.annotation.ElementType kind) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node node, Class<?> rootType, Path path, java.lang.annotation.ElementType kind) {
            return true;
        }
    }

    /**
     * Records are built bottom-up and cannot contain themselves, so a model graph has no cycles and
     * Hibernate Validator need not track the beans it has processed (a large saving per bean).
     */
    private static final class NoCycles implements ProcessedBeansTrackingVoter {
        @Override
        public Vote isEnabledForBean(Class<?> beanClass, boolean hasCascadables) {
            return ModelTypes.ALL.contains(beanClass) ? Vote.NON_TRACKING : Vote.DEFAULT;
        }

        @Override
        public Vote isEnabledForReturnValue(Class<?> beanClass, String name, Class<?>[] parameterTypes,
                boolean hasCascadables) {
            return Vote.DEFAULT;
        }

        @Override
        public Vote isEnabledForParameters(Class<?> beanClass, String name, Class<?>[] parameterTypes,
                boolean hasCascadables) {
            return Vote.DEFAULT;
        }
    }

    /** Builds the validator factory now instead of on first use. */
    static void warmUp() {
        Holder.VALIDATOR.getClass();
    }

    /**
     * Adds the constraint violations as findings, in document order of their pointers, then rule and message:
     * Hibernate Validator gives them as a set whose order changes from one run to the next.
     */
    static void check(Document doc, List<Finding> out) {
        List<Finding> found = new java.util.ArrayList<>();
        for (ConstraintViolation<Document> v : Holder.VALIDATOR.validate(doc)) {
            found.add(toFinding(v));
        }
        found.sort((a, b) -> {
            int c = a.jsonPointer().compareTo(b.jsonPointer());
            if (c == 0) {
                c = a.rule().id().compareTo(b.rule().id());
            }
            return c != 0 ? c : a.message().compareTo(b.message());
        });
        out.addAll(found);
    }

    private static Finding toFinding(ConstraintViolation<?> v) {
        StringBuilder pointer = new StringBuilder();
        String name = null;
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getIndex() != null) {
                pointer.append('/').append(node.getIndex());
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                name = node.getName();
                pointer.append('/').append(JsonStrings.escapePointerToken(name));
            }
        }
        Class<? extends Annotation> type = v.getConstraintDescriptor().getAnnotation().annotationType();
        Format.Constraint constraint = type == Slug.class ? Format.Constraint.SLUG
                : type == LanguageTag.class ? Format.Constraint.LANGUAGE_TAG
                : type == NotEmpty.class ? Format.Constraint.NON_EMPTY : Format.Constraint.REQUIRED;
        return ConstraintFindings.of(constraint, pointer.toString(), name, v.getInvalidValue());
    }

}
