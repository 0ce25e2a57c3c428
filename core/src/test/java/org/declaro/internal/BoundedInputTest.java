package org.declaro.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a file within the size limit: every byte, once; over it, {@link BoundedInput.TooLarge} with the limit. */
class BoundedInputTest {
    @TempDir
    Path dir;

    @Test
    void aFileIsReadWholeAtAnySizeUpToTheLimit() throws IOException {
        Random random = new Random(7);
        for (int size : new int[] {0, 1, 1000, 64 * 1024 - 1, 64 * 1024, 64 * 1024 + 1, 300_000}) {
            byte[] content = new byte[size];
            random.nextBytes(content);
            Path f = Files.write(dir.resolve("f" + size), content);
            assertArrayEquals(content, BoundedInput.readAll(f, size), "size " + size + " at its limit");
            assertArrayEquals(content, BoundedInput.readAll(f, size + 10L), "size " + size);
        }
    }

    @Test
    void aFileOverTheLimitIsRefusedWithTheLimitInTheFinding() throws IOException {
        Path f = Files.write(dir.resolve("big"), new byte[1001]);
        BoundedInput.TooLarge e = assertThrows(BoundedInput.TooLarge.class, () -> BoundedInput.readAll(f, 1000));
        assertEquals(BoundedInput.finding(1000), e.finding());
    }
}
