package org.guaranteelab.authoring.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.guaranteelab.authoring.DraftOption;
import org.guaranteelab.authoring.DraftStance;
import org.guaranteelab.base.UserText;
import org.jspecify.annotations.Nullable;

/**
 * An option and, if it has levels, one level or every level (with our reason why one entry holds
 * at all of them, as the case format asks).
 */
class OptionLevelPicker extends Composite<FormLayout> {

    static final String EVERY_LEVEL = "";

    private final Select<DraftOption> option = new Select<>();
    private final Select<String> level = new Select<>();
    private final TextField allLevels = new TextField("Why it holds at every level");
    private List<DraftOption> shownOptions = List.of();

    OptionLevelPicker(String idPrefix) {
        option.setId(idPrefix + "-option");
        option.setLabel("Option");
        option.setItemLabelGenerator(DraftOption::name);
        level.setId(idPrefix + "-level");
        level.setLabel("Level");
        allLevels.setId(idPrefix + "-all-levels");
        allLevels.setMaxLength(DraftStance.ALL_LEVELS_LENGTH);
        option.addValueChangeListener(event -> showLevels());
        level.addValueChangeListener(event -> allLevels.setVisible(level.isVisible() && EVERY_LEVEL.equals(level.getValue())));
        getContent().add(option, level, allLevels);
        showLevels();
    }

    void setOptions(List<DraftOption> changed) {
        // Unchanged options are not sent again: every editor step calls this (issue 21's attach budget).
        if (changed.equals(shownOptions)) {
            return;
        }
        shownOptions = List.copyOf(changed);
        var kept = option.getValue() == null ? null : option.getValue().id();
        option.setItems(changed);
        option.setValue(changed.stream().filter(o -> o.id().equals(kept)).findFirst()
                .orElse(changed.isEmpty() ? null : changed.getFirst()));
    }

    Optional<DraftOption> option() {
        return Optional.ofNullable(option.getValue());
    }

    /** The chosen level's id; null for "every level" and for an option without levels. */
    @Nullable String level() {
        var chosen = level.getValue();
        return option().filter(DraftOption::hasLevels).isEmpty() || chosen == null || EVERY_LEVEL.equals(chosen) ? null : chosen;
    }

    /** Our reason for an entry at every level of an option with levels; null otherwise. */
    @Nullable String allLevels() {
        if (option().filter(DraftOption::hasLevels).isEmpty() || level() != null) {
            return null;
        }
        var reason = UserText.line(allLevels.getValue());
        return reason.isEmpty() ? null : reason;
    }

    private void showLevels() {
        var chosen = option.getValue();
        var hasLevels = chosen != null && chosen.hasLevels();
        level.setVisible(hasLevels);
        if (hasLevels) {
            var items = new ArrayList<String>();
            chosen.levels().forEach(l -> items.add(l.id()));
            items.add(EVERY_LEVEL);
            level.setItems(items);
            level.setItemLabelGenerator(id -> EVERY_LEVEL.equals(id) ? "Every level"
                    : chosen.levels().stream().filter(l -> l.id().equals(id)).map(DraftOption.Level::name).findFirst().orElse(id));
            level.setValue(items.getFirst());
        }
        allLevels.setVisible(hasLevels && Objects.equals(EVERY_LEVEL, level.getValue()));
    }
}
