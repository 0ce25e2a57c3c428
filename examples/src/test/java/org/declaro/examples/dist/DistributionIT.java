package org.declaro.examples.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The installable distribution as a user gets it: unpacked from the archive made by {@code mvn package}, run
 * through {@code bin/declaro}. Runs in {@code mvn verify} (maven-failsafe-plugin), after the archive exists.
 */
class DistributionIT {
    @TempDir
    static Path dir;
    static Path home;
    static final String VERSION = System.getProperty("declaro.version");

    record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void unpack() throws Exception {
        assumeFalse(System.getProperty("os.name").startsWith("Windows"), "bin/declaro is a POSIX sh script");
        Path archive = Path.of(System.getProperty("declaro.dist"));
        assertTrue(Files.isRegularFile(archive), archive + " is made by mvn package");
        Process tar = new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", dir.toString()).inheritIO().start();
        assertEquals(0, tar.waitFor());
        home = dir.resolve("declaro-" + VERSION);
    }

    private static Run declaro(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/declaro").toString()));
        Collections.addAll(command, args);
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "bin/declaro " + String.join(" ", args) + " did not end");
        return new Run(p.exitValue(), Files.readString(dir.resolve("out.txt")), Files.readString(dir.resolve("err.txt")));
    }

    @Test
    void theLauncherPrintsTheVersion() throws Exception {
        assertTrue(Files.isExecutable(home.resolve("bin/declaro")));
        Run r = declaro("--version");
        assertEquals(0, r.code(), r.err());
        assertEquals("declaro " + VERSION + "\n", r.out());
    }

    @Test
    void theLauncherRunsCommandsAndPassesTheirExitCodesOn() throws Exception {
        Run demo = declaro("demo");
        assertEquals(0, demo.code(), demo.err());
        assertTrue(demo.out().contains("Valid: no errors"), demo.out());
        // the archive of the first run is used by the next ones
        assertTrue(Files.isRegularFile(home.resolve("lib/declaro.jsa")), "the first run makes lib/declaro.jsa");
        Path bad = Files.writeString(dir.resolve("bad.json"), "{\"title\": ");
        assertEquals(1, declaro("validate", bad.toString()).code());
        Run usage = declaro("validate", "--bogus", bad.toString());
        assertEquals(2, usage.code());
        assertEquals("declaro: unknown option '--bogus' for validate\nTry 'declaro validate --help'.\n", usage.err());
        Run again = declaro("--version");
        assertEquals("declaro " + VERSION + "\n", again.out(), again.err());
    }

    @Test
    void theZipHoldsTheSameInstallationWithTheWindowsLauncher() throws IOException {
        Path zip = Path.of(System.getProperty("declaro.dist").replaceFirst("\\.tar\\.gz$", ".zip"));
        List<String> names;
        try (ZipFile z = new ZipFile(zip.toFile())) {
            names = z.stream().map(e -> e.getName()).toList();
            try (InputStream bat = z.getInputStream(z.getEntry("declaro-" + VERSION + "/bin/declaro.bat"))) {
                String text = new String(bat.readAllBytes(), StandardCharsets.US_ASCII);
                assertTrue(text.contains("\r\n") && text.contains("org.declaro.examples.cli.Main %*"), text);
            }
        }
        assertTrue(names.contains("declaro-" + VERSION + "/bin/declaro"), names.toString());
        assertTrue(names.contains("declaro-" + VERSION + "/lib/declaro-core-" + VERSION + ".jar"), names.toString());
        assertTrue(names.contains("declaro-" + VERSION + "/lib/declaro-examples-" + VERSION + ".jar"), names.toString());
        try (var lib = Files.list(home.resolve("lib"))) {
            List<String> jars = lib.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jar")).sorted().toList();
            assertEquals(jars, names.stream().filter(n -> n.contains("/lib/") && n.endsWith(".jar"))
                    .map(n -> n.substring(n.lastIndexOf('/') + 1)).sorted().toList());
        }
    }
}
