package org.guaranteelab.authoring.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.guaranteelab.authoring.Authoring;
import org.guaranteelab.authoring.DraftReview;
import org.guaranteelab.scenario.ui.ScenarioBuilder;

/**
 * The builder on the unpublished draft, behind the edit link (so as private and as unindexed as it):
 * the author sees the case as readers will before publishing it. Choices here are not kept.
 */
@Route("write/:editToken/preview")
@PageTitle("Preview your case · Guarantee Lab")
class PreviewCaseView extends Div implements BeforeEnterObserver {

    private final Authoring authoring;

    PreviewCaseView(Authoring authoring) {
        this.authoring = authoring;
        addClassNames("page", "builder-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var editToken = event.getRouteParameters().get("editToken").orElse("");
        var opened = authoring.open(editToken).filter(state -> state.draft() != null);
        if (opened.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        var back = new Anchor("write/" + editToken, "Back to editing");
        back.setId("back-to-editor");
        add(new H1("Preview: your case in the builder"), new Paragraph("Not published: only people with your edit link "
                + "can see this preview. Choices made here are not kept."), back);
        var previewed = DraftReview.caseOf(opened.get().draft());
        if (previewed.isEmpty()) {
            var problems = new Paragraph("The draft has problems the builder cannot show yet; they are listed in the "
                    + "editor.");
            problems.setId("preview-problems");
            add(problems);
        } else {
            add(new ScenarioBuilder(previewed.get()));
        }
    }
}
