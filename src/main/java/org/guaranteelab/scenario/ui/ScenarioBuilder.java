package org.guaranteelab.scenario.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.OptionGroup;
import org.guaranteelab.catalog.ui.Markup;
import org.guaranteelab.scenario.Choices;
import org.guaranteelab.scenario.ScenarioAddress;
import org.guaranteelab.scenario.ScenarioAnalysis;
import org.springframework.modulith.NamedInterface;

/**
 * The builder: a scenario bar that stays in view (count, short tally and actions), the choices on one
 * side and, on the other, the map of what each stakeholder has said of each chosen option, with the
 * scenario's summary folded beneath it (docs/decisions/0020-builder-at-a-glance.md). Views embed it (home page, edit link, classroom) and add their own actions.
 */
@NamedInterface("builder")
public class ScenarioBuilder extends Div {

    private final Case theCase;
    private final Map<String, OptionCard> cards = new LinkedHashMap<>();
    private final Map<String, Checkbox> bundles = new LinkedHashMap<>();
    private final List<Consumer<Choices>> listeners = new ArrayList<>();
    private final Div notice = new Div();
    private final Div actions = new Div();
    private final Div summarySlot = new Div();
    private final Div mapSlot = new Div();
    private final Div tallySlot = new Div();
    private final Paragraph status = new Paragraph();
    private Choices choices = Choices.none();
    private String finalGuideStep = "Copy the address to share your scenario; opening it restores every choice.";
    private ScenarioAnalysis analysis;

    public ScenarioBuilder(Case theCase) {
        this.theCase = theCase;
        addClassName("scenario-builder");
        notice.addClassName("address-notice");
        notice.setVisible(false);

        var choicesPanel = new Section();
        choicesPanel.addClassName("builder-choices");
        choicesPanel.setId("choices");
        // The skip link's target: focusable by script only, so that the next Tab reaches the first choice.
        choicesPanel.getElement().setAttribute("tabindex", "-1");
        choicesPanel.getElement().setAttribute("aria-label", "Choices");
        theCase.groups().forEach(group -> choicesPanel.add(groupSection(group)));

        var reset = new Button("Reset", VaadinIcon.ROTATE_LEFT.create(), event -> change(Choices.none()));
        reset.setId("reset");
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        actions.addClassName("builder-actions");
        actions.add(reset);
        status.setId("scenario-status");
        status.getElement().setAttribute("role", "status");
        tallySlot.addClassName("short-tally-slot");
        var bar = new Div(new Div(status, tallySlot), actions);
        bar.addClassName("scenario-bar");
        bar.setId("scenario-bar");
        bar.getElement().setAttribute("role", "region");
        bar.getElement().setAttribute("aria-label", "Your scenario");

        mapSlot.setId("stance-map");
        summarySlot.setId("summary");
        var mapPanel = new Aside(new H2("Your scenario at a glance"), mapSlot, summarySlot);
        mapPanel.addClassName("builder-summary");
        mapPanel.getElement().setAttribute("aria-label", "Your scenario at a glance");

        var columns = new Div(choicesPanel, mapPanel);
        columns.addClassName("builder-columns");
        add(skipLink(), bar, notice, columns);
        render();
    }

    /**
     * "Skip to the choices", past the scenario bar. A script moves focus, because the page's base address
     * would turn a bare "#choices" into a different page on the edit and class pages.
     */
    private static Anchor skipLink() {
        var skip = new Anchor("#choices", "Skip to the choices");
        skip.addClassName("skip-link");
        skip.getElement().setAttribute("router-ignore", true);
        skip.getElement().executeJs("""
                this.addEventListener('click', event => {
                  event.preventDefault();
                  const target = document.getElementById('choices');
                  target.focus({preventScroll: true});
                  target.scrollIntoView();
                });""");
        return skip;
    }

    /** Adds buttons to the scenario bar before Reset, e.g. "Save & share", in the order of the calls. */
    public void addActions(Component... components) {
        for (var component : components) {
            actions.addComponentAtIndex(actions.getComponentCount() - 1, component);
        }
    }

    /** The case this builder shows: actions save, compare and link on it. */
    public Case getCase() {
        return theCase;
    }

    public Choices getChoices() {
        return choices;
    }

    public ScenarioAnalysis getAnalysis() {
        return analysis;
    }

    /**
     * Replaces the empty-state guide's last step, which advises sharing the address: for a page whose
     * address must not be shared, such as a student's in a class (it lets anyone submit as them).
     */
    public void setFinalGuideStep(String text) {
        finalGuideStep = text;
        render();
    }

    /** Shows these choices without notifying listeners: for restoring, not for user changes. */
    public void setChoices(Choices choices) {
        this.choices = choices;
        render();
    }

    /** Called after every change the user makes, with the new choices. */
    public Registration addChoicesChangeListener(Consumer<Choices> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Lists the parts of an address that were not understood; an empty list hides the notice. */
    public void showIgnored(List<ScenarioAddress.Ignored> ignored) {
        notice.removeAll();
        notice.setVisible(!ignored.isEmpty());
        if (ignored.isEmpty()) {
            return;
        }
        notice.getElement().setAttribute("role", "alert");
        var icon = VaadinIcon.INFO_CIRCLE.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        var list = new UnorderedList();
        ignored.forEach(item -> list.add(new ListItem(new Span("“" + item.parameter() + "”: " + item.reason()))));
        var dismiss = new Button("Dismiss", event -> notice.setVisible(false));
        dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        notice.add(new Paragraph(icon, new Span(" Part of this address was not understood and was ignored; "
                + "the rest of the scenario is shown.")), list, dismiss);
    }

    private Section groupSection(OptionGroup group) {
        var section = new Section();
        section.addClassName("option-group");
        section.setId("group-" + group.id());
        section.add(new H2(group.name()));
        if (group.description() != null) {
            section.add(new Paragraph(group.description()));
        }
        if (group.bundle()) {
            var whole = new Checkbox("Take the whole package");
            whole.setId("bundle-" + group.id());
            whole.addValueChangeListener(event -> {
                if (event.isFromClient()) {
                    toggleBundle(group, Boolean.TRUE.equals(event.getValue()));
                }
            });
            bundles.put(group.id(), whole);
            section.add(whole);
        }
        for (var option : group.options()) {
            var card = new OptionCard(theCase, option, this::choose);
            cards.put(option.id(), card);
            section.add(card);
        }
        return section;
    }

    private void toggleBundle(OptionGroup group, boolean include) {
        var next = choices;
        for (var option : group.options()) {
            next = include ? (next.includes(option.id()) ? next : next.with(option.id())) : next.without(option.id());
        }
        change(next);
    }

    private void choose(String optionId, String level) {
        change(level == null ? choices.without(optionId) : choices.with(optionId, level.isEmpty() ? null : level));
    }

    private void change(Choices next) {
        choices = next;
        render();
        listeners.forEach(listener -> listener.accept(next));
    }

    private void render() {
        analysis = ScenarioAnalysis.of(theCase, choices);
        cards.forEach((optionId, card) -> card.show(analysis.chosen(optionId)));
        bundles.forEach((groupId, checkbox) -> theCase.group(groupId).ifPresent(group -> {
            var taken = group.options().stream().filter(option -> choices.includes(option.id())).count();
            checkbox.setValue(taken == group.options().size());
            checkbox.setIndeterminate(taken > 0 && taken < group.options().size());
        }));
        summarySlot.removeAll();
        mapSlot.removeAll();
        tallySlot.removeAll();
        if (analysis.isEmpty()) {
            summarySlot.add(new Markup(CaseMarkup.guide(finalGuideStep)));
            status.setText("No option chosen yet.");
        } else {
            mapSlot.add(new Markup(CaseMarkup.map(theCase, analysis)));
            summarySlot.add(new Markup(CaseMarkup.foldedSummary(theCase, analysis)));
            tallySlot.add(new Markup(CaseMarkup.shortTally(analysis)));
            status.setText(analysis.chosen().size() + (analysis.chosen().size() == 1 ? " option" : " options")
                    + " chosen; " + analysis.unmetDemands().size() + " stated demands unmet; "
                    + analysis.tensions().size() + (analysis.tensions().size() == 1 ? " tension." : " tensions."));
        }
    }
}
