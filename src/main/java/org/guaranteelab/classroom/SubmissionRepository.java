package org.guaranteelab.classroom;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SubmissionRepository extends JpaRepository<Submission, Long> {

    long countByClassroomId(Long classroomId);

    long countByParticipantId(Long participantId);

    @Modifying
    @Query("delete from Submission s where s.participantId = :participantId")
    int deleteByParticipantId(Long participantId);

    List<Submission> findByClassroomIdOrderById(Long classroomId);

    Optional<Submission> findFirstByParticipantIdOrderByNumberDesc(Long participantId);
}
