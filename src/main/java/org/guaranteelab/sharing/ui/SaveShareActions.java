package org.guaranteelab.sharing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Optional;
import org.guaranteelab.scenario.ui.BuilderActions;
import org.guaranteelab.scenario.ui.ScenarioBuilder;
import org.guaranteelab.sharing.SharingService;
import org.springframework.stereotype.Component;

/** Adds "Save & share" to the builder of every case; the scenario is saved on that case. */
@Component
class SaveShareActions implements BuilderActions {

    private final SharingService sharing;
    private final SaveLimits limits;

    SaveShareActions(SharingService sharing, SaveLimits limits) {
        this.sharing = sharing;
        this.limits = limits;
    }

    @Override
    public List<com.vaadin.flow.component.Component> actionsFor(ScenarioBuilder builder) {
        var save = new Button("Save & share", VaadinIcon.SHARE.create(),
                event -> new SaveDialog(sharing, limits, builder.getCase(), builder.getChoices(),
                        Optional.empty()).open());
        save.setId("save-and-share");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return List.of(save);
    }
}
