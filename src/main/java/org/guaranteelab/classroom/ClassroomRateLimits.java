package org.guaranteelab.classroom;

import java.time.Duration;
import org.guaranteelab.base.AllowanceStore;
import org.guaranteelab.base.ClientAllowances;
import org.springframework.stereotype.Component;

/**
 * The classroom's rate limits, in memory on one instance and shared in PostgreSQL by several
 * ({@link AllowanceStore}; the database sees a hash, not the address). Per client, keyed by
 * {@link org.guaranteelab.base.ClientKeys}: wrong join codes per minute, so that codes cannot be
 * guessed; classes started per hour, so that a script cannot fill the database; and joins, with a
 * burst large enough for a class behind one school address (application.properties reasons out the
 * numbers). Per class: joins from all clients. Per student: submissions.
 */
@Component
public class ClassroomRateLimits {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final ClientAllowances failedJoins;
    private final ClientAllowances classStarts;
    private final ClientAllowances joinsPerClient;
    private final ClientAllowances joinsPerClass;
    private final ClientAllowances submissionsPerStudent;

    ClassroomRateLimits(ClassroomSettings settings, AllowanceStore store) {
        this.failedJoins = store.allowances("failed-joins", settings.failedJoinsPerMinute(), MINUTE);
        this.classStarts = store.allowances("class-starts", settings.classesPerHour(), Duration.ofHours(1));
        this.joinsPerClient = store.allowances("joins-per-client", settings.joinBurstPerClient(),
                settings.joinsPerClientPerMinute(), MINUTE);
        // A burst as large as the rows a class may hold (twice its seats, abandoned joins included).
        this.joinsPerClass = store.allowances("joins-per-class", 2 * settings.maxParticipants(),
                settings.joinsPerClassPerMinute(), MINUTE);
        this.submissionsPerStudent = store.allowances("submissions-per-student", settings.submissionBurstPerStudent(),
                settings.submissionsPerStudentPerMinute(), MINUTE);
    }

    /** False while the client has used up its wrong codes for this minute; they are then not even checked. */
    public boolean mayTryToJoin(String clientKey) {
        return !failedJoins.isSpent(clientKey);
    }

    public void failedJoin(String clientKey) {
        failedJoins.tryTake(clientKey);
    }

    /** Takes one class start from the client's allowance; false if none is left this hour. */
    public boolean tryStartClass(String clientKey) {
        return classStarts.tryTake(clientKey);
    }

    /** Takes one join from the client's allowance; false if it has joined many students just now. */
    boolean tryJoinFrom(String clientKey) {
        return joinsPerClient.tryTake(clientKey);
    }

    boolean tryJoinClass(long classId) {
        return joinsPerClass.tryTake(String.valueOf(classId));
    }

    boolean trySubmit(long participantId) {
        return submissionsPerStudent.tryTake(String.valueOf(participantId));
    }
}
