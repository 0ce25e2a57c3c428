package org.declaro.pdf;

/**
 * One character of a page's text layer, as PDFBox placed it: in points from the page's top-left, in the
 * page's reading direction.
 *
 * @param text   the character(s) it maps to in Unicode
 * @param x      the left edge
 * @param y      the baseline
 * @param width  the advance width
 * @param size   the type size in points
 * @param space  the width of a space in its font (0 unknown)
 * @param bold   whether its font is bold
 * @param italic whether its font is italic or oblique
 */
record Glyph(String text, double x, double y, double width, double size, double space, boolean bold, boolean italic) {

    /** @return the right edge */
    double end() {
        return x + width;
    }

    /** @return whether it is only white space (no-break spaces too) */
    boolean blank() {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }
}
