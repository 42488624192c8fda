package org.guaranteelab.sharing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Optional;
import org.guaranteelab.catalog.CaseCatalog;
import org.guaranteelab.scenario.ScenarioAnalysis;
import org.guaranteelab.scenario.ui.OptionAnalysis;
import org.guaranteelab.scenario.ui.ScenarioSummary;
import org.guaranteelab.sharing.Lookup;
import org.guaranteelab.sharing.SharedVersion;
import org.guaranteelab.sharing.SharingService;

/** A saved scenario, read-only, for anyone with its view link. */
@Route("s/:token/:version?")
class SharedScenarioView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SharingService sharing;
    private final CaseCatalog catalog;
    private String title = "Shared scenario";

    SharedScenarioView(SharingService sharing, CaseCatalog catalog) {
        this.sharing = sharing;
        this.catalog = catalog;
        addClassNames("page", "shared-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var token = event.getRouteParameters().get("token").orElse("");
        var version = event.getRouteParameters().get("version");
        Optional<Integer> number = Optional.empty();
        if (version.isPresent()) {
            if (!version.get().matches("[1-9][0-9]{0,5}")) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
            number = Optional.of(Integer.parseInt(version.get()));
        }
        switch (sharing.open(token, number)) {
            case Lookup.Found<SharedVersion> found -> show(found.value());
            case Lookup.Removed<SharedVersion> removed -> event.rerouteToError(ScenarioRemovedException.class);
            case Lookup.NotFound<SharedVersion> notFound -> event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(SharedVersion shared) {
        removeAll();
        title = shared.details().title() + " · Guarantee Lab";
        var theCase = catalog.find(shared.caseId()).orElseGet(catalog::defaultCase);
        var analysis = ScenarioAnalysis.of(theCase, shared.choices());

        var heading = new H1(shared.details().title());
        heading.setId("scenario-heading");
        add(heading, new ScenarioHeader(shared), actions(shared));

        if (analysis.isEmpty()) {
            add(new Paragraph("This scenario includes no options."));
            return;
        }
        var options = new Div();
        options.addClassName("shared-options");
        options.add(new H2("Chosen options"));
        for (var chosen : analysis.chosen()) {
            var card = new Div();
            card.addClassNames("option-card", "option-card--chosen");
            card.setId("option-" + chosen.option().id());
            card.add(new H3(chosen.label()), new OptionAnalysis(theCase, chosen));
            options.add(card);
        }
        var summary = new Div(new H2("Summary"), new ScenarioSummary(theCase, analysis));
        summary.addClassName("builder-summary");
        summary.setId("summary");
        var columns = new Div(options, summary);
        columns.addClassName("builder-columns");
        add(columns);
    }

    private Div actions(SharedVersion shared) {
        var remix = new RouterLink("Remix this scenario", RemixView.class,
                new RouteParameters("token", shared.viewToken()));
        remix.setId("remix");
        remix.addClassName("action-link");
        var api = "api/scenarios/" + shared.viewToken();
        var versionQuery = shared.isLatest() ? "" : "?version=" + shared.number();
        var markdown = download(api + "/export.md" + versionQuery, "Download as Markdown");
        var csv = download(api + "/export.csv" + versionQuery, "Download as CSV");
        var json = download(api + versionQuery, "Data (JSON)");
        var compare = new Anchor("compare?a=" + shared.viewToken() + (shared.isLatest() ? "" : "/" + shared.number()),
                "Compare with…");
        compare.addClassName("action-link");
        var print = new Button("Print or save as PDF", VaadinIcon.PRINT.create());
        print.getElement().executeJs("this.addEventListener('click', () => window.print())");
        var actions = new Div(remix, compare, markdown, csv, json, print);
        actions.addClassName("shared-actions");
        return actions;
    }

    private static Anchor download(String href, String text) {
        var link = new Anchor(href, text);
        link.addClassName("action-link");
        link.setTarget(AnchorTarget.BLANK);
        link.setRouterIgnore(true);
        return link;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
