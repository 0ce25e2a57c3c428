package org.declaro.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.declaro.json.DocumentReader;
import org.declaro.json.ReadResult;
import org.declaro.model.Declaration;
import org.declaro.validation.DocumentValidator;
import org.junit.jupiter.api.Test;

class ExamplesTest {

    @Test
    void buildInCodeWritesAValidDeclaration() {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            BuildInCode.main(new String[0]);
        } finally {
            System.setOut(original);
        }
        byte[] json = out.toByteArray();
        ReadResult r = DocumentReader.builder().strict(true).build().read(json);
        assertEquals(java.util.List.of(), r.findings());
        Declaration d = (Declaration) r.document().orElseThrow();
        assertEquals(2, d.paragraphs().size());
        assertEquals("2030", d.paragraphs().get(0).commitments().get(0).deadline().toString());
        assertFalse(DocumentValidator.standard().validate(json).hasErrors());
    }

    @Test
    void examplesUseOnlyThePublicApi() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.declaro.internal..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.declaro.examples"));
    }

    @Test
    void examplesConstructTheModelTheSupportedWay() {
        // users copy the examples: no canonical record constructor, which is unstable until 1.0 (README)
        noClasses().should().callConstructorWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith(
                        org.declaro.model.Unstable.class)))
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.declaro.examples"));
    }
}
