package org.declaro.importer.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownListsTest {

    private static final String TEXT = "1. Aaa:\n(a) Bbb;\n(b) Ccc.\n\n2. Ddd.\n\nI. Heading\n\n3. Eee.\n";

    @Test
    void subParagraphsBecomeNestedItems() {
        assertEquals("1. Aaa:\n   - (a) Bbb;\n   - (b) Ccc.\n\n2. Ddd.\n\nI. Heading\n\n3. Eee.\n", MarkdownLists.lists(TEXT, "- (%s) ", 3, false));
        assertEquals("1. Aaa:\n    a. Bbb;\n    b. Ccc.\n\n2. Ddd.\n\nI. Heading\n\n3. Eee.\n", MarkdownLists.lists(TEXT, "%s. ", 4, false));
    }

    @Test
    void aTightListHasNoBlankLinesBetweenItsItems() {
        assertEquals("1. Aaa:\n   * (a) Bbb;\n   * (b) Ccc.\n2. Ddd.\n\nI. Heading\n\n3. Eee.\n", MarkdownLists.lists(TEXT, "* (%s) ", 3, true));
    }

    @Test
    void theMarkdownRenderingsItemsChangeStyle() {
        assertEquals("1. Aaa:\n    (a) Bbb.\n", MarkdownLists.lists("1. Aaa:\n   - (a) Bbb.\n", "(%s) ", 4, true));
    }
}
