package org.declaro.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * {@link Context#read}: whatever size the file said it had when reading began (its size, less or more if it
 * changed meanwhile, or unknown), the bytes read are the stream's first bytes, no more than the limit.
 */
class ReadInputProperties {
    @Property
    void readsTheFirstBytesUpToTheLimitWhateverTheSizeSaid(@ForAll @Size(max = 300) byte[] content,
            @ForAll @IntRange(min = -1, max = 320) int sizeSaid, @ForAll @IntRange(min = 1, max = 320) int atMost)
            throws IOException {
        byte[] read = Context.read(new ByteArrayInputStream(content), sizeSaid, atMost);
        assertArrayEquals(Arrays.copyOf(content, Math.min(content.length, atMost)), read);
    }

    @Property
    void aFileOfTheSizeItSaidIsReadWhole(@ForAll @Size(max = 300) byte[] content) throws IOException {
        assertArrayEquals(content, Context.read(new ByteArrayInputStream(content), content.length, content.length + 1));
    }
}
