package org.guaranteelab.scenario.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.guaranteelab.catalog.Case;
import org.guaranteelab.catalog.GuaranteeOption;
import org.guaranteelab.catalog.ui.Markup;
import org.guaranteelab.scenario.ScenarioAnalysis.ChosenOption;
import org.jspecify.annotations.Nullable;

/**
 * One option in the builder, compact: its name and control (a checkbox, or a choice of levels), with its
 * description, levels and source passages under "About"; what stakeholders say of it is on the map.
 */
final class OptionCard extends Div {

    /** The radio value that leaves an option with levels out of the scenario. */
    private static final String NOT_INCLUDED = "";

    private final GuaranteeOption option;
    private final @Nullable Checkbox checkbox;
    private final @Nullable RadioButtonGroup<String> levels;

    /** @param onChange called with the option id and the chosen level (null: left out; "" : on) */
    OptionCard(Case theCase, GuaranteeOption option, BiConsumer<String, String> onChange) {
        this.option = option;
        addClassName("option-card");
        setId("option-" + option.id());

        Component control;
        if (option.hasLevels()) {
            checkbox = null;
            levels = new RadioButtonGroup<>();
            levels.setId("choice-" + option.id());
            levels.setItems(itemsOf(option));
            levels.setItemLabelGenerator(this::labelOf);
            levels.setValue(NOT_INCLUDED);
            levels.getElement().setAttribute("aria-labelledby", CaseMarkup.titleId(option));
            levels.getElement().setAttribute("aria-describedby", CaseMarkup.descriptionId(option));
            levels.addValueChangeListener(event -> {
                if (event.isFromClient()) {
                    var value = event.getValue();
                    onChange.accept(option.id(), value == null || value.equals(NOT_INCLUDED) ? null : value);
                }
            });
            control = levels;
        } else {
            levels = null;
            checkbox = new Checkbox("Include");
            checkbox.setId("choice-" + option.id());
            // The input inside the checkbox is what screen readers announce; an aria-label on the host
            // element never reached it, so all ten checkboxes were announced as just "Include".
            checkbox.setAriaLabel("Include " + option.name());
            checkbox.addValueChangeListener(event -> {
                if (event.isFromClient()) {
                    onChange.accept(option.id(), Boolean.TRUE.equals(event.getValue()) ? "" : null);
                }
            });
            control = checkbox;
        }

        var intro = new Markup(CaseMarkup.optionIntro(theCase, option));
        var header = new Div(intro, control);
        header.addClassName("option-header");
        add(header);
    }

    private static List<String> itemsOf(GuaranteeOption option) {
        var items = new ArrayList<String>();
        items.add(NOT_INCLUDED);
        option.levels().forEach(level -> items.add(level.id()));
        return items;
    }

    private String labelOf(String levelId) {
        if (NOT_INCLUDED.equals(levelId)) {
            return "Not included";
        }
        // The level's description is under "About": short labels keep the options compact.
        return option.level(levelId).map(GuaranteeOption.Level::name).orElse(levelId);
    }

    /** Shows the state and analysis of this option for the current scenario. */
    void show(Optional<ChosenOption> chosen) {
        if (checkbox != null) {
            checkbox.setValue(chosen.isPresent());
        } else {
            levels.setValue(chosen.flatMap(ChosenOption::level).map(GuaranteeOption.Level::id).orElse(NOT_INCLUDED));
        }
        setClassName("option-card--chosen", chosen.isPresent());
    }
}
