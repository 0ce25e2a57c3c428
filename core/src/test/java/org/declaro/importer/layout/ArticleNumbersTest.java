package org.declaro.importer.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ArticleNumbersTest {

    @Test
    void eachNumberedParagraphGetsAnArticleLineAboveIt() {
        assertEquals("Aaa,\n\nARTICLE 1\n\nBbb:\n(a) Ccc.\n\nARTICLE 2\n\nDdd.\n",
                ArticleNumbers.articles("Aaa,\n\n1. Bbb:\n(a) Ccc.\n\n2. Ddd.\n", "ARTICLE %d"));
    }

    @Test
    void aNumberInsideABlockIsLeftAlone() {
        assertEquals("## Article 1\n\nBbb\n2. Ccc\n", ArticleNumbers.articles("1. Bbb\n2. Ccc\n", "## Article %d"));
    }
}
