/**
 * A scenario (the choices, their address) and its analysis against the case; the builder page.
 */
@ApplicationModule(allowedDependencies = { "base", "base :: widgets", "catalog", "catalog :: widgets" })
@NullMarked
package org.guaranteelab.scenario;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
