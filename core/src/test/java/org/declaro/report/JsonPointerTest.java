package org.declaro.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class JsonPointerTest {

    @Test
    void parsesTokensAndUnescapesTildeAndSlash() {
        JsonPointer p = JsonPointer.parse("/paragraphs/3/a~1b~0c");
        assertEquals(List.of("paragraphs", "3", "a/b~c"), p.segments());
        assertEquals(3, p.size());
        assertEquals("/paragraphs/3/a~1b~0c", p.toString());
        // ~01 is "~1" unescaped once, not "/"
        assertEquals(List.of("~1"), JsonPointer.parse("/~01").segments());
        assertEquals("/~01", JsonPointer.of("~1").toString());
    }

    @Test
    void theEmptyPointerIsTheRootAndAnEmptyTokenIsNot() {
        assertTrue(JsonPointer.parse("").isRoot());
        assertEquals(JsonPointer.ROOT, JsonPointer.parse(""));
        assertEquals("", JsonPointer.ROOT.toString());
        JsonPointer empty = JsonPointer.parse("/");
        assertFalse(empty.isRoot());
        assertEquals(List.of(""), empty.segments());
        assertEquals(List.of("a", "", ""), JsonPointer.parse("/a//").segments());
    }

    @Test
    void malformedPointersAreRefusedWithTheRule() {
        IllegalArgumentException noSlash = assertThrows(IllegalArgumentException.class, () -> JsonPointer.parse("a/b"));
        assertTrue(noSlash.getMessage().contains("starts with '/'"), noSlash.getMessage());
        IllegalArgumentException tilde = assertThrows(IllegalArgumentException.class, () -> JsonPointer.parse("/a~2"));
        assertTrue(tilde.getMessage().contains("~0"), tilde.getMessage());
        assertThrows(IllegalArgumentException.class, () -> JsonPointer.parse("/a~"));
        assertThrows(NullPointerException.class, () -> JsonPointer.parse(null));
    }

    @Test
    void childrenAndParents() {
        JsonPointer p = JsonPointer.ROOT.child("paragraphs").child(3).child("text");
        assertEquals("/paragraphs/3/text", p.toString());
        assertEquals(JsonPointer.parse("/paragraphs/3"), p.parent());
        assertEquals(JsonPointer.ROOT, p.parent().parent().parent());
        assertThrows(IllegalStateException.class, JsonPointer.ROOT::parent);
        assertThrows(IllegalArgumentException.class, () -> p.child(-1));
        assertEquals("/a~1b", JsonPointer.ROOT.child("a/b").toString());
        assertTrue(p.startsWith(JsonPointer.parse("/paragraphs")));
        assertTrue(p.startsWith(p));
        assertTrue(p.startsWith(JsonPointer.ROOT));
        assertFalse(p.startsWith(JsonPointer.parse("/paragraphs/30")));
        assertFalse(p.parent().startsWith(p));
        assertThrows(UnsupportedOperationException.class, () -> p.segments().set(0, "x"));
    }

    @Test
    void ofCopiesItsTokens() {
        String[] tokens = {"a", "b"};
        JsonPointer p = JsonPointer.of(tokens);
        tokens[0] = "z";
        assertEquals("/a/b", p.toString());
        assertEquals(JsonPointer.ROOT, JsonPointer.of());
        assertThrows(NullPointerException.class, () -> JsonPointer.of("a", null));
    }

    @Test
    void equalByTokens() {
        assertEquals(JsonPointer.parse("/a/0"), JsonPointer.ROOT.child("a").child(0));
        assertEquals(JsonPointer.parse("/a/0").hashCode(), JsonPointer.ROOT.child("a").child(0).hashCode());
        assertNotEquals(JsonPointer.parse("/a/0"), JsonPointer.parse("/a/00"));
        assertNotEquals(JsonPointer.parse("/a"), "/a");
    }

    @Test
    void orderedAsAReaderMeetsTheValues() {
        List<String> expected = List.of("", "/id", "/paragraphs", "/paragraphs/2", "/paragraphs/2/text", "/paragraphs/10",
                "/paragraphs/10/number", "/paragraphs/x", "/title");
        List<JsonPointer> shuffled = new ArrayList<>();
        for (int i = expected.size() - 1; i >= 0; i--) {
            shuffled.add(JsonPointer.parse(expected.get(i)));
        }
        shuffled.sort(null);
        assertEquals(expected, shuffled.stream().map(JsonPointer::toString).toList());
        List<String> strings = new ArrayList<>(expected);
        java.util.Collections.reverse(strings);
        strings.sort(JsonPointer::compare);
        assertEquals(expected, strings);
        // "01" is a name, not an index; indices come before names
        assertTrue(JsonPointer.parse("/a/9").compareTo(JsonPointer.parse("/a/01")) < 0);
        assertTrue(JsonPointer.compare("/a/9", "/a/01") < 0);
        assertEquals(0, JsonPointer.compare("/a/1", "/a/1"));
        // an index with a leading zero is a name: after every index, even one of the same length
        assertTrue(JsonPointer.parse("/a/10").compareTo(JsonPointer.parse("/a/01")) < 0);
        assertTrue(JsonPointer.compare("/a/10", "/a/01") < 0);
        assertTrue(JsonPointer.compare("/a/01", "/a/10") > 0);
        // an empty token is a name, after an index
        assertTrue(JsonPointer.parse("/a/0").compareTo(JsonPointer.parse("/a/")) < 0);
        assertTrue(JsonPointer.compare("/a/0", "/a/") < 0);
        // a parent before its children, from either side
        assertTrue(JsonPointer.compare("/a", "/a/0") < 0);
        assertTrue(JsonPointer.compare("/a/0", "/a") > 0);
        assertTrue(JsonPointer.compare("", "/a") < 0);
        assertTrue(JsonPointer.compare("/a", "") > 0);
        assertTrue(JsonPointer.parse("/a/0").compareTo(JsonPointer.parse("/a")) > 0);
    }

    @Property(tries = 300)
    void parseInvertsToString(@ForAll List<String> tokens) {
        JsonPointer p = JsonPointer.of(tokens.toArray(String[]::new));
        assertEquals(p, JsonPointer.parse(p.toString()));
        assertEquals(tokens, p.segments());
        assertEquals(0, JsonPointer.compare(p.toString(), p.toString()));
    }

    @Property(tries = 300)
    void stringAndTypedOrderAgreeOnPlainTokens(@ForAll("plain") List<String> a, @ForAll("plain") List<String> b) {
        JsonPointer pa = JsonPointer.of(a.toArray(String[]::new));
        JsonPointer pb = JsonPointer.of(b.toArray(String[]::new));
        assertEquals(Integer.signum(pa.compareTo(pb)), Integer.signum(JsonPointer.compare(pa.toString(), pb.toString())));
        assertEquals(pa.equals(pb), pa.compareTo(pb) == 0);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<List<String>> plain() {
        return net.jqwik.api.Arbitraries.of("a", "b", "0", "1", "2", "10", "01", "").list().ofMaxSize(4);
    }
}
