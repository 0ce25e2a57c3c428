package org.declaro.validation;

import org.declaro.model.Document;

/** A family of related semantic rules, checked on one document (annexes are visited separately). */
interface RuleFamily {
    /**
     * @param doc    the document
     * @param base   JSON Pointer of the document: "" or "/annexes/0"
     * @param checks where findings go
     */
    void check(Document doc, String base, Checks checks);
}
