package org.declaro.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RenderCommandTest {
    private static String[] run(byte[] stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Main(new ByteArrayInputStream(stdin), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new String[] {String.valueOf(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }

    private static byte[] example() throws Exception {
        try (InputStream in = Main.class.getResourceAsStream(Main.DEMO_RESOURCE)) {
            return in.readAllBytes();
        }
    }

    @Test
    void rendersEachView() throws Exception {
        String[] md = run(example(), "render", "--to", "markdown", "-");
        assertEquals("0", md[0], md[2]);
        assertTrue(md[1].startsWith("# Draft Siem Reap-Angkor Declaration"), md[1]);
        String[] html = run(example(), "render", "--to", "html", "-");
        assertTrue(html[1].startsWith("<!DOCTYPE html>") && html[1].contains("<mark class=\"m-pledge\""), html[1]);
        String[] akn = run(example(), "render", "--to", "akn", "-");
        assertTrue(akn[1].contains("<statement name=\"declaration\">"), akn[1]);
        String[] text = run(example(), "render", "--to", "text", "-");
        assertTrue(text[1].contains("\n1. In the heart of Siem Reap, Cambodia,"), text[1]);
        String[] back = run(text[1].getBytes(StandardCharsets.UTF_8), "import", "--no-commitments", "-");
        assertEquals("0", back[0], back[2]);
    }

    @Test
    void badUsageAndUnreadableDocuments() throws Exception {
        assertEquals("2", run(example(), "render", "-")[0]);
        assertEquals("2", run(example(), "render", "--to", "pdf", "-")[0]);
        assertEquals("1", run("{".getBytes(StandardCharsets.UTF_8), "render", "--to", "html", "-")[0]);
        assertTrue(run(new byte[0], "render", "--help")[1].startsWith("Usage: declaro render"));
    }
}
