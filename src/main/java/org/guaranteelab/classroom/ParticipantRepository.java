package org.guaranteelab.classroom;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ParticipantRepository extends JpaRepository<Participant, Long> {

    Optional<Participant> findByTokenHash(String tokenHash);

    long countByClassroomId(Long classroomId);

    boolean existsByClassroomIdAndDisplayName(Long classroomId, String displayName);

    List<Participant> findByClassroomIdOrderById(Long classroomId);
}
