package org.declaro.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.declaro.model.Declaration;
import org.declaro.model.Modality;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML page in a real browser: headless Chromium takes a screenshot, and the highlight colours of
 * the commitments must be on it (and absent from the same page without commitments). Skipped, saying
 * so, where Chromium is not installed; {@code .ci/run} installs Debian's {@code chromium}.
 */
class HtmlInChromiumTest {

    private static Path chromium() {
        String configured = System.getProperty("chromium");
        for (String candidate : configured != null ? List.of(configured) : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
                "/usr/bin/google-chrome")) {
            Path p = Path.of(candidate);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    private static BufferedImage screenshot(Path chromium, String html, Path dir, String name) throws Exception {
        Path page = dir.resolve(name + ".html");
        Path png = dir.resolve(name + ".png");
        Files.writeString(page, html, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                "--user-data-dir=" + dir.resolve("profile-" + name), "--window-size=1000,7000", "--screenshot=" + png,
                page.toUri().toString()).redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "Chromium finished");
        assertEquals(0, p.exitValue(), () -> "Chromium failed: " + log(dir.resolve(name + ".log")));
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image != null && image.getWidth() >= 900, "a screenshot was written");
        return image;
    }

    private static String log(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static Map<Modality, Integer> highlightPixels(BufferedImage image) {
        Map<Integer, Modality> byRgb = new java.util.HashMap<>();
        for (Modality m : Modality.values()) {
            byRgb.put(Integer.parseInt(HtmlRenderer.colour(m).substring(1), 16), m);
        }
        Map<Modality, Integer> counts = new EnumMap<>(Modality.class);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Modality m = byRgb.get(image.getRGB(x, y) & 0xFFFFFF);
                if (m != null) {
                    counts.merge(m, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    @Test
    void thePageRendersWithTheCommitmentsHighlighted(@TempDir Path dir) throws Exception {
        Path chromium = chromium();
        Assumptions.assumeTrue(chromium != null,
                "SKIPPED: Chromium is not installed (Debian package chromium; .ci/run installs it), so the HTML page was not checked in a browser");
        Declaration d = RenderersTest.example();
        Declaration bare = d.toBuilder().paragraphs(d.paragraphs().stream().map(p -> p.withCommitments(List.of())).toList()).build();
        Map<Modality, Integer> highlighted = highlightPixels(screenshot(chromium, HtmlRenderer.standard().render(d), dir, "with"));
        Map<Modality, Integer> plain = highlightPixels(screenshot(chromium, HtmlRenderer.standard().render(bare), dir, "without"));
        assertEquals(Map.of(), plain, "no highlight colour on the page without commitments");
        for (Modality m : List.of(Modality.COMMIT, Modality.WILL, Modality.REAFFIRM, Modality.APPEAL, Modality.PLEDGE, Modality.ASPIRE)) {
            assertTrue(highlighted.getOrDefault(m, 0) > 500, () -> m + " highlights on the page: " + highlighted);
        }
        // the example has far more "commit" and "will" text than "pledge" text: the highlights follow the spans
        assertTrue(highlighted.get(Modality.WILL) > highlighted.get(Modality.PLEDGE), highlighted::toString);
    }
}
