package org.declaro.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void parsesTheThreePrecisionsAndPrintsThemBack() {
        for (String s : List.of("2024", "2024-11", "2024-02-29", "0001-01-01")) {
            assertEquals(s, PartialDate.parse(s).toString());
        }
        assertEquals(PartialDate.Precision.MONTH, PartialDate.parse("2024-11").precision());
    }

    @Test
    void rejectsWhatIsNotACalendarDate() {
        for (String s : List.of("", "24", "2024-1", "2024-13", "2023-02-29", "2024-00", "2024-11-31", "2024/11",
                "２０２４", "2024-11-1x", "+2024")) {
            assertTrue(PartialDate.tryParse(s).isEmpty(), s);
            assertThrows(DateTimeException.class, () -> PartialDate.parse(s));
        }
    }

    @Test
    void comparesAtTheCoarserPrecision() {
        PartialDate nov = PartialDate.parse("2024-11");
        PartialDate nov25 = PartialDate.parse("2024-11-25");
        assertEquals(0, nov.compareTo(nov25));
        assertNotEquals(nov, nov25);
        assertTrue(PartialDate.parse("2024-10-31").isBefore(nov));
        assertTrue(PartialDate.parse("2025").isAfter(nov25));
        assertEquals(0, PartialDate.parse("2024").compareTo(nov25));
    }
}
