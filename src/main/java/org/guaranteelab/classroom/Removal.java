package org.guaranteelab.classroom;

/** What becomes of a removed student's submissions. */
public enum Removal {
    /** They stay on the board and in the export, under the student's name. */
    KEEP_SUBMISSIONS,
    /** They are deleted with the student's seat, and no longer count towards the class's submissions. */
    DELETE_SUBMISSIONS
}
