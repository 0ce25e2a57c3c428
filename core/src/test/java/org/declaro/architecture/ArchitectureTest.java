package org.declaro.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Pins the package dependencies of core: arrows point inwards, to the model. */
@AnalyzeClasses(packages = "org.declaro", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelDependsOnNoOtherDeclaroPackage = classes().that().resideInAPackage("org.declaro.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.declaro.model..", "java..", "jakarta.validation..");

    @ArchTest
    static final ArchRule modelHasNoJacksonOrHibernate = noClasses().that().resideInAPackage("org.declaro.model..")
            .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml..", "org.hibernate..");

    @ArchTest
    static final ArchRule reportDependsOnlyOnItself = classes().that().resideInAPackage("org.declaro.report..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.declaro.report..", "java..");

    @ArchTest
    static final ArchRule jsonDoesNotDependOnValidation = noClasses().that().resideInAPackage("org.declaro.json..")
            .should().dependOnClassesThat().resideInAnyPackage("org.declaro.validation..", "org.hibernate..", "jakarta.validation..");

    @ArchTest
    static final ArchRule onlyTheFacadeUsesEverything = noClasses().that().resideOutsideOfPackage("org.declaro")
            .should().dependOnClassesThat().resideInAPackage("org.declaro");

    @ArchTest
    static final ArchRule coreDoesNotDependOnExamples = noClasses().that().resideInAPackage("org.declaro..")
            .and().resideOutsideOfPackage("org.declaro.examples..")
            .should().dependOnClassesThat().resideInAPackage("org.declaro.examples..");

    @ArchTest
    static final ArchRule outputsDependOnTheModelOnly = classes().that().resideInAnyPackage("org.declaro.render..",
            "org.declaro.akn..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.declaro.render..", "org.declaro.akn..",
                    "org.declaro.importer..", "org.declaro.model..", "org.declaro.report..", "org.declaro.internal..", "java..",
                    "javax.xml..");

    /** The importer reads the model's parts, and its sources' syntax through their parsers: Markdown, YAML. */
    @ArchTest
    static final ArchRule theImporterDependsOnTheModelAndItsParsers = classes().that().resideInAPackage("org.declaro.importer..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.declaro.render..", "org.declaro.akn..",
                    "org.declaro.importer..", "org.declaro.model..", "org.declaro.report..", "org.declaro.internal..", "java..",
                    "javax.xml..", "org.commonmark..", "tools.jackson.core..", "tools.jackson.databind..",
                    "tools.jackson.dataformat.yaml..");

    @ArchTest
    static final ArchRule noCycles = slices().matching("org.declaro.(*)..").should().beFreeOfCycles();
}
