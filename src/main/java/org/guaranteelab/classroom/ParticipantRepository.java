package org.guaranteelab.classroom;

import java.time.Instant;
import java.util.List;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ParticipantRepository extends JpaRepository<Participant, Long> {

    Optional<Participant> findByTokenHash(String tokenHash);

    long countByClassroomId(Long classroomId);

    /** One student's submissions take turns, so that their numbering and their cap hold. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Participant p where p.id = :id")
    Optional<Participant> lockById(Long id);

    /** Seats taken: students not removed who submitted, or who joined since {@code heldSince}. */
    @Query("""
            select count(p) from Participant p where p.classroomId = :classroomId and p.removedAt is null
            and (p.joinedAt > :heldSince or exists (select s.id from Submission s where s.participantId = p.id))""")
    long countSeatsTaken(Long classroomId, Instant heldSince);

    @Query("select p.displayName from Participant p where p.classroomId = :classroomId")
    List<String> displayNamesIn(Long classroomId);

    List<Participant> findByClassroomIdOrderById(Long classroomId);
}
