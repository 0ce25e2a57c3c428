package org.declaro.commitments;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.declaro.model.Action;
import org.declaro.model.ActionPlan;
import org.declaro.model.Commitment;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.declaro.model.Paragraph;
import org.declaro.model.PreambularParagraph;
import org.declaro.model.Section;
import org.declaro.model.Subparagraph;

/**
 * The table of every commitment of a document, or of a corpus one document after another: the rows that
 * {@code declaro commitments} lists, made here so that the CLI, a server or a distributed pipeline list the
 * same rows.
 *
 * <p>A document's rows are its annotated commitments, or, when it has none (or when asked with
 * {@code forceExtract}), the units a {@link CommitmentExtractor} finds in its text, with ids as
 * {@link CommitmentExtractor#extract(Document)} gives them. Rows follow the document: preambular paragraphs,
 * then paragraphs (a paragraph's sub-paragraphs listed under it), or a plan's actions section by section.
 * Annexes are not listed.
 *
 * <p>Stateless and thread-safe: every method is static and depends on its arguments only.
 *
 * <pre>{@code
 * CommitmentExtractor extractor = CommitmentExtractor.builder().themes(ThemeVocabulary.mineAction()).build();
 * try (Writer out = Files.newBufferedWriter(Path.of("commitments.csv"))) {
 *     CommitmentTableWriter table = CommitmentTableWriter.csv(out);
 *     for (Path file : files) {
 *         table.writeAll(CommitmentTable.rows(Declaro.read(file), extractor, false));
 *     }
 * }
 * }</pre>
 */
public final class CommitmentTable {

    /** The columns of the table, in the order of {@link #ALL}; {@link #header()} is its name in CSV and JSON. */
    public enum Column {
        /** the document's id */
        DOCUMENT("document"),
        /** where the commitment is, see {@link CommitmentRow#paragraph()} */
        PARAGRAPH("paragraph"),
        /** the commitment's id */
        ID("id"),
        /** its modality */
        MODALITY("modality"),
        /** its actor */
        ACTOR("actor"),
        /** its deadline */
        DEADLINE("deadline"),
        /** its text */
        TEXT("text"),
        /** the cue that matched, for a commitment found in the text */
        CUE("cue");

        private final String header;

        Column(String header) {
            this.header = header;
        }

        /** @return the column's name in a CSV header and as a JSON property, e.g. {@code "document"} */
        public String header() {
            return header;
        }
    }

    /** Every column: document, paragraph, id, modality, actor, deadline, text, cue. */
    public static final List<Column> ALL = List.of(Column.values());

    /**
     * The columns of one document's table, as {@code declaro commitments --format csv} writes it: paragraph, id,
     * modality, actor, deadline, text.
     */
    public static final List<Column> DOCUMENT_COLUMNS = List.of(Column.PARAGRAPH, Column.ID, Column.MODALITY,
            Column.ACTOR, Column.DEADLINE, Column.TEXT);

    private CommitmentTable() {
    }

    /**
     * The rows of one document.
     *
     * @param doc          the document
     * @param extractor    finds commitments in the text when the document has no annotated ones
     * @param forceExtract true to find them in the text even when the document has annotated ones
     * @return the rows, in document order; empty if the document has no commitment
     * @throws NullPointerException if {@code doc} or {@code extractor} is null
     */
    public static List<CommitmentRow> rows(Document doc, CommitmentExtractor extractor, boolean forceExtract) {
        List<CommitmentRow> rows = new ArrayList<>();
        forEachRow(doc, extractor, forceExtract, rows::add);
        return rows;
    }

    /**
     * Gives the rows of one document to {@code sink} one at a time, in the order of
     * {@link #rows(Document, CommitmentExtractor, boolean)}.
     *
     * @param doc          the document
     * @param extractor    finds commitments in the text when the document has no annotated ones
     * @param forceExtract true to find them in the text even when the document has annotated ones
     * @param sink         receives each row
     * @throws NullPointerException if an argument is null
     */
    public static void forEachRow(Document doc, CommitmentExtractor extractor, boolean forceExtract,
            Consumer<? super CommitmentRow> sink) {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(extractor, "extractor");
        Objects.requireNonNull(sink, "sink");
        String id = doc.id();
        if (doc instanceof Declaration d) {
            declaration(d, id, extractor, forceExtract, sink);
        } else if (doc instanceof ActionPlan plan) {
            actionPlan(plan, id, extractor, forceExtract, sink);
        }
    }

    private static void declaration(Declaration d, String id, CommitmentExtractor extractor, boolean forceExtract,
            Consumer<? super CommitmentRow> sink) {
        boolean annotated = !forceExtract && (d.paragraphs().stream()
                .anyMatch(p -> !p.commitments().isEmpty() || !inSubparagraphs(p.subparagraphs()).isEmpty())
                || d.preamble().stream().anyMatch(p -> !p.commitments().isEmpty()));
        // as CommitmentExtractor.extract: the authors found from the document
        CuePatterns g = extractor.cues(d.language()).patterns();
        CommitmentExtractor.Authors authors = CommitmentExtractor.authors(d, g);
        for (int i = 0; i < d.preamble().size(); i++) {
            PreambularParagraph p = d.preamble().get(i);
            String where = "pre " + (i + 1);
            if (annotated) {
                p.commitments().forEach(c -> sink.accept(CommitmentRow.of(id, where, c, null)));
            } else {
                extractor.find(g, p.text(), "pre" + (i + 1), authors.inPreamble()).forEach(u -> sink.accept(row(id, where, u)));
            }
        }
        // ids name the paragraph by its number; where numbering restarts (format 1.1), by its position
        List<Integer> numbers = d.paragraphs().stream().map(Paragraph::number).filter(Objects::nonNull).toList();
        boolean unique = numbers.stream().distinct().count() == numbers.size();
        for (int i = 0; i < d.paragraphs().size(); i++) {
            Paragraph p = d.paragraphs().get(i);
            String where = p.number() == null ? "#" + (i + 1) : String.valueOf(p.number());
            if (annotated) {
                p.commitments().forEach(c -> sink.accept(CommitmentRow.of(id, where, c, null)));
                inSubparagraphs(p.subparagraphs()).forEach(c -> sink.accept(CommitmentRow.of(id, where, c, null)));
            } else {
                String prefix = "p" + (p.number() == null || !unique ? i + 1 : p.number());
                extractor.find(g, p, prefix, authors).forEach(u -> sink.accept(row(id, where, u)));
            }
        }
    }

    private static void actionPlan(ActionPlan plan, String id, CommitmentExtractor extractor, boolean forceExtract,
            Consumer<? super CommitmentRow> sink) {
        boolean annotated = !forceExtract && plan.actions().stream().anyMatch(a -> !a.commitments().isEmpty());
        int position = 0; // an action without a number is named by its position in the plan, as extract names it
        for (Section s : plan.sections()) {
            for (Action a : s.actions()) {
                position++;
                String where = a.number() == null ? "action" : "action " + a.number();
                if (annotated) {
                    a.commitments().forEach(c -> sink.accept(CommitmentRow.of(id, where, c, null)));
                } else {
                    String prefix = "a" + (a.number() == null ? position : a.number());
                    extractor.find(Passage.of(a.text()).withIdPrefix(prefix).withLanguage(plan.language())).forEach(u -> sink.accept(row(id, where, u)));
                }
            }
        }
    }

    private static CommitmentRow row(String id, String where, CommitmentExtractor.Unit u) {
        return CommitmentRow.of(id, where, u.commitment(), u.cue());
    }

    /** The commitments of sub-paragraphs (format 1.1), at any depth, in document order: they count as their paragraph's. */
    private static List<Commitment> inSubparagraphs(List<Subparagraph> subs) {
        List<Commitment> out = new ArrayList<>();
        for (Subparagraph s : subs) {
            out.addAll(s.commitments());
            out.addAll(inSubparagraphs(s.subparagraphs()));
        }
        return out;
    }
}
