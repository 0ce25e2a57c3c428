package org.declaro.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.declaro.model.Declaration;
import org.junit.jupiter.api.Test;

/**
 * A second masthead line ("Distr.: ...") takes no issuer over the first's: the words of the line that gave the first
 * issuer would be in neither the model nor a finding (found by {@code ImportProperties}).
 */
class SecondMastheadTest {

    @Test
    void theFirstIssuerStaysAndNoWordIsLost() {
        String text = "General Assembly\nDistr.: General\nSecurity Council Distr.: Limited\n\nTitle of the text\n\n"
                + "1. We will act.\n";
        ImportResult r = TextImporter.standard().importText(text);
        assertEquals("General Assembly", ((Declaration) r.document().orElseThrow()).issuer());
        Losslessness.assertEveryWordKept(text, r);
    }

    @Test
    void theCounterexampleThePropertyFoundKeepsEveryWord() {
        String text = "1. __<u>1. [link words](https://example.org/dd)1. **<br/>25-17700 (E) > **25-17700 (E) 1. 1\\. 1. 1."
                + " 1. 1. <!-- hidden &amp;words __---\ntitle: \"Aa bb\"\nsource_url: https://example.org/cc\n---\n"
                + "-->1. 1. 1. 1. 1. 1. AAAAAAAA 1. 1.  &nbsp; \n__</sup>Distr.: General 1. &amp;&#233;A/RES/1/2   \n"
                + "\\1. <!--A/RES/1/2 **Distr.: General 1. 12. 1. 1\\. (ii) 1. 12. 1.";
        Losslessness.assertEveryWordKept(text, TextImporter.builder().syntax(Syntax.MARKDOWN).build().importText(text));
    }
}
