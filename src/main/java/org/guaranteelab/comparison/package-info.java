/** Two or three scenarios side by side, differences first. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "base :: widgets", "catalog", "scenario", "scenario :: builder", "sharing" })
package org.guaranteelab.comparison;
