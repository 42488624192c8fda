package org.guaranteelab.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

/** The purge query on its own, against the schema the migrations build (JPA slice, embedded H2). */
@DataJpaTest
class ClassroomRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-03-11T12:00:00Z");

    @Autowired
    ClassroomRepository classes;

    @Autowired
    TestEntityManager entities;

    private Classroom classExpiringAt(String joinCode, Instant expiresAt) {
        return entities.persistFlushFind(new Classroom("hash-" + joinCode, joinCode, "Class " + joinCode, "",
                "ukraine-2025", RoleMode.NONE, expiresAt.minus(Duration.ofDays(30)), expiresAt));
    }

    @Test
    void the_purge_deletes_a_class_whose_expiry_has_come_with_its_students_and_submissions() {
        var expired = classExpiringAt("AAAA2222", NOW);
        var student = entities.persistFlushFind(new Participant(expired.id(), "token-hash", "Ana", null, NOW.minusSeconds(60)));
        entities.persistAndFlush(new Submission(expired.id(), student.id(), 1, "nato=bridge", "", NOW.minusSeconds(30)));
        entities.clear();

        assertThat(classes.deleteExpired(NOW)).isOne();

        assertThat(classes.findById(expired.id())).isEmpty();
        assertThat(count("class_participant", expired.id())).isZero();
        assertThat(count("class_submission", expired.id())).isZero();
    }

    @Test
    void the_purge_keeps_a_class_until_its_expiry() {
        var running = classExpiringAt("BBBB3333", NOW.plusSeconds(1));
        entities.clear();

        assertThat(classes.deleteExpired(NOW)).isZero();

        assertThat(classes.findById(running.id())).isPresent();
    }

    private long count(String table, Long classId) {
        return ((Number) entities.getEntityManager()
                .createNativeQuery("select count(*) from " + table + " where classroom_id = ?1")
                .setParameter(1, classId)
                .getSingleResult()).longValue();
    }
}
