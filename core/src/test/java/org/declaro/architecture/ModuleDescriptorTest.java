package org.declaro.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.declaro.Declaro;
import org.junit.jupiter.api.Test;

/**
 * {@code jlink} takes only named modules: every module that {@code org.declaro.core} requires, outside the
 * JDK, must have a module descriptor of its own (an automatic module, made from a plain jar, fails jlink).
 */
class ModuleDescriptorTest {

    private static ModuleDescriptor core() throws IOException, URISyntaxException {
        Path classes = Path.of(Declaro.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
            return ModuleDescriptor.read(in);
        }
    }

    @Test
    void everyModuleCoreRequiresIsANamedModule() throws Exception {
        ModuleDescriptor core = core();
        ModuleFinder classPath = ModuleFinder.of(Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .map(Path::of).filter(p -> p.toString().endsWith(".jar")).toArray(Path[]::new));
        for (ModuleDescriptor.Requires r : core.requires()) {
            if (ModuleFinder.ofSystem().find(r.name()).isPresent()) {
                continue;
            }
            Optional<ModuleReference> found = classPath.find(r.name());
            assertTrue(found.isPresent(), () -> r.name() + " is required but not on the class path");
            assertFalse(found.get().descriptor().isAutomatic(), () -> r.name() + " is an automatic module: jlink refuses it");
        }
    }

    @Test
    void coreNeedsOnlyJacksonBeanValidationAndCommonMark() throws Exception {
        List<String> outside = core().requires().stream().map(ModuleDescriptor.Requires::name)
                .filter(n -> ModuleFinder.ofSystem().find(n).isEmpty()).sorted().toList();
        assertTrue(List.of("jakarta.validation", "org.hibernate.validator", "tools.jackson.core", "tools.jackson.databind",
                "tools.jackson.dataformat.yaml", "org.commonmark", "org.commonmark.ext.footnotes",
                "org.commonmark.ext.gfm.tables").containsAll(outside), outside::toString);
    }
}
