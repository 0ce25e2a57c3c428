package org.declaro.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.declaro.Fixtures;
import org.declaro.json.DocumentReader;
import org.declaro.model.Action;
import org.declaro.model.ActionPlan;
import org.declaro.model.Declaration;
import org.declaro.model.Document;
import org.declaro.model.Paragraph;
import org.declaro.model.Section;
import org.declaro.render.TextRenderer;
import org.junit.jupiter.api.Test;

/** The text view of the fixtures reads back as the fixtures, commitments aside. */
class TextRenderingTest {

    private static Document read(String resource) {
        return DocumentReader.standard().read(Fixtures.bytes(resource)).document().orElseThrow();
    }

    @Test
    void theWorkedExampleRendersInItsSourceLayoutAndReadsBack() {
        Declaration d = (Declaration) read(Fixtures.SIEM_REAP);
        Declaration bare = d.toBuilder().schemaVersion(Document.CURRENT_SCHEMA_VERSION).paragraphs(d.paragraphs().stream().map(p -> p.withCommitments(List.of())).toList()).build();
        String text = TextRenderer.standard().render(bare);
        assertTrue(text.startsWith("**Fifth Review Conference of the States Parties"), text);
        assertTrue(text.contains("\n**Draft Siem Reap-Angkor Declaration on a Mine-Free World 2024*, ****\n"), text);
        assertTrue(text.contains("\nItem 4(d) of the provisional agenda\n"), text);
        assertTrue(text.contains("\n13. The Siem Reap-Angkor Action Plan 2025-2029 will be"), text);
        assertTrue(text.contains("\nAdopted in Siem Reap, Cambodia, November 2024.\n"), text);
        assertEquals(bare, TextImporter.standard().importText(text).document().orElseThrow());
    }

    @Test
    void theSymbolAndTheAdoptedStatusReadBack() {
        // issue 17: the text view dropped the symbol, and a re-import turned "adopted" into "draft"
        Declaration adopted = Declaration.builder("protection-of-rivers", "Protection of rivers").issuer("General Assembly")
                .symbol("A/RES/80/99").status(org.declaro.model.Status.ADOPTED).date(org.declaro.model.PartialDate.ofDay(2025, 12, 1))
                .author("The General Assembly").adoption(new org.declaro.model.Adoption(null, org.declaro.model.PartialDate.ofDay(2025, 12, 1)))
                .preamble(new org.declaro.model.PreambularParagraph("Recalling its earlier resolutions,"))
                .paragraph(new Paragraph(1, "Decides to protect the rivers;")).paragraph(new Paragraph(2, "Requests a report."))
                .build();
        String text = TextRenderer.standard().render(adopted);
        assertTrue(text.contains("\nA/RES/80/99\n"), text);
        assertTrue(text.contains("\nResolution adopted by the General Assembly on 1 December 2025\n"), text);
        assertEquals(adopted, TextImporter.standard().importText(text).document().orElseThrow(), text);
        Declaration draft = adopted.toBuilder().status(org.declaro.model.Status.DRAFT).build();
        assertEquals(draft, TextImporter.standard().importText(TextRenderer.standard().render(draft)).document().orElseThrow());
    }

    @Test
    void theActionPlanFixtureReadsBack() {
        ActionPlan plan = (ActionPlan) read("action-plan-example.json");
        List<Section> bare = plan.sections().stream().map(s -> new Section(s.number(), s.title(), s.paragraphs(),
                s.actions().stream().map(a -> new Action(a.number(), a.text(), a.indicators(), List.of(), a.deadline(),
                        a.extensions())).toList(), s.extensions())).toList();
        ActionPlan expected = new ActionPlan(plan.schemaVersion(), plan.id(), plan.title(), plan.status(), plan.language(),
                plan.symbol(), plan.date(), plan.issuer(), plan.period(), plan.introduction(), bare, plan.footnotes(),
                plan.extensions());
        String text = TextRenderer.standard().render(expected);
        Document back = TextImporter.standard().importText(text).document().orElseThrow();
        assertEquals(expected.sections().stream().map(Section::title).toList(), ((ActionPlan) back).sections().stream().map(Section::title).toList());
        assertEquals(expected.actions().stream().map(Action::text).toList(), ((ActionPlan) back).actions().stream().map(Action::text).toList());
        assertEquals(expected.period(), ((ActionPlan) back).period());
    }

    @Test
    void aResolutionWithAnAnnexReadsBack() {
        Declaration r = (Declaration) TextImporter.standard().importText(Fixtures.text("import/resolution-with-annex.txt")).document().orElseThrow();
        String text = TextRenderer.standard().render(r);
        Declaration back = (Declaration) TextImporter.standard().importText(text).document().orElseThrow();
        assertEquals(r.paragraphs(), back.paragraphs());
        assertEquals(r.preamble(), back.preamble());
        assertEquals(((Declaration) r.annexes().get(0)).paragraphs().stream().map(Paragraph::text).toList(),
                ((Declaration) back.annexes().get(0)).paragraphs().stream().map(Paragraph::text).toList());
    }
}
