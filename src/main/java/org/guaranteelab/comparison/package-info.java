/** Two or three scenarios side by side, differences first. */
@ApplicationModule(allowedDependencies = { "base :: widgets", "catalog", "catalog :: widgets", "scenario", "scenario :: builder", "sharing" })
@NullMarked
package org.guaranteelab.comparison;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
