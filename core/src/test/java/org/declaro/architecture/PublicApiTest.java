package org.declaro.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.declaro.json.ReadResult;
import org.junit.jupiter.api.Test;

/** The exported packages show the API, not its plumbing. */
class PublicApiTest {
    private static final List<Class<?>> CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.declaro").stream()
            .filter(c -> !c.getPackageName().startsWith("org.declaro.examples"))
            .map(JavaClass::reflect)
            .toList();

    private static boolean exported(Class<?> c) {
        return !c.getPackageName().equals("org.declaro.internal") && Modifier.isPublic(c.getModifiers())
                && (c.getEnclosingClass() == null || exported(c.getEnclosingClass()));
    }

    private static List<String> signatures(Class<?> c) {
        List<String> out = new ArrayList<>();
        for (Method m : c.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) || Modifier.isProtected(m.getModifiers())) {
                out.add(c.getName() + "." + m.getName() + ": " + m.getGenericReturnType().getTypeName() + " " + params(m));
            }
        }
        for (Constructor<?> k : c.getDeclaredConstructors()) {
            if (Modifier.isPublic(k.getModifiers()) || Modifier.isProtected(k.getModifiers())) {
                out.add(c.getName() + ".<init>: " + params(k));
            }
        }
        for (Field f : c.getDeclaredFields()) {
            if (Modifier.isPublic(f.getModifiers()) || Modifier.isProtected(f.getModifiers())) {
                out.add(c.getName() + "." + f.getName() + ": " + f.getGenericType().getTypeName());
            }
        }
        return out;
    }

    private static String params(Executable e) {
        List<String> names = new ArrayList<>();
        for (Type t : e.getGenericParameterTypes()) {
            names.add(t.getTypeName());
        }
        return names.toString();
    }

    @Test
    void noPublicSignatureNamesAnInternalType() {
        List<String> leaks = CLASSES.stream().filter(PublicApiTest::exported).flatMap(c -> signatures(c).stream())
                .filter(s -> s.contains("org.declaro.internal.")).toList();
        assertEquals(List.of(), leaks);
    }

    @Test
    void noPublicSignatureUsesAnIntArrayForAPosition() {
        List<String> leaks = CLASSES.stream().filter(PublicApiTest::exported).flatMap(c -> signatures(c).stream())
                .filter(s -> s.contains("int[]")).toList();
        assertEquals(List.of(), leaks);
    }

    @Test
    void theConstraintValidatorsAreInternal() {
        List<String> exportedValidators = CLASSES.stream().filter(PublicApiTest::exported)
                .filter(jakarta.validation.ConstraintValidator.class::isAssignableFrom).map(Class::getName).toList();
        assertEquals(List.of(), exportedValidators);
    }

    @Test
    void aReadResultExposesTheModelFindingsAndPointersOnly() {
        List<String> plumbing = new ArrayList<>();
        for (Method m : ReadResult.class.getMethods()) {
            List<Class<?>> types = new ArrayList<>(List.of(m.getParameterTypes()));
            types.add(m.getReturnType());
            for (Class<?> t : types) {
                String p = t.isPrimitive() ? "java.lang" : t.getPackageName();
                if (!(p.startsWith("java.") || p.equals("org.declaro.model") || p.equals("org.declaro.report"))) {
                    plumbing.add(m.getName() + " uses " + t.getName());
                }
            }
        }
        assertEquals(List.of(), plumbing);
    }
}
