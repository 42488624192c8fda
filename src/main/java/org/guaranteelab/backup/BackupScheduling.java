package org.guaranteelab.backup;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs {@link DatabaseBackup} on its schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class BackupScheduling {
}
