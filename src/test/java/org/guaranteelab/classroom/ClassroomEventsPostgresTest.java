package org.guaranteelab.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.guaranteelab.OnPostgres;
import org.guaranteelab.scenario.Choices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two instances on one PostgreSQL database: this test's application context is one, a second
 * {@link PostgresClassroomEvents} on the same database is the other. Needs a running PostgreSQL
 * (GUARANTEE_LAB_DB_URL, _USER, _PASSWORD; the postgres-tests Maven profile sets them).
 */
@OnPostgres
class ClassroomEventsPostgresTest {

    /** Joins of the tests come from one address, as from a school behind one NAT address. */
    private static final String CLIENT = "203.0.113.10";

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Choices BRIDGE = Choices.none().with("nato", "bridge");

    @Autowired
    ClassroomEvents events;
    @Autowired
    ClassroomService classrooms;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSourceProperties database;

    private PostgresClassroomEvents otherInstance;

    @BeforeEach
    void startOtherInstance() {
        otherInstance = new PostgresClassroomEvents(database.getUrl(), database.getUsername(), database.getPassword());
        otherInstance.start();
        awaitTrue(otherInstance::isListening);
        awaitTrue(((PostgresClassroomEvents) events)::isListening);
    }

    @AfterEach
    void stopOtherInstance() {
        otherInstance.stop();
    }

    @Test
    void a_submission_through_one_instance_reaches_the_boards_of_another() throws InterruptedException {
        var student = classWithStudent();
        var heard = new CountDownLatch(1);
        otherInstance.subscribe(student.classId(), heard::countDown);

        classrooms.submit(student.token(), BRIDGE);

        assertThat(heard.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void the_instance_that_made_a_change_tells_its_own_boards_once() throws InterruptedException {
        var student = classWithStudent();
        var ownBoard = new AtomicInteger();
        events.subscribe(student.classId(), ownBoard::incrementAndGet);
        var laterChange = classWithStudent();
        var laterHeard = new CountDownLatch(1);
        events.subscribe(laterChange.classId(), laterHeard::countDown);

        var sent = new CountDownLatch(1);
        otherInstance.subscribe(student.classId(), sent::countDown);

        classrooms.submit(student.token(), BRIDGE);
        assertThat(sent.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        // Notifications arrive in the order they were sent: once the other instance's later one is
        // here, this instance's own notification of the submission has been received and passed over.
        otherInstance.deliver(new ClassChanged(laterChange.classId()));

        assertThat(laterHeard.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(ownBoard).hasValue(1);
    }

    @Test
    void a_board_whose_instance_lost_its_listening_connection_reloads_and_hears_of_changes_again()
            throws InterruptedException {
        var student = classWithStudent();
        var board = new AtomicInteger();
        otherInstance.subscribe(student.classId(), board::incrementAndGet);

        jdbc.queryForList("select pg_terminate_backend(pid) from pg_stat_activity where application_name = ?",
                PostgresClassroomEvents.LISTENER_NAME);
        // Back, it tells its boards to reload, since it may have missed changes meanwhile.
        awaitTrue(() -> board.get() >= 1);
        var heard = new CountDownLatch(1);
        otherInstance.subscribe(student.classId(), heard::countDown);

        classrooms.submit(student.token(), BRIDGE);

        assertThat(heard.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
    }

    private record Student(long classId, String token) {
    }

    private Student classWithStudent() {
        var started = classrooms.start(new ClassSetup("Cross-instance", Optional.empty(), RoleMode.NONE));
        var joined = (JoinOutcome.Joined) classrooms.join(started.joinCode(), "Ana", CLIENT);
        return new Student(classrooms.board(started.boardToken()).orElseThrow().id(), joined.participantToken());
    }

    private static void awaitTrue(BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %s for the condition", PATIENCE).isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
