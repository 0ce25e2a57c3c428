package org.declaro.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.declaro.json.JsonLocator.Location;
import org.declaro.report.JsonPointer;
import org.junit.jupiter.api.Test;

class JsonLocatorTest {
    private static final byte[] JSON = ("{\"a/b\": 1,\n \"list\": [10, {\"x\": true}],\n \"~t\": {\"y\": null}}")
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void pointersLeadToMembersNamesAndElements() {
        JsonPointer slash = JsonPointer.ROOT.child("a/b");
        JsonPointer element = JsonPointer.parse("/list/1");
        JsonPointer deep = JsonPointer.parse("/list/1/x");
        JsonPointer tilde = JsonPointer.parse("/~0t/y");
        Map<JsonPointer, Location> where = JsonLocator.locatePointers(JSON, List.of(slash, element, deep, tilde));
        assertEquals(Map.of(slash, new Location(1, 2), element, new Location(2, 15), deep, new Location(2, 16),
                tilde, new Location(3, 9)), where);
        assertEquals(Optional.of(new Location(1, 1)), JsonLocator.locate(JSON, JsonPointer.ROOT));
    }

    @Test
    void aPointerThatLeadsNowhereIsLocatedAtItsNearestAncestor() {
        assertEquals(Optional.of(new Location(2, 15)), JsonLocator.locate(JSON, JsonPointer.parse("/list/1/missing")));
        assertEquals(Optional.of(new Location(1, 1)), JsonLocator.locate(JSON, JsonPointer.parse("/nothing/here")));
    }

    @Test
    void aTextThatBreaksOffLocatesWhatCameBefore() {
        byte[] cut = "{\"a\": 1, \"b\": [".getBytes(StandardCharsets.UTF_8);
        assertEquals(Optional.of(new Location(1, 2)), JsonLocator.locate(cut, JsonPointer.parse("/a")));
        assertEquals(Optional.empty(), JsonLocator.locate(new byte[0], JsonPointer.parse("/a")));
    }

    @Test
    void locationsStartAtOne() {
        assertThrows(IllegalArgumentException.class, () -> new Location(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Location(1, 0));
    }
}
