package org.guaranteelab.classroom;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ClassroomRepository extends JpaRepository<Classroom, Long> {

    Optional<Classroom> findByBoardTokenHash(String boardTokenHash);

    Optional<Classroom> findByJoinCode(String joinCode);

    boolean existsByJoinCode(String joinCode);

    /** Joins of one class (and the teacher's removals) take turns, so that seats and name numbering hold under load. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Classroom c where c.id = :id")
    Optional<Classroom> lockById(Long id);

    /** Participants and submissions go with their class (on delete cascade in V2__classrooms.sql). */
    @Modifying
    @Query("delete from Classroom c where c.expiresAt <= :now")
    int deleteExpired(Instant now);
}
