package org.declaro.importer.spi;

/** TEMPORARY copy. */
public record LineEvidence(int page, double x, double y, double fontSize, boolean bold, boolean italic,
        String style, int headingLevel, int numberLevel, String number, Role role, String footnote) {
    /** role */
    public enum Role { /** c */ CONTENT, /** f */ FURNITURE, /** fn */ FOOTNOTE }
    /** none */
    public static final LineEvidence NONE = new LineEvidence(0, Double.NaN, Double.NaN, 0, false, false, null, 0, -1, null, Role.CONTENT, null);
    /** @return builder */
    public static Builder builder() {
        return new Builder(NONE);
    }
    /** @return builder */
    public Builder toBuilder() {
        return new Builder(this);
    }
    /** builder */
    public static final class Builder {
        private int page; private double x; private double y; private double fontSize; private boolean bold; private boolean italic;
        private String style; private int headingLevel; private int numberLevel; private String number; private Role role; private String footnote;
        Builder(LineEvidence e) {
            page = e.page; x = e.x; y = e.y; fontSize = e.fontSize; bold = e.bold; italic = e.italic; style = e.style;
            headingLevel = e.headingLevel; numberLevel = e.numberLevel; number = e.number; role = e.role; footnote = e.footnote;
        }
        /** @param v v @return this */ public Builder page(int v) { page = v; return this; }
        /** @param v v @return this */ public Builder x(double v) { x = v; return this; }
        /** @param v v @return this */ public Builder y(double v) { y = v; return this; }
        /** @param v v @return this */ public Builder fontSize(double v) { fontSize = v; return this; }
        /** @param v v @return this */ public Builder bold(boolean v) { bold = v; return this; }
        /** @param v v @return this */ public Builder italic(boolean v) { italic = v; return this; }
        /** @param v v @return this */ public Builder style(String v) { style = v; return this; }
        /** @param v v @return this */ public Builder headingLevel(int v) { headingLevel = v; return this; }
        /** @param v v @return this */ public Builder numberLevel(int v) { numberLevel = v; return this; }
        /** @param v v @return this */ public Builder number(String v) { number = v; return this; }
        /** @param v v @return this */ public Builder role(Role v) { role = v; return this; }
        /** @param v v @return this */ public Builder footnote(String v) { footnote = v; return this; }
        /** @return evidence */ public LineEvidence build() {
            return new LineEvidence(page, x, y, fontSize, bold, italic, style, headingLevel, numberLevel, number, role, footnote);
        }
    }
}
