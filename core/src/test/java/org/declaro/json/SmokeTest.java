package org.declaro.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.declaro.Fixtures;
import org.declaro.validation.DocumentValidator;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void smoke() {
        ReadResult r = DocumentReader.lenient().read(Fixtures.bytes(Fixtures.SIEM_REAP));
        System.out.println(r.findings());
        String out = CanonicalJsonWriter.get().writeString(r.document().orElseThrow());
        System.out.println(DocumentValidator.standard().validate(Fixtures.bytes(Fixtures.SIEM_REAP)).findings());
        assertEquals(Fixtures.text(Fixtures.SIEM_REAP), out);
    }
}
