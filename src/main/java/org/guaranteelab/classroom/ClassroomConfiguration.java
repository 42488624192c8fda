package org.guaranteelab.classroom;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Binds the classroom's limits and runs the purge of expired classes on a schedule. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(ClassroomSettings.class)
class ClassroomConfiguration {
}
