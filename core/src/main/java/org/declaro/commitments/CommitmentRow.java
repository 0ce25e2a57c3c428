package org.declaro.commitments;

import java.io.Serializable;
import java.util.Objects;
import org.declaro.model.Commitment;

/**
 * One row of the table of every commitment in a corpus: which document, where in it, and the commitment's
 * fields as text. {@link CommitmentTable#rows} makes the rows of a document; {@link CommitmentTableWriter}
 * writes them as CSV or JSON Lines.
 *
 * <p>A field the commitment lacks (which {@code declaro validate} reports) is {@code null} here, as in the
 * model: CSV writes it as an empty cell, JSON Lines leaves the property out. Rows are immutable, equal by
 * value and {@link Serializable} (every component is a {@code String}), so that a distributed pipeline can
 * ship them between workers as they are.
 *
 * @param documentId   the id of the document, or {@code null} if it has none
 * @param paragraph    where the commitment is, as {@code declaro commitments} shows it: the paragraph's
 *                     number ({@code "4"}), {@code "#N"} for the N-th paragraph of a document whose
 *                     paragraphs are not numbered, {@code "pre N"} for the N-th preambular paragraph,
 *                     {@code "action N"} (or {@code "action"}) for an action of a plan; never null
 * @param commitmentId the commitment's id, e.g. {@code "p4.c1"}
 * @param modality     the modality's JSON name, e.g. {@code "pledge"}
 * @param actor        who commits, {@code "we"} for the authors
 * @param deadline     the deadline as the format writes it ({@code "2029"}, {@code "2029-05"}, {@code "2029-05-31"})
 * @param text         the clause, as in the paragraph
 * @param cue          for a commitment found in the text, the cue that matched (e.g. {@code will: "will" (first-person subject)});
 *                     {@code null} for an annotated commitment
 */
public record CommitmentRow(String documentId, String paragraph, String commitmentId, String modality, String actor,
        String deadline, String text, String cue) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** @throws NullPointerException if {@code paragraph} is null */
    public CommitmentRow {
        Objects.requireNonNull(paragraph, "paragraph");
    }

    /**
     * The row of a commitment.
     *
     * @param documentId the document's id, or null
     * @param paragraph  where the commitment is (see the record's description)
     * @param commitment the commitment
     * @param cue        the cue that matched, or null for an annotated commitment
     * @return the row, each field of the commitment as its text
     * @throws NullPointerException if {@code paragraph} or {@code commitment} is null
     */
    public static CommitmentRow of(String documentId, String paragraph, Commitment commitment, String cue) {
        return new CommitmentRow(documentId, paragraph, commitment.id(),
                commitment.modality() == null ? null : commitment.modality().jsonName(), commitment.actor(),
                commitment.deadline() == null ? null : commitment.deadline().toString(), commitment.text(), cue);
    }

    /**
     * @param column a column of the table
     * @return this row's value in that column, or {@code null} where the row has none
     */
    public String get(CommitmentTable.Column column) {
        return switch (column) {
            case DOCUMENT -> documentId;
            case PARAGRAPH -> paragraph;
            case ID -> commitmentId;
            case MODALITY -> modality;
            case ACTOR -> actor;
            case DEADLINE -> deadline;
            case TEXT -> text;
            case CUE -> cue;
        };
    }
}
