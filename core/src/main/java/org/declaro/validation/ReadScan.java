package org.declaro.validation;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.declaro.internal.Format;
import org.declaro.json.ReadListener;
import org.declaro.model.Action;
import org.declaro.model.ActionPlan;
import org.declaro.model.Commitment;
import org.declaro.model.Declaration;
import org.declaro.model.Footnote;
import org.declaro.model.FormatVersion;
import org.declaro.model.Heading;
import org.declaro.model.Paragraph;
import org.declaro.model.PreambularParagraph;
import org.declaro.model.Section;
import org.declaro.model.Subparagraph;

/**
 * A first look at each object while the reader builds it and its values are still in the processor's
 * caches: it tells whether the text rules and the commitment rules could find anything in the document.
 * For most documents they cannot, and their walks over the finished model (most of the validator's time
 * on a large document, spent waiting for memory) are skipped. When a family could, it runs as it does on a
 * model built in memory, so the findings are the same either way; {@code JsonConstraintPathsProperties}
 * and {@code ReadScanProperties} hold that.
 *
 * The same look tells whether any object has a field newer than the first format version, without which no
 * field can be newer than the document's own version.
 *
 * <p>The look only ever errs towards running a family: a suspect text, spans out of order, an id seen
 * twice in the input (in any of its documents) all send the document to the full rule.
 */
final class ReadScan implements ReadListener {
    private static final FormatVersion FIRST = FormatVersion.values()[0];
    /** The shapes with fields that a version after the first added (a few). */
    private static final List<Format.Shape<?>> MAY_BE_NEWER = mayBeNewer();
    private final Set<String> themes;
    private final FirstUse ids = new FirstUse();
    private boolean texts;
    private boolean commitments;
    private boolean newerFields;
    private char[] buffer = new char[512];

    private static List<Format.Shape<?>> mayBeNewer() {
        List<Format.Shape<?>> shapes = new java.util.ArrayList<>();
        for (Format.Shape<?> shape : Format.SHAPES) { // a loop, not a stream: no lambda to spin up at start-up
            if (!shape.fieldsNewerThan(FIRST).isEmpty()) {
                shapes.add(shape);
            }
        }
        return List.copyOf(shapes);
    }

    ReadScan(Set<String> themes) {
        this.themes = themes;
    }

    /** @return whether the text rules could report something */
    boolean texts() {
        return texts;
    }

    /** @return whether the commitment rules could report something */
    boolean commitments() {
        return commitments;
    }

    /** @return whether some object has a field that a format version after the first added */
    boolean newerFields() {
        return newerFields;
    }

    @Override
    public void read(Object record, Supplier<String> pointer) {
        if (!newerFields) {
            for (Format.Shape<?> shape : MAY_BE_NEWER) {
                if (shape.type() == record.getClass()) {
                    newerFields = shape.hasFieldNewerThan(FIRST, record);
                    break;
                }
            }
        }
        if (record instanceof Commitment c) {
            if (c.id() != null && ids.putIfAbsent(c.id(), "", 0, 0) >= 0) {
                commitments = true;
            }
        } else if (record instanceof Paragraph p) {
            host(p.text(), p.commitments());
        } else if (record instanceof Subparagraph s) {
            host(s.text(), s.commitments());
        } else if (record instanceof PreambularParagraph p) {
            host(p.text(), p.commitments());
        } else if (record instanceof Action a) {
            host(a.text(), a.commitments());
        } else if (record instanceof Footnote f) {
            text(f.text());
        } else if (record instanceof Heading h) {
            text(h.title());
        } else if (record instanceof Section s) {
            text(s.title());
            texts(s.paragraphs());
        } else if (record instanceof Declaration d) {
            text(d.title());
            text(d.subtitle());
        } else if (record instanceof ActionPlan a) {
            text(a.title());
            texts(a.introduction());
        }
    }

    private void host(String text, List<Commitment> list) {
        text(text);
        if (!commitments && !list.isEmpty() && !Commitments.clean(text, list, themes)) {
            commitments = true;
        }
    }

    private void texts(List<String> list) {
        for (int i = 0; i < list.size() && !texts; i++) {
            text(list.get(i));
        }
    }

    private void text(String text) {
        if (text != null && text.length() > buffer.length) {
            buffer = new char[Math.max(text.length(), 2 * buffer.length)];
        }
        if (!texts && Texts.suspect(text, buffer)) {
            texts = true;
        }
    }
}
