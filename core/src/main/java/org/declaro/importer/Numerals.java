package org.declaro.importer;

/** Roman numerals, small ones: enough for labels and section numbers. */
final class Numerals {

    private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] SYMBOLS = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};

    private Numerals() {
    }

    static String roman(int n) {
        StringBuilder b = new StringBuilder();
        int v = n;
        for (int i = 0; i < VALUES.length; i++) {
            while (v >= VALUES[i]) {
                b.append(SYMBOLS[i]);
                v -= VALUES[i];
            }
        }
        return b.toString();
    }

    /** @return the value of a lower- or upper-case roman numeral, or -1 if it is not one */
    static int fromRoman(String s) {
        String t = s.toLowerCase(java.util.Locale.ROOT);
        int total = 0;
        int i = 0;
        for (int k = 0; k < VALUES.length && i < t.length(); k++) {
            while (t.startsWith(SYMBOLS[k], i)) {
                total += VALUES[k];
                i += SYMBOLS[k].length();
            }
        }
        return i == t.length() && !t.isEmpty() && roman(total).equals(t) ? total : -1;
    }
}
