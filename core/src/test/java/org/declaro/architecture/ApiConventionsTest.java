package org.declaro.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The public API's exception convention (README, "API tour"): a failure to read or write is an
 * {@link java.io.UncheckedIOException}, never a checked exception, so that no call needs a {@code throws}
 * clause in the caller. A service provider interface ({@code ..spi..}) is the exception: it is implemented, not
 * called, by users (a format's reader reads a stream and may fail as streams do), and the importer that calls it
 * turns any failure into a finding.
 */
@AnalyzeClasses(packages = "org.declaro", importOptions = ImportOption.DoNotIncludeTests.class)
class ApiConventionsTest {

    private static final ArchCondition<JavaCodeUnit> DECLARE_NO_CHECKED_EXCEPTION =
            new ArchCondition<>("declare no checked exception") {
                @Override
                public void check(JavaCodeUnit unit, ConditionEvents events) {
                    for (JavaClass thrown : unit.getThrowsClause().getTypes()) {
                        if (thrown.isAssignableTo(Exception.class) && !thrown.isAssignableTo(RuntimeException.class)) {
                            events.add(SimpleConditionEvent.violated(unit,
                                    unit.getFullName() + " declares the checked " + thrown.getName()
                                            + "; throw java.io.UncheckedIOException (I/O) or an unchecked exception"));
                        }
                    }
                }
            };

    @ArchTest
    static final ArchRule publicApiDeclaresNoCheckedException = codeUnits().that().arePublic()
            .and().areDeclaredInClassesThat().arePublic()
            .and().areDeclaredInClassesThat().resideOutsideOfPackage("..internal..")
            .and().areDeclaredInClassesThat().resideOutsideOfPackage("org.declaro.examples..")
            .and().areDeclaredInClassesThat().resideOutsideOfPackage("..spi..")
            .should(DECLARE_NO_CHECKED_EXCEPTION);
}
