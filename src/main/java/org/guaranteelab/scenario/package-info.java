/**
 * A scenario (the choices, their address) and its analysis against the case; the builder page.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "base :: widgets", "catalog", "catalog :: widgets" })
package org.guaranteelab.scenario;
