package org.declaro.importer.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LostSubLabelsTest {

    @Test
    void labelsGoTheTextStays() {
        assertEquals("1. Aaa:\nBbb;\nCcc.\n", new LostSubLabels().apply("1. Aaa:\n(a) Bbb;\n(b) Ccc.\n", new Random(1)));
    }

    @Test
    void markdownItemsStayItems() {
        assertEquals("1. Aaa:\n   - Bbb.\n", LostSubLabels.drop("1. Aaa:\n   - (a) Bbb.\n"));
    }

    @Test
    void itSaysTheLabelsAreLost() {
        assertEquals(java.util.Set.of(LayoutTransform.Degradation.SUB_LABELS_LOST), new LostSubLabels().degradations());
    }
}
