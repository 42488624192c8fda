package org.guaranteelab.classroom;

import java.time.Duration;

/** Classroom settings as application.properties has them, with one or two changed for a test. */
final class TestSettings {

    private TestSettings() {
    }

    static ClassroomSettings defaults() {
        return caps(300, 2000);
    }

    static ClassroomSettings caps(int maxParticipants, int maxSubmissions) {
        return new ClassroomSettings(maxParticipants, maxSubmissions, Duration.ofDays(30), 10, 10, 100, 50, 150, 10, 4,
                50, Duration.ofMinutes(15));
    }

    static ClassroomSettings failedJoinsAndStarts(int failedJoinsPerMinute, int classesPerHour) {
        return new ClassroomSettings(300, 2000, Duration.ofDays(30), failedJoinsPerMinute, classesPerHour, 100, 50, 150,
                10, 4, 50, Duration.ofMinutes(15));
    }
}
