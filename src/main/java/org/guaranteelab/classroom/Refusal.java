package org.guaranteelab.classroom;

/** Why a join or a submission was not accepted, in words for the student. */
public enum Refusal {
    UNKNOWN_CODE("There is no class with this code. Check it with your teacher (letters and digits; no O, I or L)."),
    UNKNOWN_PARTICIPANT("This class link is not valid any more. Join again with the class code."),
    INVALID_NAME("Enter a display name of 1 to " + DisplayNames.MAX_LENGTH + " characters."),
    LOCKED("Your teacher has paused this class: nothing can be submitted or joined right now. Your choices stay here."),
    CLOSED("This class is closed: it no longer takes students or submissions."),
    EXPIRED("This class has ended: it is past its end date and will be deleted."),
    CLASS_FULL("This class is full: it has reached its number of students."),
    SUBMISSIONS_FULL("This class has reached its number of submissions; ask your teacher.");

    private final String message;

    Refusal(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
