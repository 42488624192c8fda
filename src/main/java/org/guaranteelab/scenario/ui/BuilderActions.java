package org.guaranteelab.scenario.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * Buttons other features add to the home builder (e.g. "Save & share"), so that the builder does
 * not depend on them. Implementations are Spring beans and create new components on every call.
 */
@NamedInterface("builder")
public interface BuilderActions {

    List<Component> actionsFor(ScenarioBuilder builder);
}
