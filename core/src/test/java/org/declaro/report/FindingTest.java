package org.declaro.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Findings print like a compiler's diagnostics, sort in one total order, and name their rule and pointer. */
class FindingTest {

    @Test
    void printsLineColumnSeverityRulePointerAndMessage() {
        Finding located = new Finding(Rule.TEXT_BLANK, Severity.ERROR, "/paragraphs/0/text", 3, 7, "Blank.");
        assertEquals("3:7: error text.blank /paragraphs/0/text: Blank.", located.toString());
        Finding unlocated = Finding.of(Rule.JSON_UNKNOWN_FIELD, "", "Unknown.");
        assertEquals("warning json.unknown-field \"\": Unknown.", unlocated.toString());
        assertFalse(unlocated.hasLocation());
        assertTrue(unlocated.at(1, 1).hasLocation());
        assertEquals("1:2: warning json.unknown-field \"\": Unknown.", unlocated.at(1, 2).toString());
        // RFC 6901: "" is the whole document, "/" the member named by the empty string; both print as they are
        assertEquals("error json.type /: Wrong.", Finding.of(Rule.JSON_TYPE, "/", "Wrong.").toString());
    }

    @Test
    void ofTakesTheRulesDefaultSeverityAndATypedPointer() {
        JsonPointer p = JsonPointer.ROOT.child("paragraphs").child(2).child("a/b");
        Finding f = Finding.of(Rule.LIMIT_EXCEEDED, p, "Over.");
        assertEquals("/paragraphs/2/a~1b", f.pointer());
        assertEquals(p, f.jsonPointer());
        assertEquals(Severity.ERROR, f.severity());
        assertTrue(f.isError());
        assertFalse(Finding.of(Rule.TEXT_WHITESPACE, "", "x").isError());
        assertThrows(IllegalArgumentException.class, () -> Finding.of(Rule.TEXT_BLANK, "no-slash", "x").jsonPointer());
        assertThrows(NullPointerException.class, () -> new Finding(null, Severity.ERROR, "", 0, 0, "m"));
        assertThrows(NullPointerException.class, () -> new Finding(Rule.TEXT_BLANK, null, "", 0, 0, "m"));
        assertThrows(NullPointerException.class, () -> new Finding(Rule.TEXT_BLANK, Severity.ERROR, null, 0, 0, "m"));
        assertThrows(NullPointerException.class, () -> new Finding(Rule.TEXT_BLANK, Severity.ERROR, "", 0, 0, null));
    }

    @Test
    void atOnePositionAndPointerTheRuleDecidesBeforeSeverityAndMessage() {
        Finding blank = new Finding(Rule.TEXT_BLANK, Severity.ERROR, "/title", 2, 5, "a");
        Finding id = new Finding(Rule.ID_FORMAT, Severity.ERROR, "/title", 2, 5, "z");
        Finding warning = new Finding(Rule.ID_FORMAT, Severity.WARNING, "/title", 2, 5, "a");
        Finding otherMessage = new Finding(Rule.ID_FORMAT, Severity.WARNING, "/title", 2, 5, "b");
        List<Finding> list = new ArrayList<>(List.of(otherMessage, blank, warning, id));
        list.sort(Finding.BY_POSITION);
        assertEquals(List.of(id, warning, otherMessage, blank), list);
        Finding earlierColumn = new Finding(Rule.TEXT_BLANK, Severity.ERROR, "/z", 2, 4, "m");
        Finding earlierLine = new Finding(Rule.TEXT_BLANK, Severity.ERROR, "/z", 1, 9, "m");
        Finding nowhere = Finding.of(Rule.TEXT_BLANK, "/z", "m");
        list.addAll(List.of(earlierColumn, earlierLine, nowhere));
        list.sort(Finding.BY_POSITION);
        assertEquals(List.of(nowhere, earlierLine, earlierColumn, id, warning, otherMessage, blank), list);
    }

    @Test
    void rulesAreFoundByIdAndPrintAsTheirId() {
        for (Rule r : Rule.values()) {
            assertEquals(Optional.of(r), Rule.byId(r.id()));
            assertEquals(r.id(), r.toString());
            assertFalse(r.summary().isBlank(), r.id());
            assertFalse(r.advice().isBlank(), r.id());
        }
        assertEquals(Optional.empty(), Rule.byId("no.such.rule"));
        assertEquals("the input is over a configured limit (size, depth, count, length)", Rule.LIMIT_EXCEEDED.summary());
        assertTrue(Rule.LIMIT_EXCEEDED.advice().contains("`Limits`"), Rule.LIMIT_EXCEEDED.advice());
    }

    @Test
    void severitiesPrintInLowerCase() {
        assertEquals(List.of("error", "warning", "info"), List.of(Severity.ERROR.label(), Severity.WARNING.label(),
                Severity.INFO.label()));
        assertEquals("warning", Severity.WARNING.toString());
    }
}
