package org.declaro.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Modifier;
import java.util.List;
import java.util.stream.Stream;
import org.declaro.commitments.CommitmentExtractor;
import org.declaro.model.Commitment;
import org.declaro.model.Declaration;
import org.declaro.model.Modality;
import org.junit.jupiter.api.Test;

/** {@link DocumentDiff#compare} finds the commitments of a version that carries none, unless told not to. */
class DocumentDiffCommitmentsTest {
    private static final Declaration DRAFT = Declaration.builder("d", "D").paragraph("We commit to clearing all mined areas.").build();
    private static final Declaration ADOPTED = Declaration.builder("d", "D").paragraph("We aspire to clear all mined areas.").build();

    @Test
    void versionsWithoutCommitmentsHaveThemFound() {
        List<CommitmentChange> changes = DocumentDiff.standard().compare(DRAFT, ADOPTED).commitments();
        assertEquals(1, changes.size(), changes::toString);
        assertEquals(CommitmentChange.Type.CHANGED, changes.get(0).type());
        assertEquals(Modality.COMMIT, changes.get(0).before().modality());
        assertEquals(Modality.ASPIRE, changes.get(0).after().modality());
        assertEquals(DocumentDiff.standard().compare(DRAFT, ADOPTED), DocumentDiff.builder().extractor(null).build()
                .compare((Declaration) CommitmentExtractor.standard().extract(DRAFT),
                        (Declaration) CommitmentExtractor.standard().extract(ADOPTED)), "as if extracted first");
    }

    @Test
    void withoutAnExtractorOnlyCarriedCommitmentsAreCompared() {
        DocumentDiff carried = DocumentDiff.standard().toBuilder().extractor(null).build();
        assertTrue(carried.compare(DRAFT, ADOPTED).commitments().isEmpty());
    }

    @Test
    void carriedCommitmentsAreKeptNotFoundAgain() {
        Commitment annotated = Commitment.builder().id("p1.c1").modality(Modality.PLEDGE).actor("we").text("We commit")
                .start(0).end(9).build();
        Declaration draft = DRAFT.withParagraph(0, DRAFT.paragraphs().get(0).withCommitments(List.of(annotated)));
        List<CommitmentChange> changes = DocumentDiff.standard().compare(draft, draft).commitments();
        assertTrue(changes.isEmpty(), changes::toString);
        List<CommitmentChange> against = DocumentDiff.standard().compare(draft, ADOPTED).commitments();
        assertTrue(against.stream().anyMatch(c -> annotated.equals(c.before())),
                () -> "the draft's annotation is compared, not a commitment found again in its text: " + against);
    }

    @Test
    void aComparisonIsBuiltNotConstructed() {
        assertTrue(Stream.of(DocumentDiff.class.getDeclaredConstructors()).noneMatch(k -> Modifier.isPublic(k.getModifiers())));
        assertTrue(Stream.of(DocumentDiff.Builder.class.getDeclaredConstructors()).noneMatch(k -> Modifier.isPublic(k.getModifiers())));
        assertTrue(Stream.of(DocumentDiff.class.getMethods()).filter(m -> m.getName().equals("compare"))
                .noneMatch(m -> Modifier.isStatic(m.getModifiers())), "compare is a method of a configured comparison");
    }
}
