package org.declaro.importer;

/**
 * The stages of an import, in the order a line meets them. Each line of the source is owned by at most one
 * stage: the stage that placed it in the model or left it out with a finding ({@link Lines#claim}).
 */
enum Stage {
    /** page furniture, file headers, lone markers joined to their text ({@link Layout}) */
    LAYOUT,
    /** footnote definitions and their continuation lines ({@link FootnoteDefinitions}) */
    FOOTNOTES,
    /** where annexes and second language versions begin ({@link Parts}) */
    PARTS,
    /** title, symbol, session, meeting, dates above the body ({@link FrontMatter}) */
    FRONT_MATTER,
    /** the author, preamble, paragraphs, headings and closing lines of a declaration ({@link Body}) */
    BODY,
    /** the sections and actions of an action plan ({@link Plan}) */
    PLAN
}
