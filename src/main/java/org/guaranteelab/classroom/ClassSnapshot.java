package org.guaranteelab.classroom;

import java.util.List;

/**
 * Everything a board shows, read in one transaction: the students in the order they joined (not the
 * removed ones), and the submissions in the order they came in (with those the teacher kept of
 * removed students, whose participant id is then not among the students).
 */
public record ClassSnapshot(ClassInfo info, List<ClassParticipant> participants, List<ClassSubmission> submissions) {

    public ClassSnapshot {
        participants = List.copyOf(participants);
        submissions = List.copyOf(submissions);
    }

    /** Each student's most recent submission: what the board counts. */
    public List<ClassSubmission> latest() {
        return submissions.stream().filter(ClassSubmission::latest).toList();
    }
}
