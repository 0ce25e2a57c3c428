package org.declaro.importer;

/** Roman and Chinese numerals and digits of other scripts, small ones: enough for labels, sections and articles. */
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

    private static final String CHINESE_DIGITS = "零一二三四五六七八九";

    /**
     * @param s a number as printed: digits of any script ("12", "١٢"), or a Chinese numeral below a thousand
     *          ("十二", "二十一", "一百零五")
     * @return its value, or -1 if it is not one
     */
    static int parse(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        int value = 0;
        boolean digits = true;
        for (int i = 0; i < s.length() && digits; i++) {
            int d = Character.digit(s.charAt(i), 10);
            digits = d >= 0;
            value = value * 10 + Math.max(d, 0);
        }
        if (digits) {
            return s.length() <= 6 ? value : -1;
        }
        return fromChinese(s);
    }

    private static int fromChinese(String s) {
        int total = 0;
        int digit = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = CHINESE_DIGITS.indexOf(c);
            if (d >= 0) {
                digit = d;
            } else if (c == '十' || c == '百') {
                int unit = c == '十' ? 10 : 100;
                total += (digit < 0 ? 1 : digit) * unit;
                digit = -1;
            } else if (c != '〇') {
                return -1;
            } else {
                digit = 0;
            }
        }
        return total + Math.max(digit, 0);
    }
}
