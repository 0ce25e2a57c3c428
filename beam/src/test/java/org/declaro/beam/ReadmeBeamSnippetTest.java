package org.declaro.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.spi.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Beam blocks (fenced {@code ```java beam}) compile as a user's code on this module's class path;
 * {@code diff}'s README test compiles the others against core and diff, which do not have Beam.
 */
class ReadmeBeamSnippetTest {

    @Test
    void theBeamBlocksOfTheReadmeCompile(@TempDir Path tmp) throws IOException {
        List<String> readme = Files.readAllLines(Path.of("..", "docs", "BEAM.md"), StandardCharsets.UTF_8);
        List<String> code = new ArrayList<>();
        for (int i = 0; i < readme.size(); i++) {
            if (readme.get(i).strip().equals("```java beam")) {
                for (i++; i < readme.size() && !readme.get(i).strip().equals("```"); i++) {
                    code.add(readme.get(i));
                }
            }
        }
        assertFalse(code.isEmpty(), "docs/BEAM.md has a ```java beam block");
        String src = """
                import java.io.IOException;
                import java.io.UncheckedIOException;
                import org.apache.beam.sdk.Pipeline;
                import org.apache.beam.sdk.coders.*;
                import org.apache.beam.sdk.io.*;
                import org.apache.beam.sdk.options.PipelineOptionsFactory;
                import org.apache.beam.sdk.transforms.*;
                import org.apache.beam.sdk.values.*;
                import org.declaro.beam.*;

                class Snippets {
                    static byte[] readAll(FileIO.ReadableFile f) {
                        try {
                            return f.readFullyAsBytes();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }

                    public static void main(String[] args) {
                """ + String.join("\n", code) + "\n    }\n}\n";
        Path file = tmp.resolve("Snippets.java");
        Files.writeString(file, src);
        StringWriter out = new StringWriter();
        int rc = ToolProvider.findFirst("javac").orElseThrow().run(new PrintWriter(out), new PrintWriter(out), "--release", "17",
                "-proc:none", "-encoding", "UTF-8", "-classpath", System.getProperty("java.class.path"), "-d",
                Files.createDirectories(tmp.resolve("classes")).toString(), file.toString());
        assertEquals(0, rc, "the README's Beam block does not compile:\n" + out + "\n" + src);
    }
}
