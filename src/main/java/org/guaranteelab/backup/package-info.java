/** Scheduled backups of the embedded database. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.guaranteelab.backup;
