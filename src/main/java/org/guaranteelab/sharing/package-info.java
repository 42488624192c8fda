/**
 * Saving scenarios behind capability links (view, edit), their versions, exports and rate limits.
 */
@ApplicationModule(allowedDependencies = { "base", "base :: widgets", "catalog", "scenario", "scenario :: builder" })
@NullMarked
package org.guaranteelab.sharing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
