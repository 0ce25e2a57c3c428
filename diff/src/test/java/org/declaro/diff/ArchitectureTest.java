package org.declaro.diff;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Pins what the diff module uses: the model, the commitment extractor (for a version that carries no commitments),
 * core's escaping helpers and java-diff-utils.
 */
@AnalyzeClasses(packages = "org.declaro.diff", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule diffUsesTheModelAndItsLibrary = classes().that().resideInAPackage("org.declaro.diff..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.declaro.diff..", "org.declaro.model..",
                    "org.declaro.commitments..", "org.declaro.internal..", "com.github.difflib..", "java..");
}
