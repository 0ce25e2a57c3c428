package org.declaro.examples.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
        return declaro(Map.of(), args);
    }

    /** Runs bin/declaro with the Java running the tests, and these environment variables besides. */
    private static Run declaro(Map<String, String> env, String... args) throws IOException, InterruptedException {
        return run(home.resolve("bin/declaro"), System.getProperty("java.home"), env, args);
    }

    private static Run run(Path launcher, String javaHome, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        Collections.addAll(command, args);
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("DECLARO_NO_CDS");
        pb.environment().remove("DECLARO_JAVA_OPTS");
        pb.environment().remove("DECLARO_CACHE_DIR");
        pb.environment().put("JAVA_HOME", javaHome);
        pb.environment().putAll(env);
        pb.redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "bin/declaro " + String.join(" ", args) + " did not end");
        return new Run(p.exitValue(), Files.readString(dir.resolve("out.txt")), Files.readString(dir.resolve("err.txt")));
    }

    /** The bundled example, as a file. */
    private static Path example() throws IOException {
        Path file = dir.resolve("example.json");
        if (!Files.exists(file)) {
            try (InputStream in = DistributionIT.class.getResourceAsStream(EXAMPLE)) {
                Files.copy(in, file);
            }
        }
        return file;
    }

    static final String EXAMPLE = "/org/declaro/examples/siem-reap-angkor-declaration-draft-2024.json";

    /** The name of the cache the launcher makes for a Java of this feature version. */
    private static String cacheName(int feature) {
        return feature >= 25 ? "declaro.aot" : "declaro.jsa";
    }

    /**
     * Runs a launcher with the class-loading log on, and tells whether the tool's main class came from the
     * cache ("shared objects file") rather than from a jar: whether the run used the cache, without timing.
     */
    private static boolean mainClassFromCache(Path launcher, String javaHome, Path cacheDir) throws Exception {
        Path log = Files.createTempFile(dir, "class-load", ".log");
        Run r = run(launcher, javaHome, Map.of("DECLARO_CACHE_DIR", cacheDir.toString(), "DECLARO_JAVA_OPTS",
                "-Xlog:class+load:file=" + log), "validate", example().toString());
        assertEquals(withoutCache(), r);
        String main = Files.readAllLines(log).stream().filter(l -> l.contains(" org.declaro.examples.cli.Main source: "))
                .findFirst().orElseThrow();
        return main.contains("source: shared objects file");
    }

    /** A fresh cache directory, named by DECLARO_CACHE_DIR, so that each test sees its own first run. */
    private static Path cacheDir(String name) throws IOException {
        return Files.createDirectories(dir.resolve("caches").resolve(name));
    }

    /** The findings and exit code of validate on the example, without any cache: what every run must print. */
    private static Run withoutCache() throws Exception {
        return declaro(Map.of("DECLARO_NO_CDS", "1"), "validate", example().toString());
    }

    @Test
    void theArchiveShipsTheReadmeAndTheLicence() throws IOException {
        assertEquals(Files.readString(Path.of("..", "LICENSE")), Files.readString(home.resolve("LICENSE")));
        assertTrue(Files.readString(home.resolve("README.md")).startsWith("# Declaro"));
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
    void theFirstRunMakesTheCacheAndTheSecondRunUsesIt() throws Exception {
        int feature = Runtime.version().feature();
        Path cache = cacheDir("second-run");
        Run expected = withoutCache();
        assertEquals(0, expected.code(), expected.err());
        Run first = declaro(Map.of("DECLARO_CACHE_DIR", cache.toString()), "validate", example().toString());
        assertEquals(expected, first);
        assertTrue(Files.isRegularFile(cache.resolve(cacheName(feature))), "the first run makes the cache");
        assertTrue(mainClassFromCache(home.resolve("bin/declaro"), System.getProperty("java.home"), cache),
                "the second run loads the tool's classes from the cache");
        assertFalse(mainClassFromCache(home.resolve("bin/declaro"), System.getProperty("java.home"),
                Files.writeString(dir.resolve("a-file"), "").resolve("cache")), "not without one");
        try (var files = Files.list(cache)) {
            assertEquals(List.of(cacheName(feature), cacheName(feature) + ".java"),
                    files.map(f -> f.getFileName().toString()).sorted().toList(), "no training file left behind");
        }
    }

    @Test
    void theToolRunsAsUsualWhenTheCacheCannotBeWritten() throws Exception {
        // a directory that cannot be made, even by root: its parent is a regular file
        Path file = Files.writeString(dir.resolve("not-a-directory"), "");
        Map<String, String> env = Map.of("DECLARO_CACHE_DIR", file.resolve("cache").toString());
        Run expected = withoutCache();
        for (int run = 1; run <= 2; run++) {
            assertEquals(expected, declaro(env, "validate", example().toString()), "run " + run);
            Path bad = Files.writeString(dir.resolve("bad.json"), "{\"title\": ");
            Run invalid = declaro(env, "validate", bad.toString());
            assertEquals(1, invalid.code(), invalid.err());
            assertTrue(invalid.out().contains(" error json.syntax "), invalid.out());
        }
        assertEquals("", Files.readString(file), "nothing written in its place");
    }

    @Test
    void aCacheOlderThanAJarOrMadeByAnotherJavaIsMadeAgain() throws Exception {
        int feature = Runtime.version().feature();
        Path dirOfCache = cacheDir("stale");
        Map<String, String> env = Map.of("DECLARO_CACHE_DIR", dirOfCache.toString());
        Path cache = dirOfCache.resolve(cacheName(feature));
        Run expected = withoutCache();
        assertEquals(expected, declaro(env, "validate", example().toString()));
        assertTrue(Files.isRegularFile(cache));

        FileTime old = FileTime.from(Instant.parse("2000-01-01T00:00:00Z"));
        Files.setLastModifiedTime(cache, old);   // older than the jars: a JVM would not use it
        assertEquals(expected, declaro(env, "validate", example().toString()));
        assertTrue(Files.getLastModifiedTime(cache).compareTo(old) > 0, "made again after a jar changed");

        Files.writeString(dirOfCache.resolve(cacheName(feature) + ".java"), "/some/other/java \"17.0.1\"\n");
        Files.setLastModifiedTime(cache, FileTime.from(Instant.now().plus(Duration.ofHours(1))));
        assertEquals(expected, declaro(env, "validate", example().toString()));
        assertTrue(Files.getLastModifiedTime(cache).toInstant().isBefore(Instant.now().plus(Duration.ofMinutes(30))),
                "made again for this Java");
        assertTrue(Files.readString(dirOfCache.resolve(cacheName(feature) + ".java")).startsWith(System.getProperty("java.home")));
        assertTrue(mainClassFromCache(home.resolve("bin/declaro"), System.getProperty("java.home"), dirOfCache));
    }

    @Test
    void aTrainingRunThatMakesNothingIsNotRepeatedOnEveryRun() throws Exception {
        int feature = Runtime.version().feature();
        Path dirOfCache = cacheDir("failed");
        // without the JDK's own archive no dynamic archive or AOT cache can be made: the training run fails
        Map<String, String> env = Map.of("DECLARO_CACHE_DIR", dirOfCache.toString(), "DECLARO_JAVA_OPTS", "-Xshare:off");
        Run expected = withoutCache();
        assertEquals(expected, declaro(env, "validate", example().toString()));
        Path failed = dirOfCache.resolve(cacheName(feature) + ".failed");
        assertTrue(Files.isRegularFile(failed), "the failed training run is recorded");
        assertFalse(Files.exists(dirOfCache.resolve(cacheName(feature))));
        FileTime later = FileTime.from(Instant.now().plus(Duration.ofHours(1)));
        Files.setLastModifiedTime(failed, later);
        assertEquals(expected, declaro(env, "validate", example().toString()));
        assertEquals(later, Files.getLastModifiedTime(failed), "no second training run: the record is untouched");
        // with options under which it can be made, after a jar changed, it is made
        Files.setLastModifiedTime(failed, FileTime.from(Instant.parse("2000-01-01T00:00:00Z")));
        assertEquals(expected, declaro(Map.of("DECLARO_CACHE_DIR", dirOfCache.toString()), "validate", example().toString()));
        assertTrue(Files.isRegularFile(dirOfCache.resolve(cacheName(feature))));
        assertFalse(Files.exists(failed), "the record goes with the cache it stood for");
    }

    @Test
    void withoutAWritableLibTheCacheGoesToTheUsersCacheDirectory() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write into any lib/: this test needs another user");
        Path copy = dir.resolve("read-only");
        Process cp = new ProcessBuilder("cp", "-R", home.toString(), copy.toString()).inheritIO().start();
        assertEquals(0, cp.waitFor());
        Files.deleteIfExists(copy.resolve("lib/declaro.jsa"));
        Files.deleteIfExists(copy.resolve("lib/declaro.jsa.java"));
        Files.deleteIfExists(copy.resolve("lib/declaro.aot"));
        Files.deleteIfExists(copy.resolve("lib/declaro.aot.java"));
        assertTrue(copy.resolve("lib").toFile().setWritable(false, false));
        try {
            Path userCache = Files.createDirectories(dir.resolve("xdg-cache"));
            Run expected = withoutCache();
            Map<String, String> env = Map.of("XDG_CACHE_HOME", userCache.toString());
            assertEquals(expected, run(copy.resolve("bin/declaro"), System.getProperty("java.home"), env, "validate",
                    example().toString()));
            try (var found = Files.walk(userCache)) {
                assertTrue(found.anyMatch(f -> f.getFileName().toString().equals(cacheName(Runtime.version().feature()))),
                        "the cache is made under XDG_CACHE_HOME/declaro");
            }
            assertEquals(expected, run(copy.resolve("bin/declaro"), System.getProperty("java.home"), env, "validate",
                    example().toString()));
        } finally {
            copy.resolve("lib").toFile().setWritable(true, false);
        }
    }

    /**
     * With a JDK 25 or later named by {@code -Ddeclaro.java25=JAVA_HOME} (skipped otherwise): the launcher
     * makes an AOT cache and the next run uses it.
     */
    @Test
    void onJava25TheLauncherMakesAndUsesAnAotCache() throws Exception {
        String java25 = System.getProperty("declaro.java25", "");
        assumeFalse(java25.isBlank(), "give -Ddeclaro.java25=JAVA_HOME of a JDK 25 or later to run this test");
        Path cache = cacheDir("aot");
        Run expected = withoutCache();
        Map<String, String> env = Map.of("DECLARO_CACHE_DIR", cache.toString());
        assertEquals(expected, run(home.resolve("bin/declaro"), java25, env, "validate", example().toString()));
        assertTrue(Files.isRegularFile(cache.resolve("declaro.aot")), "the first run makes declaro.aot");
        assertTrue(mainClassFromCache(home.resolve("bin/declaro"), java25, cache), "the second run loads classes from it");
    }

    /** The launcher beside the build's jar is the same script: it finds declaro.jar beside it. */
    @Test
    void theLauncherBesideTheJarRunsTheTool() throws Exception {
        Path launcher = Path.of(System.getProperty("declaro.launcher"));
        assertTrue(Files.isExecutable(launcher), launcher + " is made by mvn package");
        Path cache = cacheDir("beside-the-jar");
        Run expected = withoutCache();
        Map<String, String> env = Map.of("DECLARO_CACHE_DIR", cache.toString());
        assertEquals(expected, run(launcher, System.getProperty("java.home"), env, "validate", example().toString()));
        assertTrue(mainClassFromCache(launcher, System.getProperty("java.home"), cache));
        assertEquals(0, run(launcher, System.getProperty("java.home"), env, "--version").code());
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
