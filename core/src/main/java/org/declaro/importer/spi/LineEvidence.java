package org.declaro.importer.spi;

import java.util.Objects;

/**
 * What a file format says about one line, where plain text would leave the importer to guess. Every part is
 * optional: {@link #NONE} is a line of plain text.
 *
 * <p>A content line's {@code x}, less the body's usual left edge, is read as plain text's indentation (leading
 * spaces at one for every half of the body's type size), so that items set in under an article, bullets nested
 * by indent and an item's continuation lines read as they do in a plain text; a reader of any format gives the
 * line's start there (a PDF's glyph position, a Word paragraph's left indent), and a hanging number's line its
 * number's start.
 *
 * @param page         the page, from 1; 0 when unknown
 * @param x            the line's start from the page's left edge (or from the text's left margin), in points;
 *                     NaN when unknown
 * @param y            the line's baseline from the page's top edge, in points; NaN when unknown
 * @param fontSize     the size of most of its type, in points; 0 when unknown
 * @param bold         the whole line is set in bold
 * @param italic       the whole line is set in italics (a preambular participle, a note set apart)
 * @param style        the paragraph style's name ({@code Title}, {@code Heading 2}, {@code List Number}), or null
 * @param headingLevel the heading level a style or outline level gives, from 1; 0 for a line that is no heading
 * @param numberLevel  the list level of its automatic number, from 0; 0 also when it has none
 * @param number       its automatic or hanging number or label as displayed ({@code 3.}, {@code (a)}, {@code II.}),
 *                     not repeated in the text; null when it has none
 * @param role         whether the line is content, page furniture or a footnote's text
 * @param footnote     for a {@link Role#FOOTNOTE} line, the footnote's label as its markers show it; else null
 * @param lineBreak    the line ends with a line break of the text, not where its paragraph wrapped: a Word line
 *                     break, or a line that ends short although the next line's first word would have fitted; the
 *                     next line of the paragraph is then read as plain text reads a line after a hard break (a
 *                     clause or an item may start there)
 */
public record LineEvidence(int page, double x, double y, double fontSize, boolean bold, boolean italic,
        String style, int headingLevel, int numberLevel, String number, Role role, String footnote,
        boolean lineBreak) {

    /** What a line is for. */
    public enum Role {
        /** text of the document */
        CONTENT,
        /** page furniture: a running head or foot, a page number, a job number; left out with an info finding */
        FURNITURE,
        /** the text of a footnote (its label in {@link LineEvidence#footnote()}), wherever the page put it */
        FOOTNOTE
    }

    /**
     * Evidence of a line that ends where its paragraph wrapped (or where it ends).
     *
     * @throws NullPointerException     if {@code role} is null, or a footnote line has no label
     * @throws IllegalArgumentException if a number or level is negative
     */
    public LineEvidence(int page, double x, double y, double fontSize, boolean bold, boolean italic, String style,
            int headingLevel, int numberLevel, String number, Role role, String footnote) {
        this(page, x, y, fontSize, bold, italic, style, headingLevel, numberLevel, number, role, footnote, false);
    }

    /** No evidence: a line of plain text. */
    public static final LineEvidence NONE = builder().build();

    /**
     * @throws NullPointerException     if {@code role} is null, or a footnote line has no label
     * @throws IllegalArgumentException if a number or level is negative
     */
    public LineEvidence {
        Objects.requireNonNull(role, "role");
        if (page < 0 || headingLevel < 0 || numberLevel < 0 || fontSize < 0) {
            throw new IllegalArgumentException("page, fontSize, headingLevel and numberLevel must not be negative");
        }
        if (role == Role.FOOTNOTE) {
            Objects.requireNonNull(footnote, "a footnote line needs its label");
        }
    }

    /** @return a builder with no evidence set */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder that starts from this evidence */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.page = page;
        b.x = x;
        b.y = y;
        b.fontSize = fontSize;
        b.bold = bold;
        b.italic = italic;
        b.style = style;
        b.headingLevel = headingLevel;
        b.numberLevel = numberLevel;
        b.number = number;
        b.role = role;
        b.footnote = footnote;
        b.lineBreak = lineBreak;
        return b;
    }

    /** Builds {@link LineEvidence}; every part starts unknown. */
    public static final class Builder {
        private int page;
        private double x = Double.NaN;
        private double y = Double.NaN;
        private double fontSize;
        private boolean bold;
        private boolean italic;
        private String style;
        private int headingLevel;
        private int numberLevel;
        private String number;
        private Role role = Role.CONTENT;
        private String footnote;
        private boolean lineBreak;

        private Builder() {
        }

        /** @param v the page, from 1 @return this builder */
        public Builder page(int v) {
            page = v;
            return this;
        }

        /** @param v points from the left edge @return this builder */
        public Builder x(double v) {
            x = v;
            return this;
        }

        /** @param v points from the top edge @return this builder */
        public Builder y(double v) {
            y = v;
            return this;
        }

        /** @param v the type size in points @return this builder */
        public Builder fontSize(double v) {
            fontSize = v;
            return this;
        }

        /** @param v the whole line is bold @return this builder */
        public Builder bold(boolean v) {
            bold = v;
            return this;
        }

        /** @param v the whole line is italic @return this builder */
        public Builder italic(boolean v) {
            italic = v;
            return this;
        }

        /** @param v the paragraph style's name, or null @return this builder */
        public Builder style(String v) {
            style = v;
            return this;
        }

        /** @param v the heading level from 1, or 0 @return this builder */
        public Builder headingLevel(int v) {
            headingLevel = v;
            return this;
        }

        /** @param v the list level from 0 @return this builder */
        public Builder numberLevel(int v) {
            numberLevel = v;
            return this;
        }

        /** @param v the displayed number or label, or null @return this builder */
        public Builder number(String v) {
            number = v;
            return this;
        }

        /** @param v what the line is for @return this builder */
        public Builder role(Role v) {
            role = v;
            return this;
        }

        /** @param v a footnote line's label @return this builder */
        public Builder footnote(String v) {
            footnote = v;
            return this;
        }

        /** @param v the line ends with a line break of the text, not a wrap @return this builder */
        public Builder lineBreak(boolean v) {
            lineBreak = v;
            return this;
        }

        /** @return the evidence */
        public LineEvidence build() {
            return new LineEvidence(page, x, y, fontSize, bold, italic, style, headingLevel, numberLevel, number,
                    role, footnote, lineBreak);
        }
    }
}
