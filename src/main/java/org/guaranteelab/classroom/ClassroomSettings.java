package org.guaranteelab.classroom;

import java.time.Duration;
import java.util.stream.IntStream;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the classroom ({@code guarantee-lab.classroom.*}, documented in application.properties,
 * where the numbers are reasoned out).
 *
 * @param maxParticipants                students one class seats: those who submitted, and those who
 *                                       joined within {@code seatHold} and have not submitted yet
 * @param maxSubmissions                 submissions one class keeps, resubmissions included
 * @param expiresAfter                   how long a class lives before the purge deletes it
 * @param failedJoinsPerMinute           wrong join codes one client may try per minute (guessing codes)
 * @param classesPerHour                 classes one client may start per hour
 * @param joinBurstPerClient             joins one client (address) may make at once, into any classes
 * @param joinsPerClientPerMinute        and then per minute
 * @param joinsPerClassPerMinute         joins into one class per minute from all clients, after a burst of
 *                                       twice {@code maxParticipants}
 * @param submissionBurstPerStudent      submissions one student may make at once
 * @param submissionsPerStudentPerMinute and then per minute
 * @param maxSubmissionsPerStudent       submissions one student may make in all, so that one cannot use up
 *                                       the class's
 * @param seatHold                       how long a student who joined holds a seat without submitting
 */
@ConfigurationProperties("guarantee-lab.classroom")
public record ClassroomSettings(@DefaultValue("300") int maxParticipants,
                                @DefaultValue("2000") int maxSubmissions,
                                @DefaultValue("30d") Duration expiresAfter,
                                @DefaultValue("10") int failedJoinsPerMinute,
                                @DefaultValue("10") int classesPerHour,
                                @DefaultValue("100") int joinBurstPerClient,
                                @DefaultValue("50") int joinsPerClientPerMinute,
                                @DefaultValue("150") int joinsPerClassPerMinute,
                                @DefaultValue("10") int submissionBurstPerStudent,
                                @DefaultValue("4") int submissionsPerStudentPerMinute,
                                @DefaultValue("50") int maxSubmissionsPerStudent,
                                @DefaultValue("15m") Duration seatHold) {

    public ClassroomSettings {
        if (IntStream.of(maxParticipants, maxSubmissions, failedJoinsPerMinute, classesPerHour, joinBurstPerClient,
                joinsPerClientPerMinute, joinsPerClassPerMinute, submissionBurstPerStudent,
                submissionsPerStudentPerMinute, maxSubmissionsPerStudent).anyMatch(limit -> limit < 1)
                || expiresAfter.isNegative() || expiresAfter.isZero() || seatHold.isNegative() || seatHold.isZero()) {
            throw new IllegalArgumentException("guarantee-lab.classroom.* limits must be positive: " + this);
        }
    }
}
