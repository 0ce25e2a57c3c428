package org.declaro.examples.cli;

import static org.declaro.examples.cli.Cli.example;
import static org.declaro.examples.cli.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.declaro.examples.cli.Cli.Run;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RenderCommandTest {
    @Test
    void rendersEachView() throws Exception {
        Run md = run(example(), "render", "--to", "markdown", "-");
        assertEquals(0, md.code(), md.err());
        assertTrue(md.out().startsWith("# Draft Siem Reap-Angkor Declaration"), md.out());
        Run html = run(example(), "render", "--to", "html", "-");
        assertTrue(html.out().startsWith("<!DOCTYPE html>") && html.out().contains("<mark class=\"m-pledge\""), html.out());
        Run akn = run(example(), "render", "--to", "akn", "-");
        assertTrue(akn.out().contains("<statement name=\"declaration\">"), akn.out());
        Run text = run(example(), "render", "--to", "text", "-");
        assertTrue(text.out().contains("\n1. In the heart of Siem Reap, Cambodia,"), text.out());
        Run back = run(text.out().getBytes(StandardCharsets.UTF_8), "import", "--no-commitments", "-");
        assertEquals(0, back.code(), back.err());
    }

    @Test
    void badUsageAndUnreadableDocuments() throws Exception {
        assertEquals(2, run(example(), "render", "-").code());
        assertEquals(2, run(example(), "render", "--to", "pdf", "-").code());
        assertEquals(1, run("{".getBytes(StandardCharsets.UTF_8), "render", "--to", "html", "-").code());
        assertTrue(run(new byte[0], "render", "--help").out().startsWith("Usage: declaro render"));
    }
}
