package org.declaro.importer.spi;

/** TEMPORARY copy. */
public record LineEvidence(int page, double x, double y, double fontSize, boolean bold, boolean italic,
        String style, int headingLevel, int numberLevel, String number, Role role, String footnote) {
    /** role */
    public enum Role { /** c */ CONTENT, /** f */ FURNITURE, /** n */ FOOTNOTE }
    /** none */
    public static final LineEvidence NONE = new LineEvidence(0, Double.NaN, Double.NaN, 0, false, false, null, 0, -1, null, Role.CONTENT, null);
    /** @return b */
    public static Builder builder() {
        return NONE.toBuilder();
    }
    /** @return b */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.page = page; b.x = x; b.y = y; b.fontSize = fontSize; b.bold = bold; b.italic = italic; b.style = style;
        b.headingLevel = headingLevel; b.numberLevel = numberLevel; b.number = number; b.role = role; b.footnote = footnote;
        return b;
    }
    /** builder */
    public static final class Builder {
        private int page; private double x; private double y; private double fontSize; private boolean bold; private boolean italic;
        private String style; private int headingLevel; private int numberLevel; private String number; private Role role; private String footnote;
        /** @param v v @return b */ public Builder page(int v) { page = v; return this; }
        /** @param v v @return b */ public Builder x(double v) { x = v; return this; }
        /** @param v v @return b */ public Builder y(double v) { y = v; return this; }
        /** @param v v @return b */ public Builder fontSize(double v) { fontSize = v; return this; }
        /** @param v v @return b */ public Builder bold(boolean v) { bold = v; return this; }
        /** @param v v @return b */ public Builder italic(boolean v) { italic = v; return this; }
        /** @param v v @return b */ public Builder style(String v) { style = v; return this; }
        /** @param v v @return b */ public Builder headingLevel(int v) { headingLevel = v; return this; }
        /** @param v v @return b */ public Builder numberLevel(int v) { numberLevel = v; return this; }
        /** @param v v @return b */ public Builder number(String v) { number = v; return this; }
        /** @param v v @return b */ public Builder role(Role v) { role = v; return this; }
        /** @param v v @return b */ public Builder footnote(String v) { footnote = v; return this; }
        /** @return e */ public LineEvidence build() {
            return new LineEvidence(page, x, y, fontSize, bold, italic, style, headingLevel, numberLevel, number, role, footnote);
        }
    }
}
