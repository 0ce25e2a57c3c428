package org.declaro.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.lang.reflect.ParameterizedType;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.declaro.Declaro;
import org.declaro.json.ReadResult;
import org.declaro.model.Document;
import org.declaro.report.Finding;
import org.declaro.report.Findings;
import org.junit.jupiter.api.Test;

/**
 * The exported packages show the API, not its plumbing, and follow one style (docs/API.md, "Conventions"):
 * <ul>
 * <li>an object configured once comes from {@code X.builder()...build()}: no public constructor, no public
 * constructor of its builder; {@code X.standard()} is its ready default, {@code x.toBuilder()} derives another;</li>
 * <li>a per-call variant is an immutable {@code withX(...)} that returns the declaring type;</li>
 * <li>the results of reading, validating and importing share {@link Findings}, with {@code document()} an
 * {@code Optional<Document>} in each;</li>
 * <li>themes are a {@code ThemeVocabulary}; every writer and renderer gives a {@code String};</li>
 * <li>a facade method that takes JSON text says so in its name.</li>
 * </ul>
 */
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

    // ---- one style: the rules, each a function from a class to its violations, so that a test can show each fails

    /** The model's records keep their canonical constructors (the format's, {@code @Unstable}): not configured objects. */
    private static boolean configuredObject(Class<?> c) {
        return !c.getPackageName().equals("org.declaro.model") && !c.isRecord() && builderOf(c) != null;
    }

    private static Class<?> builderOf(Class<?> c) {
        for (Class<?> n : c.getDeclaredClasses()) {
            if (n.getSimpleName().equals("Builder") && Modifier.isPublic(n.getModifiers())) {
                return n;
            }
        }
        return null;
    }

    private static boolean publicConstructor(Class<?> c) {
        return Stream.of(c.getDeclaredConstructors()).anyMatch(k -> Modifier.isPublic(k.getModifiers())
                || Modifier.isProtected(k.getModifiers()));
    }

    private static boolean isStatic(Method m) {
        return Modifier.isStatic(m.getModifiers());
    }

    private static Stream<Method> publicMethods(Class<?> c) {
        return Stream.of(c.getDeclaredMethods()).filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic());
    }

    /** A configured object is built only through its static {@code builder()}, and has a ready instance. */
    static List<String> builderRule(Class<?> c) {
        List<String> out = new ArrayList<>();
        if (!configuredObject(c)) {
            return out;
        }
        Class<?> builder = builderOf(c);
        if (publicConstructor(c)) {
            out.add(c.getName() + " has a public constructor; build it with " + c.getSimpleName() + ".builder()");
        }
        if (publicConstructor(builder)) {
            out.add(builder.getName() + " has a public constructor; make it private and give " + c.getSimpleName()
                    + ".builder()");
        }
        if (publicMethods(c).noneMatch(m -> isStatic(m) && m.getName().equals("builder") && m.getReturnType() == builder)) {
            out.add(c.getName() + " has no static builder() returning its Builder");
        }
        if (publicMethods(builder).noneMatch(m -> !isStatic(m) && m.getName().equals("build") && m.getParameterCount() == 0
                && m.getReturnType() == c)) {
            out.add(builder.getName() + " has no build() returning " + c.getSimpleName());
        }
        if (publicMethods(c).noneMatch(m -> !isStatic(m) && m.getName().equals("toBuilder") && m.getReturnType() == builder)) {
            out.add(c.getName() + " has no toBuilder() to derive another from it");
        }
        boolean ready = publicMethods(c).anyMatch(m -> isStatic(m) && m.getParameterCount() == 0 && m.getReturnType() == c)
                || Stream.of(c.getDeclaredFields()).anyMatch(f -> Modifier.isPublic(f.getModifiers())
                        && Modifier.isStatic(f.getModifiers()) && f.getType() == c);
        if (!ready) {
            out.add(c.getName() + " has no ready instance: give it a static standard()");
        }
        return out;
    }

    /** Names that say "the default instance" in another way than {@code standard()}. */
    private static final Set<String> OTHER_DEFAULT_NAMES = Set.of("get", "getInstance", "instance", "lenient", "strict",
            "defaults", "getDefault", "create", "newInstance", "of");

    /** The ready default is called {@code standard()}, everywhere. */
    static List<String> defaultNameRule(Class<?> c) {
        return publicMethods(c).filter(m -> isStatic(m) && m.getParameterCount() == 0 && m.getReturnType() == c
                && OTHER_DEFAULT_NAMES.contains(m.getName()))
                .map(m -> c.getName() + "." + m.getName() + "() gives a ready instance; call it standard()").toList();
    }

    /**
     * A {@code withX} is a per-call variant: an instance method returning the declaring type, on an immutable class (every
     * instance field final). A static {@code withX} is a factory in disguise.
     */
    static List<String> witherRule(Class<?> c) {
        List<String> out = new ArrayList<>();
        List<Method> withers = publicMethods(c).filter(m -> m.getName().matches("with[A-Z].*")).toList();
        for (Method m : withers) {
            if (isStatic(m)) {
                out.add(c.getName() + "." + m.getName() + " is static; a withX is a variant of an instance (use a builder)");
            } else if (m.getReturnType() != c) {
                out.add(c.getName() + "." + m.getName() + " returns " + m.getReturnType().getName() + ", not " + c.getSimpleName());
            }
        }
        if (withers.stream().anyMatch(m -> !isStatic(m))) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isFinal(f.getModifiers())) {
                    out.add(c.getName() + "." + f.getName() + " is not final, so a withX could not leave the instance unchanged");
                }
            }
        }
        return out;
    }

    /** Names of "has errors" other than {@link Findings#hasErrors()}. */
    private static final Set<String> OTHER_ERROR_NAMES = Set.of("isValid", "valid", "isOk", "ok", "hasError", "failed",
            "isInvalid", "succeeded");

    /**
     * A result (a {@code document()} with the findings met making it) implements {@link Findings} and types
     * {@code document()} as {@code Optional<Document>}; nothing that holds findings says "has errors" another way.
     */
    static List<String> resultRule(Class<?> c) {
        List<String> out = new ArrayList<>();
        if (Throwable.class.isAssignableFrom(c) || c == Findings.class) {
            return out; // an exception carries findings, but is not a result
        }
        boolean holdsFindings = publicMethods(c).anyMatch(m -> !isStatic(m) && m.getName().equals("findings")
                && m.getParameterCount() == 0 && m.getGenericReturnType() instanceof ParameterizedType p
                && p.getRawType() == List.class && p.getActualTypeArguments()[0] == Finding.class);
        // a result gives a document and what was found making it (an SPI reader's lines with findings is not one)
        boolean result = holdsFindings && publicMethods(c).anyMatch(m -> !isStatic(m) && m.getName().equals("document")
                && m.getParameterCount() == 0);
        if (result && !Findings.class.isAssignableFrom(c)) {
            out.add(c.getName() + " holds findings but does not implement " + Findings.class.getName());
        }
        publicMethods(c).filter(m -> !isStatic(m) && m.getParameterCount() == 0 && OTHER_ERROR_NAMES.contains(m.getName())
                && (m.getReturnType() == boolean.class || m.getReturnType() == Boolean.class))
                .forEach(m -> out.add(c.getName() + "." + m.getName() + "() says \"has errors\" another way; use hasErrors()"));
        if (result) {
            publicMethods(c).filter(m -> !isStatic(m) && m.getName().equals("document") && m.getParameterCount() == 0)
                    .filter(m -> !(m.getGenericReturnType() instanceof ParameterizedType p && p.getRawType() == Optional.class
                            && p.getActualTypeArguments()[0] == Document.class))
                    .forEach(m -> out.add(c.getName() + ".document() returns " + m.getGenericReturnType().getTypeName()
                            + ", not Optional<Document>"));
        }
        return out;
    }

    /** Themes have one type: a public signature never takes or gives themes as a collection of strings. */
    static List<String> themesRule(Class<?> c) {
        if (c.getPackageName().equals("org.declaro.model")) {
            return List.of(); // a commitment's own themes are the format's list of names
        }
        return publicMethods(c).filter(m -> m.getName().toLowerCase(java.util.Locale.ROOT).contains("theme"))
                .filter(m -> Stream.of(m.getParameterTypes()).anyMatch(java.util.Collection.class::isAssignableFrom))
                .filter(m -> !m.getName().equals("ofThemes")) // the one way from names to a vocabulary
                .map(m -> c.getName() + "." + m.getName() + " takes themes as a collection; take a ThemeVocabulary").toList();
    }

    /** Every writer and renderer gives its text as a String. */
    static List<String> writerRule(Class<?> c) {
        return publicMethods(c).filter(m -> !isStatic(m) && (m.getName().equals("write") || m.getName().equals("render"))
                && m.getParameterCount() == 1 && Document.class.isAssignableFrom(m.getParameterTypes()[0])
                && m.getReturnType() != String.class)
                .map(m -> c.getName() + "." + m.getName() + "(Document) returns " + m.getReturnType().getSimpleName()
                        + ", not String").toList();
    }

    /** A facade method that takes a String takes JSON text, and says so: its name ends in Json. */
    static List<String> jsonTextRule(Class<?> c) {
        return publicMethods(c).filter(m -> isStatic(m) && Stream.of(m.getParameterTypes()).anyMatch(t -> t == String.class)
                && !m.getName().endsWith("Json"))
                .map(m -> c.getName() + "." + m.getName() + " takes a String: name what it is (readJson) or take a Path").toList();
    }

    private static final List<Function<Class<?>, List<String>>> RULES = List.of(PublicApiTest::builderRule,
            PublicApiTest::defaultNameRule, PublicApiTest::witherRule, PublicApiTest::resultRule, PublicApiTest::themesRule,
            PublicApiTest::writerRule);

    private static List<String> violations(Function<Class<?>, List<String>> rule) {
        return CLASSES.stream().filter(PublicApiTest::exported).flatMap(c -> rule.apply(c).stream()).sorted().toList();
    }

    @Test
    void configuredObjectsAreBuiltByABuilderOnly() {
        assertEquals(List.of(), violations(PublicApiTest::builderRule));
    }

    @Test
    void theReadyDefaultIsCalledStandard() {
        assertEquals(List.of(), violations(PublicApiTest::defaultNameRule));
    }

    @Test
    void withersAreImmutableVariantsOfTheirOwnType() {
        assertEquals(List.of(), violations(PublicApiTest::witherRule));
    }

    @Test
    void resultsShareOneFindingsViewAndOneDocumentType() {
        assertEquals(List.of(), violations(PublicApiTest::resultRule));
        List<String> results = CLASSES.stream().filter(PublicApiTest::exported).filter(Findings.class::isAssignableFrom)
                .filter(c -> c != Findings.class).map(Class::getSimpleName).sorted().toList();
        assertEquals(List.of("ImportResult", "ReadResult", "ValidationReport"), results);
    }

    @Test
    void themesHaveOneType() {
        assertEquals(List.of(), violations(PublicApiTest::themesRule));
    }

    @Test
    void everyWriterGivesAString() {
        assertEquals(List.of(), violations(PublicApiTest::writerRule));
    }

    @Test
    void theFacadeNamesJsonText() {
        assertEquals(List.of(), jsonTextRule(Declaro.class));
    }

    // ---- the rules catch what they are for: each finds the violation in a class written to break it

    /** Breaks every rule once. */
    @SuppressWarnings("unused")
    static final class Broken {
        private int count; // not final, with a wither

        public Broken() {
        }

        public static Broken get() {
            return new Broken();
        }

        public static Broken withThemes(java.util.Collection<String> themes) {
            return new Broken();
        }

        public Object withCount(int n) {
            count = n;
            return this;
        }

        public static Builder builder() {
            return new Builder();
        }

        public List<Finding> findings() {
            return List.of();
        }

        public boolean isValid() {
            return true;
        }

        public Document document() {
            return null;
        }

        public byte[] write(Document d) {
            return new byte[0];
        }

        public static Document read(String name) {
            return null;
        }

        public static final class Builder {
            public Builder() {
            }
        }
    }

    @Test
    void eachRuleFailsOnAClassThatBreaksIt() {
        for (Function<Class<?>, List<String>> rule : RULES) {
            assertTrue(!rule.apply(Broken.class).isEmpty(), "a rule found nothing wrong with Broken: " + RULES.indexOf(rule));
        }
        assertTrue(!jsonTextRule(Broken.class).isEmpty());
        assertEquals(List.of(Broken.class.getName() + " has a public constructor; build it with Broken.builder()",
                Broken.Builder.class.getName() + " has a public constructor; make it private and give Broken.builder()",
                Broken.Builder.class.getName() + " has no build() returning Broken",
                Broken.class.getName() + " has no toBuilder() to derive another from it"), builderRule(Broken.class));
        assertEquals(3, witherRule(Broken.class).size(), witherRule(Broken.class)::toString); // static, wrong type, field
        assertEquals(3, resultRule(Broken.class).size(), resultRule(Broken.class)::toString); // Findings, isValid, document
    }
}
