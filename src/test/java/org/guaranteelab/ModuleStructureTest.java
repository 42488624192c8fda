package org.guaranteelab;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModuleStructureTest {

    @Test
    void features_use_each_other_only_through_their_published_interfaces() {
        ApplicationModules.of(Application.class).verify();
    }
}
