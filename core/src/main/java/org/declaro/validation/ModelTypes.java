package org.declaro.validation;

import java.util.Set;
import org.declaro.model.Action;
import org.declaro.model.ActionPlan;
import org.declaro.model.Adoption;
import org.declaro.model.AgendaItem;
import org.declaro.model.Commitment;
import org.declaro.model.Declaration;
import org.declaro.model.Footnote;
import org.declaro.model.Heading;
import org.declaro.model.Meeting;
import org.declaro.model.Paragraph;
import org.declaro.model.Period;
import org.declaro.model.PreambularParagraph;
import org.declaro.model.Reference;
import org.declaro.model.Section;
import org.declaro.model.Source;
import org.declaro.model.Subparagraph;

/**
 * The model records that Hibernate Validator's predefined scope knows. A record missing here would be
 * silently left unvalidated; a test checks that every record of the model package is listed.
 */
final class ModelTypes {
    static final Set<Class<?>> ALL = Set.of(Declaration.class, ActionPlan.class, Paragraph.class,
            PreambularParagraph.class, Subparagraph.class, Heading.class, Commitment.class, Footnote.class,
            Meeting.class, AgendaItem.class, Adoption.class, Reference.class, Section.class, Action.class,
            Period.class, Source.class);

    private ModelTypes() {
    }
}
