package org.guaranteelab.classroom;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the classroom ({@code guarantee-lab.classroom.*}, documented in application.properties).
 *
 * @param maxParticipants      students one class admits
 * @param maxSubmissions       submissions one class keeps, resubmissions included
 * @param expiresAfter         how long a class lives before the purge deletes it
 * @param failedJoinsPerMinute wrong join codes one client may try per minute (guessing codes)
 * @param classesPerHour       classes one client may start per hour
 */
@ConfigurationProperties("guarantee-lab.classroom")
public record ClassroomSettings(@DefaultValue("300") int maxParticipants,
                                @DefaultValue("2000") int maxSubmissions,
                                @DefaultValue("30d") Duration expiresAfter,
                                @DefaultValue("10") int failedJoinsPerMinute,
                                @DefaultValue("10") int classesPerHour) {

    public ClassroomSettings {
        if (maxParticipants < 1 || maxSubmissions < 1 || failedJoinsPerMinute < 1 || classesPerHour < 1
                || expiresAfter.isNegative() || expiresAfter.isZero()) {
            throw new IllegalArgumentException("guarantee-lab.classroom.* limits must be positive: " + this);
        }
    }
}
