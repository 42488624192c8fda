/** Scheduled backups of the embedded database. */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package org.guaranteelab.backup;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
