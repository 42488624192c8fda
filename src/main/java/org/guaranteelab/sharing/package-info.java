/**
 * Saving scenarios behind capability links (view, edit), their versions, exports and rate limits.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "base", "base :: widgets", "catalog", "scenario", "scenario :: builder" })
package org.guaranteelab.sharing;
