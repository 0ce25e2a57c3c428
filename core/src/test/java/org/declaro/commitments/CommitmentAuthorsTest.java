package org.declaro.commitments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.declaro.model.Declaration;
import org.declaro.model.PreambularParagraph;
import org.declaro.validation.DocumentValidator;
import org.junit.jupiter.api.Test;

/**
 * The authors found from the document (COMMITMENTS.md, issue 18): named in the third person, in any tense, with an
 * impersonal future; third parties' acts are not theirs; a body's appeals without an addressee. The texts are written for
 * these tests, after the genre, not taken from any document.
 */
class CommitmentAuthorsTest {
    private final CommitmentExtractor extractor = CommitmentExtractor.standard();

    private static Declaration declaration(String language, String author, List<String> preamble, String... paragraphs) {
        Declaration.Builder b = Declaration.builder("x", "X").language(language).author(author);
        preamble.forEach(p -> b.preamble(new PreambularParagraph(p)));
        for (String p : paragraphs) {
            b.paragraph(p);
        }
        return b.build();
    }

    /** Every unit, one line each: "id modality actor: text". */
    private static List<String> units(Declaration found) {
        assertEquals(List.of(), DocumentValidator.standard().validate(found).findings().stream().filter(f -> f.isError()).toList(),
                "spans, ranges and ids validate");
        List<String> out = new java.util.ArrayList<>();
        found.preamble().forEach(p -> p.commitments().forEach(c -> out.add(c.id() + " " + c.modality().jsonName() + " " + c.actor()
                + ": " + c.text())));
        found.paragraphs().forEach(p -> p.commitments().forEach(c -> out.add(c.id() + " " + c.modality().jsonName() + " "
                + c.actor() + ": " + c.text())));
        return out;
    }

    @Test
    void aCommuniqueNamesItsAuthorsInTheThirdPersonAndTheirUnitsAreFoundInAnyTense() {
        Declaration found = extractor.extract(declaration("en", null, List.of(),
                "The Foreign Ministers of Ruritania and Freedonia met in Lisbon on 3 May.",
                "The two sides agreed to establish a joint working group on energy. Both Ministers will meet again next year.",
                "The two countries reaffirmed their commitment to the peaceful settlement of disputes.",
                "Further efforts will be made to expand trade between the two countries."));
        assertEquals(List.of(
                "p2.c1 decide The two sides: The two sides agreed to establish a joint working group on energy",
                "p2.c2 will Both Ministers: Both Ministers will meet again next year",
                "p3.c1 reaffirm The two countries: The two countries reaffirmed their commitment to the peaceful settlement of disputes",
                "p4.c1 will we: Further efforts will be made to expand trade between the two countries"), units(found),
                "a designation of the authors, in the past or the future; an impersonal future only they can carry out");
    }

    @Test
    void aThirdPartysFutureOrAgreementIsNotTheAuthorsUnit() {
        Declaration found = extractor.extract(declaration("en", null, List.of(),
                "The Fund will disburse the first tranche in March. The parties to the conflict agreed to a ceasefire.",
                "The plan will be an essential tool. Agreed to by all, the text stands.",
                "The Global Plan to Address Hunger was launched last year, as was the resolve to strive for peace."));
        assertEquals(List.of(), units(found), "a body outside the authors, a description, a cue word in a name or as a noun");
    }

    @Test
    void coordinatedNamesAreTheAuthorsWhenTheTextOpensWithThemAndAPronounFollowsThem() {
        Declaration found = extractor.extract(declaration("en", null, List.of(),
                "Today, the President of Ruritania and the Prime Minister of Freedonia affirm their commitment to close"
                        + " cooperation.",
                "Freedonia and Ruritania will continue to work together on security. They also will work to curb disinformation.",
                "The World Bank and the Regional Fund will report back on financing.",
                "They will meet in Geneva."));
        assertEquals(List.of(
                "p1.c1 commit the President of Ruritania and the Prime Minister of Freedonia: the President of Ruritania and the"
                        + " Prime Minister of Freedonia affirm their commitment to close cooperation",
                "p2.c1 will Freedonia and Ruritania: Freedonia and Ruritania will continue to work together on security",
                "p2.c2 will Freedonia and Ruritania: They also will work to curb disinformation"), units(found),
                "names the opening sentence gives, in any order; \"They\" after them; not other bodies, nor \"They\" with no one"
                        + " named before it");
    }

    @Test
    void aBodysOperativeParagraphAppealsWithoutAnAddresseeButItsPreambleDoesNot() {
        Declaration found = extractor.extract(declaration("en", "The General Assembly",
                List.of("Calling for the universalization of the Treaty,",
                        "Recalling its resolution 70/1, in which it called upon all States to ratify the Treaty,"),
                "Calls for the immediate cessation of hostilities;",
                "Encourages the promotion of dialogue, and also encourages the Chair to hold consultations;",
                "Notes that the Commission encourages its Chairs to continue informal consultations;",
                "Demands that all parties comply with their obligations;"));
        assertEquals(List.of(
                "p1.c1 appeal unspecified: Calls for the immediate cessation of hostilities",
                "p2.c1 appeal unspecified: Encourages the promotion of dialogue",
                "p2.c2 appeal the Chair: encourages the Chair to hold consultations",
                "p4.c1 appeal unspecified: Demands that all parties comply with their obligations"), units(found),
                "\"Calling for\" and a recalled call are no units; another body's appeal, reported, is not the Assembly's");
        assertEquals("appeal: \"Calls for\" (without addressee)",
                CommitmentTable.rows(found.toBuilder().build(), extractor, true).get(0).cue(), "the cue names the class");
    }

    @Test
    void aReportedActNeedsASubjectAfterThatAndACompoundIsNoCue() {
        Declaration found = extractor.extract(declaration("en", "The General Assembly", List.of(),
                "Reaffirms its decision to keep the Register under review, and to that end requests the Secretary-General to"
                        + " prepare a report;",
                "Reiterates its call upon all Member States to cooperate at the regional level;",
                "Welcomes demand-driven interactions between the Commission and the Committee;"));
        assertEquals(List.of(
                "p1.c1 appeal the Secretary-General: requests the Secretary-General to prepare a report",
                "p2.c1 appeal all Member States: call upon all Member States to cooperate at the regional level"), units(found),
                "\"to that end\" reports nobody's act; the body's own call restated is its appeal; \"demand-driven\" demands nothing");
        Declaration communique = extractor.extract(declaration("en", null, List.of(),
                "The two countries affirm that they plan to expand trade."));
        assertEquals(List.of("will: plan to expand trade"), communique.paragraphs().get(0).commitments().stream()
                .map(c -> c.modality().jsonName() + ": " + c.text()).toList(), "\"that they\": the authors, not another's act");
    }

    @Test
    void theFirstPersonCallsForNoAddresseeOnlyInABodysText() {
        assertEquals(List.of(), units(extractor.extract(declaration("en", null, List.of(), "We call for reform of the institutions."))),
                "COMMITMENTS.md gives the unaddressed appeal to a body's operative paragraphs");
    }

    @Test
    void frenchAndSpanishCommuniquesAgreeInTheThirdPerson() {
        Declaration fr = extractor.extract(declaration("fr", null, List.of(),
                "Les deux parties sont convenues de créer un groupe de travail. Le Fonds versera la première tranche."));
        assertEquals(List.of("p1.c1 decide Les deux parties: Les deux parties sont convenues de créer un groupe de travail"), units(fr));
        Declaration es = extractor.extract(declaration("es", null, List.of(),
                "Ambos países acordaron crear un grupo de trabajo. Ambos ministros se reunirán de nuevo el próximo año."));
        assertEquals(List.of("p1.c1 decide Ambos países: Ambos países acordaron crear un grupo de trabajo",
                "p1.c2 will Ambos ministros: Ambos ministros se reunirán de nuevo el próximo año"), units(es));
    }
}
