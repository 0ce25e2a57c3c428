package org.declaro.docx;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Word's automatic numbering, computed as Word displays it: the definitions of the numbering part
 * (w:abstractNum levels, w:num instances with their w:lvlOverride and w:startOverride) and the counters that the
 * numbered paragraphs advance, in document order.
 *
 * <p>Counters belong to the abstract definition, as in Word: two lists ({@code w:num}) of one definition continue
 * each other's numbers, unless one overrides a level's start, which restarts that level where the list is first
 * used. A level restarts after any level above it, or only after the levels its {@code w:lvlRestart} names
 * ({@code 0}: never).
 */
final class Numbering {
    static final int LEVELS = 9;
    private static final int MAX_LINKS = 8;

    /** One w:lvl. */
    record Level(int start, String format, String text, Integer restart, boolean legal, String pStyle) {
        static Level parse(Element lvl) {
            Integer start = W.intVal(W.child(lvl, "start"));
            String format = W.val(W.child(lvl, "numFmt"));
            Element text = W.child(lvl, "lvlText");
            return new Level(start == null ? 0 : start, format == null ? "decimal" : format,
                    text == null ? null : W.val(text), W.intVal(W.child(lvl, "lvlRestart")),
                    W.on(W.child(lvl, "isLgl")), W.val(W.child(lvl, "pStyle")));
        }
    }

    /** One w:abstractNum. */
    record Abstract(String id, Level[] levels, String numStyleLink) {
    }

    /** One w:num: its definition and overrides by level. */
    record Instance(String abstractId, Map<Integer, Integer> startOverride, Map<Integer, Level> levelOverride) {
    }

    /** The number of one paragraph: its label as displayed ("1.", "(a)", "•") and its level from 0. */
    record Label(String number, int level) {
    }

    private final Map<String, Abstract> abstracts = new HashMap<>();
    private final Map<String, Instance> nums = new HashMap<>();
    private final Styles styles;

    /** counters by abstract definition */
    private final Map<String, int[]> values = new HashMap<>();
    private final Map<String, boolean[]> started = new HashMap<>();
    /** the lists (w:num) already used, whose start overrides are applied */
    private final Set<String> seen = new HashSet<>();

    /** @param doc the parsed numbering part, or null @param styles the styles, for numbering style links */
    Numbering(Document doc, Styles styles) {
        this.styles = styles;
        if (doc == null) {
            return;
        }
        Element root = doc.getDocumentElement();
        for (Element a : W.children(root, "abstractNum")) {
            String id = W.attr(a, "abstractNumId");
            if (id == null) {
                continue;
            }
            Level[] levels = new Level[LEVELS];
            for (Element lvl : W.children(a, "lvl")) {
                Integer i = intAttr(lvl, "ilvl");
                if (i != null && i >= 0 && i < LEVELS && levels[i] == null) {
                    levels[i] = Level.parse(lvl);
                }
            }
            abstracts.putIfAbsent(id, new Abstract(id, levels, W.val(W.child(a, "numStyleLink"))));
        }
        for (Element n : W.children(root, "num")) {
            String id = W.attr(n, "numId");
            Element abs = W.child(n, "abstractNumId");
            if (id == null || abs == null) {
                continue;
            }
            Map<Integer, Integer> starts = new HashMap<>();
            Map<Integer, Level> levels = new HashMap<>();
            for (Element o : W.children(n, "lvlOverride")) {
                Integer i = intAttr(o, "ilvl");
                if (i == null || i < 0 || i >= LEVELS) {
                    continue;
                }
                Integer s = W.intVal(W.child(o, "startOverride"));
                if (s != null) {
                    starts.put(i, s);
                }
                Element lvl = W.child(o, "lvl");
                if (lvl != null) {
                    levels.put(i, Level.parse(lvl));
                    if (s == null && W.child(lvl, "start") != null) {
                        starts.put(i, levels.get(i).start()); // a whole level given anew restarts it too
                    }
                }
            }
            nums.putIfAbsent(id, new Instance(W.val(abs), starts, levels));
        }
    }

    private static Integer intAttr(Element e, String name) {
        String v = W.attr(e, name);
        try {
            return v == null ? null : Integer.valueOf(v.trim());
        } catch (NumberFormatException x) {
            return null;
        }
    }

    /** @return the abstract definition of the list, following numbering-style links; null when none */
    private Abstract definition(Instance inst) {
        Abstract a = abstracts.get(inst.abstractId());
        for (int k = 0; a != null && a.numStyleLink() != null && k < MAX_LINKS; k++) {
            Element numPr = styles.numPr(a.numStyleLink());
            Instance linked = numPr == null ? null : nums.get(W.val(W.child(numPr, "numId")));
            Abstract next = linked == null ? null : abstracts.get(linked.abstractId());
            if (next == null || next == a) {
                break;
            }
            a = next;
        }
        return a;
    }

    private static Level level(Instance inst, Abstract a, int k) {
        Level o = inst.levelOverride().get(k);
        return o != null ? o : a.levels()[k];
    }

    private static int start(Instance inst, Abstract a, int k) {
        Integer s = inst.startOverride().get(k);
        if (s != null) {
            return s;
        }
        Level l = level(inst, a, k);
        return l == null ? 0 : l.start();
    }

    /**
     * The level of a list whose paragraphs a style numbers: the level that names the style (w:pStyle), else 0.
     *
     * @return the level
     */
    int levelOfStyle(String numId, String styleId) {
        Instance inst = nums.get(numId);
        Abstract a = inst == null ? null : definition(inst);
        if (a == null || styleId == null) {
            return 0;
        }
        for (int k = 0; k < LEVELS; k++) {
            Level l = level(inst, a, k);
            if (l != null && styleId.equals(l.pStyle())) {
                return k;
            }
        }
        return 0;
    }

    /**
     * Advances the counters for a paragraph of the list at that level and gives its label as displayed.
     *
     * @param numId the list (w:numId; "0" is none)
     * @param ilvl  the level, 0..8
     * @return the label, or null when the list or level is not defined or displays nothing
     */
    Label next(String numId, int ilvl) {
        Instance inst = numId == null ? null : nums.get(numId);
        Abstract a = inst == null ? null : definition(inst);
        if (a == null || ilvl < 0 || ilvl >= LEVELS) {
            return null;
        }
        Level lv = level(inst, a, ilvl);
        if (lv == null) {
            return null;
        }
        int[] value = values.computeIfAbsent(a.id(), k -> new int[LEVELS]);
        boolean[] on = started.computeIfAbsent(a.id(), k -> new boolean[LEVELS]);
        if (seen.add(numId)) {
            for (int k : inst.startOverride().keySet()) {
                on[k] = false; // this list restarts the level where it is first used
            }
        }
        if (!on[ilvl]) {
            value[ilvl] = start(inst, a, ilvl);
            on[ilvl] = true;
        } else {
            value[ilvl]++;
        }
        for (int d = ilvl + 1; d < LEVELS; d++) {
            Level deeper = level(inst, a, d);
            Integer r = deeper == null ? null : deeper.restart();
            if (r == null || r != 0 && ilvl < r) {
                on[d] = false;
            }
        }
        if ("bullet".equals(lv.format())) { // a blank bullet (a list item's further paragraph) displays nothing
            return lv.text() == null || lv.text().isBlank() ? null : new Label(bullet(lv.text()), ilvl);
        }
        if (lv.text() == null) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        String t = lv.text();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '%' && i + 1 < t.length() && t.charAt(i + 1) >= '1' && t.charAt(i + 1) <= '9') {
                int k = t.charAt(++i) - '1';
                Level lk = level(inst, a, k);
                int v = k == ilvl || on[k] ? value[k] : start(inst, a, k);
                String format = lv.legal() ? "decimal" : lk == null ? "decimal" : lk.format();
                b.append(format(v, format));
            } else {
                b.append(c);
            }
        }
        String number = b.toString().strip();
        return number.isEmpty() ? null : new Label(number, ilvl);
    }

    /** the bullet characters the importer reads as bullets */
    private static final String BULLETS = "-•▪◦·–—*●○■□➢►";

    /** A bullet as a character the importer reads: the level's own when it is one of those, else "•". */
    private static String bullet(String text) {
        String t = text == null ? "" : text.strip();
        return t.length() == 1 && BULLETS.indexOf(t.charAt(0)) >= 0 ? t : "•";
    }

    /**
     * A counter's value in a Word number format (w:numFmt).
     *
     * @return the digits, letters or numerals; decimal for a format not known here
     */
    static String format(int v, String format) {
        return switch (format == null ? "decimal" : format) {
            case "none", "bullet" -> "";
            case "decimalZero" -> v >= 0 && v < 10 ? "0" + v : String.valueOf(v);
            case "lowerLetter" -> letters(v, 'a');
            case "upperLetter" -> letters(v, 'A');
            case "lowerRoman" -> roman(v).toLowerCase(java.util.Locale.ROOT);
            case "upperRoman" -> roman(v);
            case "ordinal" -> v + ordinalSuffix(v);
            case "decimalEnclosedParen" -> "(" + v + ")";
            case "decimalEnclosedFullstop" -> v + ".";
            case "decimalEnclosedCircle" -> v >= 1 && v <= 20 ? String.valueOf((char) (0x2460 + v - 1)) : String.valueOf(v);
            case "chicago" -> chicago(v);
            default -> String.valueOf(v);
        };
    }

    /** Word's letters: a..z, then aa..zz, aaa..: the letter repeated, not a base-26 number. */
    private static String letters(int v, char a) {
        if (v <= 0) {
            return String.valueOf(v);
        }
        char c = (char) (a + (v - 1) % 26);
        return String.valueOf(c).repeat((v - 1) / 26 + 1);
    }

    private static final int[] ROMAN_VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] ROMAN_DIGITS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private static String roman(int v) {
        if (v <= 0 || v >= 4000) {
            return String.valueOf(v);
        }
        StringBuilder b = new StringBuilder();
        int rest = v;
        for (int i = 0; i < ROMAN_VALUES.length; i++) {
            while (rest >= ROMAN_VALUES[i]) {
                b.append(ROMAN_DIGITS[i]);
                rest -= ROMAN_VALUES[i];
            }
        }
        return b.toString();
    }

    private static String ordinalSuffix(int v) {
        int h = Math.abs(v) % 100;
        if (h >= 11 && h <= 13) {
            return "th";
        }
        return switch (Math.abs(v) % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    private static String chicago(int v) {
        if (v <= 0) {
            return String.valueOf(v);
        }
        String[] marks = {"*", "\u2020", "\u2021", "\u00a7"};
        return marks[(v - 1) % 4].repeat((v - 1) / 4 + 1);
    }
}
