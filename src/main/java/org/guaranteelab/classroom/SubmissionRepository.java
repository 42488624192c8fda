package org.guaranteelab.classroom;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SubmissionRepository extends JpaRepository<Submission, Long> {

    long countByClassroomId(Long classroomId);

    List<Submission> findByClassroomIdOrderById(Long classroomId);

    Optional<Submission> findFirstByParticipantIdOrderByNumberDesc(Long participantId);
}
